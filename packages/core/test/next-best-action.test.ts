import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NBA_RULES,
  matchesNbaCondition,
  nbaEvidence,
  suggestNextBestActions,
  validateNbaCondition,
} from '../src/next-best-action/index';

const NOW = new Date('2026-12-08T12:00:00Z');
const rules = DEFAULT_NBA_RULES.map((r, i) => ({ ...r, id: `r${i}`, active: true }));

describe('next-best-action rules', () => {
  it('compares dates given as days from now, and treats a missing date as unanswered', () => {
    const silent = { field: 'lastResponseAt', op: 'lt' as const, value: '-90d' };
    expect(matchesNbaCondition(silent, { lastResponseAt: '2026-08-01T00:00:00Z' }, NOW)).toBe(true);
    expect(matchesNbaCondition(silent, { lastResponseAt: '2026-11-30T00:00:00Z' }, NOW)).toBe(false);
    expect(matchesNbaCondition(silent, {}, NOW)).toBe(false);
    expect(matchesNbaCondition({ field: 'lastResponseAt', op: 'skipped' }, {}, NOW)).toBe(true);
  });

  it('explains a match with the branches that made it true, one line per fact', () => {
    const rule = rules.find((r) => r.builtinKey === 'silent_decision_maker');
    const facts = { 'account.role': 'decision_maker', _accountName: 'Acme', lastResponseAt: null };
    expect(nbaEvidence(rule?.condition as never, facts, NOW).map((e) => e.text)).toEqual([
      'decision maker at Acme',
      'Has never answered a survey',
    ]);
  });

  it('suggests by priority, rests a rule during its cool-down and suggests an owner once per account', () => {
    const detractor = {
      npsBand: 'detractor',
      latestNps: 2,
      openCases: 1,
      _openCaseTitles: ['Late'],
      churnRisk: 'high',
      churnScore: 0.9,
    };
    const people = [
      { contactId: 'a', facts: detractor, accountId: 'acc', accountHasOwner: false },
      { contactId: 'b', facts: { ...detractor }, accountId: 'acc', accountHasOwner: false },
    ];
    const all = suggestNextBestActions({ rules, people, lastTaken: new Map(), now: NOW });
    expect(all.map((s) => `${s.action.kind}:${s.contactId}`)).toEqual([
      'create_case:a',
      'create_case:b',
      'assign_owner:a',
    ]);
    const rested = suggestNextBestActions({
      rules,
      people,
      lastTaken: new Map([['r0:a', new Date(NOW.getTime() - 86_400_000)]]),
      now: NOW,
    });
    expect(rested.map((s) => `${s.action.kind}:${s.contactId}`)).toEqual(['create_case:b', 'assign_owner:a']);
  });

  it('refuses fields a rule cannot read per person', () => {
    expect(validateNbaCondition({ field: 'topics', op: 'contains', value: 'x' })).toEqual([
      { name: 'condition', reason: 'topics cannot be used in a next-best-action rule' },
    ]);
    expect(validateNbaCondition({ field: 'npsBand', op: 'eq', value: 'detractor' })).toEqual([]);
  });
});
