export { coachingRoutes } from './coaching.routes';
