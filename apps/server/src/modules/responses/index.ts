export { responseRoutes } from './responses.routes';
