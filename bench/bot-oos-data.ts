// BANKING77 as an out-of-scope test for the bot (`touchpoint eval-text --task intent`): a FIXED quarter of
// the 77 intents — every fourth in alphabetical order, 19 intents — is held back. They are absent from the
// training file, and their test questions are relabelled `oos` (the bot should hand them over); the other
// 58 intents' test questions keep their labels. The held-back intents are banking questions like the rest
// ("card swallowed by the ATM" while cards are in scope), which is what makes the task hard and honest.
//
//   npx tsx bench/bot-oos-data.ts [OUT_DIR]     → prints the two paths
//
// then: npx touchpoint eval-text --task intent --train <train> --test <test>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function readBanking(path: string): { text: string; label: string }[] {
  const rows = parse(readFileSync(path), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
  }) as Record<string, string>[];
  return rows.map((row) => ({ text: String(row.text), label: String(row.category) }));
}

export interface OosSplit {
  train: string;
  test: string;
  heldOut: string[];
  counts: { train: number; testInScope: number; testOos: number };
}

/** Writes `banking77-oos.{train,test}.jsonl` into `outDir`. */
export function prepareBankingOos(
  outDir = join(tmpdir(), 'touchpoint-text-eval'),
  dataDir = process.env.TOUCHPOINT_EVAL_DATA ?? join(repoRoot, '../shared/data'),
): OosSplit {
  mkdirSync(outDir, { recursive: true });
  const train = readBanking(join(dataDir, 'banking77/train.csv'));
  const test = readBanking(join(dataDir, 'banking77/test.csv'));
  const intents = [...new Set(train.map((row) => row.label))].sort();
  const heldOut = intents.filter((_, i) => i % 4 === 3);
  const held = new Set(heldOut);
  const trainRows = train.filter((row) => !held.has(row.label));
  const testRows = test.map((row) => ({ ...row, label: held.has(row.label) ? 'oos' : row.label }));
  const write = (path: string, rows: { text: string; label: string }[]) =>
    writeFileSync(path, `${rows.map((row) => JSON.stringify({ ...row, lang: 'en' })).join('\n')}\n`);
  const paths = {
    train: join(outDir, 'banking77-oos.train.jsonl'),
    test: join(outDir, 'banking77-oos.test.jsonl'),
  };
  write(paths.train, trainRows);
  write(paths.test, testRows);
  return {
    ...paths,
    heldOut,
    counts: {
      train: trainRows.length,
      testInScope: testRows.filter((row) => row.label !== 'oos').length,
      testOos: testRows.filter((row) => row.label === 'oos').length,
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const split = prepareBankingOos(process.argv[2]);
  process.stdout.write(`${JSON.stringify(split, null, 2)}\n`);
}
