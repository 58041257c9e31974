import {
  ZConversationMetrics,
  ZConversationMetricsQuery,
  ZCreatedInboundChannel,
  ZCreateInboundChannelBody,
  ZCsatBody,
  ZCsatResult,
  ZIdParams,
  ZInboundChannel,
  ZPageQuery,
  zPage,
} from '@touchpoint/schemas';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { confirmBotAnswer } from './bot-resolution.service';
import { receiveInbound } from './channel-inbound.service';
import { createChannel, deleteChannel, getChannel, listChannels } from './channels.service';
import { conversationMetrics } from './conversation-metrics.service';
import { bearerTokenOf } from './conversations.service';
import { submitCsat } from './csat.service';

// Around conversations: the customer's CSAT answer, the inbox metrics and inbound channels (CRUD here;
// the signed inbound endpoint is registered by registerChannelInbound, which needs the raw body).

const INBOUND_BODY_LIMIT = 256 * 1024;

export function conversationExtraRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/public/conversations/:id/csat',
      tag: 'Public',
      summary:
        "The customer's satisfaction answer (1–5) after resolution, stored as a response of the workspace's conversation satisfaction survey and credited to the resolving agent and team",
      access: 'public',
      rateLimitPerMinute: ctx.limits.publicPerIpPerMinute,
      bodyLimitBytes: 8 * 1024,
      params: ZIdParams,
      body: ZCsatBody,
      responses: { 201: ZCsatResult },
      handler: async ({ params, body, req, reply }) => {
        const result = await submitCsat(ctx, params.id, bearerTokenOf(req.headers.authorization), body);
        reply.code(201).send(result);
        return reply;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/public/conversations/:id/resolve',
      tag: 'Public',
      summary:
        '"That answered it": the customer closes a conversation the bot is handling (counted as a confirmed bot resolution)',
      access: 'public',
      rateLimitPerMinute: ctx.limits.publicPerIpPerMinute,
      bodyLimitBytes: 1024,
      params: ZIdParams,
      responses: { 200: z.object({ status: z.literal('resolved'), resolution: z.string() }) },
      handler: ({ params, req }) =>
        confirmBotAnswer(ctx, params.id, bearerTokenOf(req.headers.authorization)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/conversations/metrics',
      tag: 'Conversations',
      summary:
        'Inbox metrics: honest bot containment (confirmed vs assumed, no come-back within 7 days), hand-over rate and reasons, first response and resolution percentiles, CSAT per agent and team with n and 95% CI',
      access: 'conversations.read',
      query: ZConversationMetricsQuery,
      responses: { 200: ZConversationMetrics },
      handler: ({ query, principal }) =>
        conversationMetrics(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/channels',
      tag: 'Channels',
      summary: 'List inbound channels (never their secrets)',
      access: 'webhooks.manage',
      query: ZPageQuery,
      responses: { 200: zPage(ZInboundChannel) },
      handler: ({ query, principal }) => listChannels(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/channels',
      tag: 'Channels',
      summary:
        'Create an inbound channel (api: a bridge such as Zalo or WhatsApp; email: a mail gateway); the signing secret is returned once',
      access: 'webhooks.manage',
      body: ZCreateInboundChannelBody,
      responses: { 201: ZCreatedInboundChannel },
      handler: async ({ body, principal, reply }) => {
        reply.code(201).send(await createChannel(ctx, requireWorkspace(principal), body));
        return reply;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/channels/:id',
      tag: 'Channels',
      summary: 'Get an inbound channel',
      access: 'webhooks.manage',
      params: ZIdParams,
      responses: { 200: ZInboundChannel },
      handler: ({ params, principal }) => getChannel(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/channels/:id',
      tag: 'Channels',
      summary: 'Delete an inbound channel (its conversations stay)',
      access: 'webhooks.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: async ({ params, principal, reply }) => {
        await deleteChannel(ctx, requireWorkspace(principal), params.id);
        reply.code(204).send();
        return reply;
      },
    }),
  ];
}

/**
 * `POST /api/v1/channels/:id/inbound`: a message signed with the channel's secret (Touchpoint-Signature,
 * the scheme of outgoing webhooks). The signature covers the exact bytes, so this route reads the body as
 * text (in its own encapsulated scope) and parses the JSON only after checking it.
 */
export function registerChannelInbound(app: FastifyInstance, ctx: AppContext): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'string', bodyLimit: INBOUND_BODY_LIMIT },
      (_request, body, done) => done(null, String(body)),
    );
    scope.post(
      '/api/v1/channels/:id/inbound',
      { bodyLimit: INBOUND_BODY_LIMIT, config: { rateLimit: { max: 1200, timeWindow: 60_000 } } },
      async (request, reply) => {
        const id = (request.params as { id?: string }).id ?? '';
        if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
          throw AppError.notFound('channel');
        }
        const signature = request.headers['touchpoint-signature'];
        const rawBody = typeof request.body === 'string' ? request.body : '';
        const result = await receiveInbound(
          ctx,
          id,
          typeof signature === 'string' ? signature : undefined,
          rawBody,
        );
        return reply.code(result.created ? 201 : 200).send(result);
      },
    );
  });
}
