export * from './aggregates';
export type { Answer } from './answers';
export { type CesResult, computeCes } from './ces';
export { type CsatResult, computeCsat } from './csat';
export { computeEnps, computeNps, type NpsResult } from './nps';
export { isSmallSample, SMALL_SAMPLE_FLOOR } from './sample-size';
export { type WeightedAnswer, type WeightedResult, weightedCsat, weightedNps } from './weighted';
