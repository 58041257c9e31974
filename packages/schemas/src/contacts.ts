import { z } from 'zod';
import { ZId } from './common';
import { ZContactChurnRisk } from './predictions';

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
  /** Links the person to this account (created when no account has the external id). */
  account: z
    .strictObject({
      externalId: z.string().trim().min(1).max(200),
      name: z.string().trim().min(1).max(200).optional(),
    })
    .optional(),
  /** Their role in `account` (default `user`; a role already set is kept unless this is given). */
  accountRole: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _, starting with a letter')
    .optional(),
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

/** The account (company) of a contact and their role in it. */
export const ZContactAccount = z.object({ id: ZId, name: z.string(), role: z.string() });

export const ZContact = z.object({
  id: ZId,
  externalId: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  attributes: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** `GET /api/v1/contacts/:id` only: the account the person belongs to (the first linked), or null. */
  account: ZContactAccount.nullable().optional(),
  /** `GET /api/v1/contacts/:id` only: the latest churn score with its reasons, or null before a model scored them. */
  churnRisk: ZContactChurnRisk.nullable().optional(),
});
export type TContact = z.infer<typeof ZContact>;

export const ZIdentifyResult = z.object({
  contact: ZContact,
  created: z.boolean(),
  /** Profiles folded into this one because the identifiers showed they were the same person. */
  mergedContactIds: z.array(ZId),
});

/** The other profile to fold into this one (`POST /api/v1/contacts/:id/merge`). */
export const ZMergeContactsBody = z.strictObject({ contactId: ZId });

export const ZTrackResult = z.object({ contactId: ZId, eventId: z.number().int() });

export const TIMELINE_KINDS = ['event', 'response', 'invitation', 'case'] as const;

/** A page of the timeline, optionally only some kinds (`kinds=response,case`). */
export const ZTimelineQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  kinds: z
    .string()
    .max(100)
    .transform((v) =>
      v
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(TIMELINE_KINDS)).min(1))
    .optional(),
});

export const ZTimelineItem = z.object({
  kind: z.enum(TIMELINE_KINDS),
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
