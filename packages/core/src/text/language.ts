import type { LanguageResult } from './types';

/** Placeholder until the language detector lands; see issue 6. */
export function detectLanguage(_text: string): LanguageResult {
  throw new Error('detectLanguage: not implemented yet');
}
