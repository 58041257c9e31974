import { can } from '@touchpoint/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { WorkspacePrincipal } from '../../platform/http/principal';
import type { LivePayload } from '../../platform/live-updates';
import type { PiiView } from '../../platform/pii-view';
import { createAuthenticator } from '../identity/index';
import { findConversation, findMessage, presentMessages } from './conversations.repository';
import { authorizeCustomer } from './conversations.service';
import { conversationChannel, queueChannel, workspaceChannel } from './effects';
import { acquireStreamSlots, conversationLimitsOf } from './limits';
import { queueOf } from './routing.service';
import { csatQuestion } from './texts';

const languageOf = (row: { language: string }) => (row.language === 'vi' ? ('vi' as const) : ('en' as const));

// Server-Sent Events for the chat: the customer's stream of one conversation and the agents' stream of
// their workspace. A notice carries ids only; each stream loads the row itself and decides what its reader
// may see (a customer never gets a private note). Heartbeats keep proxies from closing an idle stream;
// every subscription is dropped when the client goes away or the app stops.

const HEARTBEAT_MS = 15_000;

interface SseStream {
  send(event: string, data: unknown): void;
  /** Runs `work` in order with the other loads of this stream (events keep the order of the notices). */
  enqueue(work: () => Promise<void>): void;
  onClose(cleanup: () => void): void;
  /** Ends the stream (its reader may no longer see it). */
  close(): void;
}

function openStream(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): SseStream {
  reply.hijack();
  const raw = reply.raw;
  // Hijacked replies skip Fastify's hooks: keep the headers they set (CORS for the widget's host page).
  const headers: Record<string, string | string[] | number> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) headers[name] = value as string | string[] | number;
  }
  raw.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': request.id,
  });
  raw.write(': connected\n\n');
  const cleanups: (() => void)[] = [];
  let closed = false;
  let chain: Promise<void> = Promise.resolve();
  const close = () => {
    if (closed) return;
    closed = true;
    for (const cleanup of cleanups.splice(0)) cleanup();
    if (!raw.writableEnded) raw.end();
  };
  const heartbeat = setInterval(() => {
    if (!closed) raw.write(': heartbeat\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  cleanups.push(() => clearInterval(heartbeat));
  cleanups.push(ctx.live.onClose(close));
  request.raw.on('close', close);
  raw.on('close', close);
  raw.on('error', close);
  // The client may have gone while the request was being authorised: its 'close' has fired already and
  // would never be heard, leaving the subscriptions and the heartbeat behind for good.
  if (request.raw.destroyed || raw.destroyed || request.socket.destroyed) close();
  return {
    send(event, data) {
      if (closed) return;
      raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    enqueue(work) {
      chain = chain
        .then(() => (closed ? undefined : work()))
        .catch((error: unknown) => ctx.logger.warn({ err: error }, 'live stream update failed'));
    },
    onClose(cleanup) {
      if (closed) cleanup();
      else cleanups.push(cleanup);
    },
    close,
  };
}

/** The customer's stream: new public messages, status and queue changes, and the CSAT question on resolution. */
export async function streamPublicConversation(
  ctx: AppContext,
  conversationId: string,
  token: string | undefined,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const authorized = await authorizeCustomer(ctx.db, conversationId, token);
  const { workspaceId } = authorized;
  const limits = conversationLimitsOf(ctx);
  // Each open stream holds a connection and a subscription: capped per address, per conversation and per
  // workspace (429 before the stream opens), so no client can exhaust the server's sockets or memory.
  const release = acquireStreamSlots(ctx, [
    { key: `ip:${request.ip}`, cap: limits.streamsPerIp, what: 'from your address' },
    {
      key: `conversation:${conversationId}`,
      cap: limits.streamsPerConversation,
      what: 'for this conversation',
    },
    { key: `workspace:${workspaceId}`, cap: limits.streamsPerWorkspace, what: 'for this workspace' },
  ]);
  let stream: SseStream;
  try {
    stream = openStream(ctx, request, reply);
  } catch (error) {
    release();
    throw error;
  }
  stream.onClose(release);
  // Whether this customer waits in line (only then does a moving line concern them).
  let waiting = false;
  const sendStatus = async () => {
    const conversation = await findConversation(ctx.db, workspaceId, conversationId);
    waiting = conversation.status === 'open' && !conversation.assigneeUserId;
    stream.send('status', { status: conversation.status, queue: await queueOf(ctx.db, conversation) });
    return conversation;
  };
  const onNotice = (payload: LivePayload) =>
    stream.enqueue(async () => {
      if (payload.type === 'message' && typeof payload.message === 'string') {
        // Carried in the notice (public messages only ever are): no read, so no wait behind other work.
        stream.send('message', JSON.parse(payload.message));
      } else if (payload.type === 'message' && typeof payload.messageId === 'string') {
        const row = await findMessage(ctx.db, workspaceId, conversationId, payload.messageId);
        if (!row || row.private) return;
        const [message] = await presentMessages(ctx.db, [row]);
        stream.send('message', message);
      } else if (payload.type === 'status') {
        await sendStatus();
      } else if (payload.type === 'csat') {
        // Published once the satisfaction question was asked (the contact budget may skip it).
        const conversation = await sendStatus();
        if (conversation.status === 'resolved') {
          stream.send('csat', {
            question:
              typeof payload.question === 'string'
                ? payload.question
                : csatQuestion(languageOf(conversation)),
          });
        }
      }
    });
  const onQueue = () =>
    stream.enqueue(async () => {
      if (waiting) await sendStatus();
    });
  stream.onClose(ctx.live.subscribe(conversationChannel(conversationId), onNotice));
  stream.onClose(ctx.live.subscribe(queueChannel(workspaceId), onQueue));
  // The state as of now, so a reconnecting client misses nothing that changed while it was away.
  stream.enqueue(async () => {
    await sendStatus();
  });
}

/**
 * An inbox stream lives as long as its reader's access: every `everyMs` the request's credentials are
 * authenticated again, and the stream ends once they fail (signed out, session revoked, key revoked) or no
 * longer reach this workspace with conversations.read (deactivated, removed, demoted).
 */
function stopWhenAccessEnds(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  request: FastifyRequest,
  stream: SseStream,
  everyMs: number,
): void {
  const authenticate = createAuthenticator(ctx.db);
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    authenticate(request)
      .then((now) => {
        const still =
          now !== null &&
          now.workspaceId === principal.workspaceId &&
          now.userId === principal.userId &&
          now.role !== null &&
          can(now.role, 'conversations.read') &&
          !now.twoFactorSetupRequired;
        if (!still) stream.close();
      })
      // An authentication error (UNAUTHENTICATED, 403) ends the stream; a database hiccup is checked again.
      .catch((error: unknown) => {
        if (error instanceof AppError) stream.close();
      })
      .finally(() => {
        checking = false;
      });
  }, everyMs);
  timer.unref();
  stream.onClose(() => clearInterval(timer));
}

/** The agents' stream: every conversation change and message of the workspace (private notes included). */
export function streamWorkspaceConversations(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  pii: PiiView,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const { workspaceId } = principal;
  const limits = conversationLimitsOf(ctx);
  const reader = principal.userId ?? `api_key:${principal.apiKeyId ?? ''}`;
  const release = acquireStreamSlots(ctx, [
    { key: `reader:${workspaceId}:${reader}`, cap: limits.streamsPerUser, what: 'for you' },
    { key: `workspace:${workspaceId}`, cap: limits.streamsPerWorkspace, what: 'for this workspace' },
  ]);
  let stream: SseStream;
  try {
    stream = openStream(ctx, request, reply);
  } catch (error) {
    release();
    throw error;
  }
  stream.onClose(release);
  stopWhenAccessEnds(ctx, principal, request, stream, limits.agentRecheckMs);
  // Text as this reader may see it (roles without pii.read get it redacted, as in the inbox's GETs).
  const knownOf = async (contactId: string | null) => {
    if (pii.canReadPii || !contactId) return [];
    const contact = await ctx.db
      .selectFrom('contacts')
      .select(['email', 'phone', 'attributes'])
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', contactId)
      .executeTakeFirst();
    const name = contact?.attributes?.name;
    return [typeof name === 'string' ? name : null, contact?.email, contact?.phone];
  };
  const onNotice = (payload: LivePayload) =>
    stream.enqueue(async () => {
      const conversationId = typeof payload.conversationId === 'string' ? payload.conversationId : null;
      if (!conversationId) return;
      const conversation = await findConversation(ctx.db, workspaceId, conversationId).catch(() => null);
      if (!conversation) return;
      const known = await knownOf(conversation.contactId);
      if (payload.type === 'message' && typeof payload.messageId === 'string') {
        const row = await findMessage(ctx.db, workspaceId, conversationId, payload.messageId);
        if (!row) return;
        const [message] = await presentMessages(ctx.db, [row]);
        if (message) stream.send('message', { ...message, text: pii.text(message.text, known) });
      }
      const last = await ctx.db
        .selectFrom('conversationMessages')
        .select(['text', 'author', 'createdAt', 'private'])
        .where('workspaceId', '=', workspaceId)
        .where('conversationId', '=', conversationId)
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      stream.send('conversation', {
        id: conversation.id,
        status: conversation.status,
        assigneeId: conversation.assigneeUserId,
        teamId: conversation.teamId,
        handoffReason: conversation.handoffReason,
        lastMessage: last
          ? {
              text: pii.text(last.text, known),
              author: last.author,
              createdAt: last.createdAt.toISOString(),
              private: last.private,
            }
          : null,
        updatedAt: conversation.updatedAt.toISOString(),
      });
    });
  stream.onClose(ctx.live.subscribe(workspaceChannel(workspaceId), onNotice));
}
