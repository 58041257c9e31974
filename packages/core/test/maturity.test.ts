import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPETENCIES,
  compareViews,
  levelOfFirstAction,
  levelOfShare,
  MATURITY_QUESTIONS,
  type MaturityAnswers,
  maturityEvidence,
  NEXT_STEPS,
  scoreMaturity,
  validateAnswers,
} from '../src/maturity/index';

const all = (value: number): MaturityAnswers =>
  Object.fromEntries(MATURITY_QUESTIONS.map((q) => [q.id, value]));

describe('maturity questionnaire', () => {
  it('has 2–3 questions per competency, five bilingual options each, unique ids', () => {
    for (const c of COMPETENCIES) {
      const n = MATURITY_QUESTIONS.filter((q) => q.competency === c).length;
      expect(n, c).toBeGreaterThanOrEqual(2);
      expect(n, c).toBeLessThanOrEqual(3);
    }
    expect(new Set(MATURITY_QUESTIONS.map((q) => q.id)).size).toBe(MATURITY_QUESTIONS.length);
    for (const q of MATURITY_QUESTIONS) {
      expect(q.options).toHaveLength(5);
      for (const t of [q.text, ...q.options]) {
        expect(t.en.length).toBeGreaterThan(0);
        expect(t.vi.length).toBeGreaterThan(0);
        expect(t.vi).not.toBe(t.en);
      }
    }
    for (const c of COMPETENCIES)
      for (const l of [1, 2, 3, 4, 5] as const) expect(NEXT_STEPS[c][l].vi).toBeTruthy();
  });
});

describe('validateAnswers', () => {
  it('accepts a complete set and names every problem', () => {
    expect(validateAnswers(all(3))).toEqual([]);
    const answers = { ...all(3), 'strategy.vision': 6, 'nope.q': 2 } as MaturityAnswers;
    delete answers['governance.structure'];
    answers['action.rootCause'] = 2.5;
    expect(validateAnswers(answers)).toEqual([
      { questionId: 'strategy.vision', reason: 'must be an integer from 1 to 5' },
      { questionId: 'action.rootCause', reason: 'must be an integer from 1 to 5' },
      { questionId: 'nope.q', reason: 'unknown question' },
      { questionId: 'governance.structure', reason: 'not answered' },
    ]);
  });
});

describe('scoreMaturity', () => {
  it('scores per competency and caps the overall level at the weakest competency + 1', () => {
    // Everything 5 except governance 1 and 2: governance 1.5 (level 1); mean (6×5 + 1.5)/7 = 4.5 → 4,
    // capped at 1 + 1 = 2.
    const result = scoreMaturity({ ...all(5), 'governance.structure': 1, 'governance.incentives': 2 });
    expect(result.competencies.find((c) => c.id === 'governance')).toEqual({
      id: 'governance',
      score: 1.5,
      level: 1,
    });
    expect(result.mean).toBe(4.5);
    expect(result.level).toBe(2);
    expect(result.recommendations[0]).toEqual({
      competency: 'governance',
      level: 1,
      text: NEXT_STEPS.governance[1],
    });
    expect(result.recommendations[1]?.text).toEqual(NEXT_STEPS.strategy[5]);
  });

  it('takes the floor of the mean when no competency holds it back', () => {
    // All 4, journeys 3 and 4 (3.5): mean (6×4 + 3.5)/7 = 3.93 → 3; weakest level 3 + 1 = 4 does not cap.
    const result = scoreMaturity({ ...all(4), 'journeys.mapped': 3 });
    expect(result.mean).toBe(3.93);
    expect(result.level).toBe(3);
    expect(scoreMaturity(all(5)).level).toBe(5);
    expect(scoreMaturity(all(1)).level).toBe(1);
  });

  it('stays within the answers and never above the weakest competency + 1 (property)', () => {
    const arb = fc.tuple(...MATURITY_QUESTIONS.map(() => fc.integer({ min: 1, max: 5 })));
    fc.assert(
      fc.property(arb, (values) => {
        const answers = Object.fromEntries(MATURITY_QUESTIONS.map((q, i) => [q.id, values[i] as number]));
        const r = scoreMaturity(answers);
        const weakest = Math.min(...r.competencies.map((c) => c.level));
        expect(r.level).toBeLessThanOrEqual(weakest + 1);
        expect(r.level).toBeGreaterThanOrEqual(Math.min(...values));
        expect(r.level).toBeLessThanOrEqual(Math.max(...values));
        expect(r.recommendations).toHaveLength(COMPETENCIES.length);
      }),
    );
  });
});

describe('compareViews', () => {
  it('gives min, max and spread per competency', () => {
    const a = scoreMaturity(all(2));
    const b = scoreMaturity({ ...all(2), 'measurement.metrics': 5, 'measurement.use': 4 });
    const rows = compareViews([
      { userId: 'u1', role: 'admin', competencies: a.competencies },
      { userId: 'u2', role: 'agent', competencies: b.competencies },
    ]);
    expect(rows.find((r) => r.id === 'measurement')).toMatchObject({ min: 2, max: 4.5, spread: 2.5 });
    expect(rows.find((r) => r.id === 'strategy')).toMatchObject({ min: 2, max: 2, spread: 0 });
    expect(compareViews([])).toEqual([]);
  });
});

describe('maturityEvidence', () => {
  it('maps measures to levels, and suggests nothing without data', () => {
    expect(levelOfShare(0)).toBe(1);
    expect(levelOfShare(0.5)).toBe(3);
    expect(levelOfShare(1)).toBe(5);
    expect(levelOfFirstAction(30)).toBe(5);
    expect(levelOfFirstAction(2 * 24 * 60)).toBe(3);
    const items = maturityEvidence({
      loopClosure: { closed: 3, detractors: 4 },
      timeToFirstAction: { medianMinutes: null, n: 0 },
      responses: { displays: 0, started: 0 },
      touchpoints: { owned: 1, total: 4 },
      automationsLive: 2,
      employeeProgramme: false,
    });
    const by = Object.fromEntries(items.map((i) => [i.id, i]));
    expect(by.loopClosureRate).toMatchObject({ competency: 'action', value: 0.75, n: 4, suggestedLevel: 4 });
    expect(by.timeToFirstAction).toMatchObject({ value: null, suggestedLevel: null });
    expect(by.responseRate).toMatchObject({ competency: 'measurement', value: null, suggestedLevel: null });
    expect(by.touchpointsWithOwners).toMatchObject({
      competency: 'journeys',
      value: 0.25,
      suggestedLevel: 2,
    });
    expect(by.automationsLive).toMatchObject({ value: 2, suggestedLevel: 3 });
    expect(by.employeeProgramme).toMatchObject({ value: false, suggestedLevel: null });
  });
});
