import { describe, expect, it } from 'vitest';
import { npsItemValue, painPointImpact, rankPainPoints } from '../src/text/pain-points';

describe('painPointImpact', () => {
  it('is the gain in the overall metric if the topic scored like the rest', () => {
    // 10 items: 4 mention the topic, all detractors (−100); the other 6: 3 promoters, 3 passives (mean 50).
    const overall = { n: 10, sum: -400 + 300 };
    const topic = { n: 4, sum: -400 };
    const result = painPointImpact(topic, overall);
    expect(result.valueWith).toBe(-100);
    expect(result.valueWithout).toBe(50);
    // Counterfactual: 6 items at 50 + 4 items at 50 → 50; actual −10; gain 60 points.
    expect(result.impact).toBeCloseTo(60);
  });

  it('is zero for a topic whose items score like everyone else', () => {
    expect(painPointImpact({ n: 5, sum: 250 }, { n: 20, sum: 1000 }).impact).toBeCloseTo(0);
  });

  it('is negative for a topic that lifts the metric (praise)', () => {
    expect(painPointImpact({ n: 5, sum: 500 }, { n: 10, sum: 500 }).impact).toBeLessThan(0);
  });

  it('handles empty topics and topics that cover every item', () => {
    expect(painPointImpact({ n: 0, sum: 0 }, { n: 10, sum: 100 })).toEqual({
      valueWith: null,
      valueWithout: 10,
      impact: 0,
    });
    expect(painPointImpact({ n: 10, sum: 100 }, { n: 10, sum: 100 }).impact).toBe(0);
  });
});

describe('npsItemValue and rankPainPoints', () => {
  it('maps NPS bands and ranks by impact then volume', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsItemValue)).toEqual([-100, -100, 0, 0, 100, 100]);
    const ranked = rankPainPoints([
      { id: 'a', impact: 2, n: 50 },
      { id: 'b', impact: 8, n: 5 },
      { id: 'c', impact: 2, n: 80 },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
});
