import { z } from 'zod';
import {
  ACTION_PLAN_METRICS,
  ACTION_PLAN_STATUSES,
  NOTIFICATION_DIGESTS,
  TEAM_ASSIGNMENT_MODES,
} from './act-constants';
import { ZId } from './common';

/** "HH:MM" on a 24-hour clock; "24:00" is allowed as the end of a range (midnight at the end of the day). */
const ZClockTime = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time such as 09:00 (24:00 ends the day)');

function minutesOfClock(value: string): number {
  const [h, m] = value.split(':');
  return Number(h) * 60 + Number(m);
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** One opening range of a day: from < to, both on the same local day (split overnight shifts in two days). */
const ZOpenRange = z
  .tuple([ZClockTime, ZClockTime])
  .refine(([from, to]) => from !== '24:00' && minutesOfClock(from) < minutesOfClock(to), {
    error: 'a range must open before it closes, within one day',
  });

/** A local calendar date, YYYY-MM-DD, in the team's time zone. */
const ZLocalDate = z.iso.date();

/**
 * A team's business hours: the SLA clock runs only inside them. `days` keys are weekdays (0 = Sunday);
 * a missing or empty day is closed. Holidays are local dates in `timeZone` on which the clock stops.
 */
export const ZBusinessHours = z
  .strictObject({
    timeZone: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .refine(isKnownTimeZone, { error: 'an IANA time zone such as Asia/Ho_Chi_Minh' }),
    days: z
      .strictObject({
        '0': z.array(ZOpenRange).max(8).optional(),
        '1': z.array(ZOpenRange).max(8).optional(),
        '2': z.array(ZOpenRange).max(8).optional(),
        '3': z.array(ZOpenRange).max(8).optional(),
        '4': z.array(ZOpenRange).max(8).optional(),
        '5': z.array(ZOpenRange).max(8).optional(),
        '6': z.array(ZOpenRange).max(8).optional(),
      })
      .refine((days) => Object.values(days).some((ranges) => (ranges?.length ?? 0) > 0), {
        error: 'at least one day needs opening hours (use null for around the clock)',
      }),
    holidays: z.array(ZLocalDate).max(400).default([]),
  })
  .refine(
    (hours) =>
      Object.values(hours.days).every((ranges) => {
        const sorted = [...(ranges ?? [])].sort((a, b) => minutesOfClock(a[0]) - minutesOfClock(b[0]));
        return sorted.every(
          (range, i) => i === 0 || minutesOfClock(range[0]) >= minutesOfClock(sorted[i - 1]?.[1] ?? '00:00'),
        );
      }),
    { error: 'opening ranges of a day must not overlap', path: ['days'] },
  );
export type TBusinessHours = z.infer<typeof ZBusinessHours>;

const ZSlaMinutes = z.number().int().min(1).max(525_600);
const ZSlaTargets = z.strictObject({
  low: ZSlaMinutes,
  normal: ZSlaMinutes,
  high: ZSlaMinutes,
  urgent: ZSlaMinutes,
});

/** SLA targets in business minutes per priority: time to the first action and time to resolve. */
export const ZSlaPolicy = z.strictObject({ firstAction: ZSlaTargets, resolve: ZSlaTargets });
export type TSlaPolicy = z.infer<typeof ZSlaPolicy>;

export const ZTeamAssignment = z.enum(TEAM_ASSIGNMENT_MODES);

// ---- In-app notifications (per person, per workspace) ----

export const ZNotification = z.object({
  id: z.number().int(),
  kind: z.string().describe('what happened, e.g. case.created, case.assigned, case.escalated, alert.fired'),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe('a path in the web app, e.g. /cases/<id>'),
  readAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});

export const ZMarkNotificationsReadBody = z
  .strictObject({
    ids: z.array(z.number().int().positive()).min(1).max(500).optional(),
    all: z.literal(true).optional(),
  })
  .refine((body) => (body.ids !== undefined) !== (body.all !== undefined), {
    error: 'send either ids or all: true',
  });

export const ZMarkNotificationsReadResult = z.object({ marked: z.number().int() });
export const ZUnreadCount = z.object({ unread: z.number().int() });

export const ZNotificationSettings = z.object({ digest: z.enum(NOTIFICATION_DIGESTS) });
export type TNotificationSettings = z.infer<typeof ZNotificationSettings>;
export const ZUpdateNotificationSettingsBody = z.strictObject({ digest: z.enum(NOTIFICATION_DIGESTS) });

// ---- Action plans (the outer loop) ----

const ZPlanTitle = z.string().trim().min(1).max(200);
const ZPlanDescription = z.string().trim().max(5000);
const ZAnnouncementSubject = z.string().trim().min(1).max(200);
const ZAnnouncementBody = z.string().trim().min(1).max(10_000);

export const ZActionPlan = z.object({
  id: ZId,
  title: z.string(),
  description: z.string(),
  topicId: ZId.nullable(),
  touchpointId: ZId.nullable(),
  ownerTeamId: ZId.nullable(),
  dueDate: z.iso.date().nullable(),
  status: z.enum(ACTION_PLAN_STATUSES),
  metric: z.enum(ACTION_PLAN_METRICS),
  expectedEffect: z.number().nullable().describe('points of NPS, percentage points of CSAT, points of CES'),
  announcementSubject: z.string().nullable(),
  announcementBody: z.string().nullable(),
  caseCount: z.number().int(),
  completedAt: z.iso.datetime({ offset: true }).nullable(),
  announcedAt: z.iso.datetime({ offset: true }).nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TActionPlan = z.infer<typeof ZActionPlan>;

const ZMetricWindow = z.object({
  from: z.iso.date().describe('first day (UTC), inclusive'),
  to: z.iso.date().describe('last day (UTC), exclusive'),
  value: z.number().nullable(),
  n: z.number().int(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  smallSample: z.boolean(),
});

export const ZActionPlanDetail = ZActionPlan.extend({
  cases: z.array(
    z.object({
      id: ZId,
      number: z.number().int(),
      title: z.string(),
      status: z.string(),
      priority: z.string(),
      contactId: ZId.nullable(),
    }),
  ),
  impact: z
    .object({
      metric: z.enum(ACTION_PLAN_METRICS),
      scope: z
        .enum(['touchpoint', 'topic'])
        .describe('the touchpoint’s responses, or (without a touchpoint) the responses mentioning the topic'),
      before: ZMetricWindow.describe('the 30 days before the plan was created'),
      after: ZMetricWindow.describe('since completion (or since creation while not done)'),
      afterSince: z.enum(['completion', 'creation']),
    })
    .nullable()
    .describe('null when the plan has neither a touchpoint nor a topic'),
  notices: z.object({
    sent: z.number().int(),
    skipped: z.object({
      unsubscribed: z.number().int(),
      budget: z.number().int(),
      noEmail: z.number().int(),
    }),
    failed: z.number().int(),
  }),
});
export type TActionPlanDetail = z.infer<typeof ZActionPlanDetail>;

export const ZActionPlansQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  status: z.enum(ACTION_PLAN_STATUSES).optional(),
  ownerTeamId: ZId.optional(),
});

export const ZCreateActionPlanBody = z.strictObject({
  title: ZPlanTitle,
  description: ZPlanDescription.default(''),
  topicId: ZId.nullable().default(null),
  touchpointId: ZId.nullable().default(null),
  ownerTeamId: ZId.nullable().default(null),
  dueDate: z.iso.date().nullable().default(null),
  status: z.enum(ACTION_PLAN_STATUSES).default('planned'),
  metric: z.enum(ACTION_PLAN_METRICS).default('nps'),
  expectedEffect: z.number().min(-1000).max(1000).nullable().default(null),
  announcementSubject: ZAnnouncementSubject.nullable().default(null),
  announcementBody: ZAnnouncementBody.nullable().default(null),
});

export const ZUpdateActionPlanBody = z.strictObject({
  title: ZPlanTitle.optional(),
  description: ZPlanDescription.optional(),
  topicId: ZId.nullable().optional(),
  touchpointId: ZId.nullable().optional(),
  ownerTeamId: ZId.nullable().optional(),
  dueDate: z.iso.date().nullable().optional(),
  status: z.enum(ACTION_PLAN_STATUSES).optional(),
  metric: z.enum(ACTION_PLAN_METRICS).optional(),
  expectedEffect: z.number().min(-1000).max(1000).nullable().optional(),
  announcementSubject: ZAnnouncementSubject.nullable().optional(),
  announcementBody: ZAnnouncementBody.nullable().optional(),
});

/** Cases by id (the API) or by their number (what people say aloud, "case 42"); either or both. */
export const ZLinkPlanCasesBody = z
  .strictObject({
    caseIds: z.array(ZId).min(1).max(500).optional(),
    caseNumbers: z.array(z.number().int().positive()).min(1).max(500).optional(),
  })
  .refine((body) => body.caseIds !== undefined || body.caseNumbers !== undefined, {
    error: 'send caseIds or caseNumbers',
  });
export const ZPlanCaseParams = z.strictObject({ id: ZId, caseId: ZId });

// ---- Programme health ----

export const ZProgrammeHealthQuery = z
  .strictObject({
    from: z.iso.date().optional().describe('first day (UTC), inclusive; default 30 days ago'),
    to: z.iso.date().optional().describe('last day (UTC), exclusive; default tomorrow'),
    teamId: ZId.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, { error: 'from must be before to', path: ['from'] });

const ZRate = {
  rate: z.number().nullable().describe('a fraction 0–1; null when n is 0'),
  ci95: z.tuple([z.number(), z.number()]).nullable().describe('Wilson 95% interval, fractions'),
};

export const ZProgrammeHealth = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  teamId: ZId.nullable(),
  loopClosure: z
    .object({
      ...ZRate,
      closed: z.number().int().describe('detractors with a case that has a sent follow-up or an outcome'),
      detractors: z.number().int().describe('NPS 0–6 responses in the period'),
    })
    .describe('share of detractors whose feedback got a documented follow-up'),
  timeToFirstAction: z.object({
    medianMinutes: z.number().nullable().describe('elapsed (calendar) minutes'),
    n: z.number().int(),
  }),
  timeToResolve: z.object({ medianMinutes: z.number().nullable(), n: z.number().int() }),
  slaBreachRate: z.object({
    ...ZRate,
    breached: z.number().int(),
    n: z.number().int().describe('cases opened in the period that have SLA targets'),
  }),
  backlog: z.array(
    z.object({
      teamId: ZId.nullable(),
      teamName: z.string().nullable(),
      open: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
  casesOpened: z.number().int(),
  casesResolved: z.number().int(),
});
export type TProgrammeHealth = z.infer<typeof ZProgrammeHealth>;
