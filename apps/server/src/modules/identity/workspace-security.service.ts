import type { TWorkspaceSecurity } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

export async function readWorkspaceSecurity(db: Db, workspaceId: string): Promise<TWorkspaceSecurity> {
  const row = await db
    .selectFrom('workspaces')
    .select('requireTwoFactor')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return { requireTwoFactor: row.requireTwoFactor };
}

/** Turns the workspace's two-factor requirement on or off; audit-logged. */
export async function updateWorkspaceSecurity(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  changes: { requireTwoFactor: boolean },
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
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('workspaces')
      .set({ requireTwoFactor: changes.requireTwoFactor })
      .where('id', '=', principal.workspaceId)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'workspace.security_changed',
      actor: actorOf(principal),
      subjectId: principal.workspaceId,
      payload: { requireTwoFactor: changes.requireTwoFactor },
    });
  });
  return readWorkspaceSecurity(ctx.db, principal.workspaceId);
}
