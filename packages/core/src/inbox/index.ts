export {
  type BotOutcome,
  CONTAINMENT_WINDOW_DAYS,
  type ContainmentResult,
  computeContainment,
  computeHandover,
  durationSummary,
  type HandoverResult,
  percentile,
} from './inbox-metrics';
