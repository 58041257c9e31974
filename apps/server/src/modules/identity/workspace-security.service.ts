import type { TUpdateWorkspaceSecurityBody, TWorkspaceSecurity } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

export async function readWorkspaceSecurity(db: Db, workspaceId: string): Promise<TWorkspaceSecurity> {
  const row = await db
    .selectFrom('workspaces')
    .select(['requireTwoFactor', 'embedOrigins'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return { requireTwoFactor: row.requireTwoFactor, embedOrigins: row.embedOrigins };
}

const EMBED_CACHE_MS = 60_000;
const embedCache = new Map<string, { origins: string[]; at: number }>();

/**
 * The origins that may frame this workspace's public pages; read on every hosted page view, so kept for a
 * minute per process (a change shows within a minute everywhere).
 */
export async function embedOriginsOf(db: Db, workspaceId: string): Promise<string[]> {
  const cached = embedCache.get(workspaceId);
  if (cached && Date.now() - cached.at < EMBED_CACHE_MS) return cached.origins;
  const row = await db
    .selectFrom('workspaces')
    .select('embedOrigins')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  const origins = row?.embedOrigins ?? [];
  if (embedCache.size > 10_000) embedCache.clear();
  embedCache.set(workspaceId, { origins, at: Date.now() });
  return origins;
}

/** Turns the workspace's two-factor requirement on or off; audit-logged. */
export async function updateWorkspaceSecurity(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  changes: TUpdateWorkspaceSecurityBody,
): Promise<TWorkspaceSecurity> {
  if (changes.requireTwoFactor && principal.userId) {
    const me = await ctx.db
      .selectFrom('users')
      .select('totpEnabledAt')
      .where('id', '=', principal.userId)
      .executeTakeFirstOrThrow();
    // Otherwise the admin would lock themselves out of everything but the set-up page.
    if (!me.totpEnabledAt) {
      throw new AppError(
        'CONFLICT',
        'Turn on two-factor sign-in for yourself first, then require it for everyone.',
      );
    }
  }
  if (changes.requireTwoFactor === undefined && changes.embedOrigins === undefined) {
    return readWorkspaceSecurity(ctx.db, principal.workspaceId);
  }
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('workspaces')
      .set({
        ...(changes.requireTwoFactor === undefined ? {} : { requireTwoFactor: changes.requireTwoFactor }),
        ...(changes.embedOrigins === undefined
          ? {}
          : { embedOrigins: [...new Set(changes.embedOrigins.map((origin) => origin.toLowerCase()))] }),
      })
      .where('id', '=', principal.workspaceId)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'workspace.security_changed',
      actor: actorOf(principal),
      subjectId: principal.workspaceId,
      payload: { ...changes },
    });
  });
  embedCache.delete(principal.workspaceId);
  return readWorkspaceSecurity(ctx.db, principal.workspaceId);
}
