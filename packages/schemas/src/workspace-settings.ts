import { z } from 'zod';
import { ZContactIdentifiers } from './contacts';

/**
 * HMAC-SHA256 (hex) of the visitor's external id — or of the email when there is no external id — made on
 * the customer's own server with the workspace's identity secret. Proves the page may speak for that person.
 */
export const ZUserHash = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F]{64}$/, 'the 64 hex characters of an HMAC-SHA256');

/**
 * A visitor as a web page names them: the contact identifiers, optionally with their `userHash` (what
 * `Touchpoint.identify({ email, userHash })` sends). A top-level `userHash` in the body works the same.
 */
export const ZPageContact = z
  .strictObject({ ...ZContactIdentifiers.shape, userHash: ZUserHash.optional() })
  .refine((c) => c.externalId || c.email || c.phone, {
    message: 'give at least one of externalId, email, phone',
  });

/** An IANA time zone name the server's ICU knows (e.g. Asia/Ho_Chi_Minh, Europe/Berlin, UTC). */
export function isIanaTimeZone(name: string): boolean {
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const ZTimeZone = z
  .string()
  .trim()
  .refine(isIanaTimeZone, 'an IANA time zone name such as Asia/Ho_Chi_Minh or Europe/Berlin');

export const ZBrandColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #0f766e');

export const ZWorkspaceLanguage = z.enum(['en', 'vi']);

export const ZWorkspaceSettings = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  defaultLanguage: ZWorkspaceLanguage.describe('emails and notifications are written in it by default'),
  brand: z.object({
    color: z.string().nullable(),
    logoUrl: z.string().nullable().describe('an https URL, or the uploaded logo served by this server'),
  }),
  identityVerification: z.object({
    required: z.boolean().describe('identities from web pages without a valid userHash are ignored'),
    secretSet: z.boolean(),
  }),
  rollupRebuild: z.object({
    status: z.enum(['idle', 'queued', 'running', 'failed']),
    progress: z.number().describe('0–1; the metric days are rebuilt after a time-zone change'),
  }),
});
export type TWorkspaceSettings = z.infer<typeof ZWorkspaceSettings>;

export const ZUpdateWorkspaceSettingsBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  timeZone: ZTimeZone.optional(),
  defaultLanguage: ZWorkspaceLanguage.optional(),
  brandColor: ZBrandColor.nullable().optional(),
  logoUrl: z
    .string()
    .trim()
    .max(2000)
    .refine((v) => /^https:\/\/[^\s"'<>]+$/.test(v), 'an https:// URL')
    .nullable()
    .optional(),
  requireIdentityVerification: z.boolean().optional(),
});
export type TUpdateWorkspaceSettingsBody = z.infer<typeof ZUpdateWorkspaceSettingsBody>;

export const ZIdentitySecret = z.object({
  secret: z
    .string()
    .nullable()
    .describe('keep it on your server; sign each visitor’s external id (or email) with HMAC-SHA256'),
});
