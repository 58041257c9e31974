import { clamp, type Estimate, proportionAsPercent } from '../statistics/interval';
import { Z_95 } from '../statistics/normal';
import { type ChangeTest, twoProportionTest, welchTest } from '../statistics/significance';
import { studentTQuantile } from '../statistics/student-t';
import { wilsonInterval } from '../statistics/wilson';

// Metrics from pre-aggregated counts (rollups) rather than raw answers: the same formulas as computeNps,
// computeCsat and computeCes, so a dashboard read from rollups equals one computed from every answer.

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export function npsFromCounts(c: NpsCounts): NpsCounts & { n: number } & Estimate {
  const n = c.promoters + c.passives + c.detractors;
  if (n === 0) return { ...c, n, value: null, ci95: null };
  const d = (c.promoters - c.detractors) / n;
  const variance = Math.max(0, (c.promoters + c.detractors) / n - d * d);
  const halfWidth = Z_95 * Math.sqrt(variance / n) * 100;
  const value = ((c.promoters - c.detractors) * 100) / n;
  return { ...c, n, value, ci95: [clamp(value - halfWidth, -100, 100), clamp(value + halfWidth, -100, 100)] };
}

export function proportionFromCounts(
  successes: number,
  n: number,
): { n: number; successes: number } & Estimate {
  return { n, successes, ...proportionAsPercent(successes, n, wilsonInterval(successes, n)) };
}

export interface Moments {
  n: number;
  sum: number;
  sumSquares: number;
}

/** Mean with a t-based 95% CI (clamped to the scale), from n, Σx and Σx². */
export function meanFromMoments(m: Moments, scale: { min: number; max: number }): { n: number } & Estimate {
  if (m.n === 0) return { n: 0, value: null, ci95: null };
  const mean = m.sum / m.n;
  if (m.n < 2) return { n: m.n, value: mean, ci95: [mean, mean] };
  const variance = Math.max(0, (m.sumSquares - m.n * mean * mean) / (m.n - 1));
  const half = studentTQuantile(0.975, m.n - 1) * Math.sqrt(variance / m.n);
  return {
    n: m.n,
    value: mean,
    ci95: [clamp(mean - half, scale.min, scale.max), clamp(mean + half, scale.min, scale.max)],
  };
}

/** Is the change in NPS from A to B significant? Welch's t-test on the +1/0/−1 scores (delta in points). */
export function compareNps(a: NpsCounts, b: NpsCounts): ChangeTest | null {
  const moments = (c: NpsCounts) => {
    const n = c.promoters + c.passives + c.detractors;
    const mean = n === 0 ? 0 : (c.promoters - c.detractors) / n;
    const sumSquares = c.promoters + c.detractors;
    return { n, mean, variance: n < 2 ? 0 : (sumSquares - n * mean * mean) / (n - 1) };
  };
  return welchTest(moments(a), moments(b), "Welch's t-test on NPS scores (+1/0/−1)", 100);
}

export function compareProportions(a: { successes: number; n: number }, b: { successes: number; n: number }) {
  return twoProportionTest(a, b);
}

export function compareMeans(a: Moments, b: Moments): ChangeTest | null {
  const moments = (m: Moments) => {
    const mean = m.n === 0 ? 0 : m.sum / m.n;
    return {
      n: m.n,
      mean,
      variance: m.n < 2 ? 0 : Math.max(0, (m.sumSquares - m.n * mean * mean) / (m.n - 1)),
    };
  };
  return welchTest(moments(a), moments(b));
}
