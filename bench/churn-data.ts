// Writes the JSON-lines files `touchpoint eval-churn` reads (one customer a line, attributes plus `label`),
// with FIXED splits so every run and every machine scores the same customers:
//
// - Telco (telco-churn/Telco-Customer-Churn.csv, 7,043 rows): the set has no official split, so TEST when
//   the 32-bit FNV-1a hash of customerID % 10 < 3 (about 30 %), TRAIN otherwise. Values are written as
//   they are in the file (strings; TotalCharges is blank for 11 new customers); label = Churn (Yes/No).
//   customerID is kept: the model must recognise it as an identifier and leave it out.
// - Synthetic (generateChurnCustomers in packages/core/src/prediction/synthetic.ts): 6,000 customers from
//   seed 7 as TRAIN and 3,000 from seed 8 as TEST; label = churned.
//
//   npx tsx bench/churn-data.ts [OUT_DIR]
//
// TOUCHPOINT_EVAL_DATA overrides the data folder (default ../shared/data from the repository root); the
// output folder defaults to touchpoint-churn-eval in the temp folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { hashString } from '../packages/core/src/prediction/random';
import { generateChurnCustomers } from '../packages/core/src/prediction/synthetic';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function churnDataDir(): string {
  return process.env.BENCH_CHURN_OUT ?? join(tmpdir(), 'touchpoint-churn-eval');
}

function writeJsonl(path: string, rows: readonly Record<string, unknown>[]): void {
  writeFileSync(path, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
}

/** Writes telco-{train,test}.jsonl and synthetic-{train,test}.jsonl; returns the folder. */
export function writeChurnData(outDir = churnDataDir()): string {
  mkdirSync(outDir, { recursive: true });
  const dataDir = process.env.TOUCHPOINT_EVAL_DATA ?? resolve(root, '..', 'shared', 'data');
  const csv = readFileSync(join(dataDir, 'telco-churn', 'Telco-Customer-Churn.csv'), 'utf8');
  const records = parse(csv, { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const train: Record<string, unknown>[] = [];
  const test: Record<string, unknown>[] = [];
  for (const record of records) {
    const { Churn, ...attributes } = record;
    const row = { ...attributes, label: Churn };
    if (hashString(record.customerID ?? '') % 10 < 3) test.push(row);
    else train.push(row);
  }
  writeJsonl(join(outDir, 'telco-train.jsonl'), train);
  writeJsonl(join(outDir, 'telco-test.jsonl'), test);
  const synthetic = (count: number, seed: number) =>
    generateChurnCustomers(count, seed).map(({ churned, ...rest }) => ({ ...rest, label: churned }));
  writeJsonl(join(outDir, 'synthetic-train.jsonl'), synthetic(6000, 7));
  writeJsonl(join(outDir, 'synthetic-test.jsonl'), synthetic(3000, 8));
  return outDir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = writeChurnData(process.argv[2] ?? churnDataDir());
  console.log(`churn evaluation files written to ${out}`);
}
