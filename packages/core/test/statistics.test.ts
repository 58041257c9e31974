import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean, populationVariance, sampleVariance } from '../src/statistics/descriptive';
import { normalQuantile, Z_95 } from '../src/statistics/normal';
import { studentTCdf, studentTQuantile } from '../src/statistics/student-t';
import { wilsonInterval } from '../src/statistics/wilson';

describe('mean and variance', () => {
  it('computes a worked example', () => {
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32.
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(values)).toBe(5);
    expect(populationVariance(values)).toBe(4); // 32 / 8
    expect(sampleVariance(values)).toBeCloseTo(32 / 7, 14);
  });

  it('returns null instead of a fake zero when there is nothing to estimate from', () => {
    expect(mean([])).toBeNull();
    expect(populationVariance([])).toBeNull();
    expect(sampleVariance([])).toBeNull();
    expect(sampleVariance([3])).toBeNull();
    expect(populationVariance([3])).toBe(0);
  });

  it('stays accurate for a large mean (two-pass variance)', () => {
    expect(sampleVariance([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBe(1);
  });
});

describe('normal quantile', () => {
  it('matches Z_95 and reference values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(Z_95, 15);
    expect(normalQuantile(0.5)).toBe(0);
    // Reference values: R qnorm / Python statistics.NormalDist().inv_cdf.
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514715, 14);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 14);
    expect(normalQuantile(1e-20)).toBeCloseTo(-9.262340089798405, 12);
  });

  it('is antisymmetric and rejects probabilities outside (0, 1)', () => {
    fc.assert(
      // Not closer to 0 or 1 than 1e-6: 1 − p itself would lose the digits being compared.
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        expect(normalQuantile(p) + normalQuantile(1 - p)).toBeCloseTo(0, 9);
      }),
    );
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});

describe('Student t quantile', () => {
  // t(0.975, df) reference values (R qt / scipy.stats.t.ppf).
  const table: [df: number, t: number][] = [
    [1, 12.706204736174694],
    [2, 4.302652729749462],
    [5, 2.5705818356363146],
    [9, 2.262157162798205],
    [29, 2.045229642132703],
    [30, 2.0422724563012378],
    [100, 1.9839715185235518],
    [1000, 1.9623390808264083],
    [9999, 1.960201263621357],
    [10_000, 1.960201239890626],
    [1e6, 1.959966356814107],
    [1e9, 1.959963986912325],
  ];
  it.each(table)('t(0.975, %d) = %f', (df, t) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 10);
  });

  it('inverts the CDF, is symmetric, and rejects bad arguments', () => {
    expect(studentTCdf(0, 7)).toBe(0.5);
    expect(studentTCdf(studentTQuantile(0.9, 7), 7)).toBeCloseTo(0.9, 12);
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-2.262157162798205, 10);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
  });

  it('is above z and falls towards it as df grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 1000 }), (df, step) => {
        const t = studentTQuantile(0.975, df);
        expect(t).toBeGreaterThan(Z_95);
        expect(studentTQuantile(0.975, df + step)).toBeLessThan(t);
      }),
    );
  });
});

describe('wilsonInterval', () => {
  it('matches hand-computed intervals', () => {
    // 8 of 10, z = 1.959964, z² = 3.841459:
    //   denominator = 1 + z²/n = 1.3841459
    //   centre = (p + z²/2n) / denominator = (0.8 + 0.1920729) / 1.3841459 = 0.7167402
    //   half   = z / denominator · √(p(1−p)/n + z²/4n²) = 1.4159983 · √(0.016 + 0.0096036) = 0.2265777
    //   → [0.4901625, 0.9433178]
    const eight = wilsonInterval(8, 10);
    expect(eight.value).toBe(0.8);
    expect(eight.ci95?.[0]).toBeCloseTo(0.4901625, 6);
    expect(eight.ci95?.[1]).toBeCloseTo(0.9433178, 6);
    // 0 of 10: the lower bound is exactly 0, the upper z²/n / (1 + z²/n) = 0.3841459 / 1.3841459 = 0.2775328.
    const none = wilsonInterval(0, 10);
    expect(none.ci95?.[0]).toBe(0);
    expect(none.ci95?.[1]).toBeCloseTo(0.2775328, 6);
    expect(wilsonInterval(10, 10).ci95).toEqual([expect.closeTo(0.7224672, 6), 1]);
  });

  it('gives null, not zero, for n = 0', () => {
    expect(wilsonInterval(0, 0)).toEqual({ value: null, ci95: null });
  });

  it('rejects impossible counts and z', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, -1)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 0)).toThrow(RangeError);
  });

  it('a wider z gives a wider interval', () => {
    const z95 = wilsonInterval(3, 10).ci95;
    const z99 = wilsonInterval(3, 10, normalQuantile(0.995)).ci95;
    expect(z99?.[0]).toBeLessThan(z95?.[0] as number);
    expect(z99?.[1]).toBeGreaterThan(z95?.[1] as number);
  });

  const counts = fc
    .integer({ min: 1, max: 100_000 })
    .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('stays in [0, 1] and contains the estimate', () => {
    fc.assert(
      fc.property(counts, ([successes, n]) => {
        const { value, ci95 } = wilsonInterval(successes, n);
        if (value === null) throw new Error('n > 0 must give a value');
        expect(0 <= ci95[0] && ci95[0] <= value && value <= ci95[1] && ci95[1] <= 1).toBe(true);
      }),
    );
  });

  it('is symmetric: k of n mirrors n − k of n', () => {
    fc.assert(
      fc.property(counts, ([successes, n]) => {
        const a = wilsonInterval(successes, n).ci95;
        const b = wilsonInterval(n - successes, n).ci95;
        expect(a?.[0]).toBeCloseTo(1 - (b?.[1] as number), 12);
        expect(a?.[1]).toBeCloseTo(1 - (b?.[0] as number), 12);
      }),
    );
  });
});
