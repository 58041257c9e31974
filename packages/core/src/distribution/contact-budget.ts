import type { TContactBudget, TSkipReason, TSurveyPriority } from '@touchpoint/schemas';

const DAY_MS = 24 * 60 * 60 * 1000;
const RANK: Record<TSurveyPriority, number> = { high: 3, normal: 2, low: 1 };

/** The part of a survey that decides whether it may reach a contact now. */
export interface BudgetSurvey {
  id: string;
  priority?: TSurveyPriority | undefined;
  cadenceDays: number | null;
  samplingPercent: number;
}

/** A survey that reached the contact earlier (an invitation sent or a survey shown), with its priority then. */
export interface SurveyTouch {
  surveyId: string;
  priority: TSurveyPriority;
  at: Date;
}

export type BudgetDecision = { allowed: true } | { allowed: false; reason: TSkipReason; detail: string };

/**
 * A survey's effective priority: its own, else `high` for relationship-style surveys (a cadence of 30 days
 * or more), else `normal`.
 */
export function effectivePriority(survey: Pick<BudgetSurvey, 'priority' | 'cadenceDays'>): TSurveyPriority {
  if (survey.priority) return survey.priority;
  return survey.cadenceDays !== null && survey.cadenceDays >= 30 ? 'high' : 'normal';
}

/**
 * Whether `contactId` is in the survey's sample: a stable hash of contact and survey, so the same person
 * gets the same answer every time (no re-rolling until they are picked) and samples of different surveys
 * are independent.
 */
export function isSampled(contactId: string, surveyId: string, samplingPercent: number): boolean {
  if (samplingPercent >= 100) return true;
  let hash = 2166136261;
  for (const char of `${surveyId}:${contactId}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % 100 < samplingPercent;
}

/**
 * Decides whether a survey may reach a contact now, the same way on every channel.
 *
 * Order of checks: unsubscribed → the survey's own cadence → sampling → the workspace budget.
 * Conflicts under the budget resolve by priority: only touches of surveys with the same or a higher
 * priority count against this survey. So a frequent transactional survey (normal or low) can use up the
 * budget for other frequent surveys, but never starves a quarterly relationship survey (high).
 */
export function checkContactBudget(input: {
  contactId: string;
  isUnsubscribed: boolean;
  survey: BudgetSurvey;
  budget: TContactBudget | null;
  touches: SurveyTouch[];
  now: Date;
}): BudgetDecision {
  const { survey, budget, touches, now } = input;
  if (input.isUnsubscribed) {
    return { allowed: false, reason: 'unsubscribed', detail: 'The contact has unsubscribed from surveys.' };
  }
  if (survey.cadenceDays !== null) {
    const since = now.getTime() - survey.cadenceDays * DAY_MS;
    const last = touches.find((t) => t.surveyId === survey.id && t.at.getTime() > since);
    if (last) {
      return {
        allowed: false,
        reason: 'cadence',
        detail: `This survey reached the contact on ${last.at.toISOString().slice(0, 10)}; its cadence is once per ${survey.cadenceDays} days.`,
      };
    }
  }
  if (!isSampled(input.contactId, survey.id, survey.samplingPercent)) {
    return {
      allowed: false,
      reason: 'sampled_out',
      detail: `Not in the ${survey.samplingPercent}% sample of this survey.`,
    };
  }
  if (budget) {
    const rank = RANK[effectivePriority(survey)];
    const since = now.getTime() - budget.perDays * DAY_MS;
    const counted = touches.filter((t) => t.at.getTime() > since && RANK[t.priority] >= rank);
    if (counted.length >= budget.maxSurveys) {
      return {
        allowed: false,
        reason: 'over_budget',
        detail: `The contact already had ${counted.length} survey${counted.length === 1 ? '' : 's'} in the last ${budget.perDays} days (budget: ${budget.maxSurveys}).`,
      };
    }
  }
  return { allowed: true };
}
