import { createHash } from 'node:crypto';
import {
  type TApiInboundMessage,
  type TConversationMessage,
  type TEmailInboundMessage,
  ZApiInboundMessage,
  ZEmailInboundMessage,
} from '@touchpoint/schemas';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError, validationError } from '../../platform/errors';
import { escapeHtml } from '../../platform/mail';
import { enqueueWebhookEvent } from '../webhooks/index';
import { withChannelTables } from './channel-tables';
import { authenticateInbound, CHANNEL_REPLY_EVENT } from './channels.service';
import { createPublicConversation, sendCustomerMessage } from './conversations.service';

// Inbound channel messages run the widget's own path: the channel holds its customer's token for each
// conversation and writes through createPublicConversation / sendCustomerMessage, so the bot, hand-over
// rules, routing, live updates and domain events are exactly the same. Agent replies go back out: to an
// api channel's bridge as a signed `conversation.reply` webhook (the webhook outbox retries), to an email
// customer through the mailer, threaded by In-Reply-To / References (or a `…+c-<conversation id>@…` address).

type InboundChannel = Awaited<ReturnType<typeof authenticateInbound>>;

export interface InboundResult {
  conversationId: string;
  messageId: string | null;
  created: boolean;
  duplicate: boolean;
  status: string | null;
  /** The bot's (or system's) immediate answers; a bridge shows them at once. */
  replies: TConversationMessage[];
}

function parseBody<T extends z.ZodType>(schema: T, rawBody: string): z.output<T> {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new AppError('MALFORMED_JSON', 'The body must be JSON (the exact bytes that were signed).');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError(parsed.error, 'body');
  return parsed.data;
}

/** A short stable id for a foreign message id (the client message id column takes at most 100 characters). */
const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 40);

/** `POST /api/v1/channels/:id/inbound`: a signed message from a bridge or a mail gateway. */
export async function receiveInbound(
  ctx: AppContext,
  channelId: string,
  signature: string | undefined,
  rawBody: string,
): Promise<InboundResult> {
  const channel = await authenticateInbound(ctx, channelId, signature, rawBody);
  if (channel.kind === 'email') return receiveEmail(ctx, channel, parseBody(ZEmailInboundMessage, rawBody));
  const body = parseBody(ZApiInboundMessage, rawBody);
  // With a messageId a repeat is harmless (the same message comes back); without one, the same signed
  // bytes sent again would be a second message: refused while the signature's timestamp is accepted.
  if (!body.messageId) await refuseReplay(ctx, channel, signature ?? '');
  return receiveApiMessage(ctx, channel, body);
}

/** How long a signature stays accepted (the verifier's tolerance, both ways) plus a margin. */
const REPLAY_WINDOW_MS = 11 * 60_000;

async function refuseReplay(ctx: AppContext, channel: InboundChannel, signature: string): Promise<void> {
  const v1 = signature
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .sort()
    .join(',');
  const signatureHash = createHash('sha256').update(v1).digest('hex');
  const tables = withChannelTables(ctx.db);
  await tables
    .deleteFrom('conversationChannelReplays')
    .where('workspaceId', '=', channel.workspaceId)
    .where('receivedAt', '<', new Date(Date.now() - REPLAY_WINDOW_MS))
    .execute();
  const claimed = await tables
    .insertInto('conversationChannelReplays')
    .values({ workspaceId: channel.workspaceId, channelId: channel.id, signatureHash })
    .onConflict((oc) => oc.columns(['workspaceId', 'channelId', 'signatureHash']).doNothing())
    .returning('signatureHash')
    .executeTakeFirst();
  if (!claimed) {
    throw new AppError(
      'CONFLICT',
      'This signed request was already received (a replay). Sign every request anew with the current time, and send a messageId so that a retry is recognised.',
    );
  }
}

async function findThread(ctx: AppContext, channel: InboundChannel, keys: string[]) {
  if (keys.length === 0) return undefined;
  return withChannelTables(ctx.db)
    .selectFrom('conversationChannelThreads')
    .selectAll()
    .where('workspaceId', '=', channel.workspaceId)
    .where('channelId', '=', channel.id)
    .where('threadKey', 'in', keys)
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
}

/**
 * The addresses a conversation's customer writes from: the reply address of the message that started its
 * thread on this channel, and the email of the conversation's contact (lower-cased).
 */
async function threadCustomerAddress(
  ctx: AppContext,
  channel: InboundChannel,
  conversationId: string,
): Promise<Set<string>> {
  const first = await withChannelTables(ctx.db)
    .selectFrom('conversationChannelThreads')
    .select('replyTo')
    .where('workspaceId', '=', channel.workspaceId)
    .where('channelId', '=', channel.id)
    .where('conversationId', '=', conversationId)
    .where('threadKey', 'like', 'message:%')
    .orderBy('createdAt', 'asc')
    .executeTakeFirst();
  const contact = await ctx.db
    .selectFrom('conversations')
    .innerJoin('contacts', (join) =>
      join
        .onRef('contacts.workspaceId', '=', 'conversations.workspaceId')
        .onRef('contacts.id', '=', 'conversations.contactId'),
    )
    .select('contacts.email')
    .where('conversations.workspaceId', '=', channel.workspaceId)
    .where('conversations.id', '=', conversationId)
    .executeTakeFirst();
  const addresses = [first?.replyTo, contact?.email].filter((value): value is string => Boolean(value));
  return new Set(addresses.map((value) => value.trim().toLowerCase()));
}

async function startConversation(
  ctx: AppContext,
  channel: InboundChannel,
  contact: { externalId?: string | undefined; email?: string | undefined; name?: string | undefined },
  language: 'en' | 'vi' | undefined,
) {
  const hasIdentity = Boolean(contact.externalId || contact.email);
  return createPublicConversation(ctx, {
    workspaceId: channel.workspaceId,
    ...(hasIdentity ? { contact } : {}),
    ...(language ? { language } : {}),
    // The conversation's channel names this channel ('api:<id>' or 'email'); the public body's type only
    // lists the widget's own values.
    channel: (channel.kind === 'email' ? 'email' : `api:${channel.id}`) as 'widget',
  });
}

async function receiveApiMessage(
  ctx: AppContext,
  channel: InboundChannel,
  body: TApiInboundMessage,
): Promise<InboundResult> {
  const threadKey = `conversation:${body.externalConversationId}`;
  let thread = await findThread(ctx, channel, [threadKey]);
  let created = false;
  if (!thread) {
    const conversation = await startConversation(ctx, channel, body.from, body.language);
    const inserted = await withChannelTables(ctx.db)
      .insertInto('conversationChannelThreads')
      .values({
        workspaceId: channel.workspaceId,
        channelId: channel.id,
        threadKey,
        conversationId: conversation.id,
        replyTo: body.externalConversationId,
        subject: null,
        customerToken: conversation.token,
      })
      .onConflict((oc) => oc.columns(['workspaceId', 'channelId', 'threadKey']).doNothing())
      .returningAll()
      .executeTakeFirst();
    // Two first messages of one external conversation at once: the first thread stored wins.
    thread = inserted ?? (await findThread(ctx, channel, [threadKey]));
    created = Boolean(inserted);
  }
  if (!thread) throw new AppError('CONFLICT', 'This conversation is being created; send the message again.');
  const sent = await sendCustomerMessage(
    ctx,
    thread.conversationId,
    thread.customerToken,
    { text: body.text, ...(body.messageId ? { clientMessageId: `api:${digest(body.messageId)}` } : {}) },
    undefined,
  );
  return {
    conversationId: thread.conversationId,
    messageId: sent.message.id,
    created,
    duplicate: !sent.created,
    status: sent.status,
    replies: sent.replies,
  };
}

/** `Name <a@b.c>` or `a@b.c` → the address (lower case) and the name. */
export function parseMailbox(value: string): { email: string; name: string | undefined } | null {
  const angle = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  const email = (angle ? angle[2] : value)?.trim().toLowerCase() ?? '';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return null;
  const name = angle?.[1]?.trim();
  return { email, name: name ? name : undefined };
}

/** Message ids as written in headers (`<id@host>`), each without its angle brackets. */
function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(/<([^>]+)>/g)].map((m) => m[1] as string);
  return bracketed.length > 0 ? bracketed : value.split(/\s+/).filter(Boolean);
}

/** The reply token of a reply address (`inbox+c-<conversation id>@…`). */
function replyTokenOf(to: string | undefined): string | null {
  const match = /\+c-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@/i.exec(to ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

/** The new part of a reply: quoted lines and the "On … wrote:" line before them are dropped. */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (/^\s*>/.test(line)) break;
    if (/^On .+ wrote:\s*$/.test(line) || /^Vào .+ đã viết:\s*$/.test(line)) break;
    if (/^-{2,}\s*Original Message\s*-{2,}/i.test(line)) break;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

async function receiveEmail(
  ctx: AppContext,
  channel: InboundChannel,
  body: TEmailInboundMessage,
): Promise<InboundResult> {
  const from = parseMailbox(body.from);
  if (!from) {
    throw new AppError('VALIDATION_FAILED', 'body.from: an email address such as "Lan <lan@example.com>"', [
      { name: 'body.from', reason: 'not an email address' },
    ]);
  }
  const ownId = messageIds(body.messageId)[0] ?? body.messageId;
  const ownKey = `message:${ownId}`;
  const seen = await findThread(ctx, channel, [ownKey]);
  if (seen) {
    return {
      conversationId: seen.conversationId,
      messageId: null,
      created: false,
      duplicate: true,
      status: null,
      replies: [],
    };
  }
  // Threading: a reply names earlier messages (ours or theirs) in In-Reply-To / References; a reply
  // address carries the conversation id.
  const keys = [...messageIds(body.inReplyTo), ...messageIds(body.references)].map((id) => `message:${id}`);
  let thread = await findThread(ctx, channel, keys);
  const token = replyTokenOf(body.to);
  if (!thread && token) {
    thread = await withChannelTables(ctx.db)
      .selectFrom('conversationChannelThreads')
      .selectAll()
      .where('workspaceId', '=', channel.workspaceId)
      .where('channelId', '=', channel.id)
      .where('conversationId', '=', token)
      .orderBy('createdAt', 'desc')
      .executeTakeFirst();
  }
  // Only the conversation's own customer may continue it: anyone else who quotes its Message-IDs or writes
  // to its reply address starts a conversation of their own (and never becomes where replies go).
  const customer = thread ? await threadCustomerAddress(ctx, channel, thread.conversationId) : null;
  if (thread && !customer?.has(from.email)) thread = undefined;
  let created = false;
  let conversationId: string;
  let customerToken: string;
  let subject = body.subject.trim() || null;
  if (thread) {
    conversationId = thread.conversationId;
    customerToken = thread.customerToken;
    subject = thread.subject ?? subject;
  } else {
    const conversation = await startConversation(
      ctx,
      channel,
      { email: from.email, name: from.name },
      undefined,
    );
    conversationId = conversation.id;
    customerToken = conversation.token;
    created = true;
  }
  const inserted = await withChannelTables(ctx.db)
    .insertInto('conversationChannelThreads')
    .values({
      workspaceId: channel.workspaceId,
      channelId: channel.id,
      threadKey: ownKey,
      conversationId,
      // A continued thread keeps the address it was started from (the sender matched it anyway).
      replyTo: thread?.replyTo ?? from.email,
      subject,
      customerToken,
    })
    .onConflict((oc) => oc.columns(['workspaceId', 'channelId', 'threadKey']).doNothing())
    .returning('threadKey')
    .executeTakeFirst();
  if (!inserted) {
    return { conversationId, messageId: null, created: false, duplicate: true, status: null, replies: [] };
  }
  const newPart = stripQuotedReply(body.text) || body.text.trim() || body.subject.trim() || '(empty email)';
  const text = (created && body.subject.trim() ? `${body.subject.trim()}\n\n${newPart}` : newPart).slice(
    0,
    4000,
  );
  const sent = await sendCustomerMessage(
    ctx,
    conversationId,
    customerToken,
    { text, clientMessageId: `email:${digest(ownId)}` },
    undefined,
  );
  // The bot's answer (or the hand-over notice) goes back by email too: an email customer has no chat.
  for (const reply of sent.replies) {
    await deliverToChannel(ctx, channel.workspaceId, conversationId, reply).catch((error: unknown) =>
      ctx.logger.warn({ err: error, conversationId }, 'email reply not sent'),
    );
  }
  return {
    conversationId,
    messageId: sent.message.id,
    created,
    duplicate: !sent.created,
    status: sent.status,
    replies: sent.replies,
  };
}

/**
 * Sends a message written to the customer (an agent's reply, the bot's answer) out through the channel the
 * conversation came from, once per message: a webhook delivery to an api channel's bridge, an email to an
 * email customer. Conversations of the widget have no thread here and are left alone.
 */
export async function deliverToChannel(
  ctx: AppContext,
  workspaceId: string,
  conversationId: string,
  message: Pick<TConversationMessage, 'id' | 'text' | 'author' | 'authorName' | 'createdAt' | 'private'>,
): Promise<void> {
  if (message.private || message.author === 'customer') return;
  const db = withChannelTables(ctx.db);
  const thread = await db
    .selectFrom('conversationChannelThreads')
    .innerJoin('conversationChannels', (join) =>
      join
        .onRef('conversationChannels.workspaceId', '=', 'conversationChannelThreads.workspaceId')
        .onRef('conversationChannels.id', '=', 'conversationChannelThreads.channelId'),
    )
    .select([
      'conversationChannels.id as channelId',
      'conversationChannels.kind',
      'conversationChannels.replyWebhookId',
      'conversationChannelThreads.replyTo',
      'conversationChannelThreads.subject',
      'conversationChannelThreads.customerToken',
    ])
    .where('conversationChannelThreads.workspaceId', '=', workspaceId)
    .where('conversationChannelThreads.conversationId', '=', conversationId)
    .where('conversationChannelThreads.threadKey', 'not like', 'sent:%')
    .orderBy('conversationChannelThreads.createdAt', 'desc')
    .executeTakeFirst();
  if (!thread) return;

  if (thread.kind === 'api') {
    if (!thread.replyWebhookId) return;
    await enqueueWebhookEvent(ctx, {
      workspaceId,
      type: CHANNEL_REPLY_EVENT,
      occurredAt: new Date(message.createdAt),
      webhookId: thread.replyWebhookId,
      items: async () => [
        {
          sourceKey: `reply:${message.id}`,
          data: {
            channelId: thread.channelId,
            conversationId,
            externalConversationId: thread.replyTo,
            message: {
              id: message.id,
              author: message.author,
              authorName: message.authorName ?? null,
              text: message.text,
              createdAt: message.createdAt,
            },
          },
        },
      ],
    });
    return;
  }

  if (!ctx.mailer || !thread.replyTo) {
    ctx.logger.warn({ conversationId }, 'email conversation reply not sent: SMTP is not configured');
    return;
  }
  // Claimed before sending, so a retried event sends the email at most once.
  const claimed = await db
    .insertInto('conversationChannelThreads')
    .values({
      workspaceId,
      channelId: thread.channelId,
      threadKey: `sent:${message.id}`,
      conversationId,
      replyTo: thread.replyTo,
      subject: thread.subject,
      customerToken: thread.customerToken,
    })
    .onConflict((oc) => oc.columns(['workspaceId', 'channelId', 'threadKey']).doNothing())
    .returning('threadKey')
    .executeTakeFirst();
  if (!claimed) return;
  const earlier = await db
    .selectFrom('conversationChannelThreads')
    .select('threadKey')
    .where('workspaceId', '=', workspaceId)
    .where('conversationId', '=', conversationId)
    .where('threadKey', 'like', 'message:%')
    .orderBy('createdAt', 'desc')
    .limit(20)
    .execute();
  const references = earlier.map((row) => `<${row.threadKey.slice('message:'.length)}>`);
  const subject = thread.subject
    ? /^re:/i.test(thread.subject)
      ? thread.subject
      : `Re: ${thread.subject}`
    : 'Re: your message';
  const sent = await ctx.mailer.send({
    to: thread.replyTo,
    subject,
    text: `${message.text}\n`,
    html: `<p>${escapeHtml(message.text).replace(/\n/g, '<br>')}</p>`,
    headers: references[0]
      ? { 'In-Reply-To': references[0], References: [...references].reverse().join(' ') }
      : {},
  });
  // The customer's reply will name this Message-ID: it threads back into the same conversation.
  const sentId = messageIds(sent.messageId)[0] ?? sent.messageId;
  await db
    .insertInto('conversationChannelThreads')
    .values({
      workspaceId,
      channelId: thread.channelId,
      threadKey: `message:${sentId}`,
      conversationId,
      replyTo: thread.replyTo,
      subject: thread.subject,
      customerToken: thread.customerToken,
    })
    .onConflict((oc) => oc.columns(['workspaceId', 'channelId', 'threadKey']).doNothing())
    .execute();
}

/** `conversation.agent_replied` → the reply goes out through the conversation's channel, if it has one. */
export async function deliverAgentReply(
  ctx: AppContext,
  workspaceId: string,
  payload: Record<string, unknown>,
): Promise<void> {
  const channel = typeof payload.channel === 'string' ? payload.channel : '';
  if (channel !== 'email' && !channel.startsWith('api:')) return;
  const conversationId = typeof payload.conversationId === 'string' ? payload.conversationId : null;
  const messageId = typeof payload.messageId === 'string' ? payload.messageId : null;
  if (!conversationId || !messageId) return;
  const row = await ctx.db
    .selectFrom('conversationMessages as m')
    .leftJoin('users as u', 'u.id', 'm.authorUserId')
    .select(['m.id', 'm.text', 'm.author', 'm.private', 'm.createdAt', 'u.name as authorName'])
    .where('m.workspaceId', '=', workspaceId)
    .where('m.conversationId', '=', conversationId)
    .where('m.id', '=', messageId)
    .executeTakeFirst();
  if (!row) return;
  await deliverToChannel(ctx, workspaceId, conversationId, {
    ...row,
    createdAt: row.createdAt.toISOString(),
  });
}
