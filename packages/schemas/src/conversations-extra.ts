import { z } from 'zod';
import { ZId } from './common';

// Around conversations (issue 12): channels (signed API and email), the after-resolution CSAT and the
// inbox metrics. The conversations themselves are in conversations.ts.

export const CONVERSATION_CHANNEL_KINDS = ['api', 'email'] as const;

const ZReplyUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, error: 'an http(s) URL' }));

export const ZCreateInboundChannelBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(CONVERSATION_CHANNEL_KINDS),
  /** api channels: where agent replies are POSTed (signed with the channel's secret, through the webhook outbox). */
  replyUrl: ZReplyUrl.optional(),
});

export const ZInboundChannel = z.object({
  id: ZId,
  name: z.string(),
  kind: z.enum(CONVERSATION_CHANNEL_KINDS),
  replyWebhookId: ZId.nullable(),
  inboundUrl: z.string().describe('POST signed messages here (Touchpoint-Signature: t=<unix>,v1=<hex>)'),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TInboundChannel = z.infer<typeof ZInboundChannel>;

export const ZCreatedInboundChannel = ZInboundChannel.extend({
  secret: z.string().describe('signing secret, shown once: HMAC-SHA256 of "<t>.<raw body>", as for webhooks'),
});

/** A bridge's message: one customer message in one of its conversations. */
export const ZApiInboundMessage = z.strictObject({
  externalConversationId: z.string().trim().min(1).max(200),
  from: z
    .strictObject({
      externalId: z.string().trim().min(1).max(200).optional(),
      email: z.string().trim().max(254).pipe(z.email()).optional(),
      name: z.string().trim().max(200).optional(),
    })
    .default({}),
  text: z.string().trim().min(1).max(4000),
  /** The bridge's own message id: a retried delivery of the same message is stored once. */
  messageId: z.string().trim().min(1).max(100).optional(),
  language: z.enum(['en', 'vi']).optional(),
});
export type TApiInboundMessage = z.infer<typeof ZApiInboundMessage>;

/** An inbound email, as a mail gateway's webhook posts it. */
export const ZEmailInboundMessage = z.strictObject({
  from: z.string().trim().min(3).max(320),
  to: z.string().trim().max(320).optional(),
  subject: z.string().max(998).default(''),
  text: z.string().max(100_000),
  messageId: z.string().trim().min(1).max(998),
  inReplyTo: z.string().trim().max(998).optional(),
  references: z.string().max(10_000).optional(),
});
export type TEmailInboundMessage = z.infer<typeof ZEmailInboundMessage>;

export const ZInboundResult = z.object({
  conversationId: ZId,
  messageId: ZId.nullable(),
  created: z.boolean().describe('true when this message started a new conversation'),
  duplicate: z.boolean().describe('true when the message was already received (retries are harmless)'),
});

export const ZCsatBody = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
});

export const ZCsatResult = z.object({ responseId: ZId, surveyId: ZId });

export const ZConversationMetricsQuery = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  teamId: ZId.optional(),
});

const ZCi = z.tuple([z.number(), z.number()]).nullable();
const ZDurations = z.object({
  p50Seconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
  n: z.number(),
});
const ZCsatGroup = z.object({
  id: ZId,
  name: z.string(),
  value: z.number().nullable(),
  n: z.number().int(),
  ci: ZCi,
});

/** Inbox metrics; rates and CSAT are percentages (0–100) with Wilson 95% intervals, like every other metric. */
export const ZConversationMetrics = z.object({
  from: z.string(),
  to: z.string(),
  containment: z.object({
    rate: z.number().nullable(),
    n: z.number().int(),
    ci: ZCi,
    confirmed: z.number().int(),
    assumed: z.number().int(),
    cameBack: z.number().int(),
    provisional: z.number().int(),
  }),
  handover: z.object({
    rate: z.number().nullable(),
    n: z.number().int(),
    ci: ZCi,
    reasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  }),
  firstResponse: ZDurations,
  resolution: ZDurations,
  csat: z.object({
    value: z.number().nullable(),
    n: z.number().int(),
    ci: ZCi,
    byAgent: z.array(ZCsatGroup),
    byTeam: z.array(ZCsatGroup),
  }),
});
export type TConversationMetrics = z.infer<typeof ZConversationMetrics>;
