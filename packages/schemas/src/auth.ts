import { z } from 'zod';
import { ZEmail, ZId, ZLocale, ZRole } from './common';

export const ZPassword = z.string().min(10, 'must be at least 10 characters').max(200);

export const ZSignUpBody = z.strictObject({
  email: ZEmail,
  password: ZPassword,
  name: z.string().trim().min(1).max(120),
  workspaceName: z.string().trim().min(1).max(120),
  locale: ZLocale.optional(),
  /** The browser's time zone (Intl.DateTimeFormat().resolvedOptions().timeZone); UTC when absent or unknown. */
  timeZone: z.string().max(64).optional(),
});

/**
 * Sign-up answers this (202) instead of saying an email already has an account: the owner of the address
 * is told by email instead, so the form cannot be used to find out who has an account.
 */
export const ZSignUpPending = z.object({
  status: z.literal('check_email'),
  detail: z.string(),
});
export type TSignUpPending = z.infer<typeof ZSignUpPending>;

/** What the sign-in and sign-up pages need to know before anyone signs in. */
export const ZPublicConfig = z.object({
  signUp: z
    .enum(['open', 'invite'])
    .describe(
      '`invite`: new accounts only through invitations (TOUCHPOINT_SIGNUP=invite); sign-up answers 403',
    ),
});
export type TPublicConfig = z.infer<typeof ZPublicConfig>;

export const ZSignInBody = z.strictObject({
  email: ZEmail,
  password: z.string().min(1).max(200),
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .optional()
    .describe('the 6-digit code from an authenticator app, or a recovery code, when two-factor is on'),
});

export const ZUser = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  locale: ZLocale,
});

export const ZWorkspaceSummary = z.object({ id: ZId, name: z.string(), role: ZRole });

export const ZMe = z.object({
  user: ZUser.nullable().describe('null when the caller is an API key'),
  workspace: z.object({
    id: ZId,
    name: z.string(),
    timeZone: z.string().describe('IANA time zone metric days, digests and schedules follow'),
  }),
  role: ZRole,
  permissions: z.array(z.string()),
  workspaces: z.array(ZWorkspaceSummary),
  via: z.enum(['session', 'api_key']),
  csrfToken: z
    .string()
    .nullable()
    .describe('send as the x-csrf-token header on unsafe requests made with the session cookie'),
  twoFactor: z
    .object({
      enabled: z.boolean(),
      requiredByWorkspace: z.boolean(),
      setupRequired: z
        .boolean()
        .describe('the workspace requires two-factor and this person has not set it up: only set-up works'),
    })
    .optional()
    .describe('absent for API keys'),
});
export type TMe = z.infer<typeof ZMe>;

// Two-factor sign-in (TOTP, RFC 6238) and sessions.

export const ZTwoFactorCodeBody = z.strictObject({ code: z.string().trim().min(1).max(32) });
export const ZTwoFactorSetupBody = z.strictObject({ password: z.string().min(1).max(200) });

export const ZTwoFactorSetup = z.object({
  secret: z.string().describe('base32; type it into an authenticator app that cannot scan'),
  otpauthUrl: z.string(),
  qrSvg: z.string().describe('the otpauth URL as an SVG QR code'),
});
export type TTwoFactorSetup = z.infer<typeof ZTwoFactorSetup>;

export const ZRecoveryCodes = z.object({
  recoveryCodes: z.array(z.string()).describe('shown once; each signs in once in place of a code'),
});
export type TRecoveryCodes = z.infer<typeof ZRecoveryCodes>;

export const ZTwoFactorStatus = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
});
export type TTwoFactorStatus = z.infer<typeof ZTwoFactorStatus>;

export const ZSession = z.object({
  id: ZId,
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  isCurrent: z.boolean(),
});
export type TSession = z.infer<typeof ZSession>;
export const ZSessionList = z.object({ items: z.array(ZSession) });

export const ZChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: ZPassword,
});

export const ZPasswordResetRequestBody = z.strictObject({ email: ZEmail });
export const ZPasswordResetConfirmBody = z.strictObject({
  token: z.string().min(10).max(200),
  password: ZPassword,
});

/** A site origin (`https://www.example.com`, `http://localhost:3000`): scheme, host, optional port, nothing else. */
export const ZOrigin = z
  .string()
  .trim()
  .max(200)
  .regex(/^(https:\/\/[a-z0-9.-]+|http:\/\/(localhost|127\.0\.0\.1))(:\d{1,5})?$/i, {
    message: 'must be an origin such as https://www.example.com (https, no path)',
  });

export const ZWorkspaceSecurity = z.object({
  requireTwoFactor: z.boolean(),
  embedOrigins: z
    .array(z.string())
    .describe('sites allowed to frame the hosted survey pages and the help center (frame-ancestors)'),
});
export type TWorkspaceSecurity = z.infer<typeof ZWorkspaceSecurity>;
export const ZUpdateWorkspaceSecurityBody = z.strictObject({
  requireTwoFactor: z.boolean().optional(),
  embedOrigins: z.array(ZOrigin).max(20).optional(),
});
export type TUpdateWorkspaceSecurityBody = z.infer<typeof ZUpdateWorkspaceSecurityBody>;

export const ZUpdateMeBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  locale: ZLocale.optional(),
});

export const ZSwitchWorkspaceBody = z.strictObject({ workspaceId: ZId });
export const ZCreateWorkspaceBody = z.strictObject({ name: z.string().trim().min(1).max(120) });
