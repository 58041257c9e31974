// Language identification for one short piece of feedback: English, Vietnamese, or something else.
// Vietnamese-only letters (ă ơ ư đ, hooks, dots below, toned â ê ô) decide it when present. Without
// diacritics, folded words are scored against small lists of very common words per language, plus the
// shape of Vietnamese syllables (one short syllable per word, no English consonant clusters).

import { contentTokens } from './lexicon/content-tokens';
import { ENGLISH_WORDS, OTHER_LANGUAGE_WORDS, VIETNAMESE_SYLLABLES } from './lexicon/language-words';
import { normalizeText, type Token } from './normalize';
import type { LanguageResult, TextLanguage } from './types';

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT_BELOW = '\u0323';

/** Letters that, among Latin-script languages, only Vietnamese writes. */
const VIETNAMESE_ONLY_LETTERS = buildVietnameseOnlyLetters();
/** Accented letters Vietnamese shares with French, Spanish, Portuguese…: weak evidence either way. */
const SHARED_ACCENTED_LETTERS = new Set('áàãâéèêíìóòõôúùý');
/** Letters Vietnamese never writes. */
const FOREIGN_LETTERS = new Set('ñçßäëïöüÿœæøåşţșțłźżśćńęąčřšžěůőűîû');

const VIETNAMESE_SYLLABLE_SHAPE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;
const LATIN_WORD = /^[\p{Script=Latin}\p{M}'’-]+$/u;
const ASCII_WORD = /^[a-z'-]+$/;
const ASCII_LETTERS_WORD = /^[a-zA-Z'’-]+$/;
// Anything beyond printable ASCII and ordinary whitespace takes the slower Unicode path.
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;
const NON_LATIN_LETTERS = /[^\p{L}]|\p{Script=Latin}/gu;
const SPANISH_PUNCTUATION = /[¿¡]/;

function buildVietnameseOnlyLetters(): Set<string> {
  const letters = new Set<string>(['đ']);
  for (const vowel of 'aăâeêioôơuưy') {
    for (const tone of ['', GRAVE, ACUTE, TILDE, HOOK, DOT_BELOW]) {
      const letter = (vowel + tone).normalize('NFC');
      if (letter.length === 1 && !isSharedLetter(vowel, tone)) letters.add(letter);
    }
  }
  return letters;
}

function isSharedLetter(vowel: string, tone: string): boolean {
  if (tone === HOOK || tone === DOT_BELOW) return false;
  if ('ăơư'.includes(vowel)) return false;
  if ('âêô'.includes(vowel)) return tone === '';
  if (tone === TILDE) return vowel === 'a' || vowel === 'o';
  if (tone === GRAVE) return vowel !== 'y';
  return true;
}

type LetterClass = 'vietnamese' | 'foreign' | 'shared' | 'plain';

function classifyLetters(word: string): LetterClass {
  if (!NON_ASCII.test(word)) return 'plain';
  let hasShared = false;
  for (const char of word) {
    if (VIETNAMESE_ONLY_LETTERS.has(char)) return 'vietnamese';
    if (FOREIGN_LETTERS.has(char)) return 'foreign';
    if (SHARED_ACCENTED_LETTERS.has(char)) hasShared = true;
  }
  return hasShared ? 'shared' : 'plain';
}

/** Detects the language of one piece of feedback; reliable on a single short sentence. */
export function detectLanguage(text: string): LanguageResult {
  const normalized = normalizeText(text);
  return detectLanguageOfTokens(normalized, contentTokens(normalized));
}

// The sentiment analyzer asks again for the text it was just asked about; keep the last answer.
let lastTokens: readonly Token[] | undefined;
let lastResult: LanguageResult = { lang: 'other', confidence: 0 };

/**
 * The same detection on text already normalised and tokenised (without URLs and mentions), for
 * analyzers that need the tokens anyway.
 */
export function detectLanguageOfTokens(normalized: string, tokens: readonly Token[]): LanguageResult {
  if (tokens !== lastTokens) {
    lastResult = scoreLanguages(normalized, tokens);
    lastTokens = tokens;
  }
  return { ...lastResult };
}

function scoreLanguages(normalized: string, tokens: readonly Token[]): LanguageResult {
  let latinWords = 0;
  let latinLetters = 0;
  let vietnameseLetterWords = 0;
  let sharedLetterWords = 0;
  let foreignLetterWords = 0;
  let english = 0;
  let vietnamese = 0;
  let otherWords = 0;
  let vietnameseShaped = 0;
  let unknownAscii = 0;

  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    if (!ASCII_LETTERS_WORD.test(token.text) && !LATIN_WORD.test(token.text)) continue;
    latinWords++;
    latinLetters += token.text.length;
    const letters = classifyLetters(token.norm);
    if (letters === 'vietnamese') vietnameseLetterWords++;
    else if (letters === 'foreign') foreignLetterWords++;
    else if (letters === 'shared') sharedLetterWords++;
    const word = token.folded;
    const isShaped = VIETNAMESE_SYLLABLE_SHAPE.test(word);
    if (isShaped) vietnameseShaped++;
    // "do", "an", "to", "me" are also Vietnamese syllables, so they are weaker English evidence.
    if (ENGLISH_WORDS.has(word)) english += isShaped ? 0.6 : 1;
    else if (VIETNAMESE_SYLLABLES.has(word)) vietnamese++;
    else if (OTHER_LANGUAGE_WORDS.has(word)) otherWords++;
    else if (!isShaped && letters === 'plain' && ASCII_WORD.test(word)) unknownAscii++;
  }

  const nonLatinLetters = NON_ASCII.test(normalized) ? normalized.replace(NON_LATIN_LETTERS, '').length : 0;
  if (nonLatinLetters > 0 && nonLatinLetters >= latinLetters) {
    return { lang: 'other', confidence: round(nonLatinLetters / (nonLatinLetters + latinLetters)) };
  }
  if (latinWords === 0) return { lang: 'other', confidence: 0 };

  // Vietnamese-only letters are decisive once they are more than a borrowed word or two.
  if (vietnameseLetterWords >= 2 || vietnameseLetterWords / latinWords >= 0.5) {
    return { lang: 'vi', confidence: round(Math.min(1, 0.8 + 0.2 * (vietnameseLetterWords / latinWords))) };
  }

  const shapeRatio = vietnameseShaped / latinWords;
  const hasVietnameseEvidence = vietnameseLetterWords > 0 || vietnamese > 0;
  const en = english + 0.4 * unknownAscii;
  const vi =
    vietnamese +
    1.5 * vietnameseLetterWords +
    (hasVietnameseEvidence ? 0.5 * sharedLetterWords : 0) +
    (latinWords >= 2 && shapeRatio >= 0.8 ? 0.3 * latinWords : 0);
  const other =
    otherWords +
    2 * foreignLetterWords +
    (SPANISH_PUNCTUATION.test(normalized) ? 2 : 0) +
    (hasVietnameseEvidence ? 0 : 0.5 * sharedLetterWords);
  // Ties go to English, then Vietnamese: the languages the lexicons cover.
  const lang: TextLanguage = en >= vi && en >= other ? 'en' : vi >= other ? 'vi' : 'other';
  const top = Math.max(en, vi, other);
  if (top === 0) return { lang: 'other', confidence: 0.2 };
  const runnerUp =
    lang === 'en' ? Math.max(vi, other) : lang === 'vi' ? Math.max(en, other) : Math.max(en, vi);
  const margin = (top - runnerUp) / top;
  const evidence = 1 - Math.exp(-top / 2);
  return { lang, confidence: round(0.5 * margin + 0.5 * evidence) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
