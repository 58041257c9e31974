import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateClassification } from '../src/text/evaluation';

describe('evaluateClassification', () => {
  it('scores a hand-computed three-class confusion matrix', () => {
    // gold a a a b b c / predicted a a b b c c
    //        predicted:  a  b  c
    //   gold a          2  1  0   P = 2/2, R = 2/3, F1 = 0.8
    //   gold b          0  1  1   P = 1/2, R = 1/2, F1 = 0.5
    //   gold c          0  0  1   P = 1/2, R = 1/1, F1 = 2/3
    const report = evaluateClassification(['a', 'a', 'a', 'b', 'b', 'c'], ['a', 'a', 'b', 'b', 'c', 'c']);
    expect(report.n).toBe(6);
    expect(report.accuracy).toBeCloseTo(4 / 6, 12);
    expect(report.perClass.a).toEqual({
      precision: 1,
      recall: 2 / 3,
      f1: expect.closeTo(0.8, 12),
      support: 3,
    });
    expect(report.perClass.b).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(report.perClass.c?.precision).toBe(0.5);
    expect(report.perClass.c?.recall).toBe(1);
    expect(report.perClass.c?.f1).toBeCloseTo(2 / 3, 12);
    expect(report.macroF1).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3, 12);
    expect(report.weightedF1).toBeCloseTo((0.8 * 3 + 0.5 * 2 + (2 / 3) * 1) / 6, 12);
    expect(report.confusion).toEqual({
      a: { a: 2, b: 1, c: 0 },
      b: { a: 0, b: 1, c: 1 },
      c: { a: 0, b: 0, c: 1 },
    });
  });

  it('counts a label that is only ever predicted, with zero support, in the macro average', () => {
    // gold a a / predicted a b: a has P = 1, R = 1/2, F1 = 2/3; b has no gold example and one wrong
    // prediction, so P = 0, R = 0 (nothing to recall), F1 = 0.
    const report = evaluateClassification(['a', 'a'], ['a', 'b']);
    expect(report.accuracy).toBe(0.5);
    expect(report.perClass.b).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(report.perClass.a?.f1).toBeCloseTo(2 / 3, 12);
    expect(report.macroF1).toBeCloseTo(1 / 3, 12);
    expect(report.weightedF1).toBeCloseTo(2 / 3, 12);
  });

  it('gives a perfect score to perfect predictions and 0 where a class is never predicted', () => {
    const perfect = evaluateClassification(['x', 'y', 'y'], ['x', 'y', 'y']);
    expect([perfect.accuracy, perfect.macroF1, perfect.weightedF1]).toEqual([1, 1, 1]);
    const never = evaluateClassification(['x', 'y', 'y'], ['y', 'y', 'y']);
    expect(never.perClass.x).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    // y: P = 2/3, R = 1, F1 = 0.8
    expect(never.macroF1).toBeCloseTo(0.4, 12);
    expect(never.weightedF1).toBeCloseTo((0.8 * 2) / 3, 12);
  });

  it('rejects predictions that do not pair up with the gold labels, and scores nothing as zeros', () => {
    expect(() => evaluateClassification(['a'], [])).toThrow(/pair up/);
    expect(evaluateClassification([], [])).toMatchObject({ n: 0, accuracy: 0, macroF1: 0, weightedF1: 0 });
  });

  it('has accuracy equal to support-weighted recall, and every score in [0, 1]', () => {
    const label = fc.constantFrom('neg', 'neu', 'pos');
    fc.assert(
      fc.property(fc.array(fc.tuple(label, label), { minLength: 1, maxLength: 60 }), (pairs) => {
        const report = evaluateClassification(
          pairs.map(([gold]) => gold),
          pairs.map(([, predicted]) => predicted),
        );
        const weightedRecall =
          Object.values(report.perClass).reduce((sum, s) => sum + s.recall * s.support, 0) / report.n;
        expect(report.accuracy).toBeCloseTo(weightedRecall, 12);
        for (const value of [report.accuracy, report.macroF1, report.weightedF1]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
