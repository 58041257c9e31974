export { programmeHealthRoutes } from './programme-health.routes';
export { programmeHealth } from './programme-health.service';
