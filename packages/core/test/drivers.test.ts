import { analyseDrivers } from '@touchpoint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** A deterministic pseudo-random stream, so the synthetic survey data is the same on every run. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

describe('key-driver analysis (Shapley decomposition of R²)', () => {
  it('ranks a strong driver above a weak one and an irrelevant one near zero', () => {
    const next = random(42);
    const x1 = Array.from({ length: 500 }, () => next() * 10);
    const x2 = Array.from({ length: 500 }, () => next() * 10);
    const x3 = Array.from({ length: 500 }, () => next() * 10);
    const y = x1.map((v, i) => 2 * v + (x2[i] as number) + (next() - 0.5) * 4);
    const result = analyseDrivers({
      outcome: y,
      predictors: [
        { id: 'x1', values: x1 },
        { id: 'x2', values: x2 },
        { id: 'x3', values: x3 },
      ],
    });
    const [a, b, c] = result.drivers;
    expect(result.n).toBe(500);
    expect(a?.shapley).toBeGreaterThan(b?.shapley as number);
    expect(b?.shapley).toBeGreaterThan(c?.shapley as number);
    expect(c?.share).toBeLessThan(0.02);
    expect(result.r2).toBeGreaterThan(0.9);
  });

  it('splits importance between collinear predictors instead of giving it all to one', () => {
    const next = random(7);
    const x = Array.from({ length: 300 }, () => next() * 10);
    const copy = x.map((v) => v + (next() - 0.5) * 0.01);
    const y = x.map((v) => v + (next() - 0.5));
    const result = analyseDrivers({
      outcome: y,
      predictors: [
        { id: 'a', values: x },
        { id: 'b', values: copy },
      ],
    });
    expect(result.drivers[0]?.share).toBeGreaterThan(0.4);
    expect(result.drivers[1]?.share).toBeGreaterThan(0.4);
  });

  it('drops respondents with a missing answer and reports n', () => {
    const result = analyseDrivers({
      outcome: [1, 2, 3, 4, null, 6, 7],
      predictors: [{ id: 'a', values: [1, 2, 3, 4, 5, undefined, 7] }],
    });
    expect(result.n).toBe(5);
    expect(result.drivers[0]?.share).toBeCloseTo(1, 10);
  });

  it('importances always add up to R² and lie within [0, R²] (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 6, maxLength: 6 }), {
          minLength: 20,
          maxLength: 60,
        }),
        (k, rows) => {
          const result = analyseDrivers({
            outcome: rows.map((r) => r[0] as number),
            predictors: Array.from({ length: k }, (_, j) => ({
              id: `p${j}`,
              values: rows.map((r) => r[j + 1] as number),
            })),
          });
          const total = result.drivers.reduce((sum, d) => sum + d.shapley, 0);
          expect(total).toBeCloseTo(result.r2, 6);
          for (const d of result.drivers) {
            expect(d.shapley).toBeGreaterThanOrEqual(-1e-9);
            expect(d.shapley).toBeLessThanOrEqual(result.r2 + 1e-9);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
