export { metricRoutes } from './metrics.routes';
export { queryMetric } from './metrics.service';
export { markResponseDirty, rebuildRollups, refreshDirtySlices, verifyRollups } from './rollups.service';
