import { addDays, utcDay } from '../insights.api';

export const SENTIMENT_LABELS = ['negative', 'mixed', 'neutral', 'positive'] as const;
export type TSentimentLabel = (typeof SENTIMENT_LABELS)[number];

export const COMMENT_LANGUAGES = ['en', 'vi', 'other'] as const;
export type TCommentLanguage = (typeof COMMENT_LANGUAGES)[number];

export interface TSentimentPart {
  label: TSentimentLabel;
  count: number;
  /** 0..1 of all the topic's comments. */
  share: number;
}

/** A topic's sentiment counts as the parts of a split bar, negative first so the bars line up on it. */
export function sentimentParts(counts: Partial<Record<TSentimentLabel, number>>): TSentimentPart[] {
  const total = SENTIMENT_LABELS.reduce((sum, label) => sum + Math.max(0, counts[label] ?? 0), 0);
  return SENTIMENT_LABELS.map((label) => {
    const count = Math.max(0, counts[label] ?? 0);
    return { label, count, share: total > 0 ? count / total : 0 };
  });
}

/**
 * An SVG path through the values, scaled to the box (the lowest at the bottom). Null for fewer than two
 * values: one point is not a trend.
 */
export function sparklinePath(values: readonly number[], width: number, height: number): string | null {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length < 2) return null;
  const min = Math.min(...finite);
  const span = Math.max(...finite) - min || 1;
  const padding = 2;
  return finite
    .map((value, index) => {
      const x = (index / (finite.length - 1)) * width;
      const y = height - padding - ((value - min) / span) * (height - 2 * padding);
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** A share (0..1) as a percentage: one decimal under 10 %, where a whole number would hide differences. */
export function formatShare(share: number | null | undefined, locale: string): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: Math.abs(share) < 0.1 ? 1 : 0,
  }).format(share);
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** How many times more often a theme comes up now than in the baseline, e.g. "×3.2". */
export function formatLift(lift: number | null | undefined, locale: string): string {
  if (lift === null || lift === undefined || !Number.isFinite(lift)) return '–';
  return `×${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(lift)}`;
}

/** A p-value as a reader expects it: tiny ones as "< 0.001" rather than a row of zeros. */
export function formatPValue(p: number | null | undefined, locale: string): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '–';
  if (p < 0.001) return `< ${new Intl.NumberFormat(locale, { minimumFractionDigits: 3 }).format(0.001)}`;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(p);
}

/** A signed number with a fixed number of decimals (sentiment scores, weights, impact). */
export function formatSigned(value: number, locale: string, digits = 2): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** The days a text view shows by default: the last `days`, today included (UTC days, as the API counts). */
export function defaultPeriod(days = 90, today: Date = new Date()): { from: string; lastDay: string } {
  return { from: utcDay(1 - days, today), lastDay: utcDay(0, today) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The API's range for days picked on the page (both inclusive there; the API excludes `to`). A day that is
 * not `yyyy-mm-dd` is left out rather than sent.
 */
export function periodQuery(from: string, lastDay: string): { from?: string; to?: string } {
  return {
    ...(DAY.test(from) ? { from } : {}),
    ...(DAY.test(lastDay) ? { to: addDays(lastDay, 1) } : {}),
  };
}

export interface TExplorerFilters {
  topicId?: string;
  sentiment?: string;
  lang?: string;
  q?: string;
  surveyId?: string;
  touchpointId?: string;
  from?: string;
  to?: string;
}

/** The comment explorer with its filters; `to` is the last day shown, inclusive, as on every page. */
export function explorerLink(filters: TExplorerFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `/insights/comments?${search}` : '/insights/comments';
}
