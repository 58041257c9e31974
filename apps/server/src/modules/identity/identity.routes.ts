import {
  ZCreateWorkspaceBody,
  ZMe,
  ZPublicConfig,
  ZSignInBody,
  ZSignUpBody,
  ZSignUpPending,
  ZSwitchWorkspaceBody,
  ZUpdateMeBody,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireUser, requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  buildMe,
  createWorkspace,
  signIn,
  signOut,
  signUp,
  signUpMode,
  switchWorkspace,
  updateMe,
} from './identity.service';
import { securityRoutes } from './security.routes';

export function identityRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      tag: 'Auth',
      summary:
        'Create an account and its workspace (you become its admin), and sign in. An email that already has an account gets 202 and its owner an email; 403 SIGN_UP_CLOSED when sign-up is by invitation only',
      access: 'public',
      rateLimitPerMinute: 20,
      body: ZSignUpBody,
      responses: { 201: ZMe, 202: ZSignUpPending },
      handler: ({ body, reply }) => signUp(ctx, reply, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/config',
      tag: 'Auth',
      summary: 'Server settings the sign-in and sign-up pages need (whether public sign-up is open)',
      access: 'public',
      responses: { 200: ZPublicConfig },
      handler: async () => ({ signUp: await signUpMode(ctx) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      tag: 'Auth',
      summary: 'Sign in with email and password (sets the session cookie)',
      access: 'public',
      rateLimitPerMinute: 10,
      // Per account too: guessing a two-factor code (or a password) from many addresses still hits a wall.
      extraRateLimits: [
        {
          perMinute: 10,
          key: (request) =>
            `sign-in:${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      ],
      body: ZSignInBody,
      responses: { 200: ZMe },
      handler: ({ body, reply }) => signIn(ctx, reply, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      tag: 'Auth',
      summary: 'End the current session',
      access: 'public',
      responses: { 204: null },
      handler: ({ principal, reply }) => signOut(ctx, reply, principal),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/switch-workspace',
      tag: 'Auth',
      summary: 'Make another of your workspaces the current one for this session',
      access: 'user',
      allowDuringTwoFactorSetup: true,
      body: ZSwitchWorkspaceBody,
      responses: { 200: ZMe },
      handler: ({ body, principal }) => switchWorkspace(ctx, requireUser(principal), body.workspaceId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/me',
      tag: 'Auth',
      summary: 'Who is calling: user (or API key), current workspace, role and permissions',
      access: 'workspace.read',
      allowDuringTwoFactorSetup: true,
      responses: { 200: ZMe },
      handler: ({ principal }) => buildMe(ctx.db, requireWorkspace(principal)),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/me',
      tag: 'Auth',
      summary: 'Change your name or interface language',
      access: 'user',
      allowDuringTwoFactorSetup: true,
      body: ZUpdateMeBody,
      responses: { 200: ZMe },
      handler: ({ body, principal }) => updateMe(ctx, requireUser(principal), body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspaces',
      tag: 'Workspaces',
      summary: 'Create another workspace (you become its admin) and switch to it',
      access: 'user',
      body: ZCreateWorkspaceBody,
      responses: { 201: ZMe },
      handler: ({ body, principal }) => createWorkspace(ctx, requireUser(principal), body.name),
    }),
    ...securityRoutes(ctx),
  ];
}
