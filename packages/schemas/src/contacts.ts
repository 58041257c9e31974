import { z } from 'zod';
import { ZId } from './common';

/** At least one identifier; identity resolution matches on external id, then email, then phone. */
export const ZContactIdentifiers = z
  .strictObject({
    externalId: z.string().trim().min(1).max(200).optional(),
    email: z.string().trim().max(254).pipe(z.email()).optional(),
    phone: z
      .string()
      .trim()
      .max(40)
      .regex(/^\+?[0-9 ().-]{6,40}$/, 'a phone number such as +84 912 345 678')
      .optional(),
  })
  .refine((c) => c.externalId || c.email || c.phone, {
    message: 'give at least one of externalId, email, phone',
  });
export type TContactIdentifiers = z.infer<typeof ZContactIdentifiers>;

const ZAttributeValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);

export const ZIdentifyBody = z.strictObject({
  externalId: z.string().trim().min(1).max(200).optional(),
  email: z.string().trim().max(254).pipe(z.email()).optional(),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^\+?[0-9 ().-]{6,40}$/, 'a phone number such as +84 912 345 678')
    .optional(),
  attributes: z.record(z.string().min(1).max(100), ZAttributeValue).default({}),
});

export const ZTrackBody = z.strictObject({
  contact: ZContactIdentifiers,
  event: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and . _ : -'),
  properties: z.record(z.string().min(1).max(100), z.unknown()).default({}),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
});

export const ZContact = z.object({
  id: ZId,
  externalId: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  attributes: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TContact = z.infer<typeof ZContact>;

export const ZIdentifyResult = z.object({
  contact: ZContact,
  created: z.boolean(),
  /** Profiles folded into this one because the identifiers showed they were the same person. */
  mergedContactIds: z.array(ZId),
});

export const ZTrackResult = z.object({ contactId: ZId, eventId: z.number().int() });

export const ZTimelineItem = z.object({
  kind: z.enum(['event', 'response', 'invitation']),
  id: z.string(),
  occurredAt: z.iso.datetime({ offset: true }),
  name: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const ZContactListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  q: z.string().trim().max(200).optional(),
});
