import type { TBusinessHours } from '@touchpoint/schemas';
import { wilsonInterval } from '../statistics/wilson';
import { businessMinutesBetween } from './business-hours';

/** The median of a list (the mean of the two middle values for an even count); null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] as number;
  return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A share as a fraction with its Wilson 95% interval; both null when n is 0 (no fake zero). */
export function rateWithInterval(
  successes: number,
  n: number,
): { rate: number | null; ci95: [number, number] | null } {
  const estimate = wilsonInterval(successes, n);
  return { rate: estimate.value, ci95: estimate.ci95 };
}

/** Where an SLA clock stands: before 80 % of its business time, past 80 % (warn), or past the due date. */
export type TSlaClockState = 'ok' | 'warn' | 'breached';

/** The share of a clock's business time after which the assignee and team are warned. */
export const SLA_WARN_SHARE = 0.8;

/**
 * The state of one SLA clock that started at `startedAt` and is due at `dueAt`, at `now`, counting
 * business minutes of `hours` (null = around the clock).
 */
export function slaClockState(input: {
  startedAt: Date;
  dueAt: Date;
  now: Date;
  hours: TBusinessHours | null;
}): TSlaClockState {
  if (input.now.getTime() >= input.dueAt.getTime()) return 'breached';
  const total = businessMinutesBetween(input.startedAt, input.dueAt, input.hours);
  if (total <= 0) return 'ok';
  const elapsed = businessMinutesBetween(input.startedAt, input.now, input.hours);
  return elapsed >= SLA_WARN_SHARE * total ? 'warn' : 'ok';
}
