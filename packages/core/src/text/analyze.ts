import { detectLanguage } from './language';
import { redactPii } from './pii';
import { analyzeSentiment } from './sentiment';
import { detectSignals } from './signals';
import type { AnalyzerVersion, PiiFinding, SentimentResult, TextLanguage, TextSignals } from './types';

/**
 * The built-in analyzer: language, sentiment, signals and PII redaction, with no network and no model.
 * Bump the version whenever a lexicon or rule change can alter results: stored analyses are keyed by it,
 * and `touchpoint reanalyze` writes the new version beside the old one.
 */
export const BUILTIN_TEXT_ANALYZER: AnalyzerVersion = { name: 'touchpoint-builtin', version: 2 };

export interface TextAnalysis {
  lang: TextLanguage;
  sentiment: SentimentResult;
  signals: TextSignals;
  /** PII replaced by placeholders; sentiment driver offsets refer to this text. */
  redacted: string;
  /** Offsets into the NFC-normalised input. */
  pii: PiiFinding[];
}

/**
 * Analyses one text. Redaction comes first so that everything downstream (stored text, highlights,
 * topic rules, the trained classifier) only ever sees the redacted form.
 */
export function analyzeText(text: string, options: { lang?: TextLanguage } = {}): TextAnalysis {
  // redactPii normalises (NFC, entities) itself; normalising twice would decode `&amp;lt;` twice.
  const { redacted, findings } = redactPii(text);
  const lang = options.lang ?? detectLanguage(redacted).lang;
  const sentiment = analyzeSentiment(redacted, lang);
  return { lang, sentiment, signals: detectSignals(redacted, lang, sentiment), redacted, pii: findings };
}
