export {
  churnRiskOf,
  RESCORE_CHURN_CRON,
  RISK_BECAME_HIGH_EVENT,
  rescoreAllWorkspaces,
  runChurnTraining,
  startChurnTraining,
  trainChurnJob,
  trainChurnNow,
} from './churn.service';
export { predictionRoutes } from './predictions.routes';
