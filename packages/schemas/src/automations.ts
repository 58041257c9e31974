import { z } from 'zod';
import {
  AUTOMATION_ACTION_STATUSES,
  AUTOMATION_ACTION_TYPES,
  AUTOMATION_RUN_STATUSES,
  BANDS_BY_METRIC,
  ELAPSED_SINCE,
  MAX_AUTOMATION_ACTIONS,
  MAX_COUPON_CODES_PER_CALL,
  SCORE_BANDS,
  SCORE_METRICS,
} from './automation-constants';
import { CASE_STATUSES } from './case-constants';
import { ZId, ZPageQuery } from './common';
import { ZCondition } from './condition';

// Automation rules: a trigger (something happened), an optional condition in the one condition language,
// and ordered actions. Every firing is a run, logged with what each action did; coupon pools hand out
// unique codes to recovery emails.

export * from './automation-constants';

const ZCaseStatusRef = z.enum(CASE_STATUSES);

export const ZAutomationTrigger = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('response.received'), surveyId: ZId.optional() }),
    z.strictObject({
      type: z.literal('score.band'),
      metric: z.enum(SCORE_METRICS),
      band: z.enum(SCORE_BANDS),
      surveyId: ZId.optional(),
    }),
    z.strictObject({ type: z.literal('topic.detected'), topicId: ZId }),
    z.strictObject({
      type: z.literal('event.tracked'),
      event: z.string().trim().min(1).max(100).describe('the tracked event name, e.g. order.delivered'),
    }),
    z.strictObject({
      type: z.literal('case.status_changed'),
      to: ZCaseStatusRef.optional(),
      from: ZCaseStatusRef.optional(),
    }),
    z.strictObject({
      type: z.literal('time.elapsed'),
      since: z.enum(ELAPSED_SINCE),
      status: ZCaseStatusRef.optional().describe(
        'the status the case must (still) be in; without it, any open (not resolved or closed) case',
      ),
      hours: z.number().positive().max(8760),
    }),
    // Conversations: a condition reads `conversation.channel`, `.language`, `.handoffReason`,
    // `.resolution`, `.teamId`, `.assigneeId` and `contact.<attribute>`.
    z.strictObject({ type: z.literal('conversation.started') }),
    z.strictObject({ type: z.literal('conversation.handed_over') }),
    z.strictObject({ type: z.literal('conversation.resolved') }),
  ])
  .superRefine((trigger, ctx) => {
    if (trigger.type === 'score.band') {
      const allowed = BANDS_BY_METRIC[trigger.metric] as readonly string[];
      if (!allowed.includes(trigger.band)) {
        ctx.addIssue({
          code: 'custom',
          path: ['band'],
          message: `${trigger.metric} bands are ${allowed.join(', ')}`,
        });
      }
    }
  })
  // Named so the OpenAPI document refers to it once (#/components/schemas/AutomationTrigger).
  .meta({ id: 'AutomationTrigger' });
export type TAutomationTrigger = z.infer<typeof ZAutomationTrigger>;

const ZSubject = z.string().trim().min(1).max(200);
const ZBody = z.string().trim().min(1).max(10_000);

export const ZAutomationAction = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('create_case'),
      priority: z.enum(['low', 'normal', 'high', 'urgent']).optional(),
      teamId: ZId.optional(),
      title: z.string().trim().min(1).max(200).optional(),
    }),
    z.strictObject({
      type: z.literal('assign_case'),
      teamId: ZId.nullable().optional(),
      assigneeId: ZId.nullable().optional(),
    }),
    z.strictObject({
      type: z.literal('notify_team'),
      teamId: ZId,
      message: z.string().trim().min(1).max(1000),
    }),
    z.strictObject({
      type: z.literal('notify_email'),
      teamIds: z.array(ZId).max(20).optional(),
      userIds: z.array(ZId).max(50).optional(),
      subject: ZSubject,
      body: ZBody,
    }),
    z.strictObject({ type: z.literal('tag'), tag: z.string().trim().min(1).max(50) }),
    z.strictObject({ type: z.literal('add_to_segment'), segment: z.string().trim().min(1).max(100) }),
    z.strictObject({
      type: z.literal('send_email'),
      subject: ZSubject,
      body: ZBody.describe('plain text; {{coupon}} and {{customerName}} are replaced'),
      couponPoolId: ZId.optional().describe('hand out one unused code of this pool as {{coupon}}'),
    }),
    z.strictObject({ type: z.literal('call_webhook'), webhookId: ZId }),
    z.strictObject({ type: z.literal('trigger_survey'), surveyId: ZId }),
  ])
  .superRefine((action, ctx) => {
    if (action.type === 'assign_case' && action.teamId === undefined && action.assigneeId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['teamId'], message: 'give a teamId, an assigneeId or both' });
    }
    if (
      action.type === 'notify_email' &&
      (action.teamIds?.length ?? 0) + (action.userIds?.length ?? 0) === 0
    ) {
      ctx.addIssue({ code: 'custom', path: ['userIds'], message: 'give at least one team or user' });
    }
    if (action.type === 'send_email' && action.couponPoolId && !action.body.includes('{{coupon}}')) {
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: 'a body that hands out a coupon must contain {{coupon}}',
      });
    }
  })
  .meta({ id: 'AutomationAction' });
export type TAutomationAction = z.infer<typeof ZAutomationAction>;

export const ZAutomationActionResult = z.object({
  type: z.enum(AUTOMATION_ACTION_TYPES),
  status: z.enum(AUTOMATION_ACTION_STATUSES),
  error: z.string().optional(),
  reason: z.string().optional().describe('why the action was skipped'),
  data: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('what it did: case id, coupon code, recipient…'),
  attempts: z.number().int().optional().describe('emails: send attempts so far'),
  sendingAt: z.string().optional().describe('emails: when the send began'),
});
export type TAutomationActionResult = z.infer<typeof ZAutomationActionResult>;

const ZActions = z.array(ZAutomationAction).min(1).max(MAX_AUTOMATION_ACTIONS);
const ZRuleName = z.string().trim().min(1).max(120);

export const ZAutomationRule = z.object({
  id: ZId,
  name: z.string(),
  description: z.string(),
  trigger: ZAutomationTrigger,
  condition: ZCondition.nullable(),
  actions: z.array(ZAutomationAction),
  active: z.boolean(),
  runCount: z.number().int(),
  lastRunAt: z.iso.datetime({ offset: true }).nullable(),
  lastRunStatus: z.enum(AUTOMATION_RUN_STATUSES).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TAutomationRule = z.infer<typeof ZAutomationRule>;

export const ZCreateAutomationRuleBody = z.strictObject({
  name: ZRuleName,
  description: z.string().trim().max(1000).default(''),
  trigger: ZAutomationTrigger,
  condition: ZCondition.nullable().optional(),
  actions: ZActions,
  active: z.boolean().default(false).describe('rules start inactive; test them, then enable'),
});
export type TCreateAutomationRuleBody = z.infer<typeof ZCreateAutomationRuleBody>;

export const ZUpdateAutomationRuleBody = z.strictObject({
  name: ZRuleName.optional(),
  description: z.string().trim().max(1000).optional(),
  trigger: ZAutomationTrigger.optional(),
  condition: ZCondition.nullable().optional(),
  actions: ZActions.optional(),
  active: z.boolean().optional(),
});
export type TUpdateAutomationRuleBody = z.infer<typeof ZUpdateAutomationRuleBody>;

const ZDays = z.number().int().min(1).max(90).default(7);

export const ZAutomationDryRunBody = z.strictObject({
  trigger: ZAutomationTrigger,
  condition: ZCondition.nullable().optional(),
  days: ZDays,
});
export const ZAutomationRuleDryRunBody = z.strictObject({ days: ZDays });

export const ZAutomationDryRunResult = z.object({
  wouldFire: z.number().int(),
  evaluated: z.number().int(),
  /** More past subjects than are checked at once: the counts cover the newest ones. */
  truncated: z.boolean(),
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  samples: z
    .array(
      z.object({
        subjectKind: z.enum(['response', 'review', 'conversation', 'contact', 'case']),
        subjectId: z.string(),
        occurredAt: z.iso.datetime({ offset: true }),
        summary: z.string(),
      }),
    )
    .max(10),
});
export type TAutomationDryRunResult = z.infer<typeof ZAutomationDryRunResult>;

export const ZAutomationRun = z.object({
  id: z.number().int(),
  ruleId: ZId,
  triggerKey: z.string(),
  subjectKind: z.string(),
  subjectId: z.string(),
  status: z.enum(AUTOMATION_RUN_STATUSES),
  depth: z.number().int(),
  results: z.array(ZAutomationActionResult),
  error: z.string().nullable(),
  startedAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TAutomationRun = z.infer<typeof ZAutomationRun>;

export const ZAutomationRunsQuery = ZPageQuery.extend({
  status: z.enum(AUTOMATION_RUN_STATUSES).optional(),
});

// ---- Coupon pools ----

export const ZCouponPool = z.object({
  id: ZId,
  name: z.string(),
  description: z.string(),
  total: z.number().int(),
  assigned: z.number().int(),
  free: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TCouponPool = z.infer<typeof ZCouponPool>;

export const ZCreateCouponPoolBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000).default(''),
});

export const ZAddCouponCodesBody = z.strictObject({
  codes: z
    .array(z.string().trim().min(1).max(100))
    .min(1)
    .max(MAX_COUPON_CODES_PER_CALL)
    .describe('unique codes; blanks are not allowed, repeats are reported as duplicates'),
});
export const ZAddCouponCodesResult = z.object({
  added: z.number().int(),
  /** Codes repeated in the request or already in the pool (not added again). */
  duplicates: z.number().int(),
  pool: ZCouponPool,
});
export type TAddCouponCodesResult = z.infer<typeof ZAddCouponCodesResult>;
