import { computeCes } from '@touchpoint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const cesAnswers = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 7 }) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ),
  { maxLength: 300 },
);

describe('computeCes: worked examples', () => {
  it('[7,6,5,4,3,5,6,7,2,5]: mean 5.0 with a t interval, 70% agreeing with a Wilson interval', () => {
    // Mean = 50 / 10 = 5. Deviations 2,1,0,−1,−2,0,1,2,−3,0 → squares sum to 24; s² = 24 / 9 = 2.6666667.
    // SE = √(2.6666667 / 10) = 0.5163978; t(0.975, df = 9) = 2.2621572; half-width = 1.1681729.
    // → CI95 = [3.8318271, 6.1681729].
    // Agreeing (5–7): 7,6,5,5,6,7,5 = 7 of 10 = 70%. Wilson (z² = 3.841459, denominator 1.3841459):
    //   centre = (0.7 + 0.1920729) / 1.3841459 = 0.6444934; half = 1.4159983 · √(0.021 + 0.0096036) = 0.2477153
    //   → [39.67781%, 89.22087%].
    const result = computeCes([7, 6, 5, 4, 3, 5, 6, 7, 2, 5]);
    expect(result).toMatchObject({ n: 10, value: 5, agreeing: 7, agreePercent: 70 });
    expect(result.ci95?.[0]).toBeCloseTo(3.8318271, 6);
    expect(result.ci95?.[1]).toBeCloseTo(6.1681729, 6);
    expect(result.agreePercentCi95?.[0]).toBeCloseTo(39.67781, 4);
    expect(result.agreePercentCi95?.[1]).toBeCloseTo(89.22087, 4);
  });

  it('one answer has a mean but no interval (no variance to estimate)', () => {
    const result = computeCes([6]);
    expect(result).toMatchObject({ n: 1, value: 6, ci95: null, agreeing: 1, agreePercent: 100 });
    expect(result.agreePercentCi95?.[1]).toBe(100);
  });

  it('clamps the mean interval to the 1–7 scale', () => {
    // [1, 7]: mean 4, s² = 18, SE = 3, t(0.975, 1) = 12.706 → ±38.1, clamped to [1, 7].
    expect(computeCes([1, 7]).ci95).toEqual([1, 7]);
  });

  it('identical answers give a zero-width mean interval', () => {
    expect(computeCes([4, 4, 4]).ci95).toEqual([4, 4]);
  });

  it('uses t, which approaches z for large n', () => {
    // 5000 × 3 and 5000 × 5: mean 4, s² = 10000/9999, SE = √(s²/10000) ≈ 0.0100005,
    // t(0.975, 9999) = 1.9602013 → half-width ≈ 0.0196030.
    const answers = [...Array.from({ length: 5000 }, () => 3), ...Array.from({ length: 5000 }, () => 5)];
    const result = computeCes(answers);
    expect(result.value).toBe(4);
    const half = 1.960201263621357 * Math.sqrt(10000 / 9999 / 10000);
    expect(result.ci95?.[0]).toBeCloseTo(4 - half, 10);
    expect(result.ci95?.[1]).toBeCloseTo(4 + half, 10);
  });
});

describe('computeCes: skipped, empty and invalid', () => {
  it('leaves skipped answers out of the denominator', () => {
    expect(computeCes([7, null, 5, undefined, 3])).toMatchObject({ n: 3, value: 5, agreeing: 2 });
  });

  it('returns nulls when nobody answered', () => {
    const empty = { n: 0, value: null, ci95: null, agreeing: 0, agreePercent: null, agreePercentCi95: null };
    expect(computeCes([])).toEqual(empty);
    expect(computeCes([undefined, null])).toEqual(empty);
  });

  it.each([0, 8, 2.5, Number.NEGATIVE_INFINITY])('rejects %s with a RangeError naming it', (bad) => {
    expect(() => computeCes([bad])).toThrow(RangeError);
    expect(() => computeCes([bad])).toThrow(`Invalid CES answer ${String(bad)} at index 0`);
  });
});

describe('computeCes: properties', () => {
  it('mean and its CI stay on the 1–7 scale, % agreeing and its CI in [0, 100], each CI contains its estimate', () => {
    fc.assert(
      fc.property(cesAnswers, (answers) => {
        const result = computeCes(answers);
        if (result.value === null) {
          expect(result.n).toBe(0);
          expect(result.agreePercent).toBeNull();
          return;
        }
        expect(result.value >= 1 && result.value <= 7).toBe(true);
        if (result.n >= 2) {
          const [low, high] = result.ci95 as [number, number];
          expect(1 <= low && low <= result.value && result.value <= high && high <= 7).toBe(true);
        }
        const agree = result.agreePercent as number;
        const [low, high] = result.agreePercentCi95 as [number, number];
        expect(0 <= low && low <= agree && agree <= high && high <= 100).toBe(true);
      }),
    );
  });

  it('is invariant under permutation of the answers (up to floating-point summation order)', () => {
    const permuted = cesAnswers.chain((answers) =>
      fc.tuple(
        fc.constant(answers),
        fc.shuffledSubarray(answers, { minLength: answers.length, maxLength: answers.length }),
      ),
    );
    fc.assert(
      fc.property(permuted, ([answers, shuffled]) => {
        const a = computeCes(answers);
        const b = computeCes(shuffled);
        expect({ ...b, value: null, ci95: null }).toEqual({ ...a, value: null, ci95: null });
        expect(b.value === null).toBe(a.value === null);
        expect(b.ci95 === null).toBe(a.ci95 === null);
        if (a.value !== null) expect(b.value).toBeCloseTo(a.value, 12);
        if (a.ci95 !== null) {
          expect(b.ci95?.[0]).toBeCloseTo(a.ci95[0], 12);
          expect(b.ci95?.[1]).toBeCloseTo(a.ci95[1], 12);
        }
      }),
    );
  });
});
