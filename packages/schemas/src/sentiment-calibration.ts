import { z } from 'zod';

/** How the analyzer and a calibration scored on the workspace's held-out comments. */
export const ZPolarityScores = z.object({
  n: z.number().int(),
  accuracy: z.number(),
  /** Macro-F1 over the classes of the held-out labels (negative and positive). */
  macroF1: z.number(),
  /** F1 per class. */
  perClass: z.record(z.string(), z.number()),
});

export const ZCalibrationComparison = z.object({
  builtin: ZPolarityScores,
  calibrated: ZPolarityScores,
  /** Whether the calibration beat the built-in analyzer by the required margin (it may be switched on). */
  better: z.boolean(),
  /** The margin of macro-F1 required. */
  minGain: z.number(),
});

export const ZSentimentCalibration = z.object({
  version: z.number().int(),
  status: z.enum(['training', 'active', 'inactive', 'rejected', 'failed']),
  progress: z.number(),
  stage: z.string(),
  /** Weakly labelled comments it was trained on, and held out to compare. */
  examples: z.number().int(),
  heldOut: z.number().int(),
  comparison: ZCalibrationComparison.nullable(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  trainedAt: z.iso.datetime().nullable(),
});
export type TSentimentCalibration = z.infer<typeof ZSentimentCalibration>;

export const ZSentimentCalibrationOverview = z.object({
  /** The version in use, or null: the built-in analyzer alone. */
  active: ZSentimentCalibration.nullable(),
  /** Every version, newest first. */
  versions: z.array(ZSentimentCalibration),
  /** Scored comments available as weak labels now (NPS 0–3 / CSAT 1 negative, NPS 9–10 / CSAT 5 positive). */
  available: z.object({ negative: z.number().int(), positive: z.number().int() }),
  /** Each side needs at least this many before a training can start. */
  minPerClass: z.number().int(),
});
export type TSentimentCalibrationOverview = z.infer<typeof ZSentimentCalibrationOverview>;

export const ZSentimentCalibrationVersionParams = z.object({ version: z.coerce.number().int().positive() });

export const ZSetCalibrationActiveBody = z.object({ active: z.boolean() });
