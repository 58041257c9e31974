import type { TGuardedFigure, TMeasured } from '@touchpoint/schemas/browser';
import { currentLocale } from '../../lib/i18n';

/** A number in the UI language ("12.5" / "12,5"). */
export function num(value: number, digits = 0): string {
  return new Intl.NumberFormat(currentLocale() === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** "62 (54–70), n = 40" — or the dash when nothing was measured. */
export function measured(
  figure: TMeasured | null | undefined,
  t: (key: string, options?: Record<string, unknown>) => string,
  unit = '',
): string {
  if (!figure || figure.value === null) return t('exCx.none');
  const ci = figure.ci95 ? ` (${num(figure.ci95[0])}–${num(figure.ci95[1])})` : '';
  return `${num(figure.value)}${unit}${ci}, n = ${num(figure.n)}`;
}

export function isSuppressed(figure: TGuardedFigure | null | undefined): figure is { suppressed: true } {
  return Boolean(figure && figure.suppressed);
}
