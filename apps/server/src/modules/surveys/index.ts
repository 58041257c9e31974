export { findSurveyForPublic } from './surveys.repository';
export { surveyRoutes } from './surveys.routes';
export { createSurvey, setSurveyStatus } from './surveys.service';
