export { metricRoutes } from './metrics.routes';
export { queryMetric } from './metrics.service';
export { responseRates } from './response-rates.service';
export {
  markResponseDirty,
  markResponsesDirty,
  rebuildRollups,
  refreshDirtySlices,
  verifyRollups,
} from './rollups.service';
