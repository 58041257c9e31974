export { teamRoutes } from './teams.routes';
