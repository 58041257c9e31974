import { z } from 'zod';
import { ZId, ZLanguage } from './common';

/** One review or social post from a passive source (app store, Google, Facebook, a CSV from a vendor…). */
export const ZReviewInput = z.strictObject({
  source: z.string().trim().min(1).max(100),
  /** The source's own id; when absent, one is derived from author, date and text so re-imports dedupe. */
  externalId: z.string().trim().min(1).max(200).optional(),
  rating: z.number().min(0).max(10).nullable().optional(),
  ratingScale: z.number().int().min(1).max(10).default(5),
  author: z.string().trim().max(200).optional(),
  title: z.string().trim().max(500).optional(),
  text: z.string().max(20_000).default(''),
  url: z.url().max(2000).optional(),
  language: ZLanguage.optional(),
  touchpointId: ZId.optional(),
  postedAt: z.iso.datetime({ offset: true }),
});
export type TReviewInput = z.infer<typeof ZReviewInput>;

export const ZImportReviewsBody = z.strictObject({ items: z.array(ZReviewInput).min(1).max(1000) });

export const ZImportReviewsResult = z.object({
  created: z.number().int(),
  duplicates: z.number().int(),
  items: z.array(
    z.object({ id: ZId.nullable(), externalId: z.string(), status: z.enum(['created', 'duplicate']) }),
  ),
});

export const ZReview = z.object({
  id: ZId,
  source: z.string(),
  externalId: z.string(),
  rating: z.number().nullable(),
  ratingScale: z.number().int(),
  author: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  touchpointId: ZId.nullable(),
  postedAt: z.iso.datetime({ offset: true }),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TReview = z.infer<typeof ZReview>;

export const ZReviewListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  source: z.string().max(100).optional(),
  touchpointId: ZId.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
