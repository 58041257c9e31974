// Lexicon-and-rules sentiment for customer feedback in English and Vietnamese. Phrases are matched
// longest first over word tokens; negators, intensifiers and downtoners modify the phrase next to them;
// contrast ("but", "nhưng") shifts weight to the clause that follows; "!", CAPITALS and elongation add
// emphasis; questions soften opinion words. Concrete service failures ("on hold for an hour",
// "vẫn chưa nhận được hàng") count as negative even without an opinion word, and a thank-you next to
// one reads as sarcasm. Every contributing phrase is reported as a driver with its offsets.

import { detectLanguageOfTokens } from './language';
import {
  type CompiledLexicon,
  compileLexicon,
  type LexiconEntry,
  NUMBER_KEY,
  vietnameseKey,
} from './lexicon/compile';
import { contentTokens } from './lexicon/content-tokens';
import { emojiWeight, emoticonWeight } from './lexicon/emoji';
import { ENGLISH_LEXICON } from './lexicon/en';
import { VIETNAMESE_LEXICON } from './lexicon/vi';
import { isElongated, normalizeText, type Token } from './normalize';
import type { SentimentDriver, SentimentLabel, SentimentResult, TextLanguage } from './types';

const ENGLISH = compileLexicon(ENGLISH_LEXICON, (word) => word);
const VIETNAMESE = compileLexicon(VIETNAMESE_LEXICON, vietnameseKey);
const VIETNAMESE_FOLDED = compileLexicon(VIETNAMESE_LEXICON, vietnameseKey, true);

const TUNING = {
  /** A negated positive becomes this much negative ("not good"); a negated negative, mildly positive. */
  negatedPositive: -0.8,
  negatedPositiveAtLeast: -1,
  negatedNegative: -0.5,
  /** An opinion word after a suggestion is wished for, so currently missing ("cần … rõ ràng hơn"). */
  wishedFor: -0.6,
  /**
   * …in the same clause; in text without any punctuation (where the clause is the whole review), only when
   * it starts at most this many words after the suggestion.
   */
  wishReach: 6,
  /** "quá"/"hơi"/"too" before a mild positive is too much of it ("quá nhanh", "hơi dễ"). */
  mildPositive: 1,
  /** A negator before a neutral word ("didn't get", "chưa nhận") still reports something missing. */
  unmet: { en: -0.6, vi: -1 },
  /** "too long", "quá nhiều", "hơi nhanh". */
  excess: -1,
  /**
   * "Love the color, but the fit is off": the conceded side counts less and the side after "but" more —
   * a little less sharply than the earlier 0.5 / 1.3, so one small complaint flips fewer long reviews, while
   * equally strong sides still go to the later one. Chosen on the dev parts of the five sets (issue 17):
   * mean accuracy 0.8374 → 0.8382, mean macro-F1 0.6796 → 0.6797, no set down by more than 0.002.
   */
  beforeContrast: 0.7,
  afterContrast: 1.2,
  insideConcession: 0.5,
  /** Opinion words inside a question are often hypothetical ("is the wifi good?"). */
  inQuestion: 0.4,
  perExclamation: 0.12,
  capitals: 1.3,
  elongation: 1.2,
  /** Thanks closing a question or a complaint is politeness, not praise. */
  politeThanks: 0.3,
  /** Negation reaches this many words back for opinion words, but only the adjacent one for failures. */
  negationReach: 3,
  /** A thank-you in the same sentence as a service failure is usually sarcastic. */
  sarcasticPraise: 0.3,
  sarcasmTrigger: -2,
  /** |positive − negative| below this is neutral. */
  positiveThreshold: 0.9,
  negativeThreshold: 0.9,
  /** Both sides at least this strong, and the weaker at least `mixedRatio` of the stronger: mixed. */
  mixedMinimum: 1.5,
  mixedRatio: 0.6,
  /** raw / sqrt(raw² + k): maps the summed weights into (−1, 1). */
  scoreSoftness: 4,
} as const;

// Vietnamese sentence-final particles: after a negator they make a question, not a complaint.
const PARTICLES = new Set(['ạ', 'a', 'nhé', 'nhe', 'nha', 'nhỉ', 'nhi', 'hả', 'ha', 'à', 'vậy', 'vay', 'hử']);
// What may follow an exclamatory "quá" that ends a phrase ("hoành tráng quá nè", "đẹp quá ạ").
const EXCLAMATION_TAILS = new Set([
  ...PARTICLES,
  'nè',
  'ne',
  'nhá',
  'ah',
  'ơi',
  'oi',
  'luôn',
  'đi',
  'thế',
  'the',
  'đó',
  'đấy',
]);
const STARTS_UPPER = /^\p{Lu}/u;
// Words that may follow a clause-final opinion word ("giảng hay và dễ hiểu").
const CLAUSE_LINKS = new Set([
  'và',
  'va',
  'nhưng',
  'nhung',
  'mà',
  'hơn',
  'hon',
  'nhất',
  'nhat',
  'ạ',
  'nhé',
  'nha',
]);
const SENTENCE_END = /[.!?…;]/;
const PUNCTUATED = /[.,;:!?…]/;
const CAPITALISED = /^\p{Lu}{3,}$/u;
const DOUBLED_LETTER = /(\p{L})\1+/gu;

type UnitKind = 'sentiment' | 'negator' | 'intensifier' | 'contrast' | 'word';

interface Unit {
  kind: UnitKind;
  entry: LexiconEntry | undefined;
  weight: number;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  sentence: number;
  clause: number;
  emphasis: number;
  isSymbol: boolean;
  isServiceProblem: boolean;
  /** A modifier already applied to a phrase. */
  isUsed: boolean;
}

interface Reading {
  lexicon: CompiledLexicon;
  lang: 'en' | 'vi';
  isFolded: boolean;
}

interface SentenceInfo {
  exclamations: number;
  isQuestion: boolean;
}

/** Sentiment of one piece of feedback; `lang` is detected when omitted ('other' reads as English). */
export function analyzeSentiment(text: string, lang?: TextLanguage): SentimentResult {
  const { normalized, units, sentences } = readSentimentUnits(text, lang);
  applyContrast(units);
  applySentenceEffects(normalized, units, sentences);
  return summarise(normalized, units);
}

/**
 * The reading shared by the whole-text and the per-clause analysis: lexicon units with negation,
 * intensifiers and implicit complaints applied, before any weighting between clauses.
 */
function readSentimentUnits(text: string, lang?: TextLanguage) {
  const normalized = normalizeText(text);
  const tokens = contentTokens(normalized);
  const language = lang ?? detectLanguageOfTokens(normalized, tokens).lang;
  const reading = chooseReading(language, tokens);
  const { units, sentences } = readUnits(normalized, tokens, reading);
  applyModifiers(units);
  addImplicitComplaints(normalized, units, reading);
  return { normalized, units, sentences };
}

const FOLDED_READING: Reading = { lexicon: VIETNAMESE_FOLDED, lang: 'vi', isFolded: true };

function isPlainSpan(tokens: readonly Token[], from: number, length: number): boolean {
  for (let i = from; i < from + length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'word' && token.norm !== token.folded) return false;
  }
  return true;
}

/** One clause of a text with its own sentiment: what a topic mentioned inside it is said to be. */
export interface SentimentClause {
  /** Offsets into the NFC-normalised text, from the clause's first word to its last. */
  start: number;
  end: number;
  label: SentimentLabel;
  score: number;
}

/**
 * Splits feedback into clauses — at sentence ends, commas and semicolons, line breaks and contrast words
 * ("but", "however", "although", "nhưng", "tuy nhiên", "mặc dù") — and reads each clause's sentiment on its
 * own, with the same lexicon, negation and intensifiers as `analyzeSentiment` but without the contrast
 * weighting between clauses: "giao hàng nhanh nhưng nhân viên thô lỗ" is a positive clause and a negative one.
 */
export function analyzeClauses(text: string, lang?: TextLanguage): SentimentClause[] {
  const { normalized, units, sentences } = readSentimentUnits(text, lang);
  applySentenceEffects(normalized, units, sentences);
  const clauses: { start: number; end: number; positive: number; negative: number }[] = [];
  let current: (typeof clauses)[number] | undefined;
  let clause = -1;
  for (const unit of units) {
    const isContrast = unit.kind === 'contrast';
    if (!current || unit.clause !== clause || isContrast) {
      current = undefined;
      clause = unit.clause;
    }
    if (isContrast) continue; // the marker belongs to neither side
    if (!current) {
      current = { start: unit.start, end: unit.end, positive: 0, negative: 0 };
      clauses.push(current);
    }
    current.end = Math.max(current.end, unit.end);
    if (unit.kind !== 'sentiment') continue;
    if (unit.weight > 0) current.positive += unit.weight;
    else current.negative -= unit.weight;
  }
  return clauses.map(({ start, end, positive, negative }) => {
    const raw = positive - negative;
    const score = raw / Math.sqrt(raw * raw + TUNING.scoreSoftness);
    return { start, end, label: labelOf(positive, negative), score: Math.round(score * 1000) / 1000 };
  });
}

/**
 * The sentiment of the clause holding `[start, end)` (a topic mention); a mention across several clauses
 * takes the strongest of them, and text outside every clause is neutral.
 */
export function clauseSentimentAt(
  clauses: readonly SentimentClause[],
  start: number,
  end: number,
): Pick<SentimentClause, 'label' | 'score'> {
  let best: SentimentClause | undefined;
  for (const clause of clauses) {
    if (clause.end <= start || clause.start >= Math.max(end, start + 1)) continue;
    if (!best || Math.abs(clause.score) > Math.abs(best.score)) best = clause;
  }
  return best ? { label: best.label, score: best.score } : { label: 'neutral', score: 0 };
}

function chooseReading(lang: TextLanguage, tokens: readonly Token[]): Reading {
  if (lang !== 'vi') return { lexicon: ENGLISH, lang: 'en', isFolded: false };
  const hasDiacritics = tokens.some((token) => token.kind === 'word' && token.norm !== token.folded);
  return hasDiacritics
    ? { lexicon: VIETNAMESE, lang: 'vi', isFolded: false }
    : { lexicon: VIETNAMESE_FOLDED, lang: 'vi', isFolded: true };
}

function keyOf(token: Token, reading: Reading): string | undefined {
  if (token.kind === 'number') return NUMBER_KEY;
  if (token.kind !== 'word') return undefined;
  if (reading.lang === 'vi') return reading.isFolded ? token.folded : vietnameseKey(token.norm);
  if (!isElongated(token.text)) return token.norm;
  // "goood" squeezes to "good", "sooo" to "soo": try the single-letter reading when the double is unknown.
  if (reading.lexicon.vocabulary.has(token.norm)) return token.norm;
  const single = token.norm.replace(DOUBLED_LETTER, '$1');
  return reading.lexicon.vocabulary.has(single) ? single : token.norm;
}

function readUnits(
  normalized: string,
  tokens: readonly Token[],
  reading: Reading,
): { units: Unit[]; sentences: SentenceInfo[] } {
  const keys = tokens.map((token) => keyOf(token, reading));
  // Vietnamese typed partly without diacritics ("Rất thuan loi"): a run of plain syllables may also be read
  // with the folded lexicon when the text's own reading finds nothing there.
  let foldedKeys: (string | undefined)[] | undefined;
  const hasLineBreaks = normalized.includes('\n');
  const isShouting = countShouting(tokens);
  const units: Unit[] = [];
  const sentences: SentenceInfo[] = [{ exclamations: 0, isQuestion: false }];
  let sentence = 0;
  let clause = 0;
  const endSentence = (): void => {
    sentence++;
    clause++;
    sentences.push({ exclamations: 0, isQuestion: false });
  };

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    if (
      hasLineBreaks &&
      previous &&
      units.length > 0 &&
      normalized.slice(previous.end, token.start).includes('\n')
    ) {
      endSentence();
    }
    if (token.kind === 'punct') {
      if (SENTENCE_END.test(token.text)) {
        const info = sentences[sentence] as SentenceInfo;
        for (const char of token.text) {
          if (char === '!') info.exclamations++;
          else if (char === '?') info.isQuestion = true;
        }
        endSentence();
      } else {
        clause++;
      }
      i++;
      continue;
    }
    if (token.kind === 'emoji' || token.kind === 'emoticon') {
      const weight = token.kind === 'emoji' ? emojiWeight(token.text) : emoticonWeight(token.text);
      if (weight !== undefined) {
        const unit = createUnit('sentiment', undefined, token, token, i, i, sentence, clause);
        unit.weight = weight;
        unit.isSymbol = true;
        units.push(unit);
      }
      i++;
      continue;
    }
    let match = reading.lexicon.index.longestAt(keys, i);
    let entry = match?.value;
    let isMatch =
      match !== undefined && entry !== undefined && isAccepted(entry, i, tokens, keys, units, reading);
    if (!isMatch && reading.lang === 'vi' && !reading.isFolded && token.norm === token.folded) {
      foldedKeys ??= tokens.map((t) => keyOf(t, FOLDED_READING));
      const folded = VIETNAMESE_FOLDED.index.longestAt(foldedKeys, i);
      if (
        folded &&
        folded.length >= 2 &&
        isPlainSpan(tokens, i, folded.length) &&
        isAccepted(folded.value, i, tokens, foldedKeys, units, FOLDED_READING)
      ) {
        match = folded;
        entry = folded.value;
        isMatch = true;
      }
    }
    if (match && entry && isMatch) {
      const last = i + match.length - 1;
      // A set phrase without sentiment ("good morning", "không khí") reads as one plain word.
      const isNeutralPhrase = entry.kind === 'sentiment' && entry.weight === 0 && !entry.isSuggestion;
      const unit = createUnit(
        isNeutralPhrase ? 'word' : entry.kind,
        entry,
        token,
        tokens[last] as Token,
        i,
        last,
        sentence,
        clause,
      );
      if (entry.kind === 'sentiment') {
        unit.weight = entry.weight;
        unit.isServiceProblem = entry.isServiceProblem;
        unit.emphasis = emphasisOf(tokens, i, last, isShouting);
      }
      units.push(unit);
      i = last + 1;
      continue;
    }
    units.push(createUnit('word', undefined, token, token, i, i, sentence, clause));
    i++;
  }
  return { units, sentences };
}

// One object shape for every unit keeps property access fast (spreads made each unit a slow object).
function createUnit(
  kind: UnitKind,
  entry: LexiconEntry | undefined,
  first: Token,
  last: Token,
  firstToken: number,
  lastToken: number,
  sentence: number,
  clause: number,
): Unit {
  return {
    kind,
    entry,
    weight: 0,
    start: first.start,
    end: last.end,
    firstToken,
    lastToken,
    sentence,
    clause,
    emphasis: 1,
    isSymbol: false,
    isServiceProblem: false,
    isUsed: false,
  };
}

function isAccepted(
  entry: LexiconEntry,
  at: number,
  tokens: readonly Token[],
  keys: readonly (string | undefined)[],
  units: readonly Unit[],
  reading: Reading,
): boolean {
  // "50k" is fifty thousand, not "không".
  if (entry.kind === 'negator' && tokens[at]?.norm === 'k' && tokens[at - 1]?.kind === 'number') return false;
  if (entry.kind !== 'sentiment') return true;
  if (!entry.isAmbiguousWhenFolded && !entry.isClauseFinal) return true;
  const previous = units[units.length - 1];
  if (
    previous &&
    previous.lastToken === at - 1 &&
    (previous.kind === 'intensifier' || previous.kind === 'negator')
  ) {
    return true;
  }
  const next = reading.lexicon.index.longestAt(keys, at + 1)?.value;
  if (next?.kind === 'intensifier' && next.position !== 'before') return true;
  if (!entry.isClauseFinal) return false;
  const following = tokens[at + 1];
  return following?.kind !== 'word' || CLAUSE_LINKS.has(following.norm);
}

function countShouting(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || token.text.length < 3) continue;
    words++;
    if (CAPITALISED.test(token.text)) capitalised++;
  }
  return words >= 3 && capitalised / words > 0.6;
}

function emphasisOf(tokens: readonly Token[], first: number, last: number, isShouting: boolean): number {
  let emphasis = 1;
  for (let i = first; i <= last; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    if (isElongated(token.text)) emphasis = Math.max(emphasis, TUNING.elongation);
    if (!isShouting && CAPITALISED.test(token.text)) emphasis = Math.max(emphasis, TUNING.capitals);
  }
  return emphasis;
}

function applyModifiers(units: Unit[]): void {
  for (let j = 0; j < units.length; j++) {
    const unit = units[j] as Unit;
    if (unit.kind !== 'sentiment' || unit.isSymbol) continue;
    let factor = 1;
    let isNegated = false;
    let isExcess = false;
    let start = unit.start;
    let end = unit.end;
    let isChain = true;
    const reach = unit.isServiceProblem ? 1 : TUNING.negationReach;
    for (let k = j - 1, steps = 0; k >= 0 && steps < reach; k--, steps++) {
      const before = units[k] as Unit;
      if (before.clause !== unit.clause || before.kind === 'sentiment' || before.kind === 'contrast') break;
      if (before.kind === 'negator') {
        isNegated = true;
        before.isUsed = true;
        start = before.start;
        break;
      }
      const modifier = before.entry;
      if (isChain && modifier?.kind === 'intensifier' && modifier.position !== 'after' && !before.isUsed) {
        factor *= modifier.factor;
        if (modifier.signalsExcess && unit.weight > 0 && unit.weight <= TUNING.mildPositive) isExcess = true;
        before.isUsed = true;
        start = before.start;
        continue;
      }
      isChain = false;
    }
    const after = units[j + 1];
    const afterModifier = after?.entry;
    if (after && after.clause === unit.clause && afterModifier?.kind === 'intensifier') {
      if (afterModifier.position !== 'before') {
        factor *= afterModifier.factor;
        after.isUsed = true;
        end = after.end;
      }
    }
    let weight = unit.weight * factor;
    if (isNegated) {
      weight = unit.weight * Math.min(factor, 1);
      weight =
        weight > 0
          ? Math.min(weight * TUNING.negatedPositive, TUNING.negatedPositiveAtLeast)
          : weight * TUNING.negatedNegative;
    } else if (isExcess) {
      weight = TUNING.excess;
    }
    unit.weight = weight * unit.emphasis;
    unit.start = start;
    unit.end = end;
  }
}

/** Negators and excess markers in front of a neutral word: "didn't get", "chưa nhận", "quá nhiều". */
function addImplicitComplaints(normalized: string, units: Unit[], reading: Reading): void {
  for (let j = 0; j < units.length; j++) {
    const unit = units[j] as Unit;
    const next = units[j + 1];
    if (unit.isUsed || !next || next.kind !== 'word' || next.clause !== unit.clause) continue;
    if (next.lastToken !== unit.lastToken + 1) continue;
    let weight = 0;
    if (unit.kind === 'negator') {
      if (reading.lang === 'vi' && isParticleTail(normalized, units, j + 1)) continue;
      weight = TUNING.unmet[reading.lang];
    } else if (unit.entry?.kind === 'intensifier' && unit.entry.signalsExcess && !reading.isFolded) {
      // "… quá nè", "… quá BIDV": an exclamation closing the phrase before it, not "too much" of the next word.
      const word = normalized.slice(next.start, next.end);
      if (reading.lang === 'vi' && (EXCLAMATION_TAILS.has(word.toLowerCase()) || STARTS_UPPER.test(word)))
        continue;
      weight = TUNING.excess;
    }
    if (weight === 0) continue;
    unit.kind = 'sentiment';
    unit.weight = weight * unit.emphasis;
    unit.end = next.end;
    unit.lastToken = next.lastToken;
    unit.isUsed = true;
    units.splice(j + 1, 1);
  }
}

/** "… được không ạ": only particles follow the negator, so it asks rather than complains. */
function isParticleTail(normalized: string, units: readonly Unit[], from: number): boolean {
  const clause = units[from]?.clause;
  for (let k = from; k < units.length && units[k]?.clause === clause; k++) {
    const unit = units[k] as Unit;
    if (unit.kind !== 'word' || !PARTICLES.has(normalized.slice(unit.start, unit.end).toLowerCase()))
      return false;
  }
  return true;
}

function applyContrast(units: Unit[]): void {
  for (let j = 0; j < units.length; j++) {
    const marker = units[j] as Unit;
    if (marker.entry?.kind !== 'contrast') continue;
    if (marker.entry.mode === 'but') {
      const hasEarlierOpinion = units.some(
        (unit, k) => k < j && unit.kind === 'sentiment' && unit.sentence === marker.sentence,
      );
      const discounted = hasEarlierOpinion ? marker.sentence : marker.sentence - 1;
      for (let k = 0; k < units.length; k++) {
        const unit = units[k] as Unit;
        if (unit.kind !== 'sentiment') continue;
        if (k < j && unit.sentence === discounted) unit.weight *= TUNING.beforeContrast;
        else if (k > j && unit.sentence === marker.sentence) unit.weight *= TUNING.afterContrast;
      }
    } else {
      // "Although the crew was nice, the flight was late": the concession counts less.
      for (let k = 0; k < units.length; k++) {
        const unit = units[k] as Unit;
        if (unit.kind !== 'sentiment' || unit.sentence !== marker.sentence) continue;
        if (k > j && unit.clause === marker.clause) unit.weight *= TUNING.insideConcession;
        else if (unit.clause !== marker.clause) unit.weight *= TUNING.afterContrast;
      }
    }
  }
}

// "… dễ hiểu hơn", "… more helpful": after a suggestion, a comparative is what the customer asks for.
const COMPARATIVES = new Set(['hơn', 'hon', 'more']);

function isComparative(normalized: string, next: Unit | undefined, unit: Unit): boolean {
  if (!next || next.firstToken !== unit.lastToken + 1 || next.kind !== 'word') return false;
  return COMPARATIVES.has(normalized.slice(next.start, next.end).toLowerCase());
}

function applySentenceEffects(normalized: string, units: Unit[], sentences: readonly SentenceInfo[]): void {
  const serviceBySentence = new Map<number, number>();
  for (const unit of units) {
    if (unit.kind === 'sentiment' && unit.isServiceProblem && unit.weight < 0) {
      serviceBySentence.set(unit.sentence, (serviceBySentence.get(unit.sentence) ?? 0) + unit.weight);
    }
  }
  const hasQuestion = sentences.some((info) => info.isQuestion);
  const hasComplaint = units.some((unit) => unit.kind === 'sentiment' && unit.weight < 0);
  // "Mong BIDV ngày càng phát triển": a hope next to goodwill is a wish, not a request for a change.
  const goodwillSentences = new Set<number>();
  for (const unit of units) {
    if (unit.entry?.kind === 'sentiment' && unit.entry.isGoodwill) goodwillSentences.add(unit.sentence);
  }
  const isUnpunctuated = !PUNCTUATED.test(normalized);
  let suggestion: Unit | undefined;
  for (let j = 0; j < units.length; j++) {
    const unit = units[j] as Unit;
    if (unit.kind !== 'sentiment') continue;
    const info = sentences[unit.sentence];
    if (!info) continue;
    const entry = unit.entry?.kind === 'sentiment' ? unit.entry : undefined;
    const isWish = goodwillSentences.has(unit.sentence);
    if (entry?.isCourtesy && (hasQuestion || hasComplaint)) unit.weight *= TUNING.politeThanks;
    if (entry?.isSuggestion) {
      if (isWish) unit.weight = 0;
      else suggestion = unit;
    } else if (
      suggestion &&
      unit.weight > 0 &&
      !isWish &&
      unit.sentence === suggestion.sentence &&
      ((unit.clause === suggestion.clause &&
        (!isUnpunctuated || unit.firstToken - suggestion.lastToken <= TUNING.wishReach)) ||
        isComparative(normalized, units[j + 1], unit))
    ) {
      unit.weight *= TUNING.wishedFor;
    }
    if (info.isQuestion && !unit.isServiceProblem && !unit.isSymbol) unit.weight *= TUNING.inQuestion;
    if (info.exclamations > 0) unit.weight *= 1 + TUNING.perExclamation * Math.min(info.exclamations, 3);
    const service = serviceBySentence.get(unit.sentence) ?? 0;
    if (unit.weight > 0 && service <= TUNING.sarcasmTrigger) unit.weight *= TUNING.sarcasticPraise;
  }
}

function summarise(normalized: string, units: readonly Unit[]): SentimentResult {
  let positive = 0;
  let negative = 0;
  const drivers: SentimentDriver[] = [];
  for (const unit of units) {
    if (unit.kind !== 'sentiment' || unit.weight === 0) continue;
    if (unit.weight > 0) positive += unit.weight;
    else negative -= unit.weight;
    const weight = Math.round(unit.weight * 100) / 100;
    if (weight === 0) continue;
    drivers.push({
      phrase: normalized.slice(unit.start, unit.end),
      start: unit.start,
      end: unit.end,
      weight,
    });
  }
  const raw = positive - negative;
  const score = raw / Math.sqrt(raw * raw + TUNING.scoreSoftness);
  return { label: labelOf(positive, negative), score: Math.round(score * 1000) / 1000, drivers };
}

function labelOf(positive: number, negative: number): SentimentLabel {
  const stronger = Math.max(positive, negative);
  const weaker = Math.min(positive, negative);
  if (weaker >= TUNING.mixedMinimum && weaker / stronger >= TUNING.mixedRatio) return 'mixed';
  const raw = positive - negative;
  if (raw >= TUNING.positiveThreshold) return 'positive';
  if (raw <= -TUNING.negativeThreshold) return 'negative';
  return 'neutral';
}
