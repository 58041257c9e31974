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
export { attemptDelivery, deliverWebhookJob, sweepDueDeliveries } from './webhooks.service';
