import { z } from 'zod';
import { ROLES } from './constants';

/** An email domain a workspace's single sign-on accepts, e.g. `acme.com` (lower case, no @). */
export const ZEmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'an email domain, e.g. acme.com',
  );

/** Roles a person may get by joining on first SSO sign-in: never admin (an admin is chosen by an admin). */
export const ZSsoJitRole = z.enum(ROLES.filter((role) => role !== 'admin') as [string, ...string[]]);

/** A workspace's OpenID Connect single sign-on, as its admins see it (the client secret is never shown). */
export const ZSsoSettings = z.object({
  configured: z.boolean(),
  enabled: z.boolean(),
  issuerUrl: z.string().nullable(),
  clientId: z.string().nullable(),
  hasClientSecret: z.boolean(),
  allowedDomains: z.array(z.string()),
  /** Members sign in only through SSO; admins keep their password as the way back in (break-glass). */
  requireSso: z.boolean(),
  /** The role of people who join on their first SSO sign-in; null: only people already added may sign in. */
  jitRole: ZSsoJitRole.nullable(),
  /** The redirect (callback) URL to register at the provider. */
  redirectUri: z.string(),
  /** A link that starts SSO sign-in for this workspace directly. */
  signInUrl: z.string(),
});
export type TSsoSettings = z.infer<typeof ZSsoSettings>;

export const ZUpdateSsoSettingsBody = z.strictObject({
  enabled: z.boolean().optional(),
  issuerUrl: z.url({ protocol: /^https?$/ }).max(500),
  clientId: z.string().trim().min(1).max(300),
  /** Required the first time; left out, the stored secret is kept. */
  clientSecret: z.string().min(1).max(2000).optional(),
  allowedDomains: z.array(ZEmailDomain).min(1).max(50),
  requireSso: z.boolean().optional(),
  jitRole: ZSsoJitRole.nullable().optional(),
});
export type TUpdateSsoSettingsBody = z.infer<typeof ZUpdateSsoSettingsBody>;

/** Where SSO sign-in starts: the person's email (its domain finds the workspace) or a workspace id. */
export const ZSsoStartQuery = z
  .strictObject({
    email: z.string().trim().max(320).optional(),
    workspace: z.uuid().optional(),
  })
  .refine((q) => q.email || q.workspace, { message: 'give email or workspace' });

export const ZSsoCallbackQuery = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
  iss: z.string().max(500).optional(),
  session_state: z.string().max(500).optional(),
});
