export {
  findAnswerableSurvey,
  presentPublicSurvey,
  recordDisplay,
  submitResponse,
} from './ingestion.service';
export { responseRoutes } from './responses.routes';
