import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runEvalText } from '../src/cli/eval-text';
import { TEST_BACKEND } from './support/test-touchpoint';

// `eval-text --task intent` with out-of-scope lines: the bot's decision function decides, the threshold is
// chosen on TRAIN only, and the extra figures are printed beside the usual ones.

const BIN = fileURLToPath(new URL('../bin/touchpoint.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tp-eval-oos-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeJsonl(name: string, rows: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  return path;
}

const INTENTS: Record<string, string[]> = {
  card_arrival: [
    'my card has not arrived yet',
    'when will my new card arrive',
    'still waiting for my card to arrive',
    'how long until my card arrives',
    'the card you sent has not arrived',
    'card still not arrived after a week',
  ],
  exchange_rate: [
    'what exchange rate do you use',
    'which exchange rate applies to my payment',
    'is the exchange rate fair',
    'how is the exchange rate calculated',
    'exchange rate for dollars to euros',
    'where can I see the exchange rate',
  ],
  change_pin: [
    'how do I change my pin',
    'I want a new pin for my card',
    'can I change the pin number',
    'change pin at an atm',
    'where do I change my card pin',
    'reset my pin please',
  ],
  top_up_limits: [
    'what is the top up limit',
    'how much can I top up at once',
    'is there a maximum top up amount',
    'top up limits per day',
    'can I top up more than the limit',
    'what are the top up limits',
  ],
  age_limit: [
    'how old do I need to be to open an account',
    'is there an age limit for an account',
    'can my child open an account',
    'minimum age for an account',
    'can a teenager get an account',
    'what age can I open an account',
  ],
};

const train = writeJsonl(
  'train.jsonl',
  Object.entries(INTENTS).flatMap(([label, texts]) => texts.map((text) => ({ text, label }))),
);
const testRows = [
  { text: 'my card has still not arrived', label: 'card_arrival' },
  { text: 'what exchange rate will I get', label: 'exchange_rate' },
  { text: 'I would like to change my pin', label: 'change_pin' },
  { text: 'what is the maximum top up', label: 'top_up_limits' },
  { text: 'what is the weather in Hanoi tomorrow', label: 'oos' },
  { text: 'recommend a good pizza restaurant', label: 'oos' },
  { text: 'who won the football match yesterday', label: 'oos' },
];
const test = writeJsonl('test.jsonl', testRows);

describe.runIf(TEST_BACKEND === 'pglite')(
  'touchpoint eval-text --task intent with out-of-scope lines',
  () => {
    it('prints in-scope accuracy and out-of-scope recall and precision beside the usual fields', () => {
      const result = spawnSync(
        process.execPath,
        [BIN, 'eval-text', '--task', 'intent', '--train', train, '--test', test],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const output = JSON.parse(result.stdout.trim());
      expect(output).toMatchObject({ task: 'intent', method: 'bot', n: 7, inScopeN: 4, oosN: 3 });
      for (const field of [
        'accuracy',
        'macroF1',
        'weightedF1',
        'inScopeAccuracy',
        'oosRecall',
        'oosPrecision',
      ]) {
        expect(output[field]).toBeGreaterThanOrEqual(0);
        expect(output[field]).toBeLessThanOrEqual(1);
      }
      // Questions about nothing the intents cover are handed over; the in-scope ones are mostly answered.
      expect(output.oosRecall).toBe(1);
      expect(output.inScopeAccuracy).toBeGreaterThanOrEqual(0.5);
      expect(output.perClass.oos.support).toBe(3);
      expect(output.validation.heldOutIntents).toBe(1);
    });

    it('chooses the threshold on the training file only: another test file gets the same threshold', () => {
      const other = writeJsonl('other-test.jsonl', [
        { text: 'card arrival time', label: 'card_arrival' },
        { text: 'tell me a joke', label: 'oos' },
      ]);
      const first = runEvalText({ task: 'intent', train, test }) as ReturnType<typeof runEvalText> & {
        threshold: number;
        intentScoring: string;
      };
      const second = runEvalText({ task: 'intent', train, test: other }) as typeof first;
      expect(second.threshold).toBe(first.threshold);
      expect(second.intentScoring).toBe(first.intentScoring);
    });

    it('leaves intent files without out-of-scope lines to the plain classifier', () => {
      const inScopeOnly = writeJsonl(
        'in-scope.jsonl',
        testRows.filter((row) => row.label !== 'oos'),
      );
      const result = runEvalText({ task: 'intent', train, test: inScopeOnly });
      expect(result.method).toBe('trained');
      expect(result).not.toHaveProperty('oosRecall');
    });
  },
);
