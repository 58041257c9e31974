import type { TNotification, TNotificationSettings } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';

/** Whose notifications: the signed-in person in the workspace of the session. Nobody reads another's. */
export interface NotificationOwner {
  workspaceId: string;
  userId: string;
}

const COLUMNS = ['id', 'kind', 'title', 'body', 'link', 'readAt', 'createdAt'] as const;

function present(row: {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}): TNotification {
  return {
    id: Number(row.id),
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The caller's notifications, newest first; `unread` keeps only unread ones. */
export async function listNotifications(
  ctx: AppContext,
  owner: NotificationOwner,
  query: { limit: number; cursor?: string | undefined; unread: boolean },
) {
  const before = decodeCursor(query.cursor);
  if (before !== undefined && !/^\d+$/.test(before)) {
    throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', [
      { name: 'query.cursor', reason: 'not a cursor from this API' },
    ]);
  }
  const rows = await ctx.db
    .selectFrom('notifications')
    .select(COLUMNS)
    .where('workspaceId', '=', owner.workspaceId)
    .where('userId', '=', owner.userId)
    .$if(query.unread, (q) => q.where('readAt', 'is', null))
    .$if(before !== undefined, (q) => q.where('id', '<', Number(before)))
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (row) => Number(row.id), present);
}

export async function countUnread(ctx: AppContext, owner: NotificationOwner): Promise<{ unread: number }> {
  const row = await ctx.db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspaceId', '=', owner.workspaceId)
    .where('userId', '=', owner.userId)
    .where('readAt', 'is', null)
    .executeTakeFirst();
  return { unread: Number(row?.n ?? 0) };
}

/**
 * Marks the caller's notifications read: the listed ids (ids of other people's notifications are
 * ignored, as if they did not exist) or all of them. Answers how many changed.
 */
export async function markRead(
  ctx: AppContext,
  owner: NotificationOwner,
  body: { ids?: number[] | undefined; all?: true | undefined },
): Promise<{ marked: number }> {
  const result = await ctx.db
    .updateTable('notifications')
    .set({ readAt: new Date() })
    .where('workspaceId', '=', owner.workspaceId)
    .where('userId', '=', owner.userId)
    .where('readAt', 'is', null)
    .$if(!body.all, (q) => q.where('id', 'in', body.ids ?? []))
    .executeTakeFirst();
  return { marked: Number(result.numUpdatedRows) };
}

export async function getNotificationSettings(
  ctx: AppContext,
  owner: NotificationOwner,
): Promise<TNotificationSettings> {
  const row = await ctx.db
    .selectFrom('memberships')
    .select('notificationDigest')
    .where('workspaceId', '=', owner.workspaceId)
    .where('userId', '=', owner.userId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('membership');
  return { digest: row.notificationDigest };
}

/** The digest choice is per workspace membership: a person in two workspaces chooses for each. */
export async function updateNotificationSettings(
  ctx: AppContext,
  owner: NotificationOwner,
  settings: TNotificationSettings,
): Promise<TNotificationSettings> {
  await ctx.db
    .updateTable('memberships')
    .set({ notificationDigest: settings.digest })
    .where('workspaceId', '=', owner.workspaceId)
    .where('userId', '=', owner.userId)
    .execute();
  return getNotificationSettings(ctx, owner);
}
