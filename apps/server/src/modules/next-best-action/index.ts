export { nextBestActionRoutes } from './nba.routes';
export { accountNextBestActions, contactNextBestActions, takeNextBestAction } from './nba.service';
export { ensureDefaultNbaRules } from './nba-rules.service';
