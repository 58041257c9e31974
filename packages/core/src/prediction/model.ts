// The churn model: L2 logistic regression on standardised features, optionally with quantile bins of the
// numbers (for effects that are not straight lines, like "the first months are risky") and a few pairwise
// interactions of the strongest columns. Which of these, and how much regularisation, is chosen on a
// validation part of the training rows only; the chosen one is then refitted on all of them.
import {
  baseColumns,
  type EncodedColumn,
  encodeRow,
  type FeatureRow,
  type FeatureSchema,
  type FeatureSpec,
  featureValue,
  inferFeatureSchema,
  MISSING_LEVEL,
  type SchemaOptions,
} from './features';
import { fitLogistic, type LogisticFit, sigmoid } from './logistic';
import { type BinaryMetrics, bestF1Threshold, evaluateBinary } from './metrics';
import { stratifiedSplit } from './random';

export type ModelVariant = 'linear' | 'binned' | 'interactions';

export interface ChurnModel {
  format: 'touchpoint.churn-model/1';
  schema: FeatureSchema;
  /** Base columns (encodeRow), then interaction columns (products of two standardised base columns). */
  columns: EncodedColumn[];
  means: number[];
  stds: number[];
  intercept: number;
  weights: number[];
  /** Scores at or above this are flagged (best F1 on the validation part). */
  threshold: number;
  variant: ModelVariant;
  lambda: number;
  /** Figures of the configuration chosen, measured on the validation part before the final refit. */
  validation: BinaryMetrics;
  trainedOn: { rows: number; positives: number };
  /** Every configuration tried, with its validation log-loss, so the choice can be checked. */
  candidates: { variant: ModelVariant; lambda: number; logLoss: number; rocAuc: number }[];
}

export interface ChurnTrainOptions extends SchemaOptions {
  seed?: number;
  /** Share of the training rows held out to choose the configuration (default 0.2). */
  validationShare?: number;
  variants?: readonly ModelVariant[];
  lambdas?: readonly number[];
  /** How many of the strongest base columns are crossed pairwise in the `interactions` variant. */
  interactionColumns?: number;
}

export const DEFAULT_LAMBDAS = [0.3, 1, 3, 10, 30, 100, 300] as const;
const ALL_VARIANTS: readonly ModelVariant[] = ['linear', 'binned', 'interactions'];

interface Fitted {
  columns: EncodedColumn[];
  means: number[];
  stds: number[];
  intercept: number;
  weights: number[];
}

function baseCount(columns: readonly EncodedColumn[]): number {
  return columns.filter((c) => c.kind !== 'interaction').length;
}

/** Standardised design rows: base columns scaled by the fit's means and stds, then interactions. */
function standardise(
  raw: readonly Float64Array[],
  columns: readonly EncodedColumn[],
  scaling?: { means: number[]; stds: number[] },
): { rows: Float64Array[]; means: number[]; stds: number[] } {
  const d = columns.length;
  const nBase = baseCount(columns);
  const means = scaling?.means.slice() ?? new Array<number>(d).fill(0);
  const stds = scaling?.stds.slice() ?? new Array<number>(d).fill(1);
  const rows = raw.map((x) => {
    const out = new Float64Array(d);
    out.set(x.subarray(0, nBase));
    return out;
  });
  const scaleColumn = (j: number) => {
    if (!scaling) {
      let sum = 0;
      for (const r of rows) sum += r[j] as number;
      const mean = rows.length ? sum / rows.length : 0;
      let sq = 0;
      for (const r of rows) sq += ((r[j] as number) - mean) ** 2;
      const std = Math.sqrt(rows.length ? sq / rows.length : 0);
      means[j] = mean;
      stds[j] = std > 1e-9 ? std : 1;
    }
    for (const r of rows) r[j] = ((r[j] as number) - (means[j] as number)) / (stds[j] as number);
  };
  for (let j = 0; j < nBase; j++) scaleColumn(j);
  for (let j = nBase; j < d; j++) {
    const [a, b] = (columns[j] as EncodedColumn).pair as [number, number];
    for (const r of rows) r[j] = (r[a] as number) * (r[b] as number);
    scaleColumn(j);
  }
  return { rows, means, stds };
}

function fit(
  raw: readonly Float64Array[],
  labels: readonly number[],
  columns: EncodedColumn[],
  lambda: number,
  start?: Fitted,
): Fitted {
  const { rows, means, stds } = standardise(raw, columns);
  const { intercept, weights } = fitLogistic(rows, labels, lambda, start);
  return { columns, means, stds, intercept, weights };
}

function scoreRaw(model: Fitted, raw: readonly Float64Array[]): number[] {
  const { rows } = standardise(raw, model.columns, model);
  return rows.map((x) => {
    let z = model.intercept;
    for (let j = 0; j < x.length; j++) z += (model.weights[j] as number) * (x[j] as number);
    return sigmoid(z);
  });
}

function meanLogLoss(scores: readonly number[], labels: readonly number[]): number {
  let sum = 0;
  scores.forEach((p, i) => {
    const q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
    sum -= labels[i] === 1 ? Math.log(q) : Math.log(1 - q);
  });
  return sum / Math.max(1, scores.length);
}

/** Interaction columns: products of pairs among the strongest base columns of a fitted model. */
function interactionColumns(fitted: Fitted, count: number): EncodedColumn[] {
  const base = fitted.columns.filter((c) => c.kind !== 'interaction');
  const strongest = base
    .map((c, j) => ({ c, j, w: Math.abs(fitted.weights[j] as number) }))
    .filter(({ c }) => c.kind === 'value' || c.kind === 'level')
    .sort((a, b) => b.w - a.w || a.j - b.j);
  // One column per original feature, so a pair never crosses two levels of the same category.
  const picked: typeof strongest = [];
  for (const s of strongest) {
    if (picked.length >= count) break;
    if (!picked.some((p) => p.c.source === s.c.source)) picked.push(s);
  }
  const out: EncodedColumn[] = [];
  for (let a = 0; a < picked.length; a++) {
    for (let b = a + 1; b < picked.length; b++) {
      const first = picked[a] as (typeof picked)[number];
      const second = picked[b] as (typeof picked)[number];
      out.push({
        source: first.c.source,
        source2: second.c.source,
        kind: 'interaction',
        pair: [first.j, second.j],
      });
    }
  }
  return out;
}

/** Reads a label: true/1/"yes"/"true"/"churned" → 1, false/0/"no"/"false" → 0, anything else → null. */
export function parseLabel(value: unknown): 0 | 1 | null {
  if (value === true || value === 1) return 1;
  if (value === false || value === 0) return 0;
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (['1', 'yes', 'y', 'true', 't', 'churned', 'churn', 'left', 'cancelled', 'canceled'].includes(t))
      return 1;
    if (['0', 'no', 'n', 'false', 'f', 'retained', 'active', 'stayed'].includes(t)) return 0;
  }
  return null;
}

/** Trains the churn model on rows with known labels (1 = churned); deterministic for a given seed. */
export function trainChurnModel(
  rows: readonly FeatureRow[],
  labels: readonly number[],
  options: ChurnTrainOptions = {},
): ChurnModel {
  const positives = labels.filter((y) => y === 1).length;
  if (rows.length !== labels.length) throw new Error('rows and labels differ in length');
  if (positives < 2 || rows.length - positives < 2) {
    throw new Error('training needs at least two churned and two retained customers');
  }
  const schema = inferFeatureSchema(rows, options);
  const seed = options.seed ?? 42;
  const { fit: fitIdx, validation: valIdx } = stratifiedSplit(labels, options.validationShare ?? 0.2, seed);
  const variants = options.variants ?? ALL_VARIANTS;
  const lambdas = options.lambdas ?? DEFAULT_LAMBDAS;
  const linear = baseColumns(schema, false);
  const binned = baseColumns(schema, true);
  const encodeAll = (columns: EncodedColumn[]) => rows.map((r) => encodeRow(schema, columns, r));
  const rawLinear = encodeAll(linear);
  const rawBinned = encodeAll(binned);
  const pick = <T>(xs: readonly T[], idx: readonly number[]) => idx.map((i) => xs[i] as T);
  const fitLabels = pick(labels, fitIdx);
  const valLabels = pick(labels, valIdx);

  const candidates: ChurnModel['candidates'] = [];
  let best: {
    variant: ModelVariant;
    lambda: number;
    columns: EncodedColumn[];
    scores: number[];
    loss: number;
  } | null = null;
  for (const variant of variants) {
    let columns = variant === 'linear' ? linear : binned;
    const raw = variant === 'linear' ? rawLinear : rawBinned;
    if (variant === 'interactions') {
      const screen = fit(pick(raw, fitIdx), fitLabels, binned, 10);
      const extra = interactionColumns(screen, options.interactionColumns ?? 6);
      if (extra.length === 0) continue;
      columns = [...binned, ...extra];
    }
    // From the strongest penalty down, each fit starting where the previous one ended (a regularisation
    // path), on rows standardised once per configuration.
    const valRaw = pick(raw, valIdx);
    const scaled = standardise(pick(raw, fitIdx), columns);
    let previous: LogisticFit | undefined;
    for (const lambda of [...lambdas].sort((x, y) => y - x)) {
      const weights = fitLogistic(scaled.rows, fitLabels, lambda, previous);
      previous = weights;
      const fitted: Fitted = { columns, means: scaled.means, stds: scaled.stds, ...weights };
      const scores = scoreRaw(fitted, valRaw);
      const loss = meanLogLoss(scores, valLabels);
      const metrics = evaluateBinary(scores, valLabels, 0.5);
      candidates.push({ variant, lambda, logLoss: loss, rocAuc: metrics.rocAuc });
      if (!best || loss < best.loss - 1e-9) best = { variant, lambda, columns, scores, loss };
    }
  }
  if (!best) throw new Error('no model configuration to try');
  const threshold = bestF1Threshold(best.scores, valLabels);
  const validation = evaluateBinary(best.scores, valLabels, threshold);
  const raw = best.variant === 'linear' ? rawLinear : rawBinned;
  const final = fit(raw, labels, best.columns, best.lambda);
  return {
    format: 'touchpoint.churn-model/1',
    schema,
    columns: final.columns,
    means: final.means,
    stds: final.stds,
    intercept: final.intercept,
    weights: final.weights,
    threshold,
    variant: best.variant,
    lambda: best.lambda,
    validation,
    trainedOn: { rows: rows.length, positives },
    candidates,
  };
}

/** The plain logistic-regression baseline: the same features, no bins or interactions, (almost) no penalty. */
export function trainLogisticBaseline(
  rows: readonly FeatureRow[],
  labels: readonly number[],
  options: ChurnTrainOptions = {},
): ChurnModel {
  return trainChurnModel(rows, labels, { ...options, variants: ['linear'], lambdas: [1e-4] });
}

function designRow(model: ChurnModel, row: FeatureRow): Float64Array {
  const raw = encodeRow(model.schema, model.columns, row);
  return standardise([raw], model.columns, model).rows[0] as Float64Array;
}

/** The churn probability of one customer. */
export function predictChurn(model: ChurnModel, row: FeatureRow): number {
  const x = designRow(model, row);
  let z = model.intercept;
  for (let j = 0; j < x.length; j++) z += (model.weights[j] as number) * (x[j] as number);
  return sigmoid(z);
}

export type ChurnBand = 'low' | 'medium' | 'high';

/** Where a model's bands start: see `churnBand`. */
export function churnBandCuts(model: Pick<ChurnModel, 'threshold' | 'trainedOn'>): {
  medium: number;
  high: number;
} {
  const baseRate = model.trainedOn.positives / Math.max(1, model.trainedOn.rows);
  // The best-F1 threshold flags nearly everyone when churn is common, so "high" also needs twice the
  // base rate; and "more likely to leave than stay" is high whatever the base rate.
  const high = Math.min(0.5, Math.max(model.threshold, 2 * baseRate));
  return { high, medium: Math.min(baseRate, high) };
}

/** High from the cut above, medium when above the base rate (riskier than the average customer), else low. */
export function churnBand(score: number, cuts: { medium: number; high: number }): ChurnBand {
  if (score >= cuts.high) return 'high';
  if (score >= cuts.medium) return 'medium';
  return 'low';
}

export interface ChurnReason {
  feature: string;
  value: number | string;
  /** Change in log-odds against an average customer (positive raises the risk). */
  contribution: number;
  text: string;
}

export type DescribeReason = (reason: Omit<ChurnReason, 'text'>, row: FeatureRow) => string | null;

function formatValue(value: number | string): string {
  if (typeof value === 'string') return value === MISSING_LEVEL ? 'unknown' : `"${value}"`;
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** A plain sentence for a reason, when the caller knows nothing better about the feature. */
export function describeReasonPlainly(reason: Omit<ChurnReason, 'text'>): string {
  const effect = reason.contribution > 0 ? 'raises the risk' : 'lowers the risk';
  return `${reason.feature} is ${formatValue(reason.value)}, which ${effect}`;
}

/**
 * Why a customer scores as they do: each original feature's share of the log-odds against an average
 * customer (weight × standardised value, summed over the feature's columns; an interaction's share is
 * split between its two features), largest first.
 */
export function explainChurn(
  model: ChurnModel,
  row: FeatureRow,
  options: { top?: number; direction?: 'risk' | 'all'; describe?: DescribeReason } = {},
): ChurnReason[] {
  const x = designRow(model, row);
  const totals = new Map<string, number>();
  model.columns.forEach((col, j) => {
    const c = (model.weights[j] as number) * (x[j] as number);
    if (col.source2) {
      totals.set(col.source, (totals.get(col.source) ?? 0) + c / 2);
      totals.set(col.source2, (totals.get(col.source2) ?? 0) + c / 2);
    } else {
      totals.set(col.source, (totals.get(col.source) ?? 0) + c);
    }
  });
  const specs = new Map<string, FeatureSpec>(model.schema.features.map((f) => [f.name, f]));
  const reasons = [...totals.entries()]
    .filter(([, c]) => (options.direction === 'all' ? Math.abs(c) > 1e-6 : c > 1e-6))
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.top ?? 3)
    .map(([feature, contribution]) => {
      const value = featureValue(specs.get(feature) as FeatureSpec, row);
      const base = { feature, value, contribution };
      return { ...base, text: options.describe?.(base, row) ?? describeReasonPlainly(base) };
    });
  return reasons;
}
