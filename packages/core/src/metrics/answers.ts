/** One raw answer to a scored question: a number on the question's scale, or `null`/`undefined` if skipped. */
export type Answer = number | null | undefined;

/** A closed integer rating scale, named for error messages. */
export interface Scale {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

export const NPS_SCALE: Scale = { name: 'NPS', min: 0, max: 10 };
export const ENPS_SCALE: Scale = { name: 'eNPS', min: 0, max: 10 };
export const CSAT_SCALE: Scale = { name: 'CSAT', min: 1, max: 5 };
export const CES_SCALE: Scale = { name: 'CES', min: 1, max: 7 };

/** Renders a rejected value so that the error shows exactly what was received (strings keep their quotes). */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * The answered values, with skipped ones (`null`/`undefined`, including array holes) left out so they
 * never reach a denominator; throws a RangeError naming the value and its index for anything that is
 * not an integer on the scale (out of range, fractional, NaN, ±Infinity, or not a number at all).
 */
export function answeredValues(scores: readonly Answer[], scale: Scale): number[] {
  const values: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const value: unknown = scores[i];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < scale.min || value > scale.max) {
      throw new RangeError(
        `Invalid ${scale.name} answer ${describe(value)} at index ${i}: expected an integer from ${scale.min} ` +
          `to ${scale.max}, or null/undefined for a skipped question`,
      );
    }
    values.push(value);
  }
  return values;
}
