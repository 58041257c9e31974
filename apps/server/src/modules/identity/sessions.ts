import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashSecret } from '../../platform/crypto';
import type { Db } from '../../platform/db/database';

export const SESSION_COOKIE = 'tp_session';
const SESSION_DAYS = 30;

/** Creates a session for the user in the given workspace and sets the HttpOnly cookie on the reply. */
export async function startSession(
  ctx: AppContext,
  reply: FastifyReply,
  userId: string,
  workspaceId: string | null,
): Promise<{ tokenHash: string; csrfToken: string }> {
  const token = generateSecret();
  const tokenHash = hashSecret(token);
  const csrfToken = generateSecret(24);
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await ctx.db
    .insertInto('sessions')
    .values({ tokenHash, userId, workspaceId, csrfToken, expiresAt })
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
