import { computeEnps, computeNps, populationVariance, Z_95 } from '@touchpoint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** 0–10 answers, some skipped. */
const npsAnswers = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 10 }) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ),
  { maxLength: 300 },
);
/** At least one answered 0–10 value. */
const answeredNps = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 });

const repeat = (value: number, times: number): number[] => Array.from({ length: times }, () => value);
const width = (ci: [number, number] | null): number => (ci ? ci[1] - ci[0] : Number.NaN);

describe('computeNps: worked examples', () => {
  it('10 answers [10,9,9,8,7,6,5,10,3,0] give 40% − 40% = 0', () => {
    // Promoters 10,9,9,10 = 4; passives 8,7 = 2; detractors 6,5,3,0 = 4. NPS = 4/10 − 4/10 = 0.
    // Coded score +1/0/−1: mean d = 0; variance = p₊ + p₋ − d² = 0.4 + 0.4 − 0 = 0.8.
    // SE = √(0.8 / 10) = √0.08 = 0.2828427; half-width = 1.959964 × 0.2828427 × 100 = 55.43615 points.
    // → CI95 = [−55.43615, 55.43615].
    const result = computeNps([10, 9, 9, 8, 7, 6, 5, 10, 3, 0]);
    expect(result).toMatchObject({ value: 0, n: 10, promoters: 4, passives: 2, detractors: 4 });
    expect(result.ci95?.[0]).toBeCloseTo(-55.43615, 4);
    expect(result.ci95?.[1]).toBeCloseTo(55.43615, 4);
  });

  it('an asymmetric sample: 10 promoters, 6 passives, 4 detractors', () => {
    // NPS = 50% − 20% = 30. d = 0.3; variance = 0.5 + 0.2 − 0.3² = 0.61.
    // SE = √(0.61 / 20) = √0.0305 = 0.1746425; half-width = 1.959964 × 0.1746425 × 100 = 34.22930.
    // → CI95 = [30 − 34.22930, 30 + 34.22930] = [−4.22930, 64.22930].
    const result = computeNps([
      ...repeat(10, 6),
      ...repeat(9, 4),
      ...repeat(8, 3),
      ...repeat(7, 3),
      ...repeat(6, 4),
    ]);
    expect(result).toMatchObject({ value: 30, n: 20, promoters: 10, passives: 6, detractors: 4 });
    expect(result.ci95?.[0]).toBeCloseTo(-4.2293, 4);
    expect(result.ci95?.[1]).toBeCloseTo(64.2293, 4);
  });

  it('gives exact percentages (7 promoters of 100 is 7, not 7.000000000000001)', () => {
    expect(computeNps([...repeat(9, 7), ...repeat(8, 93)]).value).toBe(7);
  });

  it('clamps the interval to [−100, 100]', () => {
    // 2 promoters, 1 detractor: d = 1/3; variance = 2/3 + 1/3 − 1/9 = 8/9; SE = √(8/27) = 0.5443311;
    // half-width = 1.959964 × 0.5443311 × 100 = 106.68693 → [33.33333 − 106.68693, 33.33333 + 106.68693]
    // = [−73.35359, 140.02026], clamped to [−73.35359, 100].
    const result = computeNps([10, 10, 0]);
    expect(result.value).toBeCloseTo(33.33333, 4);
    expect(result.ci95?.[0]).toBeCloseTo(-73.35359, 4);
    expect(result.ci95?.[1]).toBe(100);
  });

  it('all answers in one group: zero variance, so the normal interval has zero width', () => {
    expect(computeNps([10, 9, 10]).ci95).toEqual([100, 100]);
    expect(computeNps([0, 3]).ci95).toEqual([-100, -100]);
  });
});

describe('computeNps: skipped and empty', () => {
  it('leaves skipped answers out of the denominator', () => {
    // 10 and 0 answered, three skipped (null, undefined, an array hole): n = 2, 50% − 50% = 0.
    const withHole: (number | null | undefined)[] = new Array(5);
    withHole[0] = 10;
    withHole[1] = null;
    withHole[2] = undefined;
    withHole[4] = 0;
    const result = computeNps(withHole);
    expect(result).toMatchObject({ n: 2, value: 0, promoters: 1, passives: 0, detractors: 1 });
    expect(computeNps([9, null, null, null]).value).toBe(100);
  });

  it('returns null value and interval, not a fake zero, when nobody answered', () => {
    const empty = { value: null, ci95: null, n: 0, promoters: 0, passives: 0, detractors: 0 };
    expect(computeNps([])).toEqual(empty);
    expect(computeNps([null, undefined])).toEqual(empty);
  });
});

describe('computeNps: invalid answers', () => {
  it.each([11, -1, 8.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects %s with a RangeError naming it',
    (bad) => {
      expect(() => computeNps([10, bad])).toThrow(RangeError);
      expect(() => computeNps([10, bad])).toThrow(`Invalid NPS answer ${String(bad)} at index 1`);
    },
  );

  it('rejects a value that is not a number, such as a string from untyped JSON', () => {
    expect(() => computeNps(['9' as unknown as number])).toThrow('Invalid NPS answer "9" at index 0');
    expect(() => computeNps([true as unknown as number])).toThrow('Invalid NPS answer true at index 0');
    expect(() => computeNps([{} as unknown as number])).toThrow(RangeError);
  });
});

describe('computeEnps', () => {
  it('uses the NPS formula and labels errors as eNPS', () => {
    const answers = [10, 9, 9, 8, 7, 6, 5, 10, 3, 0];
    expect(computeEnps(answers)).toEqual(computeNps(answers));
    expect(() => computeEnps([12])).toThrow('Invalid eNPS answer 12 at index 0');
  });
});

describe('computeNps: properties', () => {
  it('is in [−100, 100], its CI is in [−100, 100] and contains it, and counts add up to n', () => {
    fc.assert(
      fc.property(npsAnswers, (answers) => {
        const result = computeNps(answers);
        const answered = answers.filter((a) => a !== null && a !== undefined).length;
        expect(result.n).toBe(answered);
        expect(result.promoters + result.passives + result.detractors).toBe(result.n);
        if (result.value === null) {
          expect(result.n).toBe(0);
          expect(result.ci95).toBeNull();
          return;
        }
        const [low, high] = result.ci95;
        expect(-100 <= low && low <= result.value && result.value <= high && high <= 100).toBe(true);
      }),
    );
  });

  it('equals 100 × the mean of the +1/0/−1 score, with SE from its population variance', () => {
    fc.assert(
      fc.property(answeredNps, (answers) => {
        const coded = answers.map((a) => (a >= 9 ? 1 : a >= 7 ? 0 : -1));
        const result = computeNps(answers);
        const d = coded.reduce((sum: number, x) => sum + x, 0) / coded.length;
        expect(result.value).toBeCloseTo(100 * d, 9);
        const half = Z_95 * Math.sqrt((populationVariance(coded) as number) / coded.length) * 100;
        if (result.ci95 && result.ci95[0] > -100) expect(result.ci95[0]).toBeCloseTo(100 * d - half, 9);
        if (result.ci95 && result.ci95[1] < 100) expect(result.ci95[1]).toBeCloseTo(100 * d + half, 9);
      }),
    );
  });

  it('is invariant under permutation of the answers', () => {
    const permuted = npsAnswers.chain((answers) =>
      fc.tuple(
        fc.constant(answers),
        fc.shuffledSubarray(answers, { minLength: answers.length, maxLength: answers.length }),
      ),
    );
    fc.assert(
      fc.property(permuted, ([answers, shuffled]) => {
        expect(computeNps(shuffled)).toEqual(computeNps(answers));
      }),
    );
  });

  it('adding a promoter never lowers NPS; adding a detractor never raises it', () => {
    fc.assert(
      fc.property(answeredNps, fc.constantFrom(9, 10), fc.integer({ min: 0, max: 6 }), (answers, p, d) => {
        const before = computeNps(answers).value as number;
        expect(computeNps([...answers, p]).value as number).toBeGreaterThanOrEqual(before);
        expect(computeNps([...answers, d]).value as number).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('the CI narrows as n grows for a fixed mix of promoters, passives and detractors', () => {
    const mix = fc
      .tuple(fc.nat({ max: 20 }), fc.nat({ max: 20 }), fc.nat({ max: 20 }))
      .filter(([p, a, d]) => p + a + d > 0);
    fc.assert(
      fc.property(
        mix,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        ([p, a, d], k, extra) => {
          const sample = (times: number) =>
            computeNps([...repeat(10, p * times), ...repeat(8, a * times), ...repeat(0, d * times)]);
          const small = sample(k);
          const large = sample(k + extra);
          expect(large.value).toBeCloseTo(small.value as number, 9);
          expect(width(large.ci95)).toBeLessThanOrEqual(width(small.ci95) + 1e-9);
          const unclamped = small.ci95 !== null && small.ci95[0] > -100 && small.ci95[1] < 100;
          if (unclamped && width(small.ci95) > 0) expect(width(large.ci95)).toBeLessThan(width(small.ci95));
        },
      ),
    );
  });
});
