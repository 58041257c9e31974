/** A two-sided confidence interval, `[low, high]`, in the unit of the estimate it belongs to. */
export type Interval = [low: number, high: number];

/** An estimate with its confidence interval; both are `null` when there is nothing to estimate from (n = 0). */
export type Estimate = { value: number; ci95: Interval } | { value: null; ci95: null };

/** Restricts x to [min, max]: an interval on a bounded scale must not leave the scale. */
export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/**
 * A proportion estimate (fractions) as percent: the metrics report 0–100. The value is computed as
 * successes·100 / n (one rounding, so 7 of 100 is exactly 7) and the interval is widened by at most a
 * rounding error so that it still contains that value.
 */
export function proportionAsPercent(successes: number, n: number, estimate: Estimate): Estimate {
  if (estimate.value === null) return estimate;
  const value = (successes * 100) / n;
  return {
    value,
    ci95: [Math.min(estimate.ci95[0] * 100, value), Math.max(estimate.ci95[1] * 100, value)],
  };
}
