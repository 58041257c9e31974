import {
  compareNps,
  compareProportions,
  computeCes,
  computeCsat,
  computeNps,
  meanFromMoments,
  normalCdf,
  npsFromCounts,
  proportionFromCounts,
} from '@touchpoint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('metrics from counts equal metrics from raw answers', () => {
  it('NPS', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 300 }), (scores) => {
        const raw = computeNps(scores);
        const counts = npsFromCounts({
          promoters: scores.filter((s) => s >= 9).length,
          passives: scores.filter((s) => s === 7 || s === 8).length,
          detractors: scores.filter((s) => s <= 6).length,
        });
        expect(counts.value).toBe(raw.value);
        expect(counts.ci95).toEqual(raw.ci95);
      }),
    );
  });

  it('CSAT (top-2-box) and CES (mean with t interval)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 }), (scores) => {
        const raw = computeCsat(scores);
        const counts = proportionFromCounts(scores.filter((s) => s >= 4).length, scores.length);
        expect(counts.value).toBe(raw.value);
        expect(counts.ci95).toEqual(raw.ci95);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 200 }), (scores) => {
        const raw = computeCes(scores);
        const fromMoments = meanFromMoments(
          {
            n: scores.length,
            sum: scores.reduce((a, b) => a + b, 0),
            sumSquares: scores.reduce((a, b) => a + b * b, 0),
          },
          { min: 1, max: 7 },
        );
        expect(fromMoments.value).toBeCloseTo(raw.value as number, 10);
        expect(fromMoments.ci95?.[0]).toBeCloseTo(raw.ci95?.[0] as number, 8);
        expect(fromMoments.ci95?.[1]).toBeCloseTo(raw.ci95?.[1] as number, 8);
      }),
    );
  });
});

describe('significance of a change', () => {
  it('normal CDF matches known values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1.644854)).toBeCloseTo(0.05, 6);
  });

  it('flags a large NPS drop on large samples and not a small wobble on small ones', () => {
    const before = { promoters: 500, passives: 300, detractors: 200 }; // NPS 30
    const after = { promoters: 350, passives: 300, detractors: 350 }; // NPS 0
    const big = compareNps(before, after);
    expect(big).toMatchObject({ delta: -30, significant: true, test: expect.stringContaining('Welch') });
    const small = compareNps(
      { promoters: 5, passives: 3, detractors: 2 },
      { promoters: 4, passives: 3, detractors: 3 },
    );
    expect(small?.significant).toBe(false);
    expect(
      compareNps({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 0 }),
    ).toBeNull();
  });

  it('two-proportion z-test: 60% of 1000 vs 50% of 1000 is significant (p ≈ 7e-6)', () => {
    const test = compareProportions({ successes: 600, n: 1000 }, { successes: 500, n: 1000 });
    expect(test?.delta).toBeCloseTo(-10, 10);
    expect(test?.pValue).toBeLessThan(1e-4);
    expect(test?.pValue).toBeGreaterThan(1e-6);
    expect(test?.significant).toBe(true);
  });
});
