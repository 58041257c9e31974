import { z } from 'zod';
import { ZId, ZLanguage } from './common';
import { CHANNELS, NPS_BANDS } from './constants';
import { ZFieldId } from './surveys';
import { ZPageContact, ZUserHash } from './workspace-settings';

/** An answer as submitted: a score, an option id, option ids, or text. Labels are never stored. */
export const ZAnswerValue = z.union([
  z.number(),
  z.string().max(10_000),
  z.array(z.string().max(64)).max(50),
]);
export type TAnswerValue = z.infer<typeof ZAnswerValue>;

export const ZSubmission = z.strictObject({
  answers: z.record(ZFieldId, ZAnswerValue.nullable()).default({}),
  hiddenFields: z.record(ZFieldId, z.string().max(500)).default({}),
  contact: ZPageContact.optional(),
  /** Proves `contact` when the answer comes from a web page (see ZUserHash). */
  userHash: ZUserHash.optional(),
  language: ZLanguage.optional(),
  channel: z.enum(CHANNELS).default('link'),
  finished: z.boolean(),
  /** A personal link's token: ties the response to its contact (and spends a single-use link). */
  linkToken: z.string().min(10).max(200).optional(),
  meta: z
    .strictObject({
      url: z.string().max(2000).optional(),
      userAgent: z.string().max(500).optional(),
      source: z.string().max(200).optional(),
    })
    .default({}),
});
export type TSubmission = z.infer<typeof ZSubmission>;

export const ZSubmissionResult = z.object({ id: ZId, finished: z.boolean() });

export const ZDisplayBody = z.strictObject({
  channel: z.enum(CHANNELS).default('link'),
  /** The visitor, when the page identified them: the display then counts against their contact budget. */
  contact: ZPageContact.optional(),
  userHash: ZUserHash.optional(),
  language: ZLanguage.optional(),
  linkToken: z.string().min(10).max(200).optional(),
});

export const ZResponse = z.object({
  id: ZId,
  surveyId: ZId,
  surveyName: z.string(),
  surveyVersion: z.number().int(),
  touchpointId: ZId.nullable(),
  contactId: ZId.nullable(),
  channel: z.string(),
  language: z.string(),
  answers: z.record(z.string(), z.unknown()),
  hiddenFields: z.record(z.string(), z.string()),
  npsScore: z.number().int().nullable().describe('the first NPS answer, for filtering by band'),
  finished: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TResponse = z.infer<typeof ZResponse>;

export const ZResponseListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  surveyId: ZId.optional(),
  touchpointId: ZId.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  npsBand: z.enum(NPS_BANDS).optional(),
  language: ZLanguage.optional(),
  finished: z.enum(['true', 'false']).optional(),
  /** Only responses of contacts in this segment now (a merged profile's answers count as its survivor's). */
  segmentId: ZId.optional(),
});
export type TResponseListQuery = z.infer<typeof ZResponseListQuery>;
export const ZResponseExportQuery = ZResponseListQuery.omit({ limit: true, cursor: true });
