import { studentTCdf } from '@touchpoint/core';

/**
 * Pearson's correlation of paired values with the two-sided p-value of r ≠ 0 (t = r·√((n−2)/(1−r²)),
 * n − 2 degrees of freedom). Fewer than 3 pairs, or a constant series, gives no r.
 */
export function pearson(pairs: readonly [number, number][], alpha = 0.05) {
  const n = pairs.length;
  const none = { r: null, n, pValue: null, significant: false };
  if (n < 3) return none;
  const mx = pairs.reduce((s, [x]) => s + x, 0) / n;
  const my = pairs.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return none;
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  if (n === 3 || Math.abs(r) === 1) {
    // Perfect correlation: p is 0 in the limit; with 1 degree of freedom the t-test still applies below.
    if (Math.abs(r) === 1) return { r, n, pValue: 0, significant: true };
  }
  const t = r * Math.sqrt((n - 2) / (1 - r * r));
  const pValue = Math.min(1, 2 * (1 - studentTCdf(Math.abs(t), n - 2)));
  return { r, n, pValue, significant: pValue < alpha };
}
