import { narrowerRole } from '@touchpoint/schemas';
import type { FastifyRequest } from 'fastify';
import { hashSecret } from '../../platform/crypto';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import type { Principal } from '../../platform/http/principal';
import { SESSION_COOKIE } from './sessions';
import { workspacesRequiringSso } from './sso-policy';

/** Resolves the caller: an API key in `Authorization: Bearer`, else the session cookie, else anonymous. */
export function createAuthenticator(db: Db) {
  return async function authenticate(request: FastifyRequest): Promise<Principal | null> {
    const authorization = request.headers.authorization;
    if (authorization) return authenticateApiKey(db, authorization);
    const token = request.cookies[SESSION_COOKIE];
    if (token) return authenticateSession(db, token);
    return null;
  };
}

async function authenticateApiKey(db: Db, authorization: string): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match?.[1]) throw new AppError('UNAUTHENTICATED', 'Use the header `Authorization: Bearer <API key>`.');
  const key = await db
    .selectFrom('apiKeys')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.workspaceId', '=', 'apiKeys.workspaceId')
        .onRef('memberships.userId', '=', 'apiKeys.createdBy'),
    )
    .leftJoin('users', 'users.id', 'apiKeys.createdBy')
    .innerJoin('workspaces', 'workspaces.id', 'apiKeys.workspaceId')
    .select([
      'apiKeys.workspaceId',
      'apiKeys.id',
      'apiKeys.role',
      'apiKeys.lastUsedAt',
      'memberships.role as creatorRole',
      'memberships.deactivatedAt as creatorDeactivatedAt',
      'users.totpEnabledAt as creatorTotpEnabledAt',
      'workspaces.requireTwoFactor',
    ])
    .where('apiKeys.keyHash', '=', hashSecret(match[1]))
    .where('apiKeys.revokedAt', 'is', null)
    .executeTakeFirst();
  if (!key) throw new AppError('UNAUTHENTICATED', 'This API key is not valid or has been revoked.');
  // A key acts for the member who created it: it works only while that person is an active member of the
  // workspace, and never with more than their current role (a removed, deactivated or demoted admin's key
  // must not keep admin access).
  if (!key.creatorRole || key.creatorDeactivatedAt) {
    throw new AppError(
      'UNAUTHENTICATED',
      'This API key no longer works: the member who created it was removed from the workspace or deactivated. Ask an admin for a new key.',
    );
  }
  // A key acts for its creator: where the workspace requires two-factor sign-in, a key made by someone
  // who has not set it up would be a way around the requirement.
  if (key.requireTwoFactor && !key.creatorTotpEnabledAt) {
    throw new AppError(
      'TWO_FACTOR_SETUP_REQUIRED',
      'This workspace requires two-factor sign-in, and the member who created this API key has not set it up. They can set it up under Settings → Security.',
    );
  }
  // Record use at most once a minute per key, so a busy integration does not write on every call.
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    await db
      .updateTable('apiKeys')
      .set({ lastUsedAt: new Date() })
      .where('workspaceId', '=', key.workspaceId)
      .where('id', '=', key.id)
      .execute();
  }
  return {
    via: 'api_key',
    userId: null,
    workspaceId: key.workspaceId,
    role: narrowerRole(key.role, key.creatorRole),
    sessionTokenHash: null,
    csrfToken: null,
    apiKeyId: key.id,
  };
}

async function authenticateSession(db: Db, token: string): Promise<Principal | null> {
  const tokenHash = hashSecret(token);
  const session = await db
    .selectFrom('sessions')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.workspaceId', '=', 'sessions.workspaceId')
        .onRef('memberships.userId', '=', 'sessions.userId'),
    )
    .innerJoin('users', 'users.id', 'sessions.userId')
    .leftJoin('workspaceSso', 'workspaceSso.workspaceId', 'sessions.workspaceId')
    .select([
      'sessions.userId',
      'sessions.workspaceId',
      'sessions.ssoWorkspaceId',
      'workspaceSso.enabled as ssoEnabled',
      'workspaceSso.requireSso',
      'sessions.csrfToken',
      'sessions.lastSeenAt',
      'users.totpEnabledAt',
      'memberships.role',
      'memberships.deactivatedAt',
    ])
    .where('sessions.tokenHash', '=', tokenHash)
    .where('sessions.expiresAt', '>', new Date())
    .executeTakeFirst();
  if (!session) return null; // an expired or unknown cookie is the same as no cookie
  let { workspaceId, role } = session;
  // A password session in a workspace that requires SSO (switched on since) moves to another workspace.
  const needsSso =
    !session.ssoWorkspaceId && session.ssoEnabled === true && session.requireSso === true && role !== 'admin';
  if (session.ssoWorkspaceId) {
    // Opened by a workspace's SSO: acts there, or nowhere once the person is no longer an active member.
    if (workspaceId !== session.ssoWorkspaceId || !role || session.deactivatedAt) {
      workspaceId = null;
      role = null;
    }
  } else if (!workspaceId || !role || session.deactivatedAt || needsSso) {
    // The current workspace is gone (or the person was removed from it, or deactivated there): fall back
    // to another workspace where they are active, else to none (every workspace request then answers 403).
    const requiringSso = await workspacesRequiringSso(db, session.userId);
    const other = await db
      .selectFrom('memberships')
      .select(['workspaceId', 'role'])
      .where('userId', '=', session.userId)
      .where('deactivatedAt', 'is', null)
      .$if(requiringSso.size > 0, (q) => q.where('workspaceId', 'not in', [...requiringSso]))
      .orderBy('createdAt')
      .executeTakeFirst();
    workspaceId = other?.workspaceId ?? null;
    role = other?.role ?? null;
    await db.updateTable('sessions').set({ workspaceId }).where('tokenHash', '=', tokenHash).execute();
  }
  // The sessions list shows when each was last used; written at most every five minutes per session.
  if (Date.now() - session.lastSeenAt.getTime() > 5 * 60_000) {
    await db
      .updateTable('sessions')
      .set({ lastSeenAt: new Date() })
      .where('tokenHash', '=', tokenHash)
      .execute();
  }
  // The provider of an SSO session is in charge of its second factor (see docs/SECURITY.md).
  const requiresTwoFactor =
    workspaceId !== null &&
    !session.ssoWorkspaceId &&
    session.totpEnabledAt === null &&
    (
      await db
        .selectFrom('workspaces')
        .select('requireTwoFactor')
        .where('id', '=', workspaceId)
        .executeTakeFirst()
    )?.requireTwoFactor === true;
  return {
    via: 'session',
    userId: session.userId,
    workspaceId,
    role,
    sessionTokenHash: tokenHash,
    csrfToken: session.csrfToken,
    apiKeyId: null,
    ...(requiresTwoFactor ? { twoFactorSetupRequired: true } : {}),
  };
}
