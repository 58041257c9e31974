import { clamp, type Estimate } from './interval';
import { Z_95 } from './normal';

/**
 * Wilson score interval for a binomial proportion, as fractions in [0, 1]: the interval every
 * proportion metric (CSAT top-2-box, CES % agreeing) uses, because unlike the normal (Wald) interval it
 * stays inside [0, 1] and does not collapse to zero width at 0% or 100% or for small n.
 *
 * `value` is successes / n. With n = 0 both `value` and `ci95` are `null` (no fake zero). The field is
 * called `ci95` because the default z is Φ⁻¹(0.975); pass another z for another level.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Estimate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`successes must be an integer between 0 and n (${n}), got ${successes}`);
  }
  if (!(Number.isFinite(z) && z > 0)) throw new RangeError(`z must be a positive finite number, got ${z}`);
  if (n === 0) return { value: null, ci95: null };

  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The exact bounds at 0 and n are 0 and 1; set them so rounding cannot exclude the estimate itself.
  const low = successes === 0 ? 0 : clamp(centre - halfWidth, 0, p);
  const high = successes === n ? 1 : clamp(centre + halfWidth, p, 1);
  return { value: p, ci95: [low, high] };
}
