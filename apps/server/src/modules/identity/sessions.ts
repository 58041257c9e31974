import type { TSession } from '@touchpoint/schemas';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashSecret } from '../../platform/crypto';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';

export const SESSION_COOKIE = 'tp_session';
const SESSION_DAYS = 30;

/** Creates a session for the user in the given workspace and sets the HttpOnly cookie on the reply. */
export async function startSession(
  ctx: AppContext,
  reply: FastifyReply,
  userId: string,
  workspaceId: string | null,
  /** The workspace whose single sign-on opened this session; the session then acts there only. */
  ssoWorkspaceId: string | null = null,
): Promise<{ tokenHash: string; csrfToken: string }> {
  const token = generateSecret();
  const tokenHash = hashSecret(token);
  const csrfToken = generateSecret(24);
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  const userAgent = reply.request?.headers['user-agent']?.slice(0, 300) ?? null;
  await ctx.db
    .insertInto('sessions')
    .values({ tokenHash, userId, workspaceId, csrfToken, expiresAt, userAgent, ssoWorkspaceId })
    .execute();
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.cookieSecure,
    expires: expiresAt,
  });
  return { tokenHash, csrfToken };
}

export async function endSession(db: Db, reply: FastifyReply, tokenHash: string | null): Promise<void> {
  if (tokenHash) await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export async function purgeExpiredSessions(db: Db): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expiresAt', '<', new Date()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A person's live sessions (browsers and devices signed in), newest first. */
export async function listSessions(
  db: Db,
  userId: string,
  currentTokenHash: string | null,
): Promise<TSession[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'tokenHash', 'createdAt', 'lastSeenAt', 'expiresAt', 'userAgent'])
    .where('userId', '=', userId)
    .where('expiresAt', '>', new Date())
    .orderBy('lastSeenAt', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    userAgent: row.userAgent,
    isCurrent: row.tokenHash === currentTokenHash,
  }));
}

/** Ends one of a person's sessions; another person's session answers like a missing one. */
export async function revokeSession(db: Db, userId: string, sessionId: string): Promise<void> {
  const result = await db
    .deleteFrom('sessions')
    .where('userId', '=', userId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw AppError.notFound('session');
}

/** Ends every session of a person (sign out everywhere, password changed or reset), optionally but one. */
export async function revokeAllSessions(
  db: Db,
  userId: string,
  exceptTokenHash: string | null = null,
): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('userId', '=', userId)
    .$if(exceptTokenHash !== null, (q) => q.where('tokenHash', '!=', exceptTokenHash as string))
    .execute();
}
