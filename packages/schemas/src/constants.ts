// Plain constants with no zod import, so the browser can use them without bundling the validator.
export const ROLES = ['admin', 'cx_manager', 'analyst', 'team_member', 'agent', 'viewer'] as const;
export type TRole = (typeof ROLES)[number];

export const LOCALES = ['en', 'vi'] as const;
export type TLocale = (typeof LOCALES)[number];

/** Where a customer meets the brand; touchpoints list the channels they are reachable through. */
export const CHANNELS = [
  'web',
  'app',
  'email',
  'sms',
  'chat',
  'phone',
  'store',
  'qr',
  'link',
  'widget',
  'api',
] as const;
export type TChannel = (typeof CHANNELS)[number];

export const QUESTION_TYPES = [
  'nps',
  'csat',
  'ces',
  'rating',
  'single_choice',
  'multiple_choice',
  'open_text',
] as const;
export type TQuestionType = (typeof QUESTION_TYPES)[number];

export const SURVEY_STATUSES = ['draft', 'published', 'closed'] as const;
export type TSurveyStatus = (typeof SURVEY_STATUSES)[number];

/** Operators of the one condition language shared by survey logic, alerts, automations and segments. */
export const CONDITION_OPERATORS = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'nin',
  'contains',
  'not_contains',
  'answered',
  'skipped',
] as const;
export type TConditionOperator = (typeof CONDITION_OPERATORS)[number];

export const NPS_BANDS = ['detractor', 'passive', 'promoter'] as const;
export type TNpsBand = (typeof NPS_BANDS)[number];

/** Survey priority under the contact budget: a survey is held back only by same-or-higher priority touches. */
export const SURVEY_PRIORITIES = ['high', 'normal', 'low'] as const;
export type TSurveyPriority = (typeof SURVEY_PRIORITIES)[number];

/** Why an invitation was not sent. */
export const SKIP_REASONS = [
  'unsubscribed',
  'over_budget',
  'cadence',
  'sampled_out',
  'invalid_address',
  'duplicate',
  'no_email',
] as const;
export type TSkipReason = (typeof SKIP_REASONS)[number];

/**
 * Event types a webhook can subscribe to. Cases and alerts arrive in a later release: subscriptions to
 * them are accepted now and deliver once those events exist. `webhook.test` is sent only by "Send test".
 */
export const WEBHOOK_EVENT_TYPES = [
  'response.completed',
  'case.created',
  'case.updated',
  'alert.fired',
  'review.imported',
  // Sent only to the webhook an automation rule's call_webhook action names.
  'automation.fired',
  'conversation.created',
  'conversation.handed_over',
  'conversation.resolved',
  // Sent only to an api channel's reply webhook: an agent's reply for the bridge to deliver.
  'conversation.reply',
] as const;
export type TWebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'dead'] as const;
export type TWebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
