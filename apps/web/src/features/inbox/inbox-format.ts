import type { TFunction } from 'i18next';

/** A 0–1 rate as a whole percentage ("62%"); '–' without a value. */
export function formatRate(rate: number | null | undefined, locale: string): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** A percentage on the 0–100 scale the inbox metrics use ("62%"), like the CSAT of the insights. */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)}%`;
}

/** A 95% interval of percentages ("48% – 71%"), or null without one. */
export function formatPercentInterval(
  ci: [number, number] | null | undefined,
  locale: string,
): string | null {
  if (!ci) return null;
  return `${formatPercent(ci[0], locale)} – ${formatPercent(ci[1], locale)}`;
}

/** A duration in seconds as the largest sensible unit ("45 s", "12 min", "3.5 h", "2.0 d"). */
export function formatDuration(seconds: number | null | undefined, t: TFunction): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '–';
  if (seconds < 60) return t('inbox.duration.seconds', { value: Math.round(seconds) });
  if (seconds < 3600) return t('inbox.duration.minutes', { value: Math.round(seconds / 60) });
  if (seconds < 86_400) return t('inbox.duration.hours', { value: (seconds / 3600).toFixed(1) });
  return t('inbox.duration.days', { value: (seconds / 86_400).toFixed(1) });
}

/** A bot confidence (0–1) as a whole percentage. */
export function formatConfidence(confidence: number, locale: string): string {
  return formatRate(Math.max(0, Math.min(1, confidence)), locale);
}
