import { z } from 'zod';
import { ZId } from './common';
import { ZCondition } from './condition';
import { ZContact } from './contacts';

// Segments: who, as a condition evaluated live (dynamic) or a stored list (static). The field catalogue
// and its rules are in @touchpoint/core (segment-fields).

export const SEGMENT_KINDS = ['dynamic', 'static'] as const;
export type TSegmentKind = (typeof SEGMENT_KINDS)[number];
/** A static list holds at most this many contacts per call that adds them. */
export const MAX_STATIC_SEGMENT_CONTACTS = 10_000;

const ZSegmentName = z.string().trim().min(1).max(120);
const ZSegmentDescription = z.string().trim().max(500);

export const ZCreateSegmentBody = z
  .strictObject({
    name: ZSegmentName,
    description: ZSegmentDescription.default(''),
    kind: z.enum(SEGMENT_KINDS).default('dynamic'),
    /** Required for dynamic segments; not allowed for static ones. */
    condition: ZCondition.optional(),
    /** The members of a static segment (contacts of this workspace). */
    contactIds: z.array(ZId).max(MAX_STATIC_SEGMENT_CONTACTS).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'dynamic' && !body.condition) {
      ctx.addIssue({ code: 'custom', path: ['condition'], message: 'a dynamic segment needs a condition' });
    }
    if (body.kind === 'dynamic' && body.contactIds) {
      ctx.addIssue({ code: 'custom', path: ['contactIds'], message: 'only a static segment lists contacts' });
    }
    if (body.kind === 'static' && body.condition) {
      ctx.addIssue({
        code: 'custom',
        path: ['condition'],
        message: 'a static segment is a list, not a condition',
      });
    }
  });
export type TCreateSegmentBody = z.infer<typeof ZCreateSegmentBody>;

export const ZUpdateSegmentBody = z.strictObject({
  name: ZSegmentName.optional(),
  description: ZSegmentDescription.optional(),
  /** Dynamic segments only. */
  condition: ZCondition.optional(),
  /** Static segments only: contacts to add and to remove. */
  addContactIds: z.array(ZId).max(MAX_STATIC_SEGMENT_CONTACTS).optional(),
  removeContactIds: z.array(ZId).max(MAX_STATIC_SEGMENT_CONTACTS).optional(),
});
export type TUpdateSegmentBody = z.infer<typeof ZUpdateSegmentBody>;

export const ZSegment = z.object({
  id: ZId,
  name: z.string(),
  description: z.string(),
  kind: z.enum(SEGMENT_KINDS),
  condition: ZCondition.nullable(),
  /** How many contacts are in it now (only on a single segment, not in lists). */
  count: z.number().int().optional(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TSegment = z.infer<typeof ZSegment>;

export const ZSegmentListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  q: z.string().trim().max(200).optional(),
});

export const ZSegmentPreviewBody = z.strictObject({
  condition: ZCondition,
  sampleSize: z.number().int().min(0).max(50).default(10),
});

export const ZSegmentPreview = z.object({
  count: z.number().int(),
  sample: z.array(ZContact),
});
export type TSegmentPreview = z.infer<typeof ZSegmentPreview>;
