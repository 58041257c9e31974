import { clamp, type Estimate } from '../statistics/interval';
import { Z_95 } from '../statistics/normal';
import { type Answer, answeredValues, ENPS_SCALE, NPS_SCALE, type Scale } from './answers';

/** NPS (or eNPS) in points from −100 to +100, with its n, the three group counts and a 95% CI. */
export type NpsResult = {
  /** Answers counted (skipped answers excluded). */
  n: number;
  /** Answers 9–10. */
  promoters: number;
  /** Answers 7–8. */
  passives: number;
  /** Answers 0–6. */
  detractors: number;
} & Estimate;

function npsOf(scores: readonly Answer[], scale: Scale): NpsResult {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const value of answeredValues(scores, scale)) {
    if (value >= 9) promoters++;
    else if (value >= 7) passives++;
    else detractors++;
  }
  const n = promoters + passives + detractors;
  const counts = { n, promoters, passives, detractors };
  if (n === 0) return { ...counts, value: null, ci95: null };

  // Each answer is coded +1 (promoter), 0 (passive) or −1 (detractor); NPS/100 is the mean d of that
  // score and its population variance is p₊ + p₋ − d² (E[X²] − E[X]²). SE = √(variance / n).
  const d = (promoters - detractors) / n;
  const variance = Math.max(0, (promoters + detractors) / n - d * d);
  const halfWidth = Z_95 * Math.sqrt(variance / n) * 100;
  // (P − D)·100 / n rather than d·100: one rounding, so 40% − 40% is exactly 0 and 7/100 is exactly 7.
  const value = ((promoters - detractors) * 100) / n;
  return {
    ...counts,
    value,
    ci95: [clamp(value - halfWidth, -100, 100), clamp(value + halfWidth, -100, 100)],
  };
}

/**
 * Net Promoter Score of 0–10 answers: % promoters (9–10) − % detractors (0–6) among the answered, with a
 * normal-approximation 95% CI from the variance of the +1/0/−1 score, clamped to [−100, 100].
 */
export function computeNps(scores: readonly Answer[]): NpsResult {
  return npsOf(scores, NPS_SCALE);
}

/** Employee NPS ("recommend this company as a place to work"): the NPS formula, errors labelled eNPS. */
export function computeEnps(scores: readonly Answer[]): NpsResult {
  return npsOf(scores, ENPS_SCALE);
}
