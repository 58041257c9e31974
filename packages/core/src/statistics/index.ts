export { mean, populationVariance, sampleVariance } from './descriptive';
export { clamp, type Estimate, type Interval, proportionAsPercent } from './interval';
export { normalQuantile, Z_95 } from './normal';
export { type ChangeTest, normalCdf, twoProportionTest, welchTest } from './significance';
export { studentTCdf, studentTQuantile } from './student-t';
export { wilsonInterval } from './wilson';
