import { checkContactBudget, effectivePriority, isSampled, type SurveyTouch } from '@touchpoint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const now = new Date('2026-11-26T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const weekly = { id: 'weekly-csat', cadenceDays: 7, samplingPercent: 100 };
const quarterly = { id: 'relationship-nps', cadenceDays: 90, samplingPercent: 100 };
const budget = { maxSurveys: 1, perDays: 7 };

function check(
  survey: typeof weekly,
  touches: SurveyTouch[],
  extra: { isUnsubscribed?: boolean; budget?: typeof budget | null } = {},
) {
  return checkContactBudget({
    contactId: 'c1',
    isUnsubscribed: extra.isUnsubscribed ?? false,
    survey,
    budget: extra.budget === undefined ? budget : extra.budget,
    touches,
    now,
  });
}

describe('contact budget', () => {
  it('allows a first survey and refuses a second one within the window', () => {
    expect(check(weekly, [])).toEqual({ allowed: true });
    const other = { id: 'delivery-ces', cadenceDays: null, samplingPercent: 100 } as unknown as typeof weekly;
    const decision = check(other, [{ surveyId: 'weekly-csat', priority: 'normal', at: daysAgo(2) }]);
    expect(decision).toMatchObject({ allowed: false, reason: 'over_budget' });
  });

  it('forgets touches older than the window', () => {
    const other = { id: 'delivery-ces', cadenceDays: null, samplingPercent: 100 } as unknown as typeof weekly;
    expect(check(other, [{ surveyId: 'weekly-csat', priority: 'normal', at: daysAgo(8) }])).toEqual({
      allowed: true,
    });
  });

  it('never lets a frequent survey starve a quarterly one (priority)', () => {
    expect(effectivePriority(quarterly)).toBe('high');
    expect(effectivePriority(weekly)).toBe('normal');
    // The weekly survey reached the person yesterday; the relationship survey is still allowed…
    expect(check(quarterly, [{ surveyId: 'weekly-csat', priority: 'normal', at: daysAgo(1) }])).toEqual({
      allowed: true,
    });
    // …but the weekly one is held back by the relationship survey.
    expect(check(weekly, [{ surveyId: 'relationship-nps', priority: 'high', at: daysAgo(1) }])).toMatchObject(
      {
        allowed: false,
        reason: 'over_budget',
      },
    );
  });

  it("applies the survey's own cadence, with or without a workspace budget", () => {
    const touches: SurveyTouch[] = [{ surveyId: 'relationship-nps', priority: 'high', at: daysAgo(60) }];
    expect(check(quarterly, touches, { budget: null })).toMatchObject({ allowed: false, reason: 'cadence' });
    expect(
      check(quarterly, [{ surveyId: 'relationship-nps', priority: 'high', at: daysAgo(91) }], {
        budget: null,
      }),
    ).toEqual({
      allowed: true,
    });
  });

  it('puts unsubscribed first, whatever else holds', () => {
    expect(check(weekly, [], { isUnsubscribed: true })).toMatchObject({
      allowed: false,
      reason: 'unsubscribed',
    });
  });

  it('samples a stable share of contacts', () => {
    const sampled = Array.from({ length: 10_000 }, (_, i) =>
      isSampled(`contact-${i}`, 'survey-a', 20),
    ).filter(Boolean).length;
    expect(sampled).toBeGreaterThan(1800);
    expect(sampled).toBeLessThan(2200);
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), fc.integer({ min: 1, max: 100 }), (contact, survey, percent) => {
        expect(isSampled(contact, survey, percent)).toBe(isSampled(contact, survey, percent));
        if (percent === 100) expect(isSampled(contact, survey, percent)).toBe(true);
      }),
    );
  });

  it('never allows more same-or-higher-priority touches in a window than the budget (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            priority: fc.constantFrom('high', 'normal', 'low'),
            day: fc.integer({ min: 0, max: 20 }),
          }),
          { maxLength: 10 },
        ),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('high', 'normal', 'low'),
        (history, maxSurveys, priority) => {
          const touches = history.map((h, i) => ({
            surveyId: `s${i}`,
            priority: h.priority as 'high',
            at: daysAgo(h.day),
          }));
          const decision = checkContactBudget({
            contactId: 'c',
            isUnsubscribed: false,
            survey: { id: 'new', priority: priority as 'high', cadenceDays: null, samplingPercent: 100 },
            budget: { maxSurveys, perDays: 7 },
            touches,
            now,
          });
          const rank = { high: 3, normal: 2, low: 1 };
          const counted = touches.filter(
            (t) => t.at > daysAgo(7) && rank[t.priority] >= rank[priority as 'high'],
          ).length;
          expect(decision.allowed).toBe(counted < maxSurveys);
        },
      ),
    );
  });
});
