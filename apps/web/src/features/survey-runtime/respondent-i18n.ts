import type { TFunction } from 'i18next';
import { i18n, isLocale } from '../../lib/i18n';

/**
 * Words around the questions (Next, Back, "Required"…) in the respondent's language, which is the
 * survey's language for this person, not the language of whoever is signed in to the app.
 */
export function respondentT(language: string): TFunction {
  const base = language.toLowerCase().split('-')[0];
  return i18n.getFixedT(isLocale(base) ? base : 'en', 'translation', 'respondent');
}
