// `touchpoint eval-churn`: trains the churn model the product uses on --train (JSON lines, one customer a
// line: attributes plus the label) and scores it on --test, next to a plain logistic regression trained on
// the same features in the same run. Prints one JSON object.
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  type BinaryMetrics,
  type ChurnModel,
  evaluateBinary,
  type FeatureRow,
  parseLabel,
  predictChurn,
  type RawValue,
  trainChurnModel,
  trainLogisticBaseline,
} from '@touchpoint/core';

export class EvalChurnInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalChurnInputError';
  }
}

export interface EvalChurnOptions {
  train?: string;
  test?: string;
  label?: string;
  seed?: string;
}

export type ChurnFigures = Pick<BinaryMetrics, 'n' | 'rocAuc' | 'prAuc' | 'brier' | 'f1' | 'positiveRate'> & {
  threshold: number;
  labelRate: number;
};

export interface EvalChurnResult {
  label: string;
  train: { n: number; positives: number; features: string[]; excluded: { name: string; reason: string }[] };
  model: ChurnFigures & { variant: string; lambda: number; trainSeconds: number };
  logisticRegression: ChurnFigures;
  /** Test rows left out because their label could not be read. */
  skipped: { train: number; test: number };
}

interface Labelled {
  rows: FeatureRow[];
  labels: number[];
  skipped: number;
}

/** Reads JSON lines of customers and splits off the label column; rows whose label is unreadable are counted. */
export function readChurnJsonl(path: string, label: string): Labelled {
  if (!existsSync(path) || !statSync(path).isFile()) throw new EvalChurnInputError(`${path}: no such file.`);
  const out: Labelled = { rows: [], labels: [], skipped: 0 };
  readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new EvalChurnInputError(`${path} line ${i + 1}: not valid JSON (${(error as Error).message}).`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new EvalChurnInputError(`${path} line ${i + 1}: expected an object of attributes.`);
      }
      const record = value as Record<string, unknown>;
      const y = parseLabel(record[label]);
      if (y === null) {
        out.skipped++;
        return;
      }
      const row: Record<string, RawValue> = {};
      for (const [key, v] of Object.entries(record)) {
        if (key === label) continue;
        // Nested values are not attributes a table has; they are left out rather than guessed at.
        if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) row[key] = v as RawValue;
      }
      out.rows.push(row);
      out.labels.push(y);
    });
  return out;
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

function figures(model: ChurnModel, test: Labelled): ChurnFigures {
  const scores = test.rows.map((row) => predictChurn(model, row));
  const m = evaluateBinary(scores, test.labels, model.threshold);
  return {
    n: m.n,
    rocAuc: round(m.rocAuc),
    prAuc: round(m.prAuc),
    brier: round(m.brier),
    f1: round(m.f1),
    positiveRate: round(m.positiveRate),
    threshold: round(m.threshold),
    labelRate: round(m.labelRate),
  };
}

export function runEvalChurn(options: EvalChurnOptions): EvalChurnResult {
  if (!options.train || !options.test)
    throw new EvalChurnInputError('give both --train FILE and --test FILE.');
  const label = options.label ?? 'label';
  const seed = options.seed === undefined ? 42 : Number(options.seed);
  if (!Number.isInteger(seed)) throw new EvalChurnInputError('--seed must be an integer.');
  const train = readChurnJsonl(options.train, label);
  const test = readChurnJsonl(options.test, label);
  const positives = train.labels.filter((y) => y === 1).length;
  if (positives < 2 || train.labels.length - positives < 2) {
    throw new EvalChurnInputError(
      `${options.train}: needs at least two rows with "${label}" true and two with it false (found ${positives} and ${train.labels.length - positives}).`,
    );
  }
  if (test.rows.length === 0)
    throw new EvalChurnInputError(`${options.test}: no row has a readable "${label}".`);
  const started = performance.now();
  const model = trainChurnModel(train.rows, train.labels, { seed });
  const trainSeconds = (performance.now() - started) / 1000;
  const baseline = trainLogisticBaseline(train.rows, train.labels, { seed });
  return {
    label,
    train: {
      n: train.rows.length,
      positives,
      features: model.schema.features.map((f) => f.name),
      excluded: model.schema.excluded,
    },
    model: {
      ...figures(model, test),
      variant: model.variant,
      lambda: model.lambda,
      trainSeconds: Math.round(trainSeconds * 100) / 100,
    },
    logisticRegression: figures(baseline, test),
    skipped: { train: train.skipped, test: test.skipped },
  };
}

/** The command's action: the result as one JSON line on stdout, or a one-line error and exit code 2. */
export function evalChurnCommand(options: EvalChurnOptions): void {
  try {
    process.stdout.write(`${JSON.stringify(runEvalChurn(options))}\n`);
  } catch (error) {
    if (error instanceof EvalChurnInputError) {
      process.stderr.write(`eval-churn: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
