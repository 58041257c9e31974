import { z } from 'zod';
import { ZId } from './common';

export const CHURN_BANDS = ['low', 'medium', 'high'] as const;
export const ZChurnBand = z.enum(CHURN_BANDS);

/** One reason behind a score: the feature, its value for this customer, its pull on the log-odds, and words. */
export const ZChurnReason = z.object({
  feature: z.string(),
  value: z.union([z.number(), z.string(), z.null()]),
  contribution: z.number(),
  text: z.string(),
  /** What the sentence says, for the web app to put in the reader's language. */
  kind: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type TChurnReason = z.infer<typeof ZChurnReason>;

export const ZContactChurnRisk = z.object({
  score: z.number().min(0).max(1),
  band: ZChurnBand,
  reasons: z.array(ZChurnReason),
  modelVersion: z.number().int(),
  scoredAt: z.iso.datetime({ offset: true }),
});
export type TContactChurnRisk = z.infer<typeof ZContactChurnRisk>;

const ATTRIBUTE_NAME = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\w.-]+$/, 'letters, digits, _ . - only');

/** Who counts as churned: contacts whose attribute is true (false = stayed), or who had the event. */
export const ZChurnLabel = z.union([
  z.strictObject({ attribute: ATTRIBUTE_NAME }),
  z.strictObject({ event: z.string().trim().min(1).max(200) }),
]);
export type TChurnLabel = z.infer<typeof ZChurnLabel>;

export const ZTrainChurnBody = z.strictObject({ label: ZChurnLabel });

export const ZChurnMetrics = z.object({
  n: z.number().int(),
  rocAuc: z.number().nullable(),
  prAuc: z.number().nullable(),
  brier: z.number().nullable(),
  f1: z.number().nullable(),
  positiveRate: z.number().nullable(),
  labelRate: z.number().nullable(),
  threshold: z.number().nullable(),
});

export const ZChurnModelSummary = z.object({
  version: z.number().int(),
  label: ZChurnLabel,
  status: z.enum(['training', 'ready', 'failed']),
  /** 0–1, and what the job is doing. */
  progress: z.number(),
  stage: z.string(),
  error: z.string().nullable(),
  /** Held-out figures: the product model, and plain logistic regression on the same split. */
  metrics: z
    .object({
      model: ZChurnMetrics,
      logisticRegression: ZChurnMetrics,
      trainedOn: z.number().int(),
      positives: z.number().int(),
      features: z.number().int(),
      variant: z.string(),
      /** Columns that were not used: identifiers, constants, and any that restate the label. */
      leftOut: z.array(z.string()).optional(),
    })
    .nullable(),
  contactsScored: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  trainedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TChurnModelSummary = z.infer<typeof ZChurnModelSummary>;

export const ZChurnOverview = z.object({
  /** The model in use (the newest ready one), if any. */
  current: ZChurnModelSummary.nullable(),
  /** Newest first, up to 20. */
  models: z.array(ZChurnModelSummary),
  counts: z.object({ low: z.number().int(), medium: z.number().int(), high: z.number().int() }),
  /** How scores follow the data: a daily re-score with the newest model (and after each training). */
  rescoring: z.string(),
});

export const ZAtRiskQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  band: z.enum(['high', 'medium', 'low', 'medium_or_high']).default('medium_or_high'),
});

export const ZAtRiskCustomer = z.object({
  contactId: ZId,
  email: z.string().nullable(),
  externalId: z.string().nullable(),
  name: z.string().nullable(),
  score: z.number(),
  band: ZChurnBand,
  reasons: z.array(ZChurnReason),
  scoredAt: z.iso.datetime({ offset: true }),
});
export type TAtRiskCustomer = z.infer<typeof ZAtRiskCustomer>;
