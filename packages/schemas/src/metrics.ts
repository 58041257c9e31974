import { z } from 'zod';
import { ZId, ZLanguage } from './common';
import { CHANNELS } from './constants';
import { EMPLOYEE_REPORTING_ATTRIBUTES } from './employees';

export const METRICS = ['nps', 'csat', 'ces', 'rating'] as const;
export const METRIC_GROUPINGS = [
  'day',
  'week',
  'month',
  'touchpoint',
  'stage',
  'channel',
  'language',
  'survey',
  // Segment and account are not rollup dimensions: these two groupings are computed from raw responses.
  'segment',
  'account',
] as const;

/** The group key of responses without a segment or account value (and, in loyalty, without the attribute). */
export const NO_VALUE_KEY = '(none)';

export const ZMetricQuery = z.strictObject({
  metric: z.enum(METRICS),
  surveyId: ZId.optional(),
  questionId: z.string().max(64).optional(),
  touchpointId: ZId.optional(),
  channel: z.enum(CHANNELS).optional(),
  language: ZLanguage.optional(),
  /** Inclusive start day (in the workspace's time zone), e.g. 2026-09-01. */
  from: z.iso.date().optional(),
  /** Exclusive end day (in the workspace's time zone). */
  to: z.iso.date().optional(),
  /** department, location and tenure: the reporting attributes of an anonymous employee survey (guarded). */
  groupBy: z.enum([...METRIC_GROUPINGS, ...EMPLOYEE_REPORTING_ATTRIBUTES]).optional(),
  /** Below this n a figure is flagged as a small sample rather than shown as a fact. */
  smallSampleFloor: z.coerce.number().int().min(1).max(10_000).default(30),
  /** `raw` computes from every response instead of the rollups (slower; the answer is identical). */
  source: z.enum(['rollups', 'raw']).default('rollups'),
});

const ZChange = z.object({
  delta: z.number(),
  pValue: z.number(),
  significant: z.boolean(),
  test: z.string().describe('the significance test used'),
});

const ZEstimate = {
  value: z.number().nullable(),
  n: z.number().int(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  smallSample: z.boolean(),
};

export const ZMetricResult = z.object({
  metric: z.enum(METRICS),
  source: z.enum(['rollups', 'raw']),
  ...ZEstimate,
  groups: z.array(
    z.object({
      key: z.string(),
      label: z.string().nullable(),
      ...ZEstimate,
      changeVsPrevious: ZChange.optional(),
    }),
  ),
});
export type TMetricResult = z.infer<typeof ZMetricResult>;

/** What explains the outcome: a survey's other questions, the touchpoints a contact went through, or topics. */
export const DRIVER_VIEWS = ['questions', 'touchpoints', 'topics'] as const;

export const ZDriverQuery = z
  .strictObject({
    /**
     * `questions` (default): the survey's other scored questions, per response. `touchpoints`: per contact,
     * their latest outcome answer against their mean satisfaction at each touchpoint. `topics`: per response
     * with a comment, whether the comment mentions each topic.
     */
    by: z
      .enum(DRIVER_VIEWS)
      .default('questions')
      .describe(
        'questions: the survey’s other scored questions, per response; touchpoints: per contact, satisfaction at each touchpoint; topics: per response with a comment, topic mentions',
      ),
    /**
     * The survey with the outcome question. Required with `by=questions`; otherwise it defaults to the
     * survey with the most NPS answers in the period, preferring one not attributed to a touchpoint.
     */
    surveyId: ZId.optional().describe(
      'the survey with the outcome question; required with by=questions, else defaults to the survey with the most NPS answers in the period, preferring one not attributed to a touchpoint',
    ),
    /**
     * The outcome question (NPS or CSAT, usually). Required with `by=questions`; otherwise it defaults to the
     * survey's NPS question.
     */
    outcome: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe(
        'the outcome question id; required with by=questions, else defaults to the survey’s NPS question',
      ),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((q) => q.by !== 'questions' || q.surveyId !== undefined, {
    message: 'by=questions needs the survey',
    path: ['surveyId'],
  })
  .refine((q) => q.by !== 'questions' || q.outcome !== undefined, {
    message: 'by=questions needs the outcome question',
    path: ['outcome'],
  });

export const ZDriverResult = z.object({
  by: z.enum(DRIVER_VIEWS),
  surveyId: z
    .string()
    .describe('the survey whose outcome question was explained (the default one if none was given)'),
  outcome: z.string().describe('the outcome question’s id'),
  n: z
    .number()
    .int()
    .describe(
      'rows in the model: responses (questions: those answering every question; topics: those with a comment) or contacts (touchpoints)',
    ),
  r2: z.number().describe('share of the outcome’s variance the drivers explain together'),
  method: z.string(),
  drivers: z.array(
    z.object({
      key: z.string().describe('the question id, touchpoint id or topic id'),
      questionId: z.string().optional().describe('with by=questions: the question id (same as key)'),
      label: z.string(),
      importance: z.number().describe('share of R² (Shapley decomposition), 0–1'),
      performance: z
        .number()
        .nullable()
        .describe(
          'questions: mean answer; touchpoints: mean satisfaction there; topics: NPS of the responses mentioning it rescaled as (NPS + 100) / 2 (mean answer for other outcomes) — all 0–100',
        ),
      quadrant: z.enum(['fix_first', 'keep_up', 'low_priority', 'possible_overkill']),
      coverage: z
        .number()
        .int()
        .optional()
        .describe(
          'touchpoints: contacts in the model with a score there (the others get its mean); topics: responses in the model mentioning it',
        ),
    }),
  ),
  excluded: z
    .array(z.object({ key: z.string(), label: z.string(), coverage: z.number().int() }))
    .optional()
    .describe(
      'touchpoints or topics left out of the model: below the coverage floor (minCoverage), or beyond the 12 best covered',
    ),
  minCoverage: z
    .number()
    .int()
    .optional()
    .describe('touchpoints: contacts a touchpoint needs; topics: mentions a topic needs'),
});
export type TDriverResult = z.infer<typeof ZDriverResult>;

export const ZResponseRateQuery = z.strictObject({
  surveyId: ZId.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  groupBy: z.enum(['channel', 'survey']).default('channel'),
});

export const ZResponseRates = z.object({
  groups: z.array(
    z.object({
      key: z.string(),
      label: z.string().nullable(),
      displays: z.number().int(),
      started: z.number().int(),
      finished: z.number().int(),
      /** started / displays, in %, null without displays. */
      responseRate: z.number().nullable(),
      /** finished / started, in %. */
      completionRate: z.number().nullable(),
    }),
  ),
});

/** A contact attribute or hidden field name (letters, digits, `_`, `-`, `.`). */
const ZAttributeName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, “_”, “-” or “.” only');

export const ZLoyaltyQuery = z
  .strictObject({
    by: z.enum(['touchpoint', 'segment', 'attribute']).default('touchpoint'),
    /** With `by=attribute`: the contact attribute (else hidden field) to group by, e.g. `tier`. */
    attribute: ZAttributeName.optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    /** Boolean contact attribute telling whether the customer stayed. */
    retentionAttribute: ZAttributeName.default('retained'),
    /** Numeric contact attribute with the customer's spend. */
    spendAttribute: ZAttributeName.default('totalSpendVnd'),
    smallSampleFloor: z.coerce.number().int().min(1).max(10_000).default(30),
  })
  .refine((q) => q.by !== 'attribute' || q.attribute !== undefined, {
    message: 'by=attribute needs the attribute to group by',
    path: ['attribute'],
  });

const ZLoyaltyEstimate = z.object(ZEstimate);

export const ZLoyaltyResult = z.object({
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string().nullable(),
      nps: ZLoyaltyEstimate.describe('NPS of the group’s NPS answers (% promoters − % detractors)'),
      csat: ZLoyaltyEstimate.describe('CSAT of the group’s CSAT answers (top-2-box %)'),
      retention: z
        .object({
          value: z.number().describe('% of the contacts with the attribute true, 0–100'),
          n: z.number().int(),
        })
        .nullable()
        .describe(
          'share of the group’s distinct contacts whose retention attribute is true; null when none has it',
        ),
      spend: z
        .object({ mean: z.number(), n: z.number().int() })
        .nullable()
        .describe('mean of the spend attribute over the group’s distinct contacts; null when none has it'),
      disagreement: z
        .boolean()
        .describe(
          'satisfaction and loyalty disagree: CSAT ≥ 80 with NPS ≤ 0 (satisfied but not loyal), or CSAT < 60 with NPS ≥ 30 (loyal despite dissatisfaction); false when either is missing',
        ),
    }),
  ),
  retentionAttribute: z.string(),
  spendAttribute: z.string(),
});
export type TLoyaltyResult = z.infer<typeof ZLoyaltyResult>;

// Trend annotations: events marked on the timeline ("New app released").

export const ZAnnotation = z.object({
  id: ZId,
  day: z.iso.date(),
  text: z.string(),
  /** Null: the event concerns the whole workspace and shows on every trend. */
  touchpointId: ZId.nullable(),
  /** `user:<id>`, `api_key:<id>` or `system`. */
  createdBy: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TAnnotation = z.infer<typeof ZAnnotation>;

export const ZAnnotationQuery = z.strictObject({
  /** Inclusive start day. */
  from: z.iso.date().optional(),
  /** Exclusive end day. */
  to: z.iso.date().optional(),
  /** This touchpoint's annotations and the workspace-wide ones. */
  touchpointId: ZId.optional(),
});

export const ZCreateAnnotationBody = z.strictObject({
  day: z.iso.date(),
  text: z.string().trim().min(1).max(200),
  touchpointId: ZId.nullable().optional(),
});

export const ZAnnotationList = z.object({ items: z.array(ZAnnotation) });
