// @touchpoint/core: pure domain logic, no I/O, usable on the server and in the browser.

export {
  type Answer,
  type CesResult,
  type CsatResult,
  computeCes,
  computeCsat,
  computeEnps,
  computeNps,
  isSmallSample,
  type NpsResult,
  SMALL_SAMPLE_FLOOR,
} from './metrics';
export {
  type Estimate,
  type Interval,
  mean,
  normalQuantile,
  populationVariance,
  sampleVariance,
  studentTQuantile,
  wilsonInterval,
  Z_95,
} from './statistics';
