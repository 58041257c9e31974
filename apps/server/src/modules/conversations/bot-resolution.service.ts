import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { touchConversation } from './conversations.repository';
import { authorizeCustomer, lockConversation } from './conversations.service';
import { Effects } from './effects';

// How a conversation the bot handled ends. Confirmed: the customer pressed "that answered it". Assumed:
// the customer went silent after the bot's answer, and the sweep resolves it. The inbox metrics report the
// two apart, and neither counts as contained if the customer comes back within 7 days.

/** Bot conversations quiet for this long after the bot's answer are resolved as assumed. */
export const BOT_IDLE_MINUTES = 30;
/** Every 5 minutes, once across the cluster (the job queue's schedule runs one instance). */
export const BOT_IDLE_SWEEP_CRON = '*/5 * * * *';
/** Conversations resolved per sweep statement; a backlog is worked through over the next runs. */
const SWEEP_BATCH = 500;

/**
 * Resolves a conversation the bot still has (`bot_confirmed` or `bot_assumed`): no person is credited, the
 * `conversation.resolved` event carries the resolution, open streams hear it after the commit. Returns
 * false when it is no longer the bot's (a person took it, the customer wrote, or it is already resolved).
 */
async function resolveByBot(
  ctx: AppContext,
  workspaceId: string,
  id: string,
  resolution: 'bot_confirmed' | 'bot_assumed',
  stillIdleBefore?: Date,
): Promise<boolean> {
  const effects = new Effects();
  const done = await inTransaction(ctx, async (tx) => {
    const conversation = await lockConversation(tx, workspaceId, id);
    if (conversation.status !== 'bot') return false;
    if (stillIdleBefore && conversation.lastMessageAt >= stillIdleBefore) return false;
    const updated = await touchConversation(tx, workspaceId, id, {
      status: 'resolved',
      resolvedAt: new Date(),
      resolvedByUserId: null,
      resolvedByTeamId: conversation.teamId,
      resolution,
      snoozedUntil: null,
    });
    await recordEvent(tx, {
      workspaceId,
      type: 'conversation.resolved',
      actor: 'system',
      subjectId: id,
      payload: {
        conversationId: id,
        resolution,
        resolvedByUserId: null,
        resolvedByTeamId: updated.resolvedByTeamId,
        handedOver: updated.handedOverAt !== null,
        contactId: updated.contactId,
        language: updated.language,
        channel: updated.channel,
      },
    });
    effects.conversation(workspaceId, id);
    return true;
  });
  await effects.flush(ctx);
  return done;
}

/**
 * Resolves, as `bot_assumed`, the conversations still with the bot whose last message is the bot's answer
 * to a customer and is older than the idle time. A conversation where the customer never wrote (only the
 * greeting) is left alone: nobody was helped, so it must not count as contained.
 */
export async function sweepIdleBotConversations(ctx: AppContext, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - BOT_IDLE_MINUTES * 60_000);
  const idle = await sql<{ workspaceId: string; id: string }>`
    SELECT c.workspace_id AS "workspaceId", c.id FROM conversations c
    WHERE c.status = 'bot' AND c.last_message_at < ${cutoff}
      AND EXISTS (
        SELECT 1 FROM conversation_messages m
        WHERE m.workspace_id = c.workspace_id AND m.conversation_id = c.id AND m.author = 'customer'
      )
      AND (
        SELECT m.author FROM conversation_messages m
        WHERE m.workspace_id = c.workspace_id AND m.conversation_id = c.id AND NOT m.private
        ORDER BY m.created_at DESC, m.id DESC LIMIT 1
      ) = 'bot'
    ORDER BY c.last_message_at
    LIMIT ${SWEEP_BATCH}
  `.execute(ctx.db);
  let resolved = 0;
  for (const row of idle.rows) {
    // Each in its own short transaction; one answered or taken over meanwhile is skipped.
    if (await resolveByBot(ctx, row.workspaceId, row.id, 'bot_assumed', cutoff)) resolved++;
  }
  return resolved;
}

/**
 * "That answered it": the customer closes a conversation the bot is handling as resolved by the bot
 * (`bot_confirmed`). With a person involved (open or pending) it is refused: the agent resolves those.
 */
export async function confirmBotAnswer(
  ctx: AppContext,
  conversationId: string,
  token: string | undefined,
): Promise<{ status: 'resolved'; resolution: string }> {
  const conversation = await authorizeCustomer(ctx.db, conversationId, token);
  if (conversation.status === 'resolved') {
    return { status: 'resolved', resolution: conversation.resolution ?? 'agent' };
  }
  if (conversation.status !== 'bot') {
    throw new AppError('CONFLICT', 'A person is handling this conversation; they will resolve it with you.');
  }
  // Containment counts what the bot settled: a conversation where the bot answered no question of the
  // customer's cannot be confirmed as answered (else anyone could inflate the figure with empty chats).
  const answered = await ctx.db
    .selectFrom('conversationMessages')
    .select('id')
    .where('workspaceId', '=', conversation.workspaceId)
    .where('conversationId', '=', conversationId)
    .where('author', '=', 'bot')
    .where('inReplyTo', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  if (!answered) {
    throw new AppError('CONFLICT', 'Ask the bot a question first; there is no answer to confirm yet.');
  }
  await resolveByBot(ctx, conversation.workspaceId, conversationId, 'bot_confirmed');
  const after = await authorizeCustomer(ctx.db, conversationId, token);
  return { status: 'resolved', resolution: after.resolution ?? 'bot_confirmed' };
}
