export { registerHealthRoute } from './health.routes';
