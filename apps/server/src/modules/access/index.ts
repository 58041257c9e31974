export { accessRoutes } from './access.routes';
