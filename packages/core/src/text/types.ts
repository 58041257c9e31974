// Shapes shared by every text analyzer. Offsets (`start`, `end`) are UTF-16 indexes into the analyzed
// text after NFC normalisation (`normalizeText`), so the web can highlight exactly what drove a label.

export type TextLanguage = 'en' | 'vi' | 'other';

export interface LanguageResult {
  lang: TextLanguage;
  /** 0..1; short or mixed texts get a lower confidence. */
  confidence: number;
}

export type SentimentLabel = 'negative' | 'neutral' | 'positive' | 'mixed';

export interface SentimentDriver {
  /** The words as written in the text, e.g. "not helpful", "vẫn chưa nhận được hàng", ":(" */
  phrase: string;
  start: number;
  end: number;
  /** Signed contribution after negation, intensifiers and contrast were applied. */
  weight: number;
}

export interface SentimentResult {
  label: SentimentLabel;
  /** In [-1, 1]. */
  score: number;
  drivers: SentimentDriver[];
}

export type Actionability = 'needs_reply' | 'suggestion' | 'praise' | 'not_meaningful' | 'informational';

export type UrgencyReason = 'churn_threat' | 'safety' | 'legal';

export interface TextSignals {
  /** The customer had to try hard: repeated contacts, chasing, waiting, being passed around. */
  effort: { detected: boolean; phrases: string[] };
  actionability: Actionability;
  urgency: { level: 'none' | 'high'; reasons: UrgencyReason[]; phrases: string[] };
}

export type PiiType = 'email' | 'phone' | 'card' | 'national_id' | 'address';

export interface PiiFinding {
  type: PiiType;
  start: number;
  end: number;
}

export interface RedactionResult {
  /** The text with each finding replaced by a placeholder such as `[email]`. */
  redacted: string;
  findings: PiiFinding[];
}

export type TopicSource = 'rule' | 'classifier' | 'discovered';

export interface TopicMatch {
  id: string;
  name: string;
  /** 0..1; rules match with 1. */
  confidence: number;
  source: TopicSource;
}

/** An analyzer's identity; results are stored per (item, analyzer name, version). */
export interface AnalyzerVersion {
  name: string;
  version: number;
}
