export {
  renderTemplate,
  repairStaleEmails,
  sendAutomationEmail,
  sendAutomationEmailJob,
} from './automation-email';
export { automationRoutes } from './automations.routes';
export { ELAPSED_SWEEP_CRON, sweepElapsedAutomations } from './elapsed';
export {
  AUTOMATION_EVENT_TYPES,
  automationEventJob,
  enqueueAutomationEvent,
  enqueueAutomationEvents,
  MAX_AUTOMATION_DEPTH,
  runEventAutomations,
  runFeedbackAutomations,
} from './engine';
