export { mean, populationVariance, sampleVariance } from './descriptive';
export { clamp, type Estimate, type Interval, proportionAsPercent } from './interval';
export { normalQuantile, Z_95 } from './normal';
export { studentTCdf, studentTQuantile } from './student-t';
export { wilsonInterval } from './wilson';
