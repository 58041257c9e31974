import type { FastifyReply } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashPassword } from '../../platform/crypto';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { recordEvent } from '../../platform/events';
import { findUserIdByEmail, startSession } from '../identity/index';
import {
  buildAuthorizationRequest,
  completeAuthorization,
  discoverProvider,
  ProviderError,
} from './oidc-provider-client';
import { CALLBACK_PATH, CLIENT_SECRET_PURPOSE, redirectUriOf } from './sso-settings.service';

// Sign-in through a workspace's OpenID Connect provider (authorization code flow with PKCE, state and
// nonce). What the browser must carry between leaving and coming back — state, nonce, PKCE verifier,
// workspace — lives in a short-lived cookie sealed by the secret box, so only the browser that started a
// sign-in can finish it (no login CSRF) and nothing is stored for abandoned attempts.

const FLOW_COOKIE = 'tp_sso';
const FLOW_PURPOSE = 'sso.flow';
const FLOW_SECONDS = 600;

/** Why a sign-in ended back on the sign-in page; the web app shows a message for each. */
export type SsoFailure =
  | 'not_configured'
  | 'ambiguous'
  | 'expired'
  | 'provider'
  | 'email'
  | 'domain'
  | 'not_member'
  | 'deactivated';

interface Flow {
  workspaceId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
}

interface ActiveSso {
  workspaceId: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  jitRole: string | null;
  updatedAt: Date;
}

function failureUrl(reason: SsoFailure): string {
  return `/sign-in?sso_error=${reason}`;
}

async function findActiveSso(db: Db, by: { workspaceId: string } | { domain: string }): Promise<ActiveSso[]> {
  return db
    .selectFrom('workspaceSso')
    .select([
      'workspaceId',
      'issuerUrl',
      'clientId',
      'clientSecret',
      'allowedDomains',
      'jitRole',
      'updatedAt',
    ])
    .where('enabled', '=', true)
    .$if('workspaceId' in by, (q) => q.where('workspaceId', '=', (by as { workspaceId: string }).workspaceId))
    .$if('domain' in by, (q) =>
      q.where((eb) => eb(eb.val((by as { domain: string }).domain), '=', eb.fn.any('allowedDomains'))),
    )
    .limit(2)
    .execute();
}

function providerSettings(ctx: AppContext, sso: ActiveSso) {
  return discoverProvider(`${sso.workspaceId}:${sso.updatedAt.getTime()}`, {
    issuerUrl: sso.issuerUrl,
    clientId: sso.clientId,
    clientSecret: ctx.secretBox.open(sso.clientSecret, CLIENT_SECRET_PURPOSE),
  });
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Starts SSO sign-in: finds the workspace (by id, or by the email's domain), and answers the redirect to
 * its provider with the flow cookie set. Failures go back to the sign-in page with a reason.
 */
export async function startSsoSignIn(
  ctx: AppContext,
  reply: FastifyReply,
  query: { email?: string | undefined; workspace?: string | undefined },
): Promise<FastifyReply> {
  const email = query.email?.includes('@') ? query.email : undefined;
  const found = query.workspace
    ? await findActiveSso(ctx.db, { workspaceId: query.workspace })
    : email
      ? await findActiveSso(ctx.db, { domain: domainOf(email) })
      : [];
  const sso = found[0];
  if (!sso) return reply.redirect(failureUrl('not_configured'));
  // Two workspaces accept the same domain: the person must use their workspace's own SSO link.
  if (found.length > 1) return reply.redirect(failureUrl('ambiguous'));
  let request: Awaited<ReturnType<typeof buildAuthorizationRequest>>;
  try {
    const config = await providerSettings(ctx, sso);
    request = await buildAuthorizationRequest(config, redirectUriOf(ctx), email);
  } catch (error) {
    ctx.logger.warn({ err: error, workspaceId: sso.workspaceId }, 'SSO provider unreachable');
    return reply.redirect(failureUrl('provider'));
  }
  const flow: Flow = {
    workspaceId: sso.workspaceId,
    state: request.state,
    nonce: request.nonce,
    codeVerifier: request.codeVerifier,
    expiresAt: Date.now() + FLOW_SECONDS * 1000,
  };
  reply.setCookie(FLOW_COOKIE, ctx.secretBox.seal(JSON.stringify(flow), FLOW_PURPOSE), {
    path: CALLBACK_PATH,
    httpOnly: true,
    // Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies.
    sameSite: 'lax',
    secure: ctx.cookieSecure,
    maxAge: FLOW_SECONDS,
  });
  return reply.redirect(request.url);
}

function readFlow(ctx: AppContext, raw: string | undefined): Flow | null {
  if (!raw) return null;
  try {
    const flow = JSON.parse(ctx.secretBox.open(raw, FLOW_PURPOSE)) as Flow;
    return flow.expiresAt > Date.now() ? flow : null;
  } catch {
    return null; // tampered, or sealed with another key: start again
  }
}

/**
 * Finishes SSO sign-in: checks state, code (with PKCE) and ID token (with nonce) at the provider, the
 * email's domain, and membership (adding the person when the workspace lets people join on first sign-in),
 * then starts a session exactly as password sign-in does, bound to this workspace.
 */
export async function finishSsoSignIn(
  ctx: AppContext,
  reply: FastifyReply,
  rawUrl: string,
  query: { state?: string | undefined; error?: string | undefined },
  flowCookie: string | undefined,
): Promise<FastifyReply> {
  reply.clearCookie(FLOW_COOKIE, { path: CALLBACK_PATH });
  const flow = readFlow(ctx, flowCookie);
  if (!flow || !query.state || query.state !== flow.state) return reply.redirect(failureUrl('expired'));
  if (query.error) return reply.redirect(failureUrl('provider'));
  const [sso] = await findActiveSso(ctx.db, { workspaceId: flow.workspaceId });
  if (!sso) return reply.redirect(failureUrl('not_configured'));
  let identity: Awaited<ReturnType<typeof completeAuthorization>>;
  try {
    const config = await providerSettings(ctx, sso);
    const callbackUrl = new URL(rawUrl, redirectUriOf(ctx));
    identity = await completeAuthorization(config, callbackUrl, {
      state: flow.state,
      nonce: flow.nonce,
      codeVerifier: flow.codeVerifier,
      redirectUri: redirectUriOf(ctx),
    });
  } catch (error) {
    const cause = error instanceof ProviderError ? error.causeError : error;
    ctx.logger.warn(
      { err: cause, workspaceId: sso.workspaceId },
      'SSO sign-in refused by the provider checks',
    );
    return reply.redirect(failureUrl('provider'));
  }
  // The provider must say it verified the address (`email_verified: true`): an email it merely relays
  // (a user-editable profile field) must not find a Touchpoint account.
  if (!identity.email || identity.emailVerified !== true) return reply.redirect(failureUrl('email'));
  const email = identity.email.toLowerCase();
  if (!sso.allowedDomains.includes(domainOf(email))) return reply.redirect(failureUrl('domain'));

  const outcome = await resolveMember(ctx, sso, { ...identity, email });
  if (typeof outcome !== 'string' || outcome === 'not_member' || outcome === 'deactivated') {
    return reply.redirect(failureUrl(outcome as SsoFailure));
  }
  await startSession(ctx, reply, outcome, sso.workspaceId, sso.workspaceId);
  ctx.logger.info({ userId: outcome, workspaceId: sso.workspaceId }, 'signed in through SSO');
  return reply.redirect('/');
}

/**
 * The Touchpoint user for this provider account in the workspace: linked before by issuer and subject,
 * else the account with this email — but an existing account is used only when it is already a member of
 * this workspace or has a pending invitation to it. A workspace's provider can assert any address of its
 * allowed domains, so linking anyone else's account would let it act as a member of another workspace
 * (user-level routes: rename, sign out everywhere). Joining on first sign-in (`jitRole`) only ever creates
 * a brand-new user; an invitation joins with its role.
 */
async function resolveMember(
  ctx: AppContext,
  sso: ActiveSso,
  identity: { issuer: string; subject: string; email: string; name: string | null },
): Promise<string | 'not_member' | 'deactivated'> {
  const linked = await ctx.db
    .selectFrom('ssoIdentities')
    .select('userId')
    .where('workspaceId', '=', sso.workspaceId)
    .where('issuer', '=', identity.issuer)
    .where('subject', '=', identity.subject)
    .executeTakeFirst();
  let userId = linked?.userId ?? (await findUserIdByEmail(ctx.db, identity.email));
  const membership = userId
    ? await ctx.db
        .selectFrom('memberships')
        .select(['deactivatedAt'])
        .where('workspaceId', '=', sso.workspaceId)
        .where('userId', '=', userId)
        .executeTakeFirst()
    : undefined;
  if (membership?.deactivatedAt) return 'deactivated';
  const invitation = membership
    ? undefined
    : await ctx.db
        .selectFrom('invitations')
        .select(['id', 'role'])
        .where('workspaceId', '=', sso.workspaceId)
        .where((eb) => eb(eb.fn('lower', ['email']), '=', identity.email))
        .where('acceptedAt', 'is', null)
        .where('revokedAt', 'is', null)
        .where('expiresAt', '>', new Date())
        .orderBy('createdAt', 'desc')
        .executeTakeFirst();
  // An existing account that is not a member here joins only through an invitation to this workspace.
  if (!membership && userId && !invitation) return 'not_member';
  if (!membership && !invitation && !sso.jitRole) return 'not_member';
  const role = invitation?.role ?? sso.jitRole;
  const passwordHash = userId ? null : await hashPassword(generateSecret());
  return inTransaction(ctx, async (tx) => {
    if (!userId) {
      userId = uuidv7();
      // No password anyone knows: the person signs in through SSO (or sets one with a reset link).
      await tx
        .insertInto('users')
        .values({
          id: userId,
          email: identity.email,
          name: identity.name?.slice(0, 200) || identity.email.split('@')[0] || identity.email,
          passwordHash: passwordHash as string,
          locale: 'en',
        })
        .execute();
    }
    if (!membership) {
      await tx
        .insertInto('memberships')
        .values({
          workspaceId: sso.workspaceId,
          userId,
          role: role as 'viewer',
        })
        .execute();
      if (invitation) {
        await tx
          .updateTable('invitations')
          .set({ acceptedAt: new Date() })
          .where('workspaceId', '=', sso.workspaceId)
          .where('id', '=', invitation.id)
          .execute();
      }
      await recordEvent(tx, {
        workspaceId: sso.workspaceId,
        type: 'member.joined_by_sso',
        actor: `user:${userId}`,
        subjectId: userId,
        payload: { role, issuer: identity.issuer, ...(invitation ? { invitationId: invitation.id } : {}) },
      });
    }
    await tx
      .insertInto('ssoIdentities')
      .values({
        workspaceId: sso.workspaceId,
        issuer: identity.issuer,
        subject: identity.subject,
        userId,
      })
      .onConflict((oc) =>
        oc.columns(['workspaceId', 'issuer', 'subject']).doUpdateSet({ lastSignInAt: new Date() }),
      )
      .execute();
    return userId;
  });
}
