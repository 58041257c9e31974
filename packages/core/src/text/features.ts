// Sparse text features for the trainable classifiers: word (Vietnamese: syllable) n-grams and character
// n-grams inside words. Every word n-gram is also emitted without diacritics, because customers often type
// Vietnamese without them ("rat tot" for "rất tốt"): a model trained on accented text still sees the
// folded feature, and English, which has nothing to fold, gets each n-gram once.
import { normalizeText, type Token, tokenize } from './normalize';
import { analyzeSentiment } from './sentiment';
import type { TextLanguage } from './types';

export interface FeatureOptions {
  /** Longest word n-gram (1 = words only). Vietnamese words are syllables, so it wants 3 there. */
  wordNgramMax: number;
  /** Character n-grams inside each word padded with spaces, from min to max; max 0 turns them off. */
  charNgramMin: number;
  charNgramMax: number;
  /**
   * Character n-grams of accented words also with their diacritics (besides the folded ones every word
   * gets): in Vietnamese the marks tell words apart ("tốt" good, "tột" utmost).
   */
  accentedCharNgrams: boolean;
  /** Also emit the words after a negation ("not", "never", "không", "chưa") as negated words, up to 3. */
  markNegation: boolean;
  /**
   * Add the built-in sentiment analyzer's reading (its label and its score in ninths of [-1, 1]) as
   * features, for sentiment models: the lexicon knows words and constructions a workspace's few thousand
   * examples never show, and the model learns how far to trust it. Off by default (topics, intents).
   */
  sentimentLexicon?: boolean;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  wordNgramMax: 2,
  charNgramMin: 2,
  charNgramMax: 5,
  accentedCharNgrams: true,
  markNegation: true,
};

// Negation cues, lower-cased: English, then Vietnamese with its diacritics and as typed without them or in
// chat shorthand ("ko", "k", "hok"). Folded forms like "dung" are left out: they are also "đúng" (right)
// and "dùng" (use). Forms ending in "n't" are recognised by that ending.
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'nor',
  'cannot',
  'without',
  'không',
  'chẳng',
  'chả',
  'chưa',
  'đừng',
  'khong',
  'chua',
  'ko',
  'k',
  'hok',
]);
const NEGATED_SCOPE = 3;

function isNegation(norm: string): boolean {
  return NEGATIONS.has(norm) || norm.endsWith("n't");
}

/** Feature name → raw count. Names carry a prefix per family so a word never collides with a char n-gram. */
export type FeatureCounts = Map<string, number>;

// Prefixes: `w` accented word n-gram (only when it differs from its folded form), `f` folded word
// n-gram, `c` character n-gram of the folded word, `d` of the accented word, `n` a word in the scope of a
// negation, `t` a non-word token (emoji, emoticon, ! or ?), `l` the built-in sentiment reading.
const EXACT = 'w ';
const FOLDED = 'f ';
const CHARS = 'c ';
const EXACT_CHARS = 'd ';
const SYMBOL = 't ';
const NEGATED = 'n ';
const LEXICON = 'l ';
const NUMBER = '<num>';

function add(counts: FeatureCounts, name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

/** Splits tokens into runs that n-grams may span: punctuation ends a phrase ("good, but" is no bigram). */
function phrases(tokens: Token[]): { norm: string; folded: string }[][] {
  const runs: { norm: string; folded: string }[][] = [];
  let run: { norm: string; folded: string }[] = [];
  for (const token of tokens) {
    if (token.kind === 'word') run.push({ norm: token.norm, folded: token.folded });
    else if (token.kind === 'number') run.push({ norm: NUMBER, folded: NUMBER });
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function addCharNgrams(counts: FeatureCounts, prefix: string, word: string, min: number, max: number): void {
  const padded = ` ${word} `;
  // Slicing by UTF-16 units is only safe without surrogate pairs (letters outside the BMP are rare).
  const chars = /[\uD800-\uDFFF]/.test(padded) ? Array.from(padded) : null;
  const length = chars ? chars.length : padded.length;
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= length; i++) {
      add(counts, prefix + (chars ? chars.slice(i, i + n).join('') : padded.slice(i, i + n)));
    }
  }
}

function addLexiconReading(counts: FeatureCounts, text: string): void {
  const { label, score } = analyzeSentiment(text);
  // Counted twice so the reading weighs like a repeated word next to the many n-grams of a text.
  counts.set(`${LEXICON}${label}`, 2);
  counts.set(`${LEXICON}${Math.round(score * 4)}`, 2);
}

/** Raw feature counts of one text; the classifier weights them with the IDF it learned. */
export function countFeatures(
  text: string,
  options: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
): FeatureCounts {
  const counts: FeatureCounts = new Map();
  const tokens = tokenize(normalizeText(text));
  for (const token of tokens) {
    if (token.kind === 'emoji' || token.kind === 'emoticon') add(counts, SYMBOL + token.norm);
    // Only the marks that change meaning: a question or an exclamation, not commas and full stops.
    else if (token.kind === 'punct' && /[!?]/.test(token.text)) add(counts, SYMBOL + token.text[0]);
  }
  if (options.sentimentLexicon) addLexiconReading(counts, text);
  for (const run of phrases(tokens)) {
    let negatedLeft = 0;
    for (let i = 0; i < run.length; i++) {
      const current = run[i] as { norm: string; folded: string };
      if (options.markNegation) {
        if (isNegation(current.norm)) negatedLeft = NEGATED_SCOPE;
        else if (negatedLeft > 0) {
          add(counts, NEGATED + current.folded);
          negatedLeft--;
        }
      }
      let norm = '';
      let folded = '';
      for (let n = 1; n <= options.wordNgramMax && i + n <= run.length; n++) {
        const word = run[i + n - 1] as { norm: string; folded: string };
        norm = n === 1 ? word.norm : `${norm} ${word.norm}`;
        folded = n === 1 ? word.folded : `${folded} ${word.folded}`;
        add(counts, FOLDED + folded);
        if (norm !== folded) add(counts, EXACT + norm);
      }
      const word = run[i] as { norm: string; folded: string };
      if (options.charNgramMax > 0 && word.norm !== NUMBER) {
        addCharNgrams(counts, CHARS, word.folded, options.charNgramMin, options.charNgramMax);
        if (options.accentedCharNgrams && word.norm !== word.folded) {
          addCharNgrams(counts, EXACT_CHARS, word.norm, options.charNgramMin, options.charNgramMax);
        }
      }
    }
  }
  return counts;
}

/**
 * The feature vector of one text without corpus statistics: sublinear term frequency (1 + ln tf), scaled
 * to unit length so long and short texts weigh the same.
 */
export function extractFeatures(
  text: string,
  options: Partial<FeatureOptions> & { lang?: TextLanguage } = {},
): Map<string, number> {
  const isVietnamese = options.lang ? options.lang === 'vi' : looksVietnamese(text);
  const counts = countFeatures(text, {
    ...DEFAULT_FEATURE_OPTIONS,
    wordNgramMax: isVietnamese ? 3 : DEFAULT_FEATURE_OPTIONS.wordNgramMax,
    ...withoutLang(options),
  });
  const vector = new Map<string, number>();
  let squares = 0;
  for (const [name, count] of counts) {
    const value = 1 + Math.log(count);
    vector.set(name, value);
    squares += value * value;
  }
  const norm = Math.sqrt(squares);
  if (norm > 0) for (const [name, value] of vector) vector.set(name, value / norm);
  return vector;
}

function withoutLang(options: Partial<FeatureOptions> & { lang?: TextLanguage }): Partial<FeatureOptions> {
  const { lang: _lang, ...rest } = options;
  return rest;
}

/** A text counts as Vietnamese when it uses letters that only Vietnamese has among our languages. */
export function looksVietnamese(text: string): boolean {
  return /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text.normalize('NFC'));
}
