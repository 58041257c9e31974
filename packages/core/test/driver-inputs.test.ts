import {
  analyseDrivers,
  imputeWellCovered,
  mentionersPerformance,
  normaliseScore,
  placeInQuadrants,
  satisfactionQuestions,
} from '@touchpoint/core';
import type { TQuestion } from '@touchpoint/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

describe('imputeWellCovered', () => {
  it('keeps covered predictors, drops sparse ones with their coverage, and fills gaps with the mean', () => {
    const result = imputeWellCovered(
      {
        outcome: [5, 6, null, 8, 9, 10],
        predictors: [
          { id: 'a', values: [1, null, 7, 3, undefined, 5] },
          { id: 'sparse', values: [null, 2, 2, null, null, null] },
          { id: 'b', values: [2, 4, null, Number.NaN, 6, null] },
        ],
      },
      { minCoverage: 3 },
    );
    // Row 2 has no outcome; every other row observes a or b.
    expect(result.rows).toEqual([0, 1, 3, 4, 5]);
    expect(result.outcome).toEqual([5, 6, 8, 9, 10]);
    expect(result.dropped).toEqual([{ id: 'sparse', coverage: 1, reason: 'coverage' }]);
    expect(result.predictors.map((p) => p.id)).toEqual(['a', 'b']);
    const [a, b] = result.predictors;
    // a observed 1, 3, 5 among kept rows (its 7 sits on a row without an outcome).
    expect(a).toEqual({ id: 'a', coverage: 3, mean: 3, values: [1, 3, 3, 3, 5] });
    expect(b).toEqual({ id: 'b', coverage: 3, mean: 4, values: [2, 4, 4, 6, 4] });
  });

  it('leaves out rows that observe none of the kept predictors', () => {
    const result = imputeWellCovered(
      {
        outcome: [1, 2, 3, 4],
        predictors: [
          { id: 'kept', values: [1, 2, null, null] },
          { id: 'sparse', values: [null, null, 3, null] },
        ],
      },
      { minCoverage: 2 },
    );
    expect(result.rows).toEqual([0, 1]);
    expect(result.predictors[0]?.values).toEqual([1, 2]);
  });

  it('keeps at most maxPredictors, the best covered, and reports the rest as beyond the limit', () => {
    const result = imputeWellCovered(
      {
        outcome: [1, 2, 3, 4],
        predictors: [
          { id: 'two', values: [1, 2, null, null] },
          { id: 'four', values: [1, 2, 3, 4] },
          { id: 'three', values: [1, 2, 3, null] },
        ],
      },
      { minCoverage: 2, maxPredictors: 2 },
    );
    expect(result.predictors.map((p) => p.id)).toEqual(['four', 'three']);
    expect(result.dropped).toEqual([{ id: 'two', coverage: 2, reason: 'limit' }]);
  });

  it('returns nothing to analyse when no predictor reaches the floor', () => {
    const result = imputeWellCovered(
      { outcome: [1, 2, 3], predictors: [{ id: 'a', values: [1, null, null] }] },
      { minCoverage: 2 },
    );
    expect(result.predictors).toEqual([]);
    expect(result.rows).toEqual([]);
    expect(result.dropped).toEqual([{ id: 'a', coverage: 1, reason: 'coverage' }]);
  });

  it('preserves each kept predictor’s observed mean and completes every row (property)', () => {
    const cell = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (rows, minCoverage) => {
          const input = {
            outcome: rows.map((r) => r[0]),
            predictors: [1, 2, 3].map((j) => ({ id: `p${j}`, values: rows.map((r) => r[j] ?? null) })),
          };
          const result = imputeWellCovered(input, { minCoverage });
          for (const p of result.predictors) {
            expect(p.coverage).toBeGreaterThanOrEqual(minCoverage);
            expect(p.values).toHaveLength(result.rows.length);
            expect(p.values.every(Number.isFinite)).toBe(true);
            const mean = p.values.reduce((a, b) => a + b, 0) / p.values.length;
            expect(mean).toBeCloseTo(p.mean, 9);
            const column = input.predictors.find((q) => q.id === p.id)?.values ?? [];
            const seen = result.rows.flatMap((r) => (column[r] === null ? [] : [column[r] as number]));
            expect(seen).toHaveLength(p.coverage);
          }
          expect(result.predictors.length + result.dropped.length).toBe(3);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('with analyseDrivers: a touchpoint that drives the outcome outranks one that barely does, despite gaps', () => {
    const next = random(3);
    const n = 400;
    const a = Array.from({ length: n }, () => next() * 100);
    const b = Array.from({ length: n }, () => next() * 100);
    const outcome = a.map((v, i) => v * 0.08 + (b[i] as number) * 0.01 + next() * 2);
    // Each contact answered at A with 70 % and at B with 60 % chance.
    const result = imputeWellCovered(
      {
        outcome,
        predictors: [
          { id: 'B', values: b.map((v) => (next() < 0.6 ? v : null)) },
          { id: 'A', values: a.map((v) => (next() < 0.7 ? v : null)) },
        ],
      },
      { minCoverage: 30 },
    );
    const model = analyseDrivers({
      outcome: result.outcome,
      predictors: result.predictors.map((p) => ({ id: p.id, values: p.values })),
    });
    const share = (id: string) => model.drivers.find((d) => d.id === id)?.share ?? 0;
    expect(share('A')).toBeGreaterThan(0.8);
    expect(share('B')).toBeLessThan(0.2);
    expect(model.n).toBe(result.rows.length);
  });
});

describe('placeInQuadrants', () => {
  it('uses 1/k importance and the average performance as cut-offs', () => {
    const placed = placeInQuadrants([
      { key: 'a', importance: 0.5, performance: 20 },
      { key: 'b', importance: 0.3, performance: 80 },
      { key: 'c', importance: 0.1, performance: 90 },
      { key: 'd', importance: 0.1, performance: 10 },
    ]);
    // Cut-offs: importance 0.25, performance 50.
    expect(placed.map((d) => [d.key, d.quadrant])).toEqual([
      ['a', 'fix_first'],
      ['b', 'keep_up'],
      ['c', 'possible_overkill'],
      ['d', 'low_priority'],
    ]);
  });

  it('counts a missing performance as 0 and ignores it in the average', () => {
    const placed = placeInQuadrants([
      { importance: 0.6, performance: null },
      { importance: 0.4, performance: 70 },
    ]);
    expect(placed.map((d) => d.quadrant)).toEqual(['fix_first', 'possible_overkill']);
  });
});

describe('satisfactionQuestions', () => {
  const q = (id: string, type: TQuestion['type'], extra: Record<string, unknown> = {}) =>
    ({ id, type, text: { en: id }, required: false, ...extra }) as TQuestion;

  it('prefers CSAT, then rating, then CES, then NPS, with each scale', () => {
    expect(
      satisfactionQuestions({
        questions: [q('nps', 'nps'), q('c1', 'csat'), q('r', 'rating'), q('c2', 'csat')],
      }),
    ).toEqual([
      { id: 'c1', type: 'csat', min: 1, max: 5 },
      { id: 'c2', type: 'csat', min: 1, max: 5 },
    ]);
    expect(
      satisfactionQuestions({
        questions: [q('nps', 'nps'), q('r', 'rating', { min: 0, max: 10 }), q('e', 'ces')],
      }),
    ).toEqual([{ id: 'r', type: 'rating', min: 0, max: 10 }]);
    expect(satisfactionQuestions({ questions: [q('nps', 'nps'), q('e', 'ces')] })).toEqual([
      { id: 'e', type: 'ces', min: 1, max: 7 },
    ]);
    expect(satisfactionQuestions({ questions: [q('t', 'open_text'), q('nps', 'nps')] })).toEqual([
      { id: 'nps', type: 'nps', min: 0, max: 10 },
    ]);
    expect(satisfactionQuestions({ questions: [q('t', 'open_text')] })).toEqual([]);
  });
});

describe('normaliseScore and mentionersPerformance', () => {
  it('maps a scale onto 0–100', () => {
    expect(normaliseScore(1, { min: 1, max: 5 })).toBe(0);
    expect(normaliseScore(4, { min: 1, max: 5 })).toBe(75);
    expect(normaliseScore(7, { min: 1, max: 7 })).toBe(100);
  });

  it('rescales the NPS of the mentioners, or normalises their mean for other outcomes', () => {
    // 1 promoter, 1 passive, 2 detractors: NPS −25 → 37.5.
    expect(mentionersPerformance([10, 7, 3, 0], { type: 'nps', min: 0, max: 10 })).toBe(37.5);
    expect(mentionersPerformance([10, 9], { type: 'nps', min: 0, max: 10 })).toBe(100);
    expect(mentionersPerformance([2, 4], { type: 'csat', min: 1, max: 5 })).toBe(50);
    expect(mentionersPerformance([], { type: 'nps', min: 0, max: 10 })).toBeNull();
  });
});
