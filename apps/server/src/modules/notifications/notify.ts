import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/database';

/** One in-app notification; `sourceKey` makes it idempotent per user (e.g. `case:<id>:assigned`). */
export interface NotificationInput {
  kind: string;
  title: string;
  body?: string;
  link?: string;
  sourceKey: string;
}

/**
 * Notifies members of a workspace. Idempotent per user and `sourceKey` (a retried job notifies nobody
 * twice); users who are not active members of the workspace (never joined, or deactivated) are skipped.
 */
export async function notifyUsers(
  db: Db | Tx,
  workspaceId: string,
  userIds: string[],
  n: NotificationInput,
): Promise<void> {
  const unique = [...new Set(userIds.filter(Boolean))];
  if (unique.length === 0) return;
  await db
    .insertInto('notifications')
    .columns(['workspaceId', 'userId', 'kind', 'title', 'body', 'link', 'sourceKey'])
    .expression(
      db
        .selectFrom('memberships')
        .select([
          'memberships.workspaceId',
          'memberships.userId',
          sql.val(n.kind).as('kind'),
          sql.val(n.title.slice(0, 500)).as('title'),
          sql.val((n.body ?? '').slice(0, 2000)).as('body'),
          sql.val(n.link ?? null).as('link'),
          sql.val(n.sourceKey).as('sourceKey'),
        ])
        .where('memberships.workspaceId', '=', workspaceId)
        .where('memberships.userId', 'in', unique)
        .where('memberships.deactivatedAt', 'is', null),
    )
    .onConflict((oc) => oc.columns(['workspaceId', 'userId', 'sourceKey']).doNothing())
    .execute();
}

/** Notifies every active member of a team (see `notifyUsers`). A team of another workspace notifies nobody. */
export async function notifyTeam(
  db: Db | Tx,
  workspaceId: string,
  teamId: string,
  n: NotificationInput,
): Promise<void> {
  const members = await db
    .selectFrom('teamMembers')
    .select('userId')
    .where('workspaceId', '=', workspaceId)
    .where('teamId', '=', teamId)
    .execute();
  await notifyUsers(
    db,
    workspaceId,
    members.map((m) => m.userId),
    n,
  );
}
