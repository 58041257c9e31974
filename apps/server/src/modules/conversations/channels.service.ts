import type { TInboundChannel, TPageQuery } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { createWebhook, deleteWebhook, generateWebhookSecret, verifySignature } from '../webhooks/index';
import { withChannelTables } from './channel-tables';

/** The webhook event that carries an agent's reply to an api channel's bridge. */
export const CHANNEL_REPLY_EVENT = 'conversation.reply';

const CHANNEL_COLUMNS = ['id', 'name', 'kind', 'replyWebhookId', 'createdAt'] as const;
type ChannelRow = {
  id: string;
  name: string;
  kind: 'api' | 'email';
  replyWebhookId: string | null;
  createdAt: Date;
};

function presentChannel(ctx: AppContext, row: ChannelRow): TInboundChannel {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    replyWebhookId: row.replyWebhookId,
    inboundUrl: `${ctx.publicUrl}/api/v1/channels/${row.id}/inbound`,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Creates a channel; its secret is returned here once. An api channel with a `replyUrl` gets a webhook
 * subscription for agent replies, and shares its secret, so one key signs both directions.
 */
export async function createChannel(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: { name: string; kind: 'api' | 'email'; replyUrl?: string | undefined },
) {
  if (input.kind === 'email' && input.replyUrl) {
    throw new AppError('VALIDATION_FAILED', 'An email channel replies by email; leave replyUrl out.', [
      { name: 'body.replyUrl', reason: 'only for api channels' },
    ]);
  }
  let secret = generateWebhookSecret();
  let replyWebhookId: string | null = null;
  if (input.replyUrl) {
    const webhook = await createWebhook(ctx, principal, {
      url: input.replyUrl,
      events: [CHANNEL_REPLY_EVENT],
      description: `Replies of the channel "${input.name}"`,
      active: true,
    });
    secret = webhook.secret;
    replyWebhookId = webhook.id;
  }
  const id = uuidv7();
  const row = await inTransaction(ctx, async (tx) => {
    const inserted = await withChannelTables(tx)
      .insertInto('conversationChannels')
      .values({
        workspaceId: principal.workspaceId,
        id,
        name: input.name,
        kind: input.kind,
        secret,
        replyWebhookId,
        createdBy: principal.userId,
      })
      .returning(CHANNEL_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'channel.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: input.name, kind: input.kind },
    });
    return inserted;
  });
  return { ...presentChannel(ctx, row), secret };
}

export async function listChannels(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const before = decodeCursor(page.cursor);
  const rows = await withChannelTables(ctx.db)
    .selectFrom('conversationChannels')
    .select(CHANNEL_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(before), (q) => q.where('id', '<', before as string))
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return toPage(
    rows,
    page.limit,
    (row) => row.id,
    (row) => presentChannel(ctx, row),
  );
}

export async function getChannel(ctx: AppContext, workspaceId: string, id: string): Promise<TInboundChannel> {
  const row = await withChannelTables(ctx.db)
    .selectFrom('conversationChannels')
    .select(CHANNEL_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('channel');
  return presentChannel(ctx, row);
}

/** Removes a channel and its reply webhook; its conversations stay (they are the workspace's history). */
export async function deleteChannel(ctx: AppContext, principal: WorkspacePrincipal, id: string) {
  const channel = await getChannel(ctx, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    await withChannelTables(tx)
      .deleteFrom('conversationChannels')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'channel.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: channel.name },
    });
  });
  if (channel.replyWebhookId) {
    await deleteWebhook(ctx, principal, channel.replyWebhookId).catch((error: unknown) => {
      // Already removed by hand from the webhooks page: nothing left to do.
      if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
    });
  }
}

/**
 * The channel an inbound request names, once its body is proven to come from the holder of the channel's
 * secret (same scheme as outgoing webhooks: `Touchpoint-Signature: t=<unix>,v1=<hex HMAC of "t.body">`,
 * five minutes of tolerance). Unknown channels are 404; a missing or wrong signature is 401.
 */
export async function authenticateInbound(
  ctx: AppContext,
  channelId: string,
  header: string | undefined,
  rawBody: string,
) {
  const channel = await withChannelTables(ctx.db)
    .selectFrom('conversationChannels')
    .select(['workspaceId', 'id', 'name', 'kind', 'secret', 'replyWebhookId'])
    .where('id', '=', channelId)
    .executeTakeFirst();
  if (!channel) throw AppError.notFound('channel');
  const check = verifySignature(channel.secret, header, rawBody);
  if (!check.ok) {
    throw new AppError(
      'UNAUTHENTICATED',
      `Sign the raw body with the channel's secret in the Touchpoint-Signature header (t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">): ${check.reason}.`,
    );
  }
  return channel;
}
