// The topic rule language CX teams write: `(refund* OR "money back") -voucher`, `giao hàng NEAR/3 chậm`.
// Words and "quoted phrases"; AND, OR, NOT in capitals (NOT binds tightest, then AND, then OR); `-word` for
// NOT; adjacent terms are ANDed; `refund*` for any ending; NEAR/n for at most n words apart. Matching is
// case- and diacritic-insensitive (customers often type Vietnamese without marks) and English words match
// by stem, so a rule for "refund" also catches "refunds", "refunded" and "refunding". Unquoted words that
// all have the shape of Vietnamese syllables ("giao hàng") are one word to a Vietnamese reader and match
// as a phrase; write AND between them to match them anywhere. A text is prepared once and every rule runs
// over the same token arrays, because a workspace has many rules.

import { stemmer } from 'stemmer';
import { foldDiacritics, normalizeText, squeezeElongation, type Token, tokenize } from './normalize';
import type { TopicMatch } from './types';

/** A query that cannot be parsed; `position` is the 0-based character index in the query to point at. */
export class TopicQueryError extends Error {
  readonly position: number;

  constructor(message: string, position: number) {
    super(message);
    this.name = 'TopicQueryError';
    this.position = position;
  }
}

/**
 * How one query word is compared with a text token: `stem` (English, by Porter stem), `exact` (the folded
 * form, for Vietnamese syllables, numbers and emoji, which a stemmer would damage) or `prefix` (`refund*`).
 */
export type QueryWordMode = 'stem' | 'exact' | 'prefix';

export interface QueryWord {
  value: string;
  mode: QueryWordMode;
}

export type TopicQueryAst =
  /** One word, or a phrase when `words` has several: they must follow each other in the text. */
  | { type: 'term'; words: QueryWord[]; text: string; position: number }
  | { type: 'and'; children: TopicQueryAst[] }
  | { type: 'or'; children: TopicQueryAst[] }
  | { type: 'not'; child: TopicQueryAst }
  /** At most `distance` words between a match of `left` and a match of `right`, in either order. */
  | { type: 'near'; distance: number; left: TopicQueryAst; right: TopicQueryAst };

/** A text tokenised once for matching; build it with `prepareText`. */
export interface PreparedText {
  /** `normalizeText` of the input; offsets below refer to it. */
  text: string;
  tokens: Token[];
  /** One entry per searchable unit (hyphenated words are split, punctuation is left out): folded form. */
  keys: string[];
  /** The Porter stem of each key (the key itself for numbers and emoji). */
  stems: string[];
  starts: number[];
  ends: number[];
  /** Where each key occurs, so a rule's word is looked up rather than searched for. */
  positionsByKey: ReadonlyMap<string, readonly number[]>;
  positionsByStem: ReadonlyMap<string, readonly number[]>;
}

export interface TopicQuerySpan {
  start: number;
  end: number;
}

export interface TopicQueryResult {
  matched: boolean;
  /** Offsets (into `PreparedText.text`) of the words that made the query match, for highlighting. */
  spans: TopicQuerySpan[];
  /** Set when the rule needed more work on this text than one text may take, and so does not match it. */
  isOverBudget?: true;
}

export type CompiledTopicQuery = (prepared: PreparedText) => TopicQueryResult;

export interface TopicRule {
  id: string;
  name: string;
  query: string;
}

// --- shared word handling ------------------------------------------------------------------------------

const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

/** The Porter stem of a folded English word, cached because the same words recur across texts. */
export function stemWord(folded: string): string {
  let stem = stemCache.get(folded);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stem = stemmer(folded);
    stemCache.set(folded, stem);
  }
  return stem;
}

// Onset, one to three vowels, optional final consonant: the shape of every Vietnamese syllable once marks
// are folded away. English words mostly fail it (letters f/j/w/z, finals like -d, -s, -nd, a silent -e).
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$/;

/** Whether a folded word has the shape of a Vietnamese syllable ("giao", "hang", "nguoi"). */
export function isVietnameseSyllable(folded: string): boolean {
  return VIETNAMESE_SYLLABLE.test(folded);
}

interface WordPart {
  key: string;
  /** Lower-cased as written, marks kept; differs from `key` when the word carries diacritics. */
  lower: string;
  isWord: boolean;
  start: number;
  end: number;
}

// Hyphenated words are split so "customer-service" in a text matches the rule "customer service"; apostrophes
// are dropped so "dont" matches "don't".
function splitToken(token: Token): WordPart[] {
  if (token.kind === 'punct') return [];
  if (token.kind !== 'word') {
    return [{ key: token.text, lower: token.text, isWord: false, start: token.start, end: token.end }];
  }
  if (!token.text.includes('-')) {
    return [wordPart(token.norm, token.folded, token.start, token.end)];
  }
  const parts: WordPart[] = [];
  let offset = token.start;
  for (const piece of token.text.split('-')) {
    const norm = squeezeElongation(piece.toLowerCase().replace(/’/g, "'"));
    parts.push(wordPart(norm, foldDiacritics(norm), offset, offset + piece.length));
    offset += piece.length + 1;
  }
  return parts;
}

function wordPart(norm: string, folded: string, start: number, end: number): WordPart {
  const hasApostrophe = norm.includes("'");
  return {
    key: hasApostrophe ? folded.replace(/'/g, '') : folded,
    lower: hasApostrophe ? norm.replace(/'/g, '') : norm,
    isWord: true,
    start,
    end,
  };
}

/** Tokenises a text once so that any number of compiled queries can run over it. */
export function prepareText(text: string): PreparedText {
  const normalized = normalizeText(text);
  return prepareTokens(normalized, tokenize(normalized));
}

/**
 * `prepareText` for a caller that already tokenised the text (`text` = `normalizeText(input)`, `tokens` =
 * `tokenize(text)`), so a pipeline tokenises once for every analyzer.
 */
export function prepareTokens(text: string, tokens: Token[]): PreparedText {
  const keys: string[] = [];
  const stems: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const positionsByKey = new Map<string, number[]>();
  const positionsByStem = new Map<string, number[]>();
  for (const token of tokens) {
    for (const part of splitToken(token)) {
      const position = keys.length;
      const stem = part.isWord ? stemWord(part.key) : part.key;
      keys.push(part.key);
      stems.push(stem);
      starts.push(part.start);
      ends.push(part.end);
      addPosition(positionsByKey, part.key, position);
      addPosition(positionsByStem, stem, position);
    }
  }
  return { text, tokens, keys, stems, starts, ends, positionsByKey, positionsByStem };
}

function addPosition(index: Map<string, number[]>, value: string, position: number): void {
  const positions = index.get(value);
  if (positions) positions.push(position);
  else index.set(value, [position]);
}

// --- lexer ---------------------------------------------------------------------------------------------

type Lexeme =
  | { kind: 'word' | 'phrase'; text: string; position: number; isVietnamesePhrase?: boolean }
  | { kind: 'and' | 'or' | 'not' | 'minus' | 'lparen' | 'rparen'; position: number }
  | { kind: 'near'; distance: number; position: number };

const QUOTES = '"“”';
const MAX_NEAR_DISTANCE = 50;

function lex(query: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      lexemes.push({ kind: char === '(' ? 'lparen' : 'rparen', position: i });
      i++;
    } else if (QUOTES.includes(char)) {
      let close = i + 1;
      while (close < query.length && !QUOTES.includes(query[close] as string)) close++;
      if (close >= query.length) throw new TopicQueryError('This quote is never closed: add a closing ".', i);
      const text = query.slice(i + 1, close);
      if (text.trim() === '') throw new TopicQueryError('This quoted phrase is empty.', i);
      lexemes.push({ kind: 'phrase', text, position: i + 1 });
      i = close + 1;
    } else if (char === '-') {
      const next = query[i + 1];
      if (next === undefined || /[\s)]/.test(next)) {
        throw new TopicQueryError('Attach a minus sign to the word it excludes, as in -voucher.', i);
      }
      lexemes.push({ kind: 'minus', position: i });
      i++;
    } else {
      let end = i;
      while (end < query.length && !/[\s()"“”]/.test(query[end] as string)) end++;
      lexemes.push(operatorOrWord(query.slice(i, end), i));
      i = end;
    }
  }
  return mergeVietnameseWords(lexemes);
}

function operatorOrWord(text: string, position: number): Lexeme {
  if (text === 'AND' || text === 'OR' || text === 'NOT') {
    return { kind: text === 'AND' ? 'and' : text === 'OR' ? 'or' : 'not', position };
  }
  if (text === 'NEAR' || text.startsWith('NEAR/')) {
    const distance = /^NEAR\/(\d{1,3})$/.exec(text)?.[1];
    if (distance === undefined || Number(distance) < 1 || Number(distance) > MAX_NEAR_DISTANCE) {
      throw new TopicQueryError(
        `Write NEAR/n, where n (1 to ${MAX_NEAR_DISTANCE}) is how many words may come between, as in refund NEAR/3 late.`,
        position,
      );
    }
    return { kind: 'near', distance: Number(distance), position };
  }
  return { kind: 'word', text, position };
}

// Vietnamese words are written as separate syllables ("giao hàng" is one word, "delivery"), so a run of
// unquoted syllables is matched as a phrase rather than as syllables anywhere in the text.
function mergeVietnameseWords(lexemes: Lexeme[]): Lexeme[] {
  const merged: Lexeme[] = [];
  let i = 0;
  while (i < lexemes.length) {
    let end = i;
    while (end < lexemes.length && isSyllableLexeme(lexemes[end] as Lexeme)) end++;
    if (end - i >= 2) {
      const run = lexemes.slice(i, end) as { text: string; position: number }[];
      merged.push({
        kind: 'phrase',
        text: run.map((lexeme) => lexeme.text).join(' '),
        position: (run[0] as { position: number }).position,
        isVietnamesePhrase: true,
      });
      i = end;
    } else {
      merged.push(lexemes[i] as Lexeme);
      i++;
    }
  }
  return merged;
}

function isSyllableLexeme(lexeme: Lexeme): boolean {
  if (lexeme.kind !== 'word' || lexeme.text.includes('*')) return false;
  const tokens = tokenize(normalizeText(lexeme.text));
  const only = tokens[0];
  return tokens.length === 1 && only?.kind === 'word' && isVietnameseSyllable(only.folded);
}

// --- parser --------------------------------------------------------------------------------------------

const OPERATOR_NAMES: Partial<Record<Lexeme['kind'], string>> = {
  and: 'AND',
  or: 'OR',
  not: 'NOT',
  minus: 'A minus sign',
  near: 'NEAR',
};

// Bounds on the size of a rule, so that neither parsing nor matching can be made arbitrarily expensive: a
// real rule is a few synonyms per idea, far below them.
/** The longest rule, in characters. */
export const MAX_QUERY_LENGTH = 2_000;
/** The most words and "phrases" one rule may contain. */
export const MAX_QUERY_TERMS = 100;
/** The deepest nesting of parentheses and NOT. */
export const MAX_QUERY_DEPTH = 8;
/** The most NEAR operators one rule may contain. */
export const MAX_QUERY_NEARS = 10;

/** Parses a rule; throws `TopicQueryError` with a message for the rule editor and the position to mark. */
export function parseTopicQuery(query: string): TopicQueryAst {
  if (query.trim() === '') {
    throw new TopicQueryError(
      'The query is empty: type a word, a "quoted phrase" or refund* for any ending.',
      0,
    );
  }
  if (query.length > MAX_QUERY_LENGTH) {
    throw new TopicQueryError(
      `The rule is too long: keep it to ${MAX_QUERY_LENGTH.toLocaleString('en')} characters, or split it into several topics.`,
      MAX_QUERY_LENGTH,
    );
  }
  return new Parser(query, lex(query)).parse();
}

class Parser {
  private index = 0;
  private terms = 0;
  private nears = 0;
  private depth = 0;

  constructor(
    private readonly query: string,
    private readonly lexemes: Lexeme[],
  ) {}

  parse(): TopicQueryAst {
    const ast = this.parseOr();
    const rest = this.peek();
    if (rest) {
      // Only a ")" can stop parseOr early.
      throw new TopicQueryError('This closing parenthesis has no matching "(".', rest.position);
    }
    return ast;
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.index];
  }

  private parseOr(): TopicQueryAst {
    const children = [this.parseAnd()];
    for (let next = this.peek(); next?.kind === 'or'; next = this.peek()) {
      this.index++;
      this.expectOperand(next);
      children.push(this.parseAnd());
    }
    return children.length === 1 ? (children[0] as TopicQueryAst) : { type: 'or', children };
  }

  // AND binds tighter than OR; adjacent terms are joined by an implicit AND.
  private parseAnd(): TopicQueryAst {
    const children = [this.parseNear()];
    for (let next = this.peek(); next; next = this.peek()) {
      if (next.kind === 'and') {
        this.index++;
        this.expectOperand(next);
      } else if (!startsOperand(next)) {
        break;
      }
      children.push(this.parseNear());
    }
    return children.length === 1 ? (children[0] as TopicQueryAst) : { type: 'and', children };
  }

  private parseNear(): TopicQueryAst {
    let left = this.parseUnary();
    for (let next = this.peek(); next?.kind === 'near'; next = this.peek()) {
      this.index++;
      this.expectOperand(next);
      if (++this.nears > MAX_QUERY_NEARS) {
        throw new TopicQueryError(
          `A rule may use NEAR at most ${MAX_QUERY_NEARS} times: split it into several topics.`,
          next.position,
        );
      }
      const right = this.parseUnary();
      if (left.type === 'not' || right.type === 'not') {
        throw new TopicQueryError('NEAR needs words on both sides, not an exclusion.', next.position);
      }
      left = { type: 'near', distance: next.distance, left, right };
    }
    return left;
  }

  private parseUnary(): TopicQueryAst {
    const next = this.peek();
    if (next?.kind === 'not' || next?.kind === 'minus') {
      this.index++;
      this.expectOperand(next);
      this.enter(next);
      const child = this.parseUnary();
      this.depth--;
      return { type: 'not', child };
    }
    return this.parsePrimary();
  }

  private enter(lexeme: Lexeme): void {
    if (++this.depth > MAX_QUERY_DEPTH) {
      throw new TopicQueryError(
        `This is nested too deeply: at most ${MAX_QUERY_DEPTH} levels of parentheses and NOT.`,
        lexeme.position,
      );
    }
  }

  private parsePrimary(): TopicQueryAst {
    const next = this.peek();
    if (!next) throw new TopicQueryError('The query ends too early: add a word.', this.query.length);
    this.index++;
    switch (next.kind) {
      case 'word':
      case 'phrase':
        if (++this.terms > MAX_QUERY_TERMS) {
          throw new TopicQueryError(
            `A rule may contain at most ${MAX_QUERY_TERMS} words and "phrases": split it into several topics.`,
            next.kind === 'phrase' && !next.isVietnamesePhrase ? next.position - 1 : next.position,
          );
        }
        return buildTerm(next.text, next.position, next.kind === 'phrase', next.isVietnamesePhrase === true);
      case 'lparen': {
        if (this.peek()?.kind === 'rparen')
          throw new TopicQueryError('These parentheses are empty.', next.position);
        this.enter(next);
        const inner = this.parseOr();
        if (this.peek()?.kind !== 'rparen') {
          throw new TopicQueryError('This parenthesis is never closed: add a ")".', next.position);
        }
        this.depth--;
        this.index++;
        return inner;
      }
      case 'rparen':
        throw new TopicQueryError('This closing parenthesis has no matching "(".', next.position);
      default:
        throw new TopicQueryError(
          `${OPERATOR_NAMES[next.kind] ?? 'This operator'} needs a word or group before it.`,
          next.position,
        );
    }
  }

  private expectOperand(operator: Lexeme): void {
    const next = this.peek();
    if (!next || !startsOperand(next)) {
      throw new TopicQueryError(
        `${OPERATOR_NAMES[operator.kind] ?? 'This operator'} must be followed by a word, a "phrase" or a group.`,
        operator.position,
      );
    }
  }
}

function startsOperand(lexeme: Lexeme): boolean {
  return (
    lexeme.kind === 'word' ||
    lexeme.kind === 'phrase' ||
    lexeme.kind === 'lparen' ||
    lexeme.kind === 'not' ||
    lexeme.kind === 'minus'
  );
}

// A word that is 2+ characters before its "*" keeps `refund*` useful; "r*" would match half the dictionary.
const MIN_PREFIX_LENGTH = 2;

function buildTerm(
  text: string,
  position: number,
  isPhrase: boolean,
  isVietnamesePhrase: boolean,
): TopicQueryAst {
  const words: QueryWord[] = [];
  let offset = 0;
  for (const chunk of text.split(/(\s+)/)) {
    const chunkPosition = position + offset;
    offset += chunk.length;
    if (chunk.trim() === '') continue;
    const star = chunk.indexOf('*');
    const isWildcard = star !== -1;
    if (isWildcard && star !== chunk.length - 1) {
      throw new TopicQueryError('A wildcard * can only end a word, as in refund*.', chunkPosition + star);
    }
    const parts = tokenize(normalizeText(isWildcard ? chunk.slice(0, -1) : chunk)).flatMap(splitToken);
    if (parts.length === 0) {
      if (isPhrase && !isWildcard) continue; // punctuation inside a phrase, as in "late, again"
      throw new TopicQueryError(`"${chunk}" has no letters or digits to search for.`, chunkPosition);
    }
    parts.forEach((part, index) => {
      const isPrefix = isWildcard && index === parts.length - 1;
      if (isPrefix && part.key.length < MIN_PREFIX_LENGTH) {
        throw new TopicQueryError(
          `Put at least ${MIN_PREFIX_LENGTH} letters before the wildcard *.`,
          chunkPosition + chunk.length - 1,
        );
      }
      words.push(queryWord(part, isPrefix, isVietnamesePhrase));
    });
  }
  if (words.length === 0) {
    throw new TopicQueryError(`"${text}" has no letters or digits to search for.`, position);
  }
  return { type: 'term', words, text, position };
}

function queryWord(part: WordPart, isPrefix: boolean, isVietnamese: boolean): QueryWord {
  if (isPrefix) return { value: part.key, mode: 'prefix' };
  // A word typed with diacritics is Vietnamese (or a loan word): its marks are folded, but it is not stemmed.
  if (!part.isWord || isVietnamese || part.lower !== part.key) return { value: part.key, mode: 'exact' };
  return { value: stemWord(part.key), mode: 'stem' };
}

// --- evaluation ----------------------------------------------------------------------------------------
//
// A node's hits are the index ranges [from, to] of the words that make it true, kept sorted by (from, to)
// and without duplicates, so their number is bounded by the text (a few per word) however the rule repeats
// itself: `(the OR the OR …) NEAR/50 …` used to build every pair of hits and crash the process. NEAR keeps
// the hits of each side that have a partner on the other side, found by binary search over sorted
// positions; its yes/no test stops at the first pair. Every evaluation also counts its steps and gives up
// past `MAX_STEPS_PER_RULE` (the text then does not match), and `matchTopicRules` stops trying a text's
// rules past `MAX_STEPS_PER_TEXT`, so no rule and no set of rules can hold the event loop for long on one
// text (a few tens of milliseconds at worst; callers looping over many texts yield between them). A step
// budget was chosen over a worker thread because it needs no I/O and works the same in the browser.

/** Index ranges [from, to] (inclusive) into the prepared keys, two numbers per hit, sorted, no duplicates. */
type Hits = number[];

/** At most this many hits are kept per node (the first ones in the text); more only add highlights. */
export const MAX_HITS_PER_NODE = 10_000;
/** Work allowed for one rule on one text (hits visited, comparisons); past it the rule does not match. */
export const MAX_STEPS_PER_RULE = 1_000_000;
/** Work allowed for all the rules `matchTopicRules` tries on one text; later rules do not match past it. */
export const MAX_STEPS_PER_TEXT = 3_000_000;

class StepBudgetExceeded extends Error {}

/** Counts the work of one evaluation; shared by every node of the rule for that text. */
class Budget {
  steps = 0;

  constructor(private readonly limit: number) {}

  spend(steps: number): void {
    this.steps += steps;
    if (this.steps > this.limit) throw new StepBudgetExceeded();
  }
}

interface Evaluator {
  /** Fast path for rules: stops at the first proof. */
  test(prepared: PreparedText, budget: Budget): boolean;
  /** Hits that make the node true, or null when it is false; a true NOT contributes no hits. */
  hits(prepared: PreparedText, budget: Budget): Hits | null;
}

function wordMatches(word: QueryWord, prepared: PreparedText, index: number): boolean {
  switch (word.mode) {
    case 'stem':
      return prepared.stems[index] === word.value;
    case 'exact':
      return prepared.keys[index] === word.value;
    case 'prefix':
      return prepared.keys[index]?.startsWith(word.value) === true;
  }
}

function compileTerm(words: QueryWord[]): Evaluator {
  const first = words[0] as QueryWord;
  const restMatchesAt = (prepared: PreparedText, index: number): boolean => {
    for (let k = 1; k < words.length; k++) {
      if (!wordMatches(words[k] as QueryWord, prepared, index + k)) return false;
    }
    return true;
  };
  // Where the first word occurs, in ascending order: looked up in the prepared index, scanned only for a
  // wildcard.
  const firstPositions = (prepared: PreparedText, budget: Budget): readonly number[] => {
    if (first.mode === 'stem') return prepared.positionsByStem.get(first.value) ?? NO_POSITIONS;
    if (first.mode === 'exact') return prepared.positionsByKey.get(first.value) ?? NO_POSITIONS;
    budget.spend(prepared.keys.length);
    const positions: number[] = [];
    prepared.keys.forEach((key, index) => {
      if (key.startsWith(first.value)) positions.push(index);
    });
    return positions;
  };
  return {
    test(prepared, budget) {
      for (const index of firstPositions(prepared, budget)) {
        budget.spend(words.length);
        if (restMatchesAt(prepared, index)) return true;
      }
      return false;
    },
    hits(prepared, budget) {
      const positions = firstPositions(prepared, budget);
      budget.spend(positions.length * words.length);
      const hits: Hits = [];
      for (const index of positions) {
        if (restMatchesAt(prepared, index)) {
          hits.push(index, index + words.length - 1);
          if (hits.length >= 2 * MAX_HITS_PER_NODE) break;
        }
      }
      return hits.length > 0 ? hits : null;
    },
  };
}

const NO_POSITIONS: readonly number[] = [];

/** The sorted, duplicate-free union of two hit lists, capped at `MAX_HITS_PER_NODE`. */
function unionHits(a: Hits, b: Hits, budget: Budget): Hits {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  budget.spend((a.length + b.length) / 2);
  const merged: Hits = [];
  let i = 0;
  let j = 0;
  while ((i < a.length || j < b.length) && merged.length < 2 * MAX_HITS_PER_NODE) {
    let from: number;
    let to: number;
    const order =
      i >= a.length
        ? 1
        : j >= b.length
          ? -1
          : (a[i] as number) - (b[j] as number) || (a[i + 1] as number) - (b[j + 1] as number);
    if (order <= 0) {
      from = a[i] as number;
      to = a[i + 1] as number;
      i += 2;
      if (order === 0) j += 2;
    } else {
      from = b[j] as number;
      to = b[j + 1] as number;
      j += 2;
    }
    merged.push(from, to);
  }
  return merged;
}

/** The first index in the ascending `values` that is >= `target` (`values.length` when none is). */
function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The ranges of the other side of a NEAR, as the two sorted lists a partner is searched in: a range after
 * ours is found by its start, one before ours by its end.
 */
interface Partners {
  starts: number[];
  ends: number[];
}

function partnersOf(hits: Hits, budget: Budget): Partners {
  budget.spend((hits.length / 2) * Math.log2(hits.length + 2));
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < hits.length; i += 2) {
    starts.push(hits[i] as number); // already ascending
    ends.push(hits[i + 1] as number);
  }
  ends.sort((x, y) => x - y);
  return { starts, ends };
}

// At most `distance` words strictly between [from, to] and a partner; overlapping ranges are one place.
function hasPartner(from: number, to: number, partners: Partners, distance: number, budget: Budget): boolean {
  budget.spend(2 * Math.log2(partners.starts.length + 2));
  const after = partners.starts[lowerBound(partners.starts, to + 1)];
  if (after !== undefined && after <= to + 1 + distance) return true;
  const before = partners.ends[lowerBound(partners.ends, from - 1 - distance)];
  return before !== undefined && before <= from - 1;
}

function keepWithPartner(hits: Hits, partners: Partners, distance: number, budget: Budget): Hits {
  const kept: Hits = [];
  for (let i = 0; i < hits.length; i += 2) {
    const from = hits[i] as number;
    const to = hits[i + 1] as number;
    if (hasPartner(from, to, partners, distance, budget)) kept.push(from, to);
  }
  return kept;
}

function compileNear(left: Evaluator, right: Evaluator, distance: number): Evaluator {
  const sides = (prepared: PreparedText, budget: Budget): [Hits, Hits] | null => {
    const leftHits = left.hits(prepared, budget);
    if (!leftHits || leftHits.length === 0) return null;
    const rightHits = right.hits(prepared, budget);
    if (!rightHits || rightHits.length === 0) return null;
    return [leftHits, rightHits];
  };
  return {
    test(prepared, budget) {
      const both = sides(prepared, budget);
      if (!both) return false;
      const [leftHits, rightHits] = both;
      const partners = partnersOf(rightHits, budget);
      for (let i = 0; i < leftHits.length; i += 2) {
        if (hasPartner(leftHits[i] as number, leftHits[i + 1] as number, partners, distance, budget))
          return true;
      }
      return false;
    },
    // The hits of both sides that have a partner on the other side: exactly the ranges of every pair.
    hits(prepared, budget) {
      const both = sides(prepared, budget);
      if (!both) return null;
      const [leftHits, rightHits] = both;
      const fromLeft = keepWithPartner(leftHits, partnersOf(rightHits, budget), distance, budget);
      if (fromLeft.length === 0) return null;
      const fromRight = keepWithPartner(rightHits, partnersOf(leftHits, budget), distance, budget);
      return unionHits(fromLeft, fromRight, budget);
    },
  };
}

function compileNode(ast: TopicQueryAst): Evaluator {
  switch (ast.type) {
    case 'term':
      return compileTerm(ast.words);
    case 'near':
      return compileNear(compileNode(ast.left), compileNode(ast.right), ast.distance);
    case 'not': {
      const child = compileNode(ast.child);
      return {
        test: (prepared, budget) => !child.test(prepared, budget),
        hits: (prepared, budget) => (child.test(prepared, budget) ? null : []),
      };
    }
    case 'and': {
      const children = ast.children.map(compileNode);
      return {
        test: (prepared, budget) => children.every((child) => child.test(prepared, budget)),
        hits(prepared, budget) {
          let all: Hits = [];
          for (const child of children) {
            const hits = child.hits(prepared, budget);
            if (!hits) return null;
            all = unionHits(all, hits, budget);
          }
          return all;
        },
      };
    }
    case 'or': {
      const children = ast.children.map(compileNode);
      return {
        test: (prepared, budget) => children.some((child) => child.test(prepared, budget)),
        hits(prepared, budget) {
          let all: Hits | null = null;
          for (const child of children) {
            const hits = child.hits(prepared, budget);
            if (hits) all = all ? unionHits(all, hits, budget) : hits;
          }
          return all;
        },
      };
    }
  }
}

function hitsToSpans(hits: Hits, prepared: PreparedText): TopicQuerySpan[] {
  const spans: TopicQuerySpan[] = [];
  for (let i = 0; i < hits.length; i += 2) {
    spans.push({
      start: prepared.starts[hits[i] as number] as number,
      end: prepared.ends[hits[i + 1] as number] as number,
    });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TopicQuerySpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Runs `evaluate` within `budget`; `undefined` when the rule needed more than the budget allows. */
function withBudget<T>(budget: Budget, evaluate: (budget: Budget) => T): T | undefined {
  try {
    return evaluate(budget);
  } catch (error) {
    if (error instanceof StepBudgetExceeded) return undefined;
    throw error;
  }
}

/**
 * Compiles a rule into a matcher over prepared texts; throws `TopicQueryError` like `parseTopicQuery`.
 * A text on which the rule needs more than `MAX_STEPS_PER_RULE` steps does not match (`isOverBudget`).
 */
export function compileTopicQuery(query: string): CompiledTopicQuery {
  const evaluator = compileNode(parseTopicQuery(query));
  return (prepared) => {
    const hits = withBudget(new Budget(MAX_STEPS_PER_RULE), (budget) => evaluator.hits(prepared, budget));
    if (hits === undefined) return { matched: false, spans: [], isOverBudget: true };
    return hits ? { matched: true, spans: hitsToSpans(hits, prepared) } : { matched: false, spans: [] };
  };
}

// --- rules ---------------------------------------------------------------------------------------------

const RULE_CACHE_LIMIT = 5_000;
// A rule that does not parse is cached as `null`: it never matches (the editor rejects it with
// `parseTopicQuery` when saved), and one bad rule must not stop analysis of every text.
const ruleCache = new Map<string, Evaluator | null>();

function ruleEvaluator(query: string): Evaluator | null {
  let evaluator = ruleCache.get(query);
  if (evaluator === undefined) {
    if (ruleCache.size >= RULE_CACHE_LIMIT) ruleCache.clear();
    try {
      evaluator = compileNode(parseTopicQuery(query));
    } catch (error) {
      if (!(error instanceof TopicQueryError)) throw error;
      evaluator = null;
    }
    ruleCache.set(query, evaluator);
  }
  return evaluator;
}

/**
 * The steps one text may still spend, shared by every pass over it (the whole text, then each clause for
 * topic-level sentiment), so that no number of rules or clauses lets one text exceed `MAX_STEPS_PER_TEXT`.
 */
export interface StepAllowance {
  remaining: number;
}

/**
 * The rules whose query matches the text, in rule order, as `source: 'rule'` topics with confidence 1. Each
 * rule may spend `MAX_STEPS_PER_RULE` steps on the text and all of them together `MAX_STEPS_PER_TEXT`; a
 * rule over its share does not match (real rules need a few hundred steps). Pass `allowance` to share the
 * text's steps with later passes (it is decreased by the steps spent).
 */
export function matchTopicRules(
  text: string | PreparedText,
  rules: readonly TopicRule[],
  allowance: StepAllowance = { remaining: MAX_STEPS_PER_TEXT },
): TopicMatch[] {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const matches: TopicMatch[] = [];
  for (const rule of rules) {
    const evaluator = ruleEvaluator(rule.query);
    if (!evaluator || allowance.remaining <= 0) continue;
    const budget = new Budget(Math.min(MAX_STEPS_PER_RULE, allowance.remaining));
    const isMatch = withBudget(budget, (b) => evaluator.test(prepared, b));
    allowance.remaining -= budget.steps;
    if (isMatch === true) matches.push({ id: rule.id, name: rule.name, confidence: 1, source: 'rule' });
  }
  return matches;
}

/** What asking one rule about one already prepared clause costs at least, in steps (the call itself). */
export const STEPS_PER_CLAUSE_TEST = 4;

/**
 * Which of `clauses` (each prepared once, for every rule) the rule matches on its own, paid from
 * `allowance`: at least `STEPS_PER_CLAUSE_TEST` per clause plus the rule's own work. `undefined` when the
 * allowance ran out first or the rule does not parse: the caller then falls back to the whole text.
 */
export function matchRuleInClauses(
  clauses: readonly PreparedText[],
  rule: TopicRule,
  allowance: StepAllowance,
): boolean[] | undefined {
  const evaluator = ruleEvaluator(rule.query);
  if (!evaluator || allowance.remaining <= 0) return undefined;
  const budget = new Budget(allowance.remaining);
  const mentions = withBudget(budget, (b) => {
    const found: boolean[] = [];
    for (const clause of clauses) {
      b.spend(STEPS_PER_CLAUSE_TEST);
      found.push(evaluator.test(clause, b));
    }
    return found;
  });
  allowance.remaining -= budget.steps;
  return mentions;
}
