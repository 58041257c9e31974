export {
  enqueueAlertFired,
  enqueueAutomationDelivery,
  enqueueCaseEvent,
  enqueueResponseCompleted,
  enqueueReviewsImported,
} from './webhook-events';
export { webhookRoutes } from './webhooks.routes';
export { attemptDelivery, deliverWebhookJob, sweepDueDeliveries } from './webhooks.service';
