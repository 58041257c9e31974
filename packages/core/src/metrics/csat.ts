import { type Estimate, proportionAsPercent } from '../statistics/interval';
import { wilsonInterval } from '../statistics/wilson';
import { type Answer, answeredValues, CSAT_SCALE } from './answers';

/** CSAT as a percentage (0–100) of satisfied answers, with its n and a Wilson 95% CI in percent. */
export type CsatResult = {
  /** Answers counted (skipped answers excluded). */
  n: number;
  /** Answers 4 or 5. */
  satisfied: number;
} & Estimate;

/** CSAT of 1–5 answers: top-2-box, the % answering 4 or 5 (not the mean), with a Wilson 95% interval. */
export function computeCsat(scores: readonly Answer[]): CsatResult {
  const values = answeredValues(scores, CSAT_SCALE);
  const satisfied = values.filter((value) => value >= 4).length;
  const n = values.length;
  return { n, satisfied, ...proportionAsPercent(satisfied, n, wilsonInterval(satisfied, n)) };
}
