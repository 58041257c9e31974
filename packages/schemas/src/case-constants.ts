// The zod-free part of the case contracts (the browser bundle imports these through browser.ts).

export const CASE_STATUSES = ['new', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'] as const;
export type TCaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TCasePriority = (typeof CASE_PRIORITIES)[number];
export const CASE_SOURCES = ['manual', 'alert', 'automation', 'api'] as const;
export type TCaseSource = (typeof CASE_SOURCES)[number];
export const CASE_OUTCOMES = ['resolved', 'not_resolved', 'no_reply', 'not_contactable'] as const;
export type TCaseOutcome = (typeof CASE_OUTCOMES)[number];
export const FOLLOW_UP_TEMPLATES = ['apology', 'resolution', 'check_in'] as const;
export type TFollowUpTemplate = (typeof FOLLOW_UP_TEMPLATES)[number];

/**
 * Which status a case may move to from each status. Forward along new → in_progress → waiting_on_customer
 * → resolved → closed (steps may be skipped), back to in_progress from waiting, and reopen (resolved or
 * closed → in_progress). Nothing goes back to `new`.
 */
export const CASE_TRANSITIONS: Record<TCaseStatus, readonly TCaseStatus[]> = {
  new: ['in_progress', 'waiting_on_customer', 'resolved', 'closed'],
  in_progress: ['waiting_on_customer', 'resolved', 'closed'],
  waiting_on_customer: ['in_progress', 'resolved', 'closed'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
};

export function canTransition(from: TCaseStatus, to: TCaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

export const ALERT_RULE_KINDS = ['feedback', 'anomaly'] as const;
export const ANOMALY_METRICS = ['nps', 'csat'] as const;
