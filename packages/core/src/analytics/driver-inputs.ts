import type { TQuestion, TSurveyDefinition } from '@touchpoint/schemas';
import { computeNps } from '../metrics/nps';
import { scoreRange } from '../survey/validate-submission';
import { MAX_DRIVERS } from './drivers';

/**
 * Inputs for key-driver analysis beyond one survey's questions: touchpoint scores per contact (most
 * contacts answer at few touchpoints, so predictors have gaps) and topic mentions per response, plus the
 * importance–performance quadrant every driver view shares. The regression itself stays `analyseDrivers`.
 */

export type TQuadrant = 'fix_first' | 'keep_up' | 'low_priority' | 'possible_overkill';

/**
 * The importance–performance quadrant of each driver. Cut-offs: the average importance (1/k, since shares
 * add up to 1) and the drivers' average performance; "fix first" = at least averagely important and
 * performing below average. A driver without a performance counts as performing at 0.
 */
export function placeInQuadrants<T extends { importance: number; performance: number | null }>(
  items: readonly T[],
): (T & { quadrant: TQuadrant })[] {
  const averageShare = 1 / Math.max(1, items.length);
  const performances = items.flatMap((d) => (d.performance === null ? [] : [d.performance]));
  const averagePerformance = performances.reduce((a, b) => a + b, 0) / Math.max(1, performances.length);
  return items.map((d) => {
    const important = d.importance >= averageShare;
    const performing = (d.performance ?? 0) >= averagePerformance;
    const quadrant: TQuadrant = important
      ? performing
        ? 'keep_up'
        : 'fix_first'
      : performing
        ? 'possible_overkill'
        : 'low_priority';
    return { ...d, quadrant };
  });
}

/** A score on its question's scale as 0–100 (min → 0, max → 100). */
export function normaliseScore(value: number, range: { min: number; max: number }): number {
  if (range.max === range.min) return 100;
  return ((value - range.min) / (range.max - range.min)) * 100;
}

/**
 * The questions that measure satisfaction at a touchpoint, in a survey attributed to it: its CSAT
 * questions; without any, its rating questions; then CES; then NPS. NPS comes last on purpose: asked in a
 * touchpoint survey it is usually the brand question again, not the experience at the touchpoint.
 */
export function satisfactionQuestions(
  definition: Pick<TSurveyDefinition, 'questions'>,
): { id: string; type: TQuestion['type']; min: number; max: number }[] {
  for (const type of ['csat', 'rating', 'ces', 'nps'] as const) {
    const found = definition.questions.flatMap((question) => {
      if (question.type !== type) return [];
      const range = scoreRange(question);
      return range ? [{ id: question.id, type, ...range }] : [];
    });
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * How a topic performs for the outcome, 0–100, from the outcome answers of the responses that mention it:
 * for an NPS outcome the NPS of the mentioners rescaled from −100…100 ((NPS + 100) / 2), else their mean
 * answer on the outcome's scale normalised to 0–100. Null without answers.
 */
export function mentionersPerformance(
  values: readonly number[],
  outcome: { type: TQuestion['type']; min: number; max: number },
): number | null {
  if (values.length === 0) return null;
  if (outcome.type === 'nps') {
    const nps = computeNps(values);
    return nps.value === null ? null : (nps.value + 100) / 2;
  }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return normaliseScore(mean, outcome);
}

export interface SparsePredictor {
  id: string;
  /** One value per row; null/undefined/NaN where that row has no value (a contact never answered there). */
  values: readonly (number | null | undefined)[];
}

export interface ImputedDrivers {
  /** Indices (into the input rows) of the rows kept: an outcome and at least one kept predictor observed. */
  rows: number[];
  outcome: number[];
  /** Kept predictors, in input order, gaps filled with the predictor's observed mean. */
  predictors: { id: string; values: number[]; coverage: number; mean: number }[];
  /** Predictors left out: too few observed rows (`coverage`) or beyond the MAX_DRIVERS best covered (`limit`). */
  dropped: { id: string; coverage: number; reason: 'coverage' | 'limit' }[];
}

const observed = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * Prepares sparse predictors for `analyseDrivers` (which keeps only complete rows):
 * 1. rows without an outcome are left out;
 * 2. a predictor is kept only when at least `minCoverage` of those rows observe it — at most
 *    `maxPredictors` (the best covered; ties in input order), the others are dropped with their coverage;
 * 3. rows observing none of the kept predictors are left out (they carry no information about them);
 * 4. each kept predictor's gaps are filled with its mean over the rows that observe it.
 *
 * Why coverage-restricted mean imputation rather than mean imputation plus a missing-indicator per
 * predictor: indicators would double the predictors (2^k regressions, and a cap of 12 would leave only
 * six touchpoints) and split each touchpoint's importance between "score" and "was there", which the
 * importance–performance chart cannot show. Filling a gap with the mean says "no information" about that
 * row: it leaves the predictor's mean (the performance) exactly as observed and pulls its correlation with
 * the outcome towards zero in proportion to how many rows lack it — so a touchpoint few customers go through
 * ranks lower. That is the intended reading (importance for the customer base as a whole, not for the few
 * who used it); the coverage floor keeps predictors that are mostly imputed out altogether, and every
 * kept predictor reports its coverage.
 */
export function imputeWellCovered(
  input: { outcome: readonly (number | null | undefined)[]; predictors: readonly SparsePredictor[] },
  options: { minCoverage: number; maxPredictors?: number },
): ImputedDrivers {
  const maxPredictors = options.maxPredictors ?? MAX_DRIVERS;
  // A kept predictor is observed at least once, so its mean is defined.
  const minCoverage = Math.max(1, options.minCoverage);
  const withOutcome: number[] = [];
  for (let r = 0; r < input.outcome.length; r++) if (observed(input.outcome[r])) withOutcome.push(r);
  const coverageOf = (p: SparsePredictor, rows: readonly number[]) =>
    rows.reduce((count, r) => count + (observed(p.values[r]) ? 1 : 0), 0);
  const candidates = input.predictors.map((p, index) => ({ p, index, coverage: coverageOf(p, withOutcome) }));
  const eligible = candidates
    .filter((c) => c.coverage >= minCoverage)
    .sort((a, b) => b.coverage - a.coverage || a.index - b.index);
  const keptIndices = new Set(eligible.slice(0, maxPredictors).map((c) => c.index));
  const dropped = candidates
    .filter((c) => !keptIndices.has(c.index))
    .map((c) => ({
      id: c.p.id,
      coverage: c.coverage,
      reason: c.coverage >= minCoverage ? ('limit' as const) : ('coverage' as const),
    }));
  const kept = candidates.filter((c) => keptIndices.has(c.index));
  const rows = withOutcome.filter((r) => kept.some((c) => observed(c.p.values[r])));
  return {
    rows,
    outcome: rows.map((r) => input.outcome[r] as number),
    predictors: kept.map(({ p }) => {
      let sum = 0;
      let coverage = 0;
      for (const r of rows) {
        const value = p.values[r];
        if (observed(value)) {
          sum += value;
          coverage++;
        }
      }
      const mean = sum / coverage;
      return {
        id: p.id,
        coverage,
        mean,
        values: rows.map((r) => {
          const value = p.values[r];
          return observed(value) ? value : mean;
        }),
      };
    }),
    dropped,
  };
}
