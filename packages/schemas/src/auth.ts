import { z } from 'zod';
import { ZEmail, ZId, ZLocale, ZRole } from './common';

export const ZPassword = z.string().min(10, 'must be at least 10 characters').max(200);

export const ZSignUpBody = z.strictObject({
  email: ZEmail,
  password: ZPassword,
  name: z.string().trim().min(1).max(120),
  workspaceName: z.string().trim().min(1).max(120),
  locale: ZLocale.optional(),
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
  workspace: z.object({ id: ZId, name: z.string() }),
  role: ZRole,
  permissions: z.array(z.string()),
  workspaces: z.array(ZWorkspaceSummary),
  via: z.enum(['session', 'api_key']),
  csrfToken: z
    .string()
    .nullable()
    .describe('send as the x-csrf-token header on unsafe requests made with the session cookie'),
});
export type TMe = z.infer<typeof ZMe>;

export const ZUpdateMeBody = z.strictObject({
  name: z.string().trim().min(1).max(120).optional(),
  locale: ZLocale.optional(),
});

export const ZSwitchWorkspaceBody = z.strictObject({ workspaceId: ZId });
export const ZCreateWorkspaceBody = z.strictObject({ name: z.string().trim().min(1).max(120) });
