import { clamp, type Estimate } from '../statistics/interval';
import { Z_95 } from '../statistics/normal';

/** One respondent's answer and how much they count (their role's weight in an account). */
export interface WeightedAnswer {
  value: number;
  weight: number;
}

/** A weighted estimate: `n` respondents, Kish's effective n, and a normal-approximation 95% CI. */
export type WeightedResult = {
  /** Respondents counted (answers with a positive weight). */
  n: number;
  /** Kish's effective sample size, (Σw)² / Σw²: n when every weight is equal, less when a few dominate. */
  effectiveN: number;
  /** Σw of the counted respondents. */
  weightTotal: number;
} & Estimate;

function usable(answers: readonly WeightedAnswer[]) {
  return answers.filter((a) => Number.isFinite(a.value) && Number.isFinite(a.weight) && a.weight > 0);
}

/**
 * The mean of a coded score x (NPS: +1/0/−1; CSAT: 1/0) weighted by w, with a 95% CI from the weighted
 * population variance Σw(x − x̄)² / Σw and Kish's effective n: SE = √(variance / n_eff). Scaled by 100.
 */
function weightedMean(
  answers: readonly WeightedAnswer[],
  code: (value: number) => number,
  bounds: [number, number],
): WeightedResult {
  const counted = usable(answers);
  const n = counted.length;
  if (n === 0) return { n: 0, effectiveN: 0, weightTotal: 0, value: null, ci95: null };
  let sumW = 0;
  let sumW2 = 0;
  let sumWx = 0;
  for (const a of counted) {
    sumW += a.weight;
    sumW2 += a.weight * a.weight;
    sumWx += a.weight * code(a.value);
  }
  const mean = sumWx / sumW;
  let sumWd2 = 0;
  for (const a of counted) sumWd2 += a.weight * (code(a.value) - mean) ** 2;
  const variance = sumWd2 / sumW;
  const effectiveN = (sumW * sumW) / sumW2;
  const value = mean * 100;
  const halfWidth = Z_95 * Math.sqrt(variance / effectiveN) * 100;
  return {
    n,
    effectiveN,
    weightTotal: sumW,
    value,
    ci95: [clamp(value - halfWidth, bounds[0], bounds[1]), clamp(value + halfWidth, bounds[0], bounds[1])],
  };
}

/**
 * Role-weighted NPS: weighted % promoters (9–10) − weighted % detractors (0–6), i.e. the weighted mean of
 * the +1/0/−1 code × 100. With equal weights it is the ordinary NPS with the same CI as `computeNps`.
 */
export function weightedNps(answers: readonly WeightedAnswer[]): WeightedResult {
  return weightedMean(answers, (v) => (v >= 9 ? 1 : v >= 7 ? 0 : -1), [-100, 100]);
}

/** Role-weighted CSAT: the weighted % of 1–5 answers that are 4 or 5 (top-2-box), Wald CI on Kish's n. */
export function weightedCsat(answers: readonly WeightedAnswer[]): WeightedResult {
  return weightedMean(answers, (v) => (v >= 4 ? 1 : 0), [0, 100]);
}
