import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChurnCustomers } from '@touchpoint/core';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_BACKEND } from './support/test-touchpoint';

const BIN = fileURLToPath(new URL('../bin/touchpoint.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tp-eval-churn-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeJsonl(name: string, rows: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  return path;
}

function evalChurn(...args: string[]) {
  return spawnSync(process.execPath, [BIN, 'eval-churn', ...args], { encoding: 'utf8', timeout: 120_000 });
}

const customers = (count: number, seed: number) =>
  generateChurnCustomers(count, seed).map(({ churned, ...rest }) => ({
    ...rest,
    left: churned ? 'Yes' : 'No',
  }));

// A file-in, JSON-out tool with no database: one backend is enough.
describe.runIf(TEST_BACKEND === 'pglite')('touchpoint eval-churn', () => {
  const train = writeJsonl('train.jsonl', customers(600, 1));
  const test = writeJsonl('test.jsonl', [...customers(300, 2), { plan: 'growth', left: 'maybe' }]);

  it('prints held-out figures of the model and of plain logistic regression in one JSON object', () => {
    const result = evalChurn('--train', train, '--test', test, '--label', 'left');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    for (const key of ['model', 'logisticRegression'] as const) {
      expect(output[key]).toMatchObject({ n: 300 });
      for (const figure of ['rocAuc', 'prAuc', 'brier', 'f1', 'positiveRate'] as const) {
        expect(output[key][figure]).toBeGreaterThanOrEqual(0);
        expect(output[key][figure]).toBeLessThanOrEqual(1);
      }
    }
    expect(output.model.rocAuc).toBeGreaterThan(0.65);
    expect(output.skipped).toEqual({ train: 0, test: 1 });
    // The identifier columns of the rows were recognised and left out.
    expect(output.train.excluded.map((e: { name: string }) => e.name).sort()).toEqual([
      'email',
      'id',
      'name',
    ]);
    expect(output.train.features).toContain('tenure_months');
  });

  it('explains bad input in one line with exit code 2', () => {
    const missing = evalChurn('--train', join(dir, 'nope.jsonl'), '--test', test);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^eval-churn: .*nope\.jsonl: no such file\.\n$/);
    const oneClass = writeJsonl('one-class.jsonl', [
      { a: 1, label: 'No' },
      { a: 2, label: 'No' },
    ]);
    const refused = evalChurn('--train', oneClass, '--test', test);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/needs at least two rows with "label" true/);
  });
});
