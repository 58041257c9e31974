// Signals that tell a CX team what to do with a piece of feedback: did the customer have to try hard
// (effort), does it need a reply, is it a suggestion or praise, and is it urgent (churn threat, safety,
// legal). Phrase lists live in `lexicon/signals.ts`; sentiment comes from `analyzeSentiment` unless the
// caller already has it.

import { NUMBER_KEY, phraseKeys, vietnameseKey } from './lexicon/compile';
import { contentTokens } from './lexicon/content-tokens';
import { PhraseIndex, splitList } from './lexicon/phrase-index';
import { ENGLISH_SIGNALS, type SignalKind, type SignalPhrases, VIETNAMESE_SIGNALS } from './lexicon/signals';
import { foldDiacritics, normalizeText, type Token } from './normalize';
import { analyzeSentiment } from './sentiment';
import type { Actionability, SentimentResult, TextLanguage, TextSignals, UrgencyReason } from './types';

const SIGNAL_KINDS: readonly SignalKind[] = [
  'effort',
  'suggestion',
  'contact',
  'problem',
  'question',
  'churn_threat',
  'safety',
  'legal',
];
const URGENCY_REASONS: readonly UrgencyReason[] = ['churn_threat', 'safety', 'legal'];

type KeyMode = 'plain' | 'vietnamese' | 'folded';

function compileSignals(phrases: SignalPhrases, mode: KeyMode): PhraseIndex<SignalKind[]> {
  const keyOf =
    mode === 'vietnamese' ? vietnameseKey : mode === 'folded' ? foldDiacritics : (word: string) => word;
  // One phrase may belong to several kinds ("still waiting" is effort and an open problem).
  const grouped = new Map<string, { keys: string[]; kinds: SignalKind[] }>();
  for (const kind of SIGNAL_KINDS) {
    for (const phrase of splitList(phrases[kind])) {
      const keys = phraseKeys(phrase, keyOf);
      // Folded single syllables collide with unrelated words; multi-syllable phrases stay reliable.
      if (mode === 'folded' && keys.length === 1) continue;
      const id = keys.join(' ');
      const group = grouped.get(id) ?? { keys, kinds: [] };
      if (!group.kinds.includes(kind)) group.kinds.push(kind);
      grouped.set(id, group);
    }
  }
  const index = new PhraseIndex<SignalKind[]>();
  for (const { keys, kinds } of grouped.values()) index.add(keys, kinds);
  return index;
}

const ENGLISH_INDEX = compileSignals(ENGLISH_SIGNALS, 'plain');
const VIETNAMESE_INDEX = compileSignals(VIETNAMESE_SIGNALS, 'vietnamese');
const VIETNAMESE_FOLDED_INDEX = compileSignals(VIETNAMESE_SIGNALS, 'folded');
const NOT_MEANINGFUL = new Set(
  [...splitList(ENGLISH_SIGNALS.notMeaningful), ...splitList(VIETNAMESE_SIGNALS.notMeaningful)].map(
    (answer) => foldDiacritics(answer),
  ),
);
const SENTENCE_END = /[.!?…;]/;

interface SignalMatch {
  kind: SignalKind;
  phrase: string;
  /** Starts a sentence: English question words only ask when they open one. */
  isSentenceStart: boolean;
}

/** Effort, actionability and urgency of one piece of feedback. */
export function detectSignals(text: string, lang: TextLanguage, sentiment?: SentimentResult): TextSignals {
  const normalized = normalizeText(text);
  const tokens = contentTokens(normalized);
  const matches = findSignals(normalized, tokens, lang);
  const phrasesOf = (kind: SignalKind): string[] => [
    ...new Set(matches.filter((match) => match.kind === kind).map((match) => match.phrase)),
  ];
  const effortPhrases = phrasesOf('effort');
  const reasons = URGENCY_REASONS.filter((reason) => matches.some((match) => match.kind === reason));
  const urgentPhrases = reasons.flatMap((reason) => phrasesOf(reason));
  return {
    effort: { detected: effortPhrases.length > 0, phrases: effortPhrases },
    actionability: actionabilityOf(text, tokens, lang, matches, reasons.length > 0, sentiment),
    urgency: {
      level: reasons.length > 0 ? 'high' : 'none',
      reasons,
      phrases: [...new Set(urgentPhrases)],
    },
  };
}

function findSignals(normalized: string, tokens: readonly Token[], lang: TextLanguage): SignalMatch[] {
  const isVietnamese = lang === 'vi';
  const isFolded =
    isVietnamese && !tokens.some((token) => token.kind === 'word' && token.norm !== token.folded);
  const index = !isVietnamese ? ENGLISH_INDEX : isFolded ? VIETNAMESE_FOLDED_INDEX : VIETNAMESE_INDEX;
  const keys = tokens.map((token) => {
    if (token.kind === 'number') return NUMBER_KEY;
    if (token.kind !== 'word') return undefined;
    if (!isVietnamese) return token.norm;
    return isFolded ? token.folded : vietnameseKey(token.norm);
  });
  const matches: SignalMatch[] = [];
  let isSentenceStart = true;
  // Index of the last token of the longest match so far: "had to chase" hides its "chase".
  let coveredUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'punct') {
      if (SENTENCE_END.test(token.text)) isSentenceStart = true;
      if (token.text.includes('?'))
        matches.push({ kind: 'question', phrase: token.text, isSentenceStart: false });
      continue;
    }
    const match = index.longestAt(keys, i);
    if (match && i + match.length - 1 > coveredUntil) {
      coveredUntil = i + match.length - 1;
      const last = tokens[coveredUntil] as Token;
      const phrase = normalized.slice(token.start, last.end);
      for (const kind of match.value) matches.push({ kind, phrase, isSentenceStart });
    }
    if (token.kind === 'word' || token.kind === 'number') isSentenceStart = false;
  }
  return matches;
}

function actionabilityOf(
  text: string,
  tokens: readonly Token[],
  lang: TextLanguage,
  matches: readonly SignalMatch[],
  isUrgent: boolean,
  given: SentimentResult | undefined,
): Actionability {
  if (isNotMeaningful(tokens)) return 'not_meaningful';
  const has = (kind: SignalKind): boolean => matches.some((match) => match.kind === kind);
  // English question words ask only when they open a sentence ("how do I…" vs "I know how").
  const isQuestion = matches.some(
    (match) => match.kind === 'question' && (lang === 'vi' || match.phrase === '?' || match.isSentenceStart),
  );
  const sentiment = given ?? analyzeSentiment(text, lang);
  const isPositive = sentiment.label === 'positive';
  if (isQuestion || has('contact') || isUrgent) return 'needs_reply';
  if (has('problem') && !isPositive) return 'needs_reply';
  if (has('effort') && sentiment.label !== 'positive') return 'needs_reply';
  if (has('suggestion')) return 'suggestion';
  if (isPositive && sentiment.drivers.every((driver) => driver.weight > 0)) return 'praise';
  return 'informational';
}

function isNotMeaningful(tokens: readonly Token[]): boolean {
  const words: string[] = [];
  let hasSymbol = false;
  for (const token of tokens) {
    if (token.kind === 'word' || token.kind === 'number') words.push(token.folded);
    else if (token.kind === 'emoji' || token.kind === 'emoticon') hasSymbol = true;
  }
  if (words.length === 0) return !hasSymbol;
  return NOT_MEANINGFUL.has(words.join(' '));
}
