export { registerHostedSurveyPage } from './hosted-survey.routes';
