export { customerScores, dayWindow, measuredCsat, measuredNps } from './customer-scores';
export { exCxRoutes } from './ex-cx.routes';
