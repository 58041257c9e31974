/** Unit labels for durations, in the UI language. */
export interface TDurationUnits {
  day: string;
  hour: string;
  minute: string;
}

/**
 * A duration in minutes for people: "45 min", "3 h 20 min", "2 d 5 h" (two units at most, rounded to the
 * minute). Null (no data) is an en dash.
 */
export function formatDuration(minutes: number | null, units: TDurationUnits): string {
  if (minutes === null || !Number.isFinite(minutes)) return '–';
  const total = Math.max(0, Math.round(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  if (days > 0) return hours > 0 ? `${days} ${units.day} ${hours} ${units.hour}` : `${days} ${units.day}`;
  if (hours > 0)
    return mins > 0 ? `${hours} ${units.hour} ${mins} ${units.minute}` : `${hours} ${units.hour}`;
  return `${mins} ${units.minute}`;
}

/** A 0–1 rate as a whole percentage in the locale ("25%"); null is an en dash. */
export function formatRate(rate: number | null, locale: string): string {
  if (rate === null) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** A 0–1 interval as "5% – 70%". */
export function formatRateInterval(ci: [number, number] | null, locale: string): string {
  if (!ci) return '–';
  return `${formatRate(ci[0], locale)} – ${formatRate(ci[1], locale)}`;
}

/** The health query of a period of `days` days ending today (UTC days; `to` is exclusive). */
export function healthPeriod(days: number, today = new Date()): { from: string; to: string } {
  const day = (offset: number) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset))
      .toISOString()
      .slice(0, 10);
  return { from: day(1 - days), to: day(1) };
}
