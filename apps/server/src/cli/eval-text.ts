// `touchpoint eval-text`: scores text analytics on labelled JSON lines ({"text", "label", "lang"?} a line),
// either a classifier trained on --train or the built-in sentiment analyzer (--builtin), and prints one JSON
// object with accuracy, macro- and weighted-F1, per-class scores and the prediction throughput. The bench
// (bench/text.bench.ts) imports the same functions.
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  analyzeSentiment,
  type ClassScores,
  calibratedSentiment,
  classifyText,
  evaluateClassification,
  type GoldSentiment,
  goldSentimentLabel,
  type SentimentResult,
  type TextLanguage,
  type TrainOptions,
  trainSentimentCalibration,
  trainTextClassifier,
} from '@touchpoint/core';
import { evaluateIntentWithOos, OOS_LABEL } from './eval-oos';

export const EVAL_TASKS = ['sentiment', 'topic', 'intent'] as const;
export type EvalTask = (typeof EVAL_TASKS)[number];

export interface LabelledLine {
  text: string;
  label: string;
  lang?: TextLanguage;
}

export interface EvalTextResult {
  task: EvalTask;
  /** 'trained', 'builtin', or a baseline's name. */
  method: string;
  n: number;
  accuracy: number;
  macroF1: number;
  /** Macro-F1 over the classes present in the gold labels (what the sentiment report compares). */
  goldMacroF1: number;
  weightedF1: number;
  perClass: Record<string, ClassScores>;
  /** Texts scored per second in the prediction phase (training and file reading excluded). */
  textsPerSecond: number;
  /** Training examples and seconds, for a trained classifier. */
  trainedOn?: number;
  trainSeconds?: number;
}

/** Bad input from the person running the command: reported in one line on stderr with exit code 2. */
export class EvalTextInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalTextInputError';
  }
}

const LANGUAGES: readonly TextLanguage[] = ['en', 'vi', 'other'];

/** Reads a JSON-lines file of labelled texts; blank lines are skipped, anything else must be valid. */
export function readLabelledJsonl(path: string): LabelledLine[] {
  if (!existsSync(path) || !statSync(path).isFile()) throw new EvalTextInputError(`${path}: no such file.`);
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const rows: LabelledLine[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${path} line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new EvalTextInputError(`${where}: not valid JSON (${(error as Error).message}).`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new EvalTextInputError(`${where}: expected an object like {"text": "...", "label": "..."}.`);
    }
    const { text, label, lang } = value as Record<string, unknown>;
    if (typeof text !== 'string')
      throw new EvalTextInputError(`${where}: "text" is missing or not a string.`);
    if (typeof label !== 'string' || label.trim() === '') {
      throw new EvalTextInputError(`${where}: "label" is missing or empty.`);
    }
    if (lang !== undefined && !LANGUAGES.includes(lang as TextLanguage)) {
      throw new EvalTextInputError(`${where}: "lang" must be one of ${LANGUAGES.join(', ')}.`);
    }
    rows.push({ text, label: label.trim(), ...(lang ? { lang: lang as TextLanguage } : {}) });
  });
  if (rows.length === 0) throw new EvalTextInputError(`${path}: no labelled lines.`);
  return rows;
}

// THE rule for scoring the built-in analyzer's four labels against a labelled set lives in core
// (`goldSentimentLabel`): `eval-text`, the bench (for VADER too) and the workspace calibration's comparison
// all use it, so every figure means the same thing. `mixed` following the sign of its score was chosen on
// the sets' dev parts (airline TRAIN, UIT-VSFC train + dev, the extra sets' DEV halves), never on held-out
// rows: against the earlier "mixed is negative" it raised the mean accuracy over the five sets
// (0.831 → 0.836), macro-F1 and mean F1 of negative and positive, and cost no set more than 0.01.
export { type GoldSentiment, goldSentimentLabel };

/** The three-way label of a built-in sentiment result (`goldSentimentLabel` on a three-class set). */
export function threeWayLabel(result: SentimentResult): GoldSentiment {
  return goldSentimentLabel(result, true);
}

/** Whether a labelled set has a neutral class, which decides how `neutral` predictions are scored. */
export function hasNeutralClass(lines: readonly LabelledLine[]): boolean {
  return lines.some((line) => line.label === 'neutral');
}

/** Scores `predict` on the test lines; only the prediction loop is timed. */
export function evaluatePredictions(
  task: EvalTask,
  method: string,
  test: LabelledLine[],
  predict: (line: LabelledLine) => string,
): EvalTextResult {
  const started = performance.now();
  const predicted = test.map(predict);
  const seconds = (performance.now() - started) / 1000;
  const report = evaluateClassification(
    test.map((line) => line.label),
    predicted,
  );
  return {
    task,
    method,
    n: report.n,
    accuracy: round(report.accuracy),
    macroF1: round(report.macroF1),
    goldMacroF1: round(report.goldMacroF1),
    weightedF1: round(report.weightedF1),
    perClass: Object.fromEntries(
      Object.entries(report.perClass).map(([label, s]) => [
        label,
        { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), support: s.support },
      ]),
    ),
    textsPerSecond: Math.round(test.length / Math.max(seconds, 1e-9)),
  };
}

/**
 * Training options per task: a sentiment model also gets the built-in analyzer's reading as features
 * (stacking), which it learns to trust as far as the labels bear it out.
 */
export function trainOptionsFor(task: EvalTask): TrainOptions {
  return task === 'sentiment' ? { features: { sentimentLexicon: true } } : {};
}

/**
 * Sentiment trained on `train` through the workspace calibration's code path (`trainSentimentCalibration`
 * and `calibratedSentiment`: the classifier over the analyzer's reading), scored by `goldSentimentLabel`.
 */
export function evaluateCalibratedSentiment(train: LabelledLine[], test: LabelledLine[]): EvalTextResult {
  const started = performance.now();
  const model = trainSentimentCalibration(train.map((line) => ({ text: line.text, label: line.label })));
  const trainSeconds = (performance.now() - started) / 1000;
  const hasNeutral = hasNeutralClass(test);
  const result = evaluatePredictions('sentiment', 'trained', test, (line) =>
    goldSentimentLabel(calibratedSentiment(model, line.text, line.lang), hasNeutral),
  );
  return { ...result, trainedOn: train.length, trainSeconds: Math.round(trainSeconds * 10) / 10 };
}

/** Trains the core text classifier on `train` and scores it on `test`. */
export function evaluateTrained(
  task: EvalTask,
  train: LabelledLine[],
  test: LabelledLine[],
  options: TrainOptions = trainOptionsFor(task),
): EvalTextResult {
  const started = performance.now();
  const model = trainTextClassifier(
    train.map((line) => ({ text: line.text, label: line.label })),
    options,
  );
  const trainSeconds = (performance.now() - started) / 1000;
  const result = evaluatePredictions(task, 'trained', test, (line) => classifyText(model, line.text).label);
  return { ...result, trainedOn: train.length, trainSeconds: Math.round(trainSeconds * 10) / 10 };
}

/** Scores the built-in sentiment analyzer (no training) on `test`, mapping labels by `goldSentimentLabel`. */
export function evaluateBuiltinSentiment(test: LabelledLine[]): EvalTextResult {
  const hasNeutral = hasNeutralClass(test);
  return evaluatePredictions('sentiment', 'builtin', test, (line) =>
    goldSentimentLabel(analyzeSentiment(line.text, line.lang), hasNeutral),
  );
}

export interface EvalTextOptions {
  task?: string;
  test?: string;
  train?: string;
  builtin?: boolean;
}

/** Checks the command's options, reads the files and runs the evaluation they ask for. */
export function runEvalText(options: EvalTextOptions): EvalTextResult {
  const task = options.task as EvalTask;
  if (!EVAL_TASKS.includes(task)) {
    throw new EvalTextInputError(`--task must be one of ${EVAL_TASKS.join(', ')}.`);
  }
  if (!options.test) throw new EvalTextInputError('--test TEST.jsonl is required.');
  if (Boolean(options.train) === Boolean(options.builtin)) {
    throw new EvalTextInputError(
      'Give exactly one of --train TRAIN.jsonl (train a classifier) or --builtin.',
    );
  }
  if (options.builtin && task !== 'sentiment') {
    throw new EvalTextInputError(
      '--builtin is only for --task sentiment; train topics and intents with --train.',
    );
  }
  const test = readLabelledJsonl(options.test);
  if (options.builtin) return evaluateBuiltinSentiment(test);
  const train = readLabelledJsonl(options.train as string);
  // Intents with out-of-scope lines: scored by the bot's own decision function (eval-oos.ts).
  if (task === 'intent' && [...train, ...test].some((line) => line.label === OOS_LABEL)) {
    return evaluateIntentWithOos(train, test, (predict) => evaluatePredictions(task, 'bot', test, predict));
  }
  if (task === 'sentiment') return evaluateCalibratedSentiment(train, test);
  return evaluateTrained(task, train, test);
}

/** The command's action: the result as one JSON line on stdout, or a one-line error and exit code 2. */
export function evalTextCommand(options: EvalTextOptions): void {
  try {
    process.stdout.write(`${JSON.stringify(runEvalText(options))}\n`);
  } catch (error) {
    if (!(error instanceof EvalTextInputError)) throw error;
    process.stderr.write(`eval-text: ${error.message}\n`);
    process.exit(2);
  }
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
