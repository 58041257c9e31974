import type { SentimentResult, TextLanguage } from './types';

/** Placeholder until the lexicon analyzer lands; see issue 6. */
export function analyzeSentiment(_text: string, _lang?: TextLanguage): SentimentResult {
  throw new Error('analyzeSentiment: not implemented yet');
}
