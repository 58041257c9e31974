import {
  ZCreatePublicConversationBody,
  ZIdParams,
  ZPublicConversationCreated,
  ZPublicHandoffResult,
  ZPublicMessages,
  ZPublicSendResult,
  ZPublicStreamQuery,
  ZSendPublicMessageBody,
} from '@touchpoint/schemas';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { defineRoute } from '../../platform/http/route';
import {
  bearerTokenOf,
  createPublicConversation,
  getPublicMessages,
  requestHandoff,
  sendCustomerMessage,
} from './conversations.service';
import { streamPublicConversation } from './streams';

// The customer's routes (widget, help center): no session; the conversation's bearer token is the proof.
// Small bodies, per-IP and per-conversation rate limits like the public survey endpoints.

const PUBLIC_BODY_LIMIT = 16 * 1024;

function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[\x21-\x7e]{8,100}$/.test(value)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The Idempotency-Key header must be 8–100 visible ASCII characters.',
      [{ name: 'headers.idempotency-key', reason: '8–100 visible ASCII characters, e.g. a UUID' }],
    );
  }
  return value;
}

const tokenOf = (request: FastifyRequest) => bearerTokenOf(request.headers.authorization);

export function publicConversationRoutes(ctx: AppContext) {
  const perIp = ctx.limits.publicPerIpPerMinute;
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/public/conversations',
      tag: 'Public',
      summary:
        'Start a chat: returns the conversation id and its token (send it as Authorization: Bearer <token>); the bot greets first when enabled',
      access: 'public',
      rateLimitPerMinute: Math.max(10, Math.floor(perIp / 4)),
      bodyLimitBytes: PUBLIC_BODY_LIMIT,
      body: ZCreatePublicConversationBody,
      responses: { 201: ZPublicConversationCreated },
      handler: ({ body }) => createPublicConversation(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/public/conversations/:id/messages',
      tag: 'Public',
      summary:
        "The customer writes. Send a clientMessageId (or Idempotency-Key): a retry returns the same message and replies. While the bot has the conversation, its answer comes back in 'replies'",
      access: 'public',
      // Per address here; per conversation in the service, after the token check (see takeCustomerMessage).
      rateLimitPerMinute: perIp,
      bodyLimitBytes: PUBLIC_BODY_LIMIT,
      params: ZIdParams,
      body: ZSendPublicMessageBody,
      responses: { 201: ZPublicSendResult, 200: ZPublicSendResult },
      handler: async ({ params, body, req, reply }) => {
        const result = await sendCustomerMessage(ctx, params.id, tokenOf(req), body, idempotencyKeyOf(req));
        const { created, ...answer } = result;
        reply.code(created ? 201 : 200).send(answer);
        return reply;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/conversations/:id/messages',
      tag: 'Public',
      summary:
        'The transcript as the customer sees it, the status, the place in line while waiting for a person',
      access: 'public',
      rateLimitPerMinute: perIp * 3,
      params: ZIdParams,
      responses: { 200: ZPublicMessages },
      handler: ({ params, req }) => getPublicMessages(ctx, params.id, tokenOf(req)),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/public/conversations/:id/handoff',
      tag: 'Public',
      summary:
        'The customer asks for a person; the bot stops answering and the conversation joins a team queue',
      access: 'public',
      rateLimitPerMinute: perIp,
      bodyLimitBytes: 1024,
      params: ZIdParams,
      responses: { 200: ZPublicHandoffResult },
      handler: ({ params, req }) => requestHandoff(ctx, params.id, tokenOf(req)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/conversations/:id/stream',
      tag: 'Public',
      summary:
        'Server-Sent Events: message, status {status, queue} and csat {question}. EventSource cannot send headers, so ?token= is accepted here',
      access: 'public',
      rateLimitPerMinute: 60,
      params: ZIdParams,
      query: ZPublicStreamQuery,
      responses: { 200: null },
      handler: async ({ params, query, req, reply }) => {
        await streamPublicConversation(ctx, params.id, tokenOf(req) ?? query.token, req, reply);
        return reply;
      },
    }),
  ];
}
