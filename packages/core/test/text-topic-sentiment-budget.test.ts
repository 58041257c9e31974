import { describe, expect, it } from 'vitest';
import {
  MAX_STEPS_PER_RULE,
  MAX_STEPS_PER_TEXT,
  matchTopicRules,
  readClauses,
  ruleTopicSentiments,
  STEPS_PER_CLAUSE_TEST,
  type StepAllowance,
  type TopicSentiment,
} from '../src/index';

// Issue 18: topic-level sentiment asked every matched rule about every clause, re-tokenising the clause and
// starting a fresh step budget each time, so 1,000 rules over "late. " ×1,666 held the event loop ~4.5 s.
// The per-clause pass now prepares each clause once and pays from the text's one MAX_STEPS_PER_TEXT.

const rules = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `t${i}`, name: `Late ${i}`, query: 'late' }));
// A value no clause of "late." produces, to tell the comment's own sentiment (the fallback) apart.
const OVERALL: TopicSentiment = { label: 'positive', score: 0.777 };

describe('ruleTopicSentiments', () => {
  it('keeps 1,000 rules over "late. " ×1,666 within the text budget, whole-text pass included', () => {
    const text = 'late. '.repeat(1_666);
    const reading = readClauses(text, 'en', OVERALL);
    expect(reading.clauses.length).toBeGreaterThan(1_000);
    const all = rules(1_000);
    const allowance: StepAllowance = { remaining: MAX_STEPS_PER_TEXT };
    const matched = matchTopicRules(text, all, allowance);
    expect(matched).toHaveLength(1_000);
    const sentiments = ruleTopicSentiments(reading, all, allowance);
    expect(sentiments.size).toBe(1_000);
    // Every (rule, clause) pair costs steps, so the pass stops at the text's budget (overshooting by at most
    // the one step that crossed it) instead of asking 1,000 × 1,666 pairs on fresh budgets.
    expect(allowance.remaining).toBeLessThanOrEqual(0);
    expect(allowance.remaining).toBeGreaterThan(-MAX_STEPS_PER_RULE);
    expect(1_000 * reading.clauses.length * STEPS_PER_CLAUSE_TEST).toBeGreaterThan(MAX_STEPS_PER_TEXT);
    // The topics left when it ran out take the comment's own sentiment; the first ones their clauses'.
    expect(sentiments.get('t0')).not.toEqual(OVERALL);
    expect(sentiments.get('t999')).toEqual(OVERALL);
  });

  it('gives the comment its own sentiment for the topics left once the allowance is spent', () => {
    const reading = readClauses('late. '.repeat(1_666), 'en', OVERALL);
    const allowance: StepAllowance = { remaining: 100_000 };
    const sentiments = ruleTopicSentiments(reading, rules(1_000), allowance);
    expect(allowance.remaining).toBeLessThanOrEqual(0);
    // The first rules were asked about every clause; the rest fell back.
    expect(sentiments.get('t0')).not.toEqual(OVERALL);
    expect(sentiments.get('t999')).toEqual(OVERALL);
    const fellBack = [...sentiments.values()].filter((s) => s === OVERALL).length;
    expect(fellBack).toBeGreaterThan(900);
  });

  it('falls back for every topic when preparing the clauses alone exceeds the allowance', () => {
    const reading = readClauses('late. '.repeat(1_666), 'en', OVERALL);
    const allowance: StepAllowance = { remaining: 1_000 };
    const sentiments = ruleTopicSentiments(reading, rules(3), allowance);
    expect([...sentiments.values()]).toEqual([OVERALL, OVERALL, OVERALL]);
  });

  it('still reads each topic from its own clauses on an ordinary comment', () => {
    const reading = readClauses('The delivery was fast and great. The staff were rude and awful.', 'en', {
      label: 'mixed',
      score: 0,
    });
    const allowance: StepAllowance = { remaining: MAX_STEPS_PER_TEXT };
    const sentiments = ruleTopicSentiments(
      reading,
      [
        { id: 'delivery', name: 'Delivery', query: 'delivery' },
        { id: 'staff', name: 'Staff', query: 'staff' },
      ],
      allowance,
    );
    expect(sentiments.get('delivery')?.label).toBe('positive');
    expect(sentiments.get('staff')?.label).toBe('negative');
  });
});
