import { ZSsoCallbackQuery, ZSsoSettings, ZSsoStartQuery, ZUpdateSsoSettingsBody } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireUser, requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { readSsoSettings, saveSsoSettings } from './sso-settings.service';
import { finishSsoSignIn, startSsoSignIn } from './sso-sign-in.service';

export function ssoRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspace/sso',
      tag: 'Workspaces',
      summary: "The workspace's single sign-on (OpenID Connect) settings; the client secret is never shown",
      access: 'members.manage',
      responses: { 200: ZSsoSettings },
      handler: ({ principal }) => readSsoSettings(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/workspace/sso',
      tag: 'Workspaces',
      summary:
        'Set up single sign-on: issuer URL, client id and secret (stored encrypted), allowed email domains, whether members must use it, and the role of people who join on first sign-in (null: only people already added)',
      access: 'members.manage',
      body: ZUpdateSsoSettingsBody,
      responses: { 200: ZSsoSettings },
      // A person's decision, like the two-factor requirement: an API key may not change how people sign in.
      handler: ({ principal, body }) => {
        requireUser(principal);
        return saveSsoSettings(ctx, requireWorkspace(principal), body);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/auth/sso/start',
      tag: 'Auth',
      summary:
        "Start single sign-on: redirects to the provider of the workspace that accepts the email's domain (or of `workspace`); back on /sign-in?sso_error=… when there is none",
      access: 'public',
      rateLimitPerMinute: 30,
      query: ZSsoStartQuery,
      responses: { 302: null },
      handler: ({ query, reply }) => startSsoSignIn(ctx, reply, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/auth/sso/callback',
      tag: 'Auth',
      summary:
        'Where the provider sends the browser back: checks state, code (PKCE) and ID token (nonce), signs in and redirects to the app',
      access: 'public',
      rateLimitPerMinute: 30,
      query: ZSsoCallbackQuery,
      responses: { 302: null },
      handler: ({ query, req, reply }) => finishSsoSignIn(ctx, reply, req.url, query, req.cookies.tp_sso),
    }),
  ];
}
