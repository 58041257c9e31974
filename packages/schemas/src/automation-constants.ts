// The zod-free part of the automation contracts (the browser bundle imports these through browser.ts).

export const AUTOMATION_TRIGGER_TYPES = [
  'response.received',
  'score.band',
  'topic.detected',
  'event.tracked',
  'case.status_changed',
  'time.elapsed',
  'conversation.started',
  'conversation.handed_over',
  'conversation.resolved',
] as const;
export type TAutomationTriggerType = (typeof AUTOMATION_TRIGGER_TYPES)[number];

/** Triggers whose subject is a piece of feedback (a response or a review); they read `FeedbackFacts`. */
export const FEEDBACK_TRIGGER_TYPES = ['response.received', 'score.band', 'topic.detected'] as const;
/** Triggers whose subject is a conversation (the customer's chat: started, handed to people, resolved). */
export const CONVERSATION_TRIGGER_TYPES = [
  'conversation.started',
  'conversation.handed_over',
  'conversation.resolved',
] as const;
/** Triggers whose subject is a case. */
export const CASE_TRIGGER_TYPES = ['case.status_changed', 'time.elapsed'] as const;

export const SCORE_METRICS = ['nps', 'csat', 'ces'] as const;
export const SCORE_BANDS = ['detractor', 'passive', 'promoter', 'low', 'high'] as const;
/** Which bands each metric has: NPS by its three groups; CSAT low = 1–3, high = 4–5; CES low = 1–3, high = 5–7. */
export const BANDS_BY_METRIC = {
  nps: ['detractor', 'passive', 'promoter'],
  csat: ['low', 'high'],
  ces: ['low', 'high'],
} as const satisfies Record<(typeof SCORE_METRICS)[number], readonly (typeof SCORE_BANDS)[number][]>;

export const ELAPSED_SINCE = ['case.created', 'case.status_changed'] as const;

export const AUTOMATION_ACTION_TYPES = [
  'create_case',
  'assign_case',
  'notify_team',
  'notify_email',
  'tag',
  'add_to_segment',
  'send_email',
  'call_webhook',
  'trigger_survey',
] as const;
export type TAutomationActionType = (typeof AUTOMATION_ACTION_TYPES)[number];

/** Placeholders a customer email may use. */
export const EMAIL_PLACEHOLDERS = ['{{coupon}}', '{{customerName}}'] as const;

export const AUTOMATION_RUN_STATUSES = ['running', 'succeeded', 'failed', 'skipped'] as const;
export type TAutomationRunStatus = (typeof AUTOMATION_RUN_STATUSES)[number];

/** An action's outcome: emails are `queued` by the run and become `sending` → `sent` (or `failed`) in their job. */
export const AUTOMATION_ACTION_STATUSES = [
  'running',
  'succeeded',
  'failed',
  'skipped',
  'queued',
  'sending',
  'sent',
] as const;

export const MAX_AUTOMATION_ACTIONS = 10;
export const MAX_COUPON_CODES_PER_CALL = 10_000;
