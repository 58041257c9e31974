export { maturityRoutes } from './maturity.routes';
export { measureEvidence } from './maturity.service';
