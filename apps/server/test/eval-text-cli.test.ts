import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EvalTextInputError, type EvalTextOptions, runEvalText } from '../src/cli/eval-text';
import { TEST_BACKEND } from './support/test-touchpoint';

const BIN = fileURLToPath(new URL('../bin/touchpoint.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tp-eval-text-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeJsonl(name: string, rows: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  return path;
}

function evalText(...args: string[]) {
  return spawnSync(process.execPath, [BIN, 'eval-text', ...args], { encoding: 'utf8', timeout: 60_000 });
}

const repeat = (texts: string[], label: string) =>
  texts.flatMap((text) => [
    { text, label },
    { text: `${text} again`, label },
  ]);

// The command is a file-in, JSON-out tool with no database: one backend is enough.
describe.runIf(TEST_BACKEND === 'pglite')('touchpoint eval-text', () => {
  const train = writeJsonl('train.jsonl', [
    ...repeat(
      ['my card was charged twice', 'refund the charge on my card', 'wrong charge on my card'],
      'billing',
    ),
    ...repeat(['the parcel is late', 'parcel never arrived', 'courier lost my parcel'], 'delivery'),
  ]);
  const test = writeJsonl('test.jsonl', [
    { text: 'a charge on my card', label: 'billing', lang: 'en' },
    { text: 'late parcel', label: 'delivery', lang: 'en' },
    { text: 'where is my parcel', label: 'delivery' },
  ]);

  it('trains on --train, scores --test and prints one JSON object', () => {
    const result = evalText('--task', 'topic', '--train', train, '--test', test);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const output = JSON.parse(lines[0] as string);
    expect(output).toMatchObject({
      task: 'topic',
      method: 'trained',
      n: 3,
      accuracy: 1,
      macroF1: 1,
      weightedF1: 1,
    });
    expect(output.perClass).toEqual({
      billing: { precision: 1, recall: 1, f1: 1, support: 1 },
      delivery: { precision: 1, recall: 1, f1: 1, support: 2 },
    });
    expect(output.textsPerSecond).toBeGreaterThan(0);
  });

  it('scores the built-in sentiment analyzer with --builtin', () => {
    const sentiment = writeJsonl('sentiment.jsonl', [
      { text: 'I love this, great service, thank you!', label: 'positive', lang: 'en' },
      { text: 'Terrible. The worst support ever.', label: 'negative', lang: 'en' },
      { text: 'Nhân viên rất nhiệt tình, tuyệt vời', label: 'positive', lang: 'vi' },
    ]);
    const result = evalText('--task', 'sentiment', '--builtin', '--test', sentiment);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output).toMatchObject({ task: 'sentiment', method: 'builtin', n: 3 });
    expect(
      Object.keys(output.perClass).every((label) => ['negative', 'neutral', 'positive'].includes(label)),
    ).toBe(true);
  });

  it('exits with code 2 and a one-line reason for bad input', () => {
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"text": "fine", "label": "a"}\n\n{"text": "no closing brace"\n');
    const badJson = evalText('--task', 'topic', '--train', train, '--test', broken);
    expect(badJson.status).toBe(2);
    // One line naming the file and line; the parser's own words after it vary by Node version.
    expect(badJson.stderr).toMatch(
      new RegExp(`^eval-text: ${broken} line 3: not valid JSON \\(.+\\)\\.\\n$`),
    );
    expect(badJson.stdout).toBe('');

    const both = evalText('--task', 'sentiment', '--test', test, '--train', train, '--builtin');
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('exactly one of --train');
  });

  // The other checks in-process: each spawn costs seconds of TypeScript compilation.
  it('names the problem: missing file, missing label, wrong flags', () => {
    const unlabelled = writeJsonl('unlabelled.jsonl', [{ text: 'no label here' }]);
    const cases: [EvalTextOptions, RegExp][] = [
      [{ task: 'topic', train, test: unlabelled }, /unlabelled\.jsonl line 1: "label" is missing/],
      [{ task: 'topic', train, test: join(dir, 'nope.jsonl') }, /nope\.jsonl: no such file/],
      [{ task: 'topic', test }, /exactly one of --train/],
      [{ task: 'topic', train }, /--test TEST\.jsonl is required/],
      [{ task: 'intent', builtin: true, test }, /only for --task sentiment/],
      [{ task: 'emotion', builtin: true, test }, /--task must be one of sentiment, topic, intent/],
    ];
    for (const [options, message] of cases) {
      expect(() => runEvalText(options)).toThrow(EvalTextInputError);
      expect(() => runEvalText(options)).toThrow(message);
    }
  });
});
