import { studentTCdf } from './student-t';

/** P(Z ≤ z) for the standard normal, from erfc (Numerical Recipes' erfcc; relative error < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

export interface ChangeTest {
  /** B − A, in the metric's unit. */
  delta: number;
  pValue: number;
  /** At the 5% level, two-sided. */
  significant: boolean;
  /** The test used, named so a reader can check it. */
  test: string;
}

/** Welch's t-test on two means given n, mean and sample variance of each group (two-sided). */
export function welchTest(
  a: { n: number; mean: number; variance: number },
  b: { n: number; mean: number; variance: number },
  name = "Welch's t-test",
  scale = 1,
): ChangeTest | null {
  if (a.n < 2 || b.n < 2) return null;
  const seA = a.variance / a.n;
  const seB = b.variance / b.n;
  const se = Math.sqrt(seA + seB);
  const delta = (b.mean - a.mean) * scale;
  if (se === 0) return { delta, pValue: delta === 0 ? 1 : 0, significant: delta !== 0, test: name };
  const t = (b.mean - a.mean) / se;
  const df = (seA + seB) ** 2 / ((seA * seA) / (a.n - 1) + (seB * seB) / (b.n - 1));
  const pValue = 2 * (1 - studentTCdf(Math.abs(t), df));
  return { delta, pValue, significant: pValue < 0.05, test: name };
}

/** Two-proportion z-test with a pooled standard error (two-sided); delta in percentage points. */
export function twoProportionTest(
  a: { successes: number; n: number },
  b: { successes: number; n: number },
): ChangeTest | null {
  if (a.n === 0 || b.n === 0) return null;
  const pA = a.successes / a.n;
  const pB = b.successes / b.n;
  const pooled = (a.successes + b.successes) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const delta = (pB - pA) * 100;
  const test = 'two-proportion z-test';
  if (se === 0) return { delta, pValue: delta === 0 ? 1 : 0, significant: delta !== 0, test };
  const pValue = 2 * (1 - normalCdf(Math.abs(pB - pA) / se));
  return { delta, pValue, significant: pValue < 0.05, test };
}
