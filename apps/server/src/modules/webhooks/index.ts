export { generateWebhookSecret, signatureHeader, verifySignature } from './signature';
export {
  enqueueAlertFired,
  enqueueAutomationDelivery,
  enqueueCaseEvent,
  enqueueResponseCompleted,
  enqueueReviewsImported,
  enqueueWebhookEvents,
  WEBHOOK_SOURCE_EVENT_TYPES,
} from './webhook-events';
export { webhookRoutes } from './webhooks.routes';
export {
  attemptDelivery,
  createWebhook,
  deleteWebhook,
  deliverWebhookJob,
  enqueueWebhookEvent,
  sweepDueDeliveries,
} from './webhooks.service';
