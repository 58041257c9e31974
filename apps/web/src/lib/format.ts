import { currentLocale } from './i18n';

const INTL_LOCALE = { en: 'en-GB', vi: 'vi-VN' } as const;

/** A date and time in the UI language, e.g. "3 Mar 2026, 14:05" / "14:05 3 thg 3, 2026". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[currentLocale()], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[currentLocale()], { dateStyle: 'medium' }).format(date);
}

export function isPast(iso: string | null | undefined): boolean {
  return Boolean(iso) && new Date(iso as string).getTime() < Date.now();
}
