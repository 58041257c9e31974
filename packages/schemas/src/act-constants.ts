// The zod-free part of the act contracts (SLA hours, notifications, action plans); the browser bundle
// imports these through browser.ts.

/** Weekday keys of business hours: 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
export const WEEKDAY_KEYS = ['0', '1', '2', '3', '4', '5', '6'] as const;
export type TWeekdayKey = (typeof WEEKDAY_KEYS)[number];

export const TEAM_ASSIGNMENT_MODES = ['round_robin', 'manual'] as const;
export type TTeamAssignment = (typeof TEAM_ASSIGNMENT_MODES)[number];

export const NOTIFICATION_DIGESTS = ['off', 'daily'] as const;

export const ACTION_PLAN_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type TActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number];
export const ACTION_PLAN_METRICS = ['nps', 'csat', 'ces'] as const;
export type TActionPlanMetric = (typeof ACTION_PLAN_METRICS)[number];
export const ACTION_PLAN_NOTICE_STATUSES = [
  'sent',
  'skipped_unsubscribed',
  'skipped_budget',
  'skipped_no_email',
  'failed',
] as const;
