import type { SentimentResult, TextLanguage, TextSignals } from './types';

/** Placeholder until the signal detector lands; see issue 6. */
export function detectSignals(_text: string, _lang: TextLanguage, _sentiment?: SentimentResult): TextSignals {
  throw new Error('detectSignals: not implemented yet');
}
