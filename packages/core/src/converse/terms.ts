// Search terms of a customer's question or an article, the same for both: NFC, lower case, Vietnamese
// diacritics folded away ("hoàn tiền" and "hoan tien" are the same terms), English words stemmed with
// Porter's algorithm ("refunded" and "refunds" → "refund"), very common words dropped, and the bigrams of
// neighbouring kept words ("hoan_tien", "reset_password") — Vietnamese words are mostly two syllables, so
// a syllable bigram is the word itself.
import { stemmer } from 'stemmer';
import { normalizeText, tokenize } from '../text/normalize';

/** Function words of English that say nothing about what a question is about. */
const STOP_WORDS = new Set([
  // English
  'a',
  'an',
  'the',
  'i',
  'im',
  "i'm",
  'me',
  'my',
  'mine',
  'we',
  'our',
  'us',
  'you',
  'your',
  'it',
  'its',
  "it's",
  'this',
  'that',
  'these',
  'those',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'am',
  'do',
  'does',
  'did',
  "don't",
  'how',
  'what',
  'which',
  'who',
  'when',
  'where',
  'why',
  'can',
  'could',
  'would',
  'should',
  'will',
  'shall',
  'may',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'about',
  'and',
  'or',
  'but',
  'so',
  'if',
  'there',
  'have',
  'has',
  'had',
  'please',
  'hi',
  'hello',
  'hey',
  'thanks',
  'thank',
  'get',
  'got',
  'any',
  'some',
  'just',
  'know',
  'tell',
  'want',
  'need',
]);

/**
 * Vietnamese function words as written. A word typed with diacritics is dropped only when it is one of
 * them ("về" is, "vé" is not); one typed without is dropped when its folded form is ("ve"). Words whose
 * folded form is also a content word are left out ("đang" would drop "dang nhap", sign in).
 */
const VIETNAMESE_STOP_WORDS = new Set([
  'tôi',
  'mình',
  'em',
  'anh',
  'bạn',
  'shop',
  'là',
  'của',
  'và',
  'có',
  'không',
  'ko',
  'k',
  'thì',
  'mà',
  'à',
  'ạ',
  'ơi',
  'nhé',
  'nha',
  'nhỉ',
  'vậy',
  'thế',
  'nào',
  'làm',
  'sao',
  'gì',
  'cho',
  'với',
  'các',
  'những',
  'một',
  'này',
  'đó',
  'được',
  'bị',
  'sẽ',
  'đã',
  'rồi',
  'xin',
  'hỏi',
  'muốn',
  'về',
  'ở',
  'cần',
  'giúp',
  'như',
  'nếu',
  'khi',
  'nhiêu',
]);
const FOLDED_VIETNAMESE_STOP_WORDS = new Set(
  [...VIETNAMESE_STOP_WORDS].map((word) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')),
);

function isStopWord(norm: string, folded: string): boolean {
  if (norm !== folded) return VIETNAMESE_STOP_WORDS.has(norm);
  return STOP_WORDS.has(folded) || FOLDED_VIETNAMESE_STOP_WORDS.has(folded);
}

export interface SearchTerms {
  /** Kept words: folded and stemmed. */
  words: string[];
  /**
   * The same words as written (lower case, NFC, prefixed `=`), for exact matching: a question typed with
   * diacritics matches them exactly ("vé" is not "về"), one typed without matches the folded words.
   */
  exact: string[];
  /** Per kept word, whether it was written with diacritics (then `exact` is what it matches). */
  accented: boolean[];
  /** Bigrams of neighbouring kept words, `a_b`. */
  bigrams: string[];
}

const stemCache = new Map<string, string>();

/** The Porter stem of a folded word; Vietnamese syllables come through unchanged or nearly so. */
export function searchStem(folded: string): string {
  const cached = stemCache.get(folded);
  if (cached !== undefined) return cached;
  // Short words and words with digits are kept as they are ("vn", "4g").
  const stem = folded.length <= 3 || /\d/.test(folded) ? folded : stemmer(folded);
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(folded, stem);
  return stem;
}

/** The folded words of a text, in order (stop words included), for phrase matching. */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(normalizeText(text))) {
    if (token.kind === 'word' || token.kind === 'number') words.push(token.folded.replace(/['’]/g, ''));
  }
  return words;
}

/** Search terms of a text (see the file's comment). */
export function searchTerms(text: string): SearchTerms {
  const words: string[] = [];
  const exact: string[] = [];
  const accented: boolean[] = [];
  const bigrams: string[] = [];
  let previous: string | null = null;
  for (const token of tokenize(normalizeText(text))) {
    if (token.kind !== 'word' && token.kind !== 'number') {
      previous = null;
      continue;
    }
    const folded = token.folded;
    if (isStopWord(token.norm, folded)) {
      previous = null;
      continue;
    }
    const stem = searchStem(folded.replace(/['’]/g, ''));
    if (stem === '') continue;
    words.push(stem);
    exact.push(`=${token.norm}`);
    accented.push(token.norm !== folded);
    if (previous !== null) bigrams.push(`${previous}_${stem}`);
    previous = stem;
  }
  return { words, exact, accented, bigrams };
}

/** Whether `phrase` (folded words) occurs in `words` (folded words) as consecutive words. */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > words.length) return false;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** Jaccard similarity of two texts' kept words (0..1), for "the customer is asking the same thing again". */
export function termSimilarity(a: string, b: string): number {
  const left = new Set(searchTerms(a).words);
  const right = new Set(searchTerms(b).words);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared);
}
