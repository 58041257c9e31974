import { z } from 'zod';
import {
  ALERT_RULE_KINDS,
  ANOMALY_METRICS,
  CASE_OUTCOMES,
  CASE_PRIORITIES,
  CASE_SOURCES,
  CASE_STATUSES,
  FOLLOW_UP_TEMPLATES,
} from './case-constants';
import { ZId, ZPageQuery } from './common';
import { ZCondition } from './condition';

export * from './case-constants';

// Alerts and cases: the inner loop. An alert rule watches new feedback (or a metric); when it fires it may
// open a case, routed to the owning team and assigned within it; people work the case to an outcome.

export const ZCaseStatus = z.enum(CASE_STATUSES);
export const ZCasePriority = z.enum(CASE_PRIORITIES);

// ---- Alert rules ----

export const ZAlertRuleCreateCase = z.strictObject({
  priority: ZCasePriority.default('normal'),
  teamId: ZId.nullable().optional(),
});
export const ZAlertRuleNotify = z.strictObject({
  teamIds: z.array(ZId).max(50).default([]),
  userIds: z.array(ZId).max(200).default([]),
});
export const ZAlertRuleAnomaly = z.strictObject({
  metric: z.enum(ANOMALY_METRICS),
  touchpointId: ZId.nullable().optional(),
  windowDays: z.number().int().min(1).max(90).default(7),
  baselineDays: z.number().int().min(1).max(365).default(28),
});

export const ZAlertRule = z.object({
  id: ZId,
  name: z.string(),
  kind: z.enum(ALERT_RULE_KINDS),
  surveyId: ZId.nullable(),
  condition: ZCondition.nullable(),
  anomaly: z
    .object({
      metric: z.enum(ANOMALY_METRICS),
      touchpointId: ZId.nullable(),
      windowDays: z.number().int(),
      baselineDays: z.number().int(),
    })
    .nullable(),
  createCase: z.object({ priority: ZCasePriority, teamId: ZId.nullable() }).nullable(),
  notify: z.object({ teamIds: z.array(ZId), userIds: z.array(ZId) }),
  active: z.boolean(),
  /** How often it fired in the last 7 days (alerts). */
  firedLast7Days: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TAlertRule = z.infer<typeof ZAlertRule>;

const ZRuleName = z.string().trim().min(1).max(120);

export const ZCreateAlertRuleBody = z
  .strictObject({
    name: ZRuleName,
    kind: z.enum(ALERT_RULE_KINDS).default('feedback'),
    surveyId: ZId.nullable().optional(),
    condition: ZCondition.optional(),
    anomaly: ZAlertRuleAnomaly.optional(),
    createCase: ZAlertRuleCreateCase.nullable().optional(),
    notify: ZAlertRuleNotify.optional(),
    active: z.boolean().default(true),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'feedback' && !body.condition) {
      ctx.addIssue({ code: 'custom', path: ['condition'], message: 'a feedback rule needs a condition' });
    }
    if (body.kind === 'anomaly' && !body.anomaly) {
      ctx.addIssue({ code: 'custom', path: ['anomaly'], message: 'an anomaly rule needs {metric, …}' });
    }
  });
export type TCreateAlertRuleBody = z.infer<typeof ZCreateAlertRuleBody>;

export const ZUpdateAlertRuleBody = z.strictObject({
  name: ZRuleName.optional(),
  surveyId: ZId.nullable().optional(),
  condition: ZCondition.optional(),
  anomaly: ZAlertRuleAnomaly.optional(),
  createCase: ZAlertRuleCreateCase.nullable().optional(),
  notify: ZAlertRuleNotify.optional(),
  active: z.boolean().optional(),
});
export type TUpdateAlertRuleBody = z.infer<typeof ZUpdateAlertRuleBody>;

export const ZTestAlertRuleBody = z.strictObject({
  condition: ZCondition,
  surveyId: ZId.nullable().optional(),
  days: z.number().int().min(1).max(90).default(7),
});
export const ZAlertRuleTestResult = z.object({
  days: z.number().int(),
  /** Responses and reviews of the period that were checked (capped; see `truncated`). */
  checked: z.number().int(),
  matched: z.number().int(),
  truncated: z.boolean(),
  samples: z.array(
    z.object({
      itemKind: z.enum(['response', 'review', 'conversation']),
      itemId: ZId,
      occurredAt: z.iso.datetime({ offset: true }),
      nps: z.number().nullable(),
      text: z.string(),
    }),
  ),
});
export type TAlertRuleTestResult = z.infer<typeof ZAlertRuleTestResult>;

export const ZAlertRulesQuery = ZPageQuery;

// ---- Cases ----

const ZPersonRef = z.object({ id: ZId, name: z.string(), email: z.string() });

export const ZCaseSummary = z.object({
  id: ZId,
  number: z.number().int(),
  title: z.string(),
  status: ZCaseStatus,
  priority: ZCasePriority,
  source: z.enum(CASE_SOURCES),
  alertRuleId: ZId.nullable(),
  contactId: ZId.nullable(),
  /** The customer as people know them: name, else email, else external id. */
  contactLabel: z.string().nullable(),
  touchpointId: ZId.nullable(),
  topicId: ZId.nullable(),
  teamId: ZId.nullable(),
  teamName: z.string().nullable(),
  assigneeId: ZId.nullable(),
  assigneeName: z.string().nullable(),
  actionPlanId: ZId.nullable(),
  firstActionDueAt: z.iso.datetime({ offset: true }).nullable(),
  resolveDueAt: z.iso.datetime({ offset: true }).nullable(),
  firstActionAt: z.iso.datetime({ offset: true }).nullable(),
  resolvedAt: z.iso.datetime({ offset: true }).nullable(),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  /** True when an SLA clock that still runs is past its due time. */
  isOverdue: z.boolean(),
  escalationLevel: z.number().int(),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TCaseSummary = z.infer<typeof ZCaseSummary>;

export const ZCaseItem = z.object({
  kind: z.enum(['response', 'review', 'conversation']),
  id: ZId,
  surveyId: ZId.nullable(),
  surveyName: z.string().nullable(),
  source: z.string().nullable(),
  nps: z.number().nullable(),
  rating: z.number().nullable(),
  /** The open text; personal data is redacted unless the caller may read it (pii.read). */
  text: z.string(),
  occurredAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TCaseItem = z.infer<typeof ZCaseItem>;

export const ZCaseActivity = z.object({
  id: z.number().int(),
  kind: z.string(),
  actor: z.string().nullable(),
  actorName: z.string().nullable(),
  body: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TCaseActivity = z.infer<typeof ZCaseActivity>;

export const ZCaseFollowUp = z.object({
  id: ZId,
  caseId: ZId,
  channel: z.literal('email'),
  toAddress: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['queued', 'sent', 'failed']),
  error: z.string().nullable(),
  feltHeard: z.boolean().nullable(),
  customerComment: z.string().nullable(),
  answeredAt: z.iso.datetime({ offset: true }).nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TCaseFollowUp = z.infer<typeof ZCaseFollowUp>;

export const ZCaseDetail = ZCaseSummary.extend({
  description: z.string(),
  outcomeNote: z.string().nullable(),
  createdBy: z.string().nullable(),
  firstActionBreached: z.boolean(),
  resolveBreached: z.boolean(),
  /** Statuses this case may move to now. */
  allowedTransitions: z.array(ZCaseStatus),
  customer: z
    .object({
      id: ZId,
      label: z.string(),
      email: z.string().nullable(),
      externalId: z.string().nullable(),
      /** Has an email and has not unsubscribed: a follow-up can be sent. */
      isContactable: z.boolean(),
      attributes: z.record(z.string(), z.unknown()),
    })
    .nullable(),
  team: z.object({ id: ZId, name: z.string() }).nullable(),
  assignee: ZPersonRef.nullable(),
  items: z.array(ZCaseItem),
  activities: z.array(ZCaseActivity),
  followUps: z.array(ZCaseFollowUp),
});
export type TCaseDetail = z.infer<typeof ZCaseDetail>;

const ZCsvOrArray = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === 'string' ? value.split(',').filter(Boolean) : Array.isArray(value) ? value : value,
    z.array(item).max(10),
  );

export const ZCasesQuery = ZPageQuery.extend({
  status: ZCsvOrArray(ZCaseStatus).optional(),
  teamId: ZId.optional(),
  assigneeId: z.union([z.literal('me'), ZId]).optional(),
  priority: ZCsvOrArray(ZCasePriority).optional(),
  touchpointId: ZId.optional(),
  contactId: ZId.optional(),
  q: z.string().trim().max(200).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type TCasesQuery = z.infer<typeof ZCasesQuery>;

export const ZCreateCaseBody = z.strictObject({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(10_000).default(''),
  priority: ZCasePriority.default('normal'),
  contactId: ZId.nullable().optional(),
  touchpointId: ZId.nullable().optional(),
  topicId: ZId.nullable().optional(),
  teamId: ZId.nullable().optional(),
  assigneeId: ZId.nullable().optional(),
  items: z
    .array(z.strictObject({ kind: z.enum(['response', 'review']), id: ZId }))
    .max(50)
    .default([]),
});
export type TCreateCaseBody = z.infer<typeof ZCreateCaseBody>;

export const ZUpdateCaseBody = z
  .strictObject({
    title: z.string().trim().min(1).max(300).optional(),
    description: z.string().trim().max(10_000).optional(),
    priority: ZCasePriority.optional(),
    status: ZCaseStatus.optional(),
    teamId: ZId.nullable().optional(),
    assigneeId: ZId.nullable().optional(),
    outcome: z.enum(CASE_OUTCOMES).nullable().optional(),
    outcomeNote: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: 'change at least one field',
  });
export type TUpdateCaseBody = z.infer<typeof ZUpdateCaseBody>;

export const ZCaseNoteBody = z.strictObject({ body: z.string().trim().min(1).max(10_000) });

export const ZCreateFollowUpBody = z.strictObject({
  template: z.enum(FOLLOW_UP_TEMPLATES).optional(),
  subject: z.string().trim().min(1).max(300).optional(),
  body: z.string().trim().min(1).max(20_000).optional(),
});
export type TCreateFollowUpBody = z.infer<typeof ZCreateFollowUpBody>;

export const ZFollowUpPreviewQuery = z.strictObject({ template: z.enum(FOLLOW_UP_TEMPLATES) });
export const ZFollowUpPreview = z.object({
  template: z.enum(FOLLOW_UP_TEMPLATES),
  language: z.string(),
  toAddress: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
});

export const ZPublicFollowUpParams = z.strictObject({ token: z.string().min(20).max(200) });
export const ZPublicFollowUp = z.object({
  language: z.string(),
  workspaceName: z.string(),
  caseNumber: z.number().int(),
  subject: z.string(),
  answered: z.boolean(),
  feltHeard: z.boolean().nullable(),
});
export const ZAnswerFollowUpBody = z.strictObject({
  feltHeard: z.boolean(),
  comment: z.string().trim().max(2000).optional(),
});

export const ZCaseParams = z.strictObject({ id: ZId });
