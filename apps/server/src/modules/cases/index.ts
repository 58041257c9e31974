export { fireAlertsForFeedback } from './alerts.service';
export { checkAnomalyRules } from './anomalies.service';
export { caseRoutes } from './cases.routes';
export {
  assignCase,
  type CreateCaseInput,
  changeCaseStatus,
  createCase,
  reassignCasesOfMember,
} from './cases.service';
export { sendFollowUp, sendFollowUpJob } from './follow-ups.service';
export { runSlaSweep } from './sla.service';
