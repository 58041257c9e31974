import { z } from 'zod';
import { ZId, ZLanguage } from './common';
import { CHANNELS } from './constants';

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
] as const;

export const ZMetricQuery = z.strictObject({
  metric: z.enum(METRICS),
  surveyId: ZId.optional(),
  questionId: z.string().max(64).optional(),
  touchpointId: ZId.optional(),
  channel: z.enum(CHANNELS).optional(),
  language: ZLanguage.optional(),
  /** Inclusive start day (UTC), e.g. 2026-09-01. */
  from: z.iso.date().optional(),
  /** Exclusive end day (UTC). */
  to: z.iso.date().optional(),
  groupBy: z.enum(METRIC_GROUPINGS).optional(),
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

export const ZDriverQuery = z.strictObject({
  surveyId: ZId,
  /** The outcome question (NPS or CSAT, usually); the survey's other scored questions are the drivers. */
  outcome: z.string().min(1).max(64),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export const ZDriverResult = z.object({
  outcome: z.string(),
  n: z.number().int(),
  r2: z.number().describe('share of the outcome’s variance the drivers explain together'),
  method: z.string(),
  drivers: z.array(
    z.object({
      questionId: z.string(),
      label: z.string(),
      importance: z.number().describe('share of R² (Shapley decomposition), 0–1'),
      performance: z.number().nullable().describe('mean answer on a 0–100 scale'),
      quadrant: z.enum(['fix_first', 'keep_up', 'low_priority', 'possible_overkill']),
    }),
  ),
});

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
