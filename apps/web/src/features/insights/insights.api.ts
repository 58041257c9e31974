import { useQuery } from '@tanstack/react-query';
import { type ChangeTest, compareMeans, compareNps, compareProportions } from '@touchpoint/core';
import type { TMetricResult } from '@touchpoint/schemas/browser';
import { api, isApiError } from '../../lib/api';
import { calendarDayIn } from '../../lib/workspace-time';
import { useWorkspaceKey } from '../auth/auth.api';

export type TMetric = TMetricResult['metric'];
export type TMetricGroup = TMetricResult['groups'][number];
export type TTimeGrouping = 'day' | 'week' | 'month';
export type TBreakdown = 'touchpoint' | 'channel' | 'language' | 'segment' | 'account';

/** The group key of responses without a segment or account. */
export const NO_VALUE_KEY = '(none)';

/** The metrics a workspace follows, in the order the overview shows them. */
export const KEY_METRICS = ['nps', 'csat', 'ces'] as const satisfies readonly TMetric[];

/** The touchpoint key of answers given outside any touchpoint. */
export const NO_TOUCHPOINT = '00000000-0000-0000-0000-000000000000';

export interface TMetricQuery {
  metric: TMetric;
  surveyId?: string;
  questionId?: string;
  touchpointId?: string;
  channel?: string;
  language?: string;
  /** Inclusive UTC day, `yyyy-mm-dd`. */
  from?: string;
  /** Exclusive UTC day, `yyyy-mm-dd`. */
  to?: string;
  groupBy?: TTimeGrouping | TBreakdown | 'stage' | 'survey';
}

/** The result with the counts the server also sends, which the change tests need. */
export type TMetricAnswer = TMetricResult & {
  promoters?: number;
  passives?: number;
  detractors?: number;
  successes?: number;
  sum?: number;
  sumSquares?: number;
  agreePercent?: number;
};

export type TDriverView = 'questions' | 'touchpoints' | 'topics';

export interface TDriver {
  /** The question id, touchpoint id or topic id. */
  key: string;
  /** With by=questions only. */
  questionId?: string;
  label: string;
  importance: number;
  performance: number | null;
  quadrant: 'fix_first' | 'keep_up' | 'low_priority' | 'possible_overkill';
  /** Touchpoints: customers with a score there; topics: responses mentioning it. */
  coverage?: number;
}

export interface TDriverResult {
  by: TDriverView;
  surveyId: string;
  outcome: string;
  n: number;
  r2: number;
  method: string;
  drivers: TDriver[];
  excluded?: { key: string; label: string; coverage: number }[];
  minCoverage?: number;
}

export interface TResponseRateGroup {
  key: string;
  label: string | null;
  displays: number;
  started: number;
  finished: number;
  responseRate: number | null;
  completionRate: number | null;
}

export function useMetric(query: TMetricQuery, options: { enabled?: boolean } = {}) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'metrics', query],
    queryFn: ({ signal }) =>
      api<TMetricAnswer>('/api/v1/metrics', { query: { ...query, smallSampleFloor: 30 }, signal }),
    enabled: options.enabled ?? true,
    staleTime: 60_000,
  });
}

export function useDrivers(query: {
  by: TDriverView;
  surveyId: string;
  outcome: string;
  from?: string;
  to?: string;
}) {
  const workspaceKey = useWorkspaceKey();
  const { by, ...rest } = query;
  // Touchpoints and topics pick the outcome survey (and its NPS question) themselves when none is given.
  const params = by === 'questions' ? rest : { ...rest, by };
  return useQuery({
    queryKey: [...workspaceKey, 'drivers', by, params],
    queryFn: ({ signal }) => api<TDriverResult>('/api/v1/drivers', { query: params, signal }),
    enabled: by !== 'questions' || Boolean(query.surveyId && query.outcome),
    staleTime: 60_000,
  });
}

/**
 * What is missing when touchpoint or topic drivers answer 422: the `data.*` invalid param (contacts,
 * touchpoints, responses, topics or outcomeSurvey) and its numbers, from the reason "<found> found, <needed> needed".
 */
export function driverDataShortage(error: unknown): { reason: string; found: number; needed: number } | null {
  if (!isApiError(error) || error.status !== 422) return null;
  const param = error.invalidParams.find((p) => p.name.startsWith('data.'));
  if (!param) return null;
  const [found = 0, needed = 0] = (param.reason.match(/\d+/g) ?? []).map(Number);
  return { reason: param.name.slice('data.'.length), found, needed };
}

export function useResponseRates(query: { from?: string; to?: string; groupBy?: 'channel' | 'survey' }) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'response-rates', query],
    queryFn: ({ signal }) =>
      api<{ groups: TResponseRateGroup[] }>('/api/v1/response-rates', { query, signal }),
    select: (data) => data.groups,
    staleTime: 60_000,
  });
}

// Dates: the metrics API counts in days of the workspace's time zone, `to` exclusive.

/** `yyyy-mm-dd` of the day `offset` days from today, today being the workspace's (UTC by default). */
export function utcDay(offset = 0, from: Date = new Date()): string {
  const today = calendarDayIn(from);
  return offset === 0 ? today : addDays(today, offset);
}

/** Adds days to a `yyyy-mm-dd` day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last `days` days including today, as the API's range. */
export function lastDays(days: number, endOffset = 0): { from: string; to: string } {
  return { from: utcDay(endOffset - days + 1), to: utcDay(endOffset + 1) };
}

/** The first and last day (both inclusive) of a time group's key. */
export function groupDays(key: string, grouping: TTimeGrouping): { first: string; last: string } {
  if (grouping === 'day') return { first: key, last: key };
  if (grouping === 'week') return { first: key, last: addDays(key, 6) };
  const [year, month] = key.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return { first: `${key}-01`, last };
}

/** Is the change between two periods significant? The same tests the server uses for its groups. */
export function compareResults(
  metric: TMetric,
  previous: TMetricAnswer | undefined,
  current: TMetricAnswer | undefined,
): ChangeTest | null {
  if (!previous || !current || previous.n === 0 || current.n === 0) return null;
  if (metric === 'nps') {
    const counts = (r: TMetricAnswer) => ({
      promoters: r.promoters ?? 0,
      passives: r.passives ?? 0,
      detractors: r.detractors ?? 0,
    });
    return compareNps(counts(previous), counts(current));
  }
  if (metric === 'csat') {
    if (previous.successes === undefined || current.successes === undefined) return null;
    return compareProportions(
      { successes: previous.successes, n: previous.n },
      { successes: current.successes, n: current.n },
    );
  }
  if (previous.sum === undefined || current.sum === undefined) return null;
  return compareMeans(
    { n: previous.n, sum: previous.sum, sumSquares: previous.sumSquares ?? 0 },
    { n: current.n, sum: current.sum, sumSquares: current.sumSquares ?? 0 },
  );
}

/** A metric's value as people read it: NPS a signed whole number, CSAT a percentage, means one decimal. */
export function formatMetric(metric: TMetric, value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '–';
  if (metric === 'nps')
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(
      value,
    );
  if (metric === 'csat')
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)}%`;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatDelta(metric: TMetric, delta: number, locale: string): string {
  const digits = metric === 'ces' || metric === 'rating' ? 1 : 0;
  const text = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(delta);
  return metric === 'csat' ? `${text} pp` : text;
}

export function formatInterval(metric: TMetric, ci: [number, number] | null, locale: string): string {
  if (!ci) return '–';
  return `${formatMetric(metric, ci[0], locale)} – ${formatMetric(metric, ci[1], locale)}`;
}

/** The scale of a metric's axis. */
export function metricRange(metric: TMetric): { min: number; max: number } | null {
  if (metric === 'nps') return { min: -100, max: 100 };
  if (metric === 'csat') return { min: 0, max: 100 };
  if (metric === 'ces') return { min: 1, max: 7 };
  return null;
}

/** Trend direction of the last two groups with answers: only a significant change counts. */
export function trendOf(groups: readonly TMetricGroup[]): 'up' | 'down' | 'flat' | null {
  const withData = groups.filter((group) => group.n > 0 && group.value !== null);
  const last = withData.at(-1);
  if (!last) return null;
  const change = last.changeVsPrevious;
  if (!change) return 'flat';
  if (!change.significant) return 'flat';
  return change.delta > 0 ? 'up' : 'down';
}
