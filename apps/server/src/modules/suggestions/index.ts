export { suggestionRoutes } from './suggestions.routes';
