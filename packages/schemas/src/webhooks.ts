import { z } from 'zod';
import { ZId, ZPageQuery } from './common';
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES } from './constants';

export const ZWebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);

/** Only the shape is checked here; which hosts are allowed (no private targets) is the server's call. */
const ZWebhookUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, error: 'an http(s) URL' }));

export const ZWebhook = z.object({
  id: ZId,
  url: z.string(),
  events: z.array(ZWebhookEventType),
  description: z.string(),
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TWebhook = z.infer<typeof ZWebhook>;

export const ZCreatedWebhook = ZWebhook.extend({
  secret: z
    .string()
    .describe(
      'signing secret, shown once (and again only by rotating it); verify Touchpoint-Signature with it',
    ),
});
export type TCreatedWebhook = z.infer<typeof ZCreatedWebhook>;

const ZEvents = z
  .array(ZWebhookEventType)
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length)
  .transform((events) => [...new Set(events)]);

export const ZCreateWebhookBody = z.strictObject({
  url: ZWebhookUrl,
  events: ZEvents,
  description: z.string().trim().max(500).default(''),
  active: z.boolean().default(true),
});
export const ZUpdateWebhookBody = z.strictObject({
  url: ZWebhookUrl.optional(),
  events: ZEvents.optional(),
  description: z.string().trim().max(500).optional(),
  active: z.boolean().optional(),
});

export const ZWebhookDelivery = z.object({
  id: ZId,
  webhookId: ZId,
  eventType: z.string().describe('one of the webhook event types, or webhook.test'),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  deliveredAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;

export const ZWebhookDeliveriesQuery = ZPageQuery.extend({
  status: z.enum(WEBHOOK_DELIVERY_STATUSES).optional(),
});
export const ZWebhookDeliveryParams = z.strictObject({ id: ZId, deliveryId: ZId });
