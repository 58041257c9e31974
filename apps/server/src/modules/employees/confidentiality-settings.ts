import { MINIMUM_GROUP_FLOOR, resolveMinimumGroupSize } from '@touchpoint/core';
import type { TConfidentialitySettings, TConfidentialitySettingsBody } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

async function configured(db: Db, workspaceId: string) {
  const row = await db
    .selectFrom('workspaceSettings')
    .select(['minGroupSize', 'minCommentGroupSize'])
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return { minGroupSize: row?.minGroupSize ?? null, minCommentGroupSize: row?.minCommentGroupSize ?? null };
}

/** The thresholds in force (what every reading path of anonymous results uses) and what was set. */
export async function getConfidentialitySettings(
  db: Db,
  workspaceId: string,
): Promise<TConfidentialitySettings> {
  const set = await configured(db, workspaceId);
  const resolved = resolveMinimumGroupSize(set);
  return {
    minGroupSize: resolved.results,
    minCommentGroupSize: resolved.comments,
    configured: set,
    floor: MINIMUM_GROUP_FLOOR,
  };
}

/**
 * Changes the thresholds: a field left out keeps its value, null restores the default. The floor (3) is
 * enforced by the body's schema, the guard and a CHECK on the column; comments may not need a smaller
 * group than results.
 */
export async function setConfidentialitySettings(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: TConfidentialitySettingsBody,
): Promise<TConfidentialitySettings> {
  const { workspaceId } = principal;
  await inTransaction(ctx, async (tx) => {
    const current = await configured(tx, workspaceId);
    const next = {
      minGroupSize: body.minGroupSize === undefined ? current.minGroupSize : body.minGroupSize,
      minCommentGroupSize:
        body.minCommentGroupSize === undefined ? current.minCommentGroupSize : body.minCommentGroupSize,
    };
    const resolved = resolveMinimumGroupSize(next);
    if (next.minCommentGroupSize !== null && next.minCommentGroupSize < resolved.results) {
      throw new AppError('VALIDATION_FAILED', 'Comments need a group at least as large as results.', [
        {
          name: 'body.minCommentGroupSize',
          reason: `at least the minimum group size (${resolved.results})`,
        },
      ]);
    }
    await tx
      .insertInto('workspaceSettings')
      .values({ workspaceId, ...next })
      .onConflict((oc) => oc.column('workspaceId').doUpdateSet({ ...next, updatedAt: new Date() }))
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'settings.confidentiality_changed',
      actor: actorOf(principal),
      payload: next,
    });
  });
  return getConfidentialitySettings(ctx.db, workspaceId);
}
