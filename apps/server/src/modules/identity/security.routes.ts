import {
  ZChangePasswordBody,
  ZPasswordResetConfirmBody,
  ZPasswordResetRequestBody,
  ZRecoveryCodes,
  ZSessionList,
  ZTwoFactorCodeBody,
  ZTwoFactorSetup,
  ZTwoFactorSetupBody,
  ZTwoFactorStatus,
  ZUpdateWorkspaceSecurityBody,
  ZWorkspaceSecurity,
} from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { requireUser, requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { changePassword, confirmPasswordReset, requestPasswordReset } from './passwords.service';
import { endSession, listSessions, revokeAllSessions, revokeSession } from './sessions';
import {
  disableTwoFactor,
  enableTwoFactor,
  regenerateRecoveryCodes,
  setUpTwoFactor,
  twoFactorStatus,
} from './two-factor';
import { readWorkspaceSecurity, updateWorkspaceSecurity } from './workspace-security.service';

const ZSessionParams = z.strictObject({ id: z.uuid() });

/** Two-factor sign-in, sessions, passwords, and the workspace's sign-in policy. */
export function securityRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/me/2fa',
      tag: 'Auth',
      summary: 'Whether two-factor sign-in is on for you, and how many recovery codes are left',
      access: 'user',
      allowDuringTwoFactorSetup: true,
      responses: { 200: ZTwoFactorStatus },
      handler: ({ principal }) => twoFactorStatus(ctx.db, requireUser(principal).userId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/me/2fa/setup',
      tag: 'Auth',
      summary:
        'Start two-factor set-up (needs your password): a new secret (base32), its otpauth:// URL and a QR code for an authenticator app',
      access: 'user',
      allowDuringTwoFactorSetup: true,
      rateLimitPerMinute: 10,
      body: ZTwoFactorSetupBody,
      responses: { 200: ZTwoFactorSetup },
      handler: ({ principal, body }) => setUpTwoFactor(ctx, requireUser(principal).userId, body.password),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/me/2fa/enable',
      tag: 'Auth',
      summary: 'Turn two-factor on with a code from the app; answers ten one-time recovery codes, shown once',
      access: 'user',
      allowDuringTwoFactorSetup: true,
      rateLimitPerMinute: 10,
      body: ZTwoFactorCodeBody,
      responses: { 200: ZRecoveryCodes },
      handler: ({ principal, body }) => {
        const user = requireUser(principal);
        return enableTwoFactor(ctx, user.userId, body.code, user.sessionTokenHash);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/me/2fa/disable',
      tag: 'Auth',
      summary:
        'Turn two-factor off (needs a current code or a recovery code); refused where a workspace requires it',
      access: 'user',
      rateLimitPerMinute: 10,
      body: ZTwoFactorCodeBody,
      responses: { 204: null },
      handler: ({ principal, body }) => disableTwoFactor(ctx, requireUser(principal).userId, body.code),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/me/2fa/recovery-codes',
      tag: 'Auth',
      summary: 'Replace your recovery codes (needs a current code); the old ones stop working',
      access: 'user',
      rateLimitPerMinute: 10,
      body: ZTwoFactorCodeBody,
      responses: { 200: ZRecoveryCodes },
      handler: ({ principal, body }) =>
        regenerateRecoveryCodes(ctx, requireUser(principal).userId, body.code),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/me/sessions',
      tag: 'Auth',
      summary: 'Where you are signed in: each session with its browser, when it started and was last used',
      access: 'user',
      allowDuringTwoFactorSetup: true,
      responses: { 200: ZSessionList },
      handler: async ({ principal }) => {
        const user = requireUser(principal);
        return { items: await listSessions(ctx.db, user.userId, user.sessionTokenHash) };
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/me/sessions/:id',
      tag: 'Auth',
      summary: 'Sign out one of your sessions (another browser or device)',
      access: 'user',
      allowDuringTwoFactorSetup: true,
      params: ZSessionParams,
      responses: { 204: null },
      handler: ({ principal, params }) => revokeSession(ctx.db, requireUser(principal).userId, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/sign-out-everywhere',
      tag: 'Auth',
      summary: 'End every one of your sessions, this one included',
      access: 'user',
      allowDuringTwoFactorSetup: true,
      responses: { 204: null },
      handler: async ({ principal, reply }) => {
        const user = requireUser(principal);
        await revokeAllSessions(ctx.db, user.userId);
        await endSession(ctx.db, reply, null);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/me/password',
      tag: 'Auth',
      summary:
        'Change your password (signs out your other sessions); common or breached passwords are refused',
      access: 'user',
      rateLimitPerMinute: 10,
      body: ZChangePasswordBody,
      responses: { 204: null },
      handler: async ({ principal, body }) => {
        const user = requireUser(principal);
        await changePassword(ctx, user.userId, user.sessionTokenHash, body);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      tag: 'Auth',
      summary:
        'Email a single-use reset link (valid one hour) when the address has an account; answers 202 either way',
      access: 'public',
      rateLimitPerMinute: 5,
      body: ZPasswordResetRequestBody,
      responses: { 202: z.object({ status: z.literal('check_email') }) },
      handler: async ({ body, reply }) => {
        requestPasswordReset(ctx, body.email);
        await reply.code(202).send({ status: 'check_email' });
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      tag: 'Auth',
      summary: 'Set a new password with the token from a reset link; ends every session of the account',
      access: 'public',
      rateLimitPerMinute: 10,
      body: ZPasswordResetConfirmBody,
      responses: { 204: null },
      handler: ({ body }) => confirmPasswordReset(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspace/security',
      tag: 'Workspaces',
      summary: "The workspace's sign-in policy",
      access: 'members.manage',
      responses: { 200: ZWorkspaceSecurity },
      handler: ({ principal }) => readWorkspaceSecurity(ctx.db, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspace/security',
      tag: 'Workspaces',
      summary:
        'Require two-factor sign-in for every member (members without it can then only set it up); you need it on yourself first',
      access: 'members.manage',
      body: ZUpdateWorkspaceSecurityBody,
      responses: { 200: ZWorkspaceSecurity },
      // A person's decision: an API key (which has no second factor) may not change the sign-in policy.
      handler: ({ principal, body }) => {
        requireUser(principal);
        return updateWorkspaceSecurity(ctx, requireWorkspace(principal), body);
      },
    }),
  ];
}
