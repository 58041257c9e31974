import { computeNps, weightedCsat, weightedNps } from '@touchpoint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('weightedNps: worked example', () => {
  it('weights a decision maker 3, influencer 2, finance 2, user 1, technical 1', () => {
    // Decision maker 10 (promoter, w 3), influencer 3 (detractor, w 2), user 8 (passive, w 1),
    // finance 9 (promoter, w 2), technical 6 (detractor, w 1). Σw = 9.
    // Weighted promoters = (3 + 2) / 9 = 5/9; detractors = (2 + 1) / 9 = 3/9 → NPS = 2/9 × 100 = 22.2222.
    // Variance of the +1/0/−1 code = p₊ + p₋ − d² = 8/9 − 4/81 = 68/81 = 0.8395062.
    // Kish n_eff = 9² / (9 + 4 + 1 + 4 + 1) = 81/19 = 4.2631579.
    // SE = √(0.8395062 / 4.2631579) = 0.4437604; half-width = 1.959964 × 0.4437604 × 100 = 86.97498.
    // CI = [22.2222 − 86.97498, 22.2222 + 86.97498] = [−64.75276, 109.197] → clamped to [−64.75276, 100].
    const result = weightedNps([
      { value: 10, weight: 3 },
      { value: 3, weight: 2 },
      { value: 8, weight: 1 },
      { value: 9, weight: 2 },
      { value: 6, weight: 1 },
    ]);
    expect(result.n).toBe(5);
    expect(result.weightTotal).toBe(9);
    expect(result.effectiveN).toBeCloseTo(81 / 19, 10);
    expect(result.value).toBeCloseTo(200 / 9, 10);
    expect(result.ci95?.[0]).toBeCloseTo(-64.75276, 4);
    expect(result.ci95?.[1]).toBe(100);
  });

  it('is null with nobody, and ignores zero weights', () => {
    expect(weightedNps([])).toEqual({ n: 0, effectiveN: 0, weightTotal: 0, value: null, ci95: null });
    expect(weightedNps([{ value: 10, weight: 0 }]).value).toBeNull();
    expect(
      weightedNps([
        { value: 10, weight: 0 },
        { value: 0, weight: 2 },
      ]).value,
    ).toBe(-100);
  });

  it('with equal weights equals the ordinary NPS and its CI', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (scores, weight) => {
          const weighted = weightedNps(scores.map((value) => ({ value, weight })));
          const plain = computeNps(scores);
          expect(weighted.value).toBeCloseTo(plain.value as number, 8);
          expect(weighted.effectiveN).toBeCloseTo(scores.length, 8);
          expect(weighted.ci95?.[0]).toBeCloseTo(plain.ci95?.[0] as number, 6);
          expect(weighted.ci95?.[1]).toBeCloseTo(plain.ci95?.[1] as number, 6);
        },
      ),
    );
  });

  it('stays within [−100, 100] and its CI contains the value', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ value: fc.integer({ min: 0, max: 10 }), weight: fc.integer({ min: 1, max: 5 }) }),
          { minLength: 1, maxLength: 100 },
        ),
        (answers) => {
          const r = weightedNps(answers);
          expect(r.value as number).toBeGreaterThanOrEqual(-100);
          expect(r.value as number).toBeLessThanOrEqual(100);
          expect(r.ci95?.[0] as number).toBeLessThanOrEqual((r.value as number) + 1e-9);
          expect(r.ci95?.[1] as number).toBeGreaterThanOrEqual((r.value as number) - 1e-9);
          expect(r.effectiveN).toBeLessThanOrEqual(answers.length + 1e-9);
        },
      ),
    );
  });
});

describe('weightedCsat: worked example', () => {
  it('decision maker 5 (w 3), user 2 (w 1), influencer 4 (w 2)', () => {
    // Satisfied weight = 3 + 2 = 5 of Σw = 6 → 83.3333 %. Variance = p(1 − p) = 5/6 × 1/6 = 0.1388889.
    // n_eff = 36 / (9 + 1 + 4) = 2.5714286. SE = √(0.1388889 / 2.5714286) = 0.2324056;
    // half-width = 1.959964 × 0.2324056 × 100 = 45.55065 → CI [37.78268, 100] (clamped).
    const result = weightedCsat([
      { value: 5, weight: 3 },
      { value: 2, weight: 1 },
      { value: 4, weight: 2 },
    ]);
    expect(result.value).toBeCloseTo(500 / 6, 10);
    expect(result.n).toBe(3);
    expect(result.effectiveN).toBeCloseTo(36 / 14, 10);
    expect(result.ci95?.[0]).toBeCloseTo(37.78268, 4);
    expect(result.ci95?.[1]).toBe(100);
  });
});
