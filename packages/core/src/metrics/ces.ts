import { mean, sampleVariance } from '../statistics/descriptive';
import { clamp, type Interval, proportionAsPercent } from '../statistics/interval';
import { studentTQuantile } from '../statistics/student-t';
import { wilsonInterval } from '../statistics/wilson';
import { type Answer, answeredValues, CES_SCALE } from './answers';

/** CES: the mean on the 1–7 scale with a t-based 95% CI, and the % agreeing (5–7) with a Wilson 95% CI. */
export interface CesResult {
  /** Answers counted (skipped answers excluded). */
  n: number;
  /** Mean answer on the 1–7 scale; `null` when n = 0. */
  value: number | null;
  /** Student-t 95% CI of the mean, clamped to [1, 7]; `null` when n < 2 (no variance to estimate). */
  ci95: Interval | null;
  /** Answers 5, 6 or 7. */
  agreeing: number;
  /** % of answers 5–7 (0–100); `null` when n = 0. */
  agreePercent: number | null;
  /** Wilson 95% CI of `agreePercent`, in percent; `null` when n = 0. */
  agreePercentCi95: Interval | null;
}

/**
 * Customer Effort Score of 1–7 answers: the mean, with the Student t interval mean ± t(0.975, n − 1) · s/√n
 * for every n ≥ 2 (t, not z, at every size: it converges to the normal interval as n grows), and the %
 * agreeing (5–7) with its Wilson interval.
 */
export function computeCes(scores: readonly Answer[]): CesResult {
  const values = answeredValues(scores, CES_SCALE);
  const n = values.length;
  const agreeing = values.filter((value) => value >= 5).length;
  const agree = proportionAsPercent(agreeing, n, wilsonInterval(agreeing, n));
  const value = mean(values);
  const variance = sampleVariance(values);
  let ci95: Interval | null = null;
  if (value !== null && variance !== null) {
    const halfWidth = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
    ci95 = [
      clamp(value - halfWidth, CES_SCALE.min, CES_SCALE.max),
      clamp(value + halfWidth, CES_SCALE.min, CES_SCALE.max),
    ];
  }
  return { n, value, ci95, agreeing, agreePercent: agree.value, agreePercentCi95: agree.ci95 };
}
