// Turns the hand-written lexicon tables (comma-separated phrase lists, grouped by weight) into phrase
// tries keyed the same way the analyzers key input tokens, so a lexicon phrase and a text match exactly
// when the tokenizer splits them the same way.

import { foldDiacritics, tokenize } from '../normalize';
import { PhraseIndex, splitList } from './phrase-index';

export type IntensifierPosition = 'before' | 'after' | 'both';

export type LexiconEntry =
  | {
      kind: 'sentiment';
      weight: number;
      /** A concrete service failure ("on hold", "giao trễ") rather than an opinion word. */
      isServiceProblem: boolean;
      /** Without diacritics the syllable collides with common words, so it needs a modifier next to it. */
      isAmbiguousWhenFolded: boolean;
      /** Also a common function word ("hay" = good / or / often): counts only at a clause end or modified. */
      isClauseFinal: boolean;
      /** Asks for a change ("should", "nên", "cần"): an opinion word after it is something missing. */
      isSuggestion: boolean;
      /** Politeness ("thanks", "cảm ơn") that closes requests and complaints as often as it praises. */
      isCourtesy: boolean;
      /**
       * Goodwill towards the company ("keep it up", "chúc … ngày càng phát triển"): a wish, so a "hope"
       * before it is not a complaint and it is not turned into something missing.
       */
      isGoodwill: boolean;
    }
  | { kind: 'negator' }
  | {
      kind: 'intensifier';
      factor: number;
      position: IntensifierPosition;
      /** "too", "quá", "hơi" before a neutral word still complain: "too long", "hơi nhanh". */
      signalsExcess: boolean;
    }
  | { kind: 'contrast'; mode: 'but' | 'although' };

export interface LexiconSpec {
  /** [weight, comma-separated phrases]; the first section listing a phrase wins. */
  sentiment: ReadonlyArray<readonly [number, string]>;
  serviceProblems: ReadonlyArray<readonly [number, string]>;
  /** [weight, phrases] that ask for a change; weight 0 for counterfactuals ("would have"). */
  suggestions: ReadonlyArray<readonly [number, string]>;
  /** [weight, phrases] of thanks. */
  courtesy: readonly [number, string];
  /** [weight, phrases] of well-wishing ("chúc mừng", "ngày càng phát triển"). */
  goodwill?: readonly [number, string];
  negators: string;
  /** [factor, position, phrases]; factors below 1 are downtoners. */
  intensifiers: ReadonlyArray<readonly [number, IntensifierPosition, string]>;
  /** Intensifiers that also complain before a neutral word. */
  excessMarkers: string;
  contrastBut: string;
  contrastAlthough: string;
  /** Single syllables that, folded, collide with unrelated common words. */
  ambiguousWhenFolded?: string;
  /** Opinion words that are also function words elsewhere in a sentence. */
  clauseFinal?: string;
}

export interface CompiledLexicon {
  index: PhraseIndex<LexiconEntry>;
  /** Every key that appears in some phrase, to choose how to read an elongated word. */
  vocabulary: Set<string>;
}

/** Numbers match the `#` placeholder in lexicon phrases ("# hours"). */
export const NUMBER_KEY = '#';

const TONE_DIGITS: Record<string, string> = {
  '\u0300': '2',
  '\u0301': '1',
  '\u0303': '4',
  '\u0309': '3',
  '\u0323': '5',
};
const ASCII_WORD = /^[\x20-\x7e]*$/;

/**
 * A Vietnamese syllable's key with the tone moved to the end, so the old and new tone placements
 * ("hoà"/"hòa", "thuỷ"/"thủy") are the same key. Vowel-quality marks (ă â ê ô ơ ư đ) stay.
 */
export function vietnameseKey(word: string): string {
  if (ASCII_WORD.test(word)) return word;
  let base = '';
  let tone = '';
  for (const char of word.normalize('NFD')) {
    const digit = TONE_DIGITS[char];
    if (digit) tone = digit;
    else base += char;
  }
  return base.normalize('NFC') + tone;
}

/** Splits a lexicon phrase into keys exactly as the analyzers key input tokens; throws on a typo. */
export function phraseKeys(phrase: string, keyOf: (word: string) => string): string[] {
  return phrase.split(' ').map((word) => {
    if (word === NUMBER_KEY) return NUMBER_KEY;
    const tokens = tokenize(word.normalize('NFC'));
    const only = tokens[0];
    if (tokens.length !== 1 || !only || only.kind !== 'word') {
      throw new Error(`Lexicon phrase "${phrase}": "${word}" is not a single word token`);
    }
    return keyOf(only.norm);
  });
}

/**
 * Compiles a lexicon. With `folded`, keys are diacritic-free and ambiguous single syllables are marked,
 * for Vietnamese typed without diacritics.
 */
export function compileLexicon(
  spec: LexiconSpec,
  keyOf: (word: string) => string,
  folded = false,
): CompiledLexicon {
  const index = new PhraseIndex<LexiconEntry>();
  const vocabulary = new Set<string>();
  const ambiguous = new Set(splitList(spec.ambiguousWhenFolded ?? '').map((word) => foldDiacritics(word)));
  const clauseFinal = new Set(splitList(spec.clauseFinal ?? ''));
  const add = (phrase: string, entry: LexiconEntry): void => {
    const keys = phraseKeys(phrase, folded ? foldDiacritics : keyOf);
    for (const key of keys) vocabulary.add(key);
    if (entry.kind !== 'sentiment') {
      index.add(keys, entry);
      return;
    }
    const isAmbiguousWhenFolded = folded && keys.length === 1 && ambiguous.has(keys[0] ?? '');
    index.add(keys, { ...entry, isAmbiguousWhenFolded, isClauseFinal: clauseFinal.has(phrase) });
  };
  const sentiment = (
    weight: number,
    role?: 'service' | 'suggestion' | 'courtesy' | 'goodwill',
  ): LexiconEntry => ({
    kind: 'sentiment',
    weight,
    isServiceProblem: role === 'service',
    isSuggestion: role === 'suggestion',
    isCourtesy: role === 'courtesy',
    isGoodwill: role === 'goodwill',
    isAmbiguousWhenFolded: false,
    isClauseFinal: false,
  });

  // Structural words first: a phrase listed both as a modifier and as sentiment is a modifier.
  for (const phrase of splitList(spec.contrastBut)) add(phrase, { kind: 'contrast', mode: 'but' });
  for (const phrase of splitList(spec.contrastAlthough)) add(phrase, { kind: 'contrast', mode: 'although' });
  for (const phrase of splitList(spec.negators)) add(phrase, { kind: 'negator' });
  const excess = new Set(splitList(spec.excessMarkers));
  for (const [factor, position, list] of spec.intensifiers) {
    for (const phrase of splitList(list)) {
      add(phrase, { kind: 'intensifier', factor, position, signalsExcess: excess.has(phrase) });
    }
  }
  for (const [weight, list] of spec.serviceProblems) {
    for (const phrase of splitList(list)) add(phrase, sentiment(weight, 'service'));
  }
  for (const [weight, list] of spec.suggestions) {
    for (const phrase of splitList(list)) add(phrase, sentiment(weight, 'suggestion'));
  }
  for (const phrase of splitList(spec.courtesy[1])) add(phrase, sentiment(spec.courtesy[0], 'courtesy'));
  if (spec.goodwill) {
    for (const phrase of splitList(spec.goodwill[1])) add(phrase, sentiment(spec.goodwill[0], 'goodwill'));
  }
  for (const [weight, list] of spec.sentiment) {
    for (const phrase of splitList(list)) add(phrase, sentiment(weight));
  }
  return { index, vocabulary };
}
