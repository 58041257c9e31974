export {
  addBusinessMinutes,
  businessMinutesBetween,
  computeCaseDueDates,
  DEFAULT_SLA_POLICY,
  type TSlaPriority,
} from './business-hours';
export {
  median,
  rateWithInterval,
  SLA_WARN_SHARE,
  slaClockState,
  type TSlaClockState,
} from './programme-health';
