export { actionPlanRoutes } from './action-plans.routes';
export { announcePlan, announcePlanJob } from './plan-notices.service';
