import { type Estimate, proportionAsPercent } from '../statistics/interval';
import { wilsonInterval } from '../statistics/wilson';

/** A customer who writes again within this long after a bot resolution was not helped by it. */
export const CONTAINMENT_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * The p-th percentile (0–100) of some durations, by linear interpolation between the closest ranks (the
 * "type 7" definition spreadsheets use), or `null` for no values. Input order does not matter.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`p must be between 0 and 100, got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (rank - low);
}

/** p50 and p90 of durations in seconds, with their n: first response and resolution times. */
export function durationSummary(seconds: readonly number[]): {
  p50Seconds: number | null;
  p90Seconds: number | null;
  n: number;
} {
  const valid = seconds.filter((s) => Number.isFinite(s) && s >= 0);
  return { p50Seconds: percentile(valid, 50), p90Seconds: percentile(valid, 90), n: valid.length };
}

/** How the bot's part of a conversation ended. */
export type BotOutcome =
  /** The customer said the answer helped ("that answered it"). */
  | { kind: 'bot_confirmed'; resolvedAt: Date; cameBackAt: Date | null }
  /** The customer went silent and the idle sweep resolved it. */
  | { kind: 'bot_assumed'; resolvedAt: Date; cameBackAt: Date | null }
  /** A person took over (whatever happened next). */
  | { kind: 'handed_over'; reason: string | null }
  /** Resolved by a person or the system without the bot resolving it (counted, never contained). */
  | { kind: 'other' };

export interface ContainmentResult {
  /** Percent (0–100) of the conversations the bot took part in that it resolved for good. */
  value: number | null;
  ci95: Estimate['ci95'];
  /** Conversations counted (every finished conversation that started with the bot). */
  n: number;
  /** Contained bot resolutions the customer confirmed. */
  confirmed: number;
  /** Contained bot resolutions assumed from silence. */
  assumed: number;
  /** Bot resolutions not counted because the customer came back within the window. */
  cameBack: number;
  /** Contained resolutions younger than the window: they may still turn into come-backs. */
  provisional: number;
}

/**
 * Bot containment counted honestly: a bot resolution counts only when the same customer did not write again
 * within `CONTAINMENT_WINDOW_DAYS` of it (`cameBackAt` is that customer's next message after the
 * resolution, in this or any conversation), and confirmed and assumed resolutions are reported apart. The
 * rate's denominator is every conversation of the period the bot took part in; a Wilson 95% interval,
 * like every other proportion metric, in percent.
 */
export function computeContainment(
  outcomes: readonly BotOutcome[],
  now: Date = new Date(),
): ContainmentResult {
  let confirmed = 0;
  let assumed = 0;
  let cameBack = 0;
  let provisional = 0;
  for (const outcome of outcomes) {
    if (outcome.kind !== 'bot_confirmed' && outcome.kind !== 'bot_assumed') continue;
    const windowEnd = outcome.resolvedAt.getTime() + CONTAINMENT_WINDOW_DAYS * DAY_MS;
    if (outcome.cameBackAt && outcome.cameBackAt.getTime() <= windowEnd) {
      cameBack++;
      continue;
    }
    if (outcome.kind === 'bot_confirmed') confirmed++;
    else assumed++;
    if (windowEnd > now.getTime()) provisional++;
  }
  const n = outcomes.length;
  const contained = confirmed + assumed;
  const estimate = proportionAsPercent(contained, n, wilsonInterval(contained, n));
  return { value: estimate.value, ci95: estimate.ci95, n, confirmed, assumed, cameBack, provisional };
}

export interface HandoverResult {
  /** Percent (0–100) of the conversations the bot took part in that went to a person. */
  value: number | null;
  ci95: Estimate['ci95'];
  n: number;
  /** Hand-overs per reason, most frequent first (ties by name); an unknown reason is `unknown`. */
  reasons: { reason: string; count: number }[];
}

/** Hand-over rate with its Wilson interval (percent) and the count of each reason. */
export function computeHandover(outcomes: readonly BotOutcome[]): HandoverResult {
  const counts = new Map<string, number>();
  let handedOver = 0;
  for (const outcome of outcomes) {
    if (outcome.kind !== 'handed_over') continue;
    handedOver++;
    const reason = outcome.reason ?? 'unknown';
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  const n = outcomes.length;
  const estimate = proportionAsPercent(handedOver, n, wilsonInterval(handedOver, n));
  const reasons = [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return { value: estimate.value, ci95: estimate.ci95, n, reasons };
}
