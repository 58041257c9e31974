import { computeCsat } from '@touchpoint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const csatAnswers = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ),
  { maxLength: 300 },
);
const repeat = (value: number, times: number): number[] => Array.from({ length: times }, () => value);

describe('computeCsat: worked examples', () => {
  it('[5,4,3,2,1,5,4,4,3,5]: 6 of 10 answered 4 or 5, so CSAT = 60%', () => {
    // Wilson, p = 0.6, n = 10, z = 1.959964, z² = 3.841459:
    //   denominator = 1 + z²/n = 1.3841459
    //   centre = (0.6 + z²/2n) / denominator = (0.6 + 0.1920729) / 1.3841459 = 0.5722467
    //   half   = (z / denominator) · √(p(1−p)/n + z²/4n²) = 1.4159983 · √(0.024 + 0.0096036) = 0.2595730
    //   → [0.3126738, 0.8318197] → [31.26738%, 83.18197%].
    const result = computeCsat([5, 4, 3, 2, 1, 5, 4, 4, 3, 5]);
    expect(result).toMatchObject({ value: 60, n: 10, satisfied: 6 });
    expect(result.ci95?.[0]).toBeCloseTo(31.26738, 4);
    expect(result.ci95?.[1]).toBeCloseTo(83.18197, 4);
  });

  it('is top-2-box, not the mean', () => {
    expect(computeCsat([3, 3, 3]).value).toBe(0); // mean 3, nobody satisfied
    expect(computeCsat([5, 5, 5, 1, 1]).value).toBe(60); // mean 3.4
  });

  it('keeps a non-degenerate interval at 0% and 100%', () => {
    // 0 of 10: [0, z²/n / (1 + z²/n)] = [0, 0.3841459 / 1.3841459] = [0, 27.75328%].
    const none = computeCsat(repeat(2, 10));
    expect(none.value).toBe(0);
    expect(none.ci95?.[0]).toBe(0);
    expect(none.ci95?.[1]).toBeCloseTo(27.75328, 4);
    const all = computeCsat(repeat(5, 10));
    expect(all.value).toBe(100);
    expect(all.ci95?.[0]).toBeCloseTo(72.24672, 4);
    expect(all.ci95?.[1]).toBe(100);
  });
});

describe('computeCsat: skipped, empty and invalid', () => {
  it('leaves skipped answers out of the denominator', () => {
    expect(computeCsat([5, null, 1, undefined])).toMatchObject({ n: 2, satisfied: 1, value: 50 });
  });

  it('returns null value and interval when nobody answered', () => {
    expect(computeCsat([])).toEqual({ n: 0, satisfied: 0, value: null, ci95: null });
    expect(computeCsat([null])).toEqual({ n: 0, satisfied: 0, value: null, ci95: null });
  });

  it.each([0, 6, 4.5, -3, Number.NaN])('rejects %s with a RangeError naming it', (bad) => {
    expect(() => computeCsat([5, 4, bad])).toThrow(RangeError);
    expect(() => computeCsat([5, 4, bad])).toThrow(`Invalid CSAT answer ${String(bad)} at index 2`);
  });
});

describe('computeCsat: properties', () => {
  it('is in [0, 100] and its CI is in [0, 100] and contains it', () => {
    fc.assert(
      fc.property(csatAnswers, (answers) => {
        const result = computeCsat(answers);
        if (result.value === null) {
          expect(result.n).toBe(0);
          return;
        }
        const [low, high] = result.ci95;
        expect(0 <= low && low <= result.value && result.value <= high && high <= 100).toBe(true);
      }),
    );
  });

  it('is invariant under permutation of the answers', () => {
    const permuted = csatAnswers.chain((answers) =>
      fc.tuple(
        fc.constant(answers),
        fc.shuffledSubarray(answers, { minLength: answers.length, maxLength: answers.length }),
      ),
    );
    fc.assert(
      fc.property(permuted, ([answers, shuffled]) => {
        expect(computeCsat(shuffled)).toEqual(computeCsat(answers));
      }),
    );
  });

  it('the CI strictly narrows as n grows for a fixed proportion', () => {
    const mix = fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 20 })).filter(([s, u]) => s + u > 0);
    fc.assert(
      fc.property(
        mix,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        ([s, u], k, extra) => {
          const sample = (times: number) => computeCsat([...repeat(4, s * times), ...repeat(2, u * times)]);
          const small = sample(k).ci95;
          const large = sample(k + extra).ci95;
          if (!small || !large) throw new Error('n > 0 must give an interval');
          expect(large[1] - large[0]).toBeLessThan(small[1] - small[0]);
        },
      ),
    );
  });
});
