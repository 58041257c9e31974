/** Default n below which an estimate is flagged as a small sample. */
export const SMALL_SAMPLE_FLOOR = 30;

/**
 * True when n is below `floor` (default 30): the dashboards flag such estimates because their
 * normal-approximation intervals are unreliable and they swing widely between periods. This is a
 * statistical warning only, not the confidentiality threshold of employee surveys.
 */
export function isSmallSample(n: number, floor: number = SMALL_SAMPLE_FLOOR): boolean {
  return n < floor;
}
