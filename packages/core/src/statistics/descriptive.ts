/** Arithmetic mean, or `null` for no values: every metric needs it, and an empty sample has no mean (not 0). */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Sum of squared deviations from the mean (two-pass, so it stays accurate when the mean is large). */
function sumOfSquaredDeviations(values: readonly number[], centre: number): number {
  let sum = 0;
  for (const value of values) sum += (value - centre) ** 2;
  return sum;
}

/**
 * Unbiased sample variance (divisor n − 1), or `null` below two values: the t interval of a mean (CES)
 * estimates the population spread from the sample.
 */
export function sampleVariance(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const centre = mean(values) as number;
  return sumOfSquaredDeviations(values, centre) / (values.length - 1);
}

/**
 * Population variance (divisor n), or `null` for no values: the variance of a coded score such as the
 * NPS +1/0/−1 score, whose standard error is √(variance / n).
 */
export function populationVariance(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const centre = mean(values) as number;
  return sumOfSquaredDeviations(values, centre) / values.length;
}
