import { z } from 'zod';
import { ZId, ZLanguage } from './common';
import { ZCondition } from './condition';
import { SKIP_REASONS, SURVEY_PRIORITIES } from './constants';

/** Workspace-wide survey fatigue rule: at most `maxSurveys` surveys per contact in any `perDays` days. */
export const ZContactBudget = z.strictObject({
  maxSurveys: z.number().int().min(1).max(50),
  perDays: z.number().int().min(1).max(365),
});
export type TContactBudget = z.infer<typeof ZContactBudget>;

export const ZSurveyTrigger = z.strictObject({
  /** The tracked event that triggers an invitation, e.g. `order.delivered`. */
  event: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9_.:-]+$/),
  /** Wait this long after the event (e.g. 1440 = 24 hours). */
  delayMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 60)
    .default(0),
  channel: z.enum(['email']).default('email'),
});
export type TSurveyTrigger = z.infer<typeof ZSurveyTrigger>;

/** When the website widget may show a survey. */
export const ZWidgetTrigger = z.discriminatedUnion('type', [
  /** A page view whose URL matches the pattern (`*` matches anything, e.g. `https://shop.example.com/checkout*`). */
  z.strictObject({ type: z.literal('page_view'), urlPattern: z.string().trim().min(1).max(500) }),
  /** A click on an element matching the CSS selector. */
  z.strictObject({ type: z.literal('click'), selector: z.string().trim().min(1).max(200) }),
  /** A custom event from the page: `touchpoint.track("checkout")`. */
  z.strictObject({ type: z.literal('event'), event: z.string().trim().min(1).max(200) }),
  /** The pointer leaves the page towards the browser's tabs or address bar. */
  z.strictObject({ type: z.literal('exit_intent') }),
]);
export type TWidgetTrigger = z.infer<typeof ZWidgetTrigger>;

export const ZWidgetSettings = z.strictObject({
  enabled: z.boolean().default(false),
  triggers: z.array(ZWidgetTrigger).max(20).default([]),
  /** Only for identified visitors whose attributes match, e.g. {"field": "attributes.tier", "op": "eq", "value": "gold"}. */
  targeting: ZCondition.nullable().default(null),
  /**
   * Only for identified visitors who are in one of these segments now (with `targeting`, both must hold);
   * anonymous visitors never see a survey that names segments.
   */
  segmentIds: z.array(ZId).max(20).optional(),
});
export type TWidgetSettings = z.infer<typeof ZWidgetSettings>;

/**
 * How a survey reaches people. `priority` decides conflicts under the contact budget: a survey is only
 * held back by recent surveys of the same or a higher priority (when omitted: `high` for surveys with a
 * cadence of 30 days or more — relationship surveys — else `normal`).
 */
export const ZSurveyDistribution = z.strictObject({
  priority: z.enum(SURVEY_PRIORITIES).optional(),
  /** At most once per this many days per contact (e.g. relationship NPS every 90 days). */
  cadenceDays: z.number().int().min(1).max(3650).nullable().default(null),
  /** Share of eligible contacts who are asked, 1–100 %. */
  samplingPercent: z.number().int().min(1).max(100).default(100),
  triggers: z.array(ZSurveyTrigger).max(20).default([]),
  widget: ZWidgetSettings.default({ enabled: false, triggers: [], targeting: null }),
});
export type TSurveyDistribution = z.infer<typeof ZSurveyDistribution>;

export const ZSendInvitationsBody = z
  .strictObject({
    channel: z.literal('email'),
    recipients: z
      .array(
        z.strictObject({
          /** Checked per recipient, so one bad address is reported, not a failed batch. */
          email: z.string().trim().max(254),
          name: z.string().trim().max(120).optional(),
          language: ZLanguage.optional(),
          externalId: z.string().trim().min(1).max(200).optional(),
        }),
      )
      .min(1)
      .max(1000)
      .optional(),
    /** Instead of recipients: the contacts of a segment now (at most 1000; those without an email are skipped). */
    segmentId: ZId.optional(),
    remindAfterDays: z.number().int().min(1).max(30).nullable().default(null),
    /**
     * `employees`: instead of recipients, every active person of the employee directory of an employee
     * programme (or those of the listed departments) gets a personal link.
     */
    audience: z.enum(['customers', 'employees']).optional(),
    departments: z.array(z.string().trim().min(1).max(200)).min(1).max(100).optional(),
  })
  .refine(
    (body) =>
      body.audience === 'employees'
        ? body.recipients === undefined && body.segmentId === undefined
        : (body.recipients === undefined) !== (body.segmentId === undefined),
    {
      message: 'give either recipients or segmentId (or audience "employees" alone)',
      path: ['recipients'],
    },
  )
  .refine((body) => body.departments === undefined || body.audience === 'employees', {
    message: 'departments are for audience "employees"',
    path: ['departments'],
  });
export type TSendInvitationsBody = z.infer<typeof ZSendInvitationsBody>;

/** At most `maxSurveys` employee surveys per person within `perDays` (all employee programmes together). */
export const ZEmployeeSurveyBudget = ZContactBudget;
export type TEmployeeSurveyBudget = TContactBudget;

export const ZSendInvitationsResult = z.object({
  /** `contactId` for customers, `employeeId` for an employee programme's invitations. */
  sent: z.array(
    z.object({
      email: z.string(),
      contactId: ZId.optional(),
      employeeId: ZId.optional(),
      invitationId: ZId,
    }),
  ),
  skipped: z.array(
    z.object({
      email: z.string(),
      /** Set for contacts of a segment (who may have no email). */
      contactId: ZId.optional(),
      employeeId: ZId.optional(),
      reason: z.enum(SKIP_REASONS),
      detail: z.string(),
    }),
  ),
});

export const ZSurveyInvitation = z.object({
  id: ZId,
  email: z.string(),
  /** The customer invited, or null for an employee invitation (then `employeeId`). */
  contactId: ZId.nullable(),
  employeeId: ZId.nullable(),
  language: z.string(),
  status: z.enum(['queued', 'sent', 'failed', 'skipped']),
  skipReason: z.enum(SKIP_REASONS).nullable(),
  trigger: z.string().nullable(),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  reminderDueAt: z.iso.datetime({ offset: true }).nullable(),
  remindedAt: z.iso.datetime({ offset: true }).nullable(),
  answered: z.boolean(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});

export const ZUnsubscribePreview = z.object({
  workspaceName: z.string(),
  email: z.string(),
  unsubscribed: z.boolean(),
});
export const ZUnsubscribeParams = z.strictObject({ token: z.string().min(10).max(200) });
