// Theme discovery: what customers talk about that no rule or trained topic covers yet. Key phrases are
// scored by how many documents use them (weighted like TF-IDF, so words in every comment sink), and phrases
// that keep appearing in the same comments are grouped, so "refund", "money back" and "refund not received"
// become one theme instead of three. Everything here is deterministic: the same comments give the same
// themes, in the same order, with the same keys, which is what period-over-period comparison needs.

import { normalCdf } from '../statistics';
import { foldDiacritics, normalizeText, type Token, tokenize } from './normalize';
import { stemWord } from './topic-query';
import type { TextLanguage } from './types';

export interface KeyPhrase {
  /** Lower-cased as written (diacritics kept, elongation squeezed), words joined by single spaces. */
  phrase: string;
  /** Canonical form shared by variants: stemmed for English, diacritics folded for every language. */
  key: string;
  start: number;
  end: number;
}

export interface ThemeDocument {
  id: string;
  text: string;
  lang: TextLanguage;
}

export interface Theme {
  /** The canonical key of the label phrase; stable across runs on similar data. */
  key: string;
  /** The most representative phrase (the member in the most documents), as customers write it. */
  label: string;
  /** Member phrases, most frequent first. */
  phrases: string[];
  /** Documents containing at least one member phrase, in input order. */
  docIds: string[];
  size: number;
}

export interface DiscoverThemesOptions {
  /** Documents a phrase needs to be considered; default max(3, 0.5% of the documents). */
  minSupport?: number;
  /** Themes returned, largest first; default 20. */
  maxThemes?: number;
  /** Doc-set Jaccard similarity at which two phrases belong together; default 0.15. */
  minSimilarity?: number;
  /**
   * Phrases in more than this share of the documents are the corpus's domain ("flight" to an airline,
   * "card" to a bank), not a theme, and are left out; default 0.25.
   */
  maxDocShare?: number;
}

// --- stopwords -----------------------------------------------------------------------------------------

// Words that carry no theme on their own. A phrase may contain them ("waste of time", "refund not received")
// but may not start or end with one. Negations are here on purpose: "not" alone is no theme; so are the
// everyday verbs and the pure sentiment words ("great" says how, not what: sentiment analysis has it).
const ENGLISH_STOPWORDS = new Set(
  `a about above after again against all almost also although am among an and another any anybody anyone
  anything are aren't around as at be became because been before being below beside besides between both but
  by can can't cannot could couldn't did didn't do does doesn't doing don't done down during each either else
  enough etc even ever every everyone everything few for from further get gets getting got gotten had hadn't
  has hasn't have haven't having he her here hers herself him himself his how however i i'd i'll i'm i've if
  in into is isn't it it's its itself just let let's like made make makes many may me might mine more most
  much must my myself neither never no nobody none nor not nothing now of off often oh ok okay on once one
  only or other others our ours ourselves out over own per please quite rather really said same say says see
  seem seems shall she should shouldn't since so some somebody someone something sometimes still such sure
  than thank thanks that that's the their theirs them themselves then there there's these they they're this
  those though through thus to today too toward towards under until up upon us very via was wasn't we we're
  we've well went were weren't what what's when where whether which while who whom whose why will with
  within without won't would wouldn't yes yet you you'd you'll you're you've your yours yourself
  yourselves hi hello hey dear lol pls plz thx u ur im dont cant wont didnt doesnt isnt wasnt ive id
  know need needs want wants wanted go goes going gone come coming came tell told ask asked try trying tried
  think thought way thing things guys guy lot lots anyone someone keep kept take took give gave put let
  good great bad best worst better worse love loved hate awesome amazing terrible horrible nice happy sad
  fine right sorry new old big little able`.split(/\s+/),
);

// Vietnamese function words: pronouns, particles, copulas, prepositions, conjunctions, degree adverbs.
// Content words that look small are deliberately absent ("hay" is "interesting", "chậm" is "slow").
const VIETNAMESE_STOPWORDS_MARKED =
  `à ạ ai anh ấy bà bạn bị bởi các cái cả cháu chị cho chứ chúng chưa có của cũng
  cùng đã đang đâu đây để đến đều đó được em gì hả hãy hết hoặc họ hơn khi không là lại lắm lên luôn mà mình nào
  này nên nếu nhé nhỉ nhiều như những nó nữa ơi ông quá ra rằng rất rồi sao sẽ sự ta tại thì thế theo thôi tôi
  trong từ và vào vậy vẫn về vì với vừa xuống ít còn`.split(/\s+/);

const VIETNAMESE_STOPWORDS = new Set(VIETNAMESE_STOPWORDS_MARKED);
// Used when a comment is typed without diacritics: "khong", "duoc", "cua".
const VIETNAMESE_STOPWORDS_FOLDED = new Set(VIETNAMESE_STOPWORDS_MARKED.map(foldDiacritics));

// --- key phrases ---------------------------------------------------------------------------------------

// Spans that are not the customer's words: links, @handles, and the placeholders left by PII redaction.
const SKIPPED_SPANS = /https?:\/\/\S+|www\.\S+|@\w+|\[(?:email|phone|card|national_id|address)\]/giu;

interface Word {
  surfaceLower: string;
  keyPart: string;
  isStop: boolean;
  start: number;
  end: number;
  /** Vietnamese only, in [0, 1]: how strongly this syllable and the next form one word in the corpus. */
  cohesionWithNext?: number;
}

function isStopword(token: Token, lang: TextLanguage): boolean {
  const norm = token.norm.replace(/’/g, "'");
  const isEnglishStop = ENGLISH_STOPWORDS.has(norm);
  if (lang === 'en') return isEnglishStop;
  const isVietnameseStop =
    norm === token.folded ? VIETNAMESE_STOPWORDS_FOLDED.has(token.folded) : VIETNAMESE_STOPWORDS.has(norm);
  // Vietnamese feedback mixes in English words ("slide", "deadline") and the reverse.
  return isVietnameseStop || isEnglishStop;
}

/** Runs of words not interrupted by punctuation, numbers, emoji or skipped spans. */
function wordRuns(text: string, lang: TextLanguage): Word[][] {
  const skipped = [...text.matchAll(SKIPPED_SPANS)].map((match) => [
    match.index,
    match.index + match[0].length,
  ]);
  const runs: Word[][] = [];
  let run: Word[] = [];
  let previousEnd = 0;
  for (const token of tokenize(text)) {
    const isSkipped = skipped.some(
      ([start, end]) => token.start < (end as number) && token.end > (start as number),
    );
    // Anything but spaces between two words (a slash, a colon, a quote) ends the run too.
    const isAdjacent = /^\s*$/.test(text.slice(previousEnd, token.start));
    previousEnd = token.end;
    if (token.kind !== 'word' || isSkipped || !isAdjacent) {
      if (run.length > 0) runs.push(run);
      run = [];
      if (token.kind !== 'word' || isSkipped) continue;
    }
    const folded = token.folded.replace(/['’]/g, '');
    run.push({
      surfaceLower: token.norm,
      keyPart: lang === 'en' ? stemWord(folded) : folded,
      isStop: isStopword(token, lang),
      start: token.start,
      end: token.end,
    });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Candidate theme phrases of one text. English (and other languages): 1–3 word n-grams; Vietnamese, where a
 * word is usually two syllables: 2–3 syllable n-grams. None starts or ends with a stopword.
 */
export function extractKeyPhrases(text: string, lang: TextLanguage): KeyPhrase[] {
  return phrasesOfRuns(wordRuns(normalizeText(text), lang), lang);
}

// A Vietnamese word is usually two syllables, and a single syllable is too ambiguous to be a theme.
function minPhraseLength(lang: TextLanguage): number {
  return lang === 'vi' ? 2 : 1;
}

function phrasesOfRuns(runs: Word[][], lang: TextLanguage): KeyPhrase[] {
  const minLength = minPhraseLength(lang);
  const maxLength = 3;
  const phrases: KeyPhrase[] = [];
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      const first = run[i] as Word;
      if (first.isStop || startSplitsWord(run, i)) continue;
      for (let length = minLength; length <= maxLength && i + length <= run.length; length++) {
        const last = run[i + length - 1] as Word;
        if (last.isStop || endSplitsWord(run, i + length - 1)) continue;
        // A lone word of one or two letters ("ua", "ok") is noise, not a theme.
        if (length === 1 && first.surfaceLower.length < 3) continue;
        const words = run.slice(i, i + length);
        phrases.push({
          phrase: words.map((word) => word.surfaceLower).join(' '),
          key: words.map((word) => word.keyPart).join(' '),
          start: first.start,
          end: last.end,
        });
      }
    }
  }
  return phrases;
}

// Vietnamese is written syllable by syllable, so a syllable n-gram can cut a word in half: "viên nhiệt" in
// "giảng viên nhiệt tình" ("an enthusiastic lecturer"). Across the corpus, the syllables of one word occur
// together far more often than chance (the Dice coefficient of their counts). An n-gram is dropped when the
// syllable at its edge holds more strongly to its outside neighbour than to its inside one. Without corpus
// counts (`extractKeyPhrases` on one text) nothing is dropped.
const MIN_WORD_COHESION = 0.1;

function startSplitsWord(run: Word[], start: number): boolean {
  const outward = run[start - 1]?.cohesionWithNext ?? 0;
  return outward >= MIN_WORD_COHESION && outward > ((run[start] as Word).cohesionWithNext ?? 0);
}

function endSplitsWord(run: Word[], end: number): boolean {
  const outward = (run[end] as Word).cohesionWithNext ?? 0;
  return outward >= MIN_WORD_COHESION && outward > (run[end - 1]?.cohesionWithNext ?? 0);
}

/** Sets `cohesionWithNext` on the words of Vietnamese documents, from counts over all of them. */
function annotateCohesion(runsByDoc: Word[][][], docs: readonly ThemeDocument[]): void {
  const vietnameseRuns = runsByDoc
    .filter((_, docIndex) => (docs[docIndex] as ThemeDocument).lang === 'vi')
    .flat();
  const syllableCounts = new Map<string, number>();
  const pairCounts = new Map<string, number>();
  const pairKeys = vietnameseRuns.map((run) =>
    run.map((word, index) => {
      syllableCounts.set(word.keyPart, (syllableCounts.get(word.keyPart) ?? 0) + 1);
      const next = run[index + 1];
      if (!next) return '';
      const pair = `${word.keyPart} ${next.keyPart}`;
      pairCounts.set(pair, (pairCounts.get(pair) ?? 0) + 1);
      return pair;
    }),
  );
  vietnameseRuns.forEach((run, runIndex) => {
    const keys = pairKeys[runIndex] as string[];
    run.forEach((word, index) => {
      const next = run[index + 1];
      if (!next) return;
      const together = pairCounts.get(keys[index] as string) ?? 0;
      const apart = (syllableCounts.get(word.keyPart) ?? 0) + (syllableCounts.get(next.keyPart) ?? 0);
      word.cohesionWithNext = (2 * together) / apart;
    });
  });
}

// --- discovery -----------------------------------------------------------------------------------------

interface Candidate {
  key: string;
  /** Indexes of the documents that contain the phrase, ascending. */
  docs: number[];
  weight: number;
  /** How often each written form occurred; created on the second form, as most keys have only one. */
  surfaces: Map<string, number> | null;
  firstSurface: string;
  occurrences: number;
  words: string[];
  /** The shortest phrase length of the languages it was seen in: one English word, two Vietnamese syllables. */
  unitLength: number;
}

// The candidate pool for clustering: enough for dozens of themes with several phrases each, small enough
// that the pairwise co-occurrence table stays cheap (600² counts).
const MAX_CANDIDATES = 600;
const MAX_PHRASES_PER_THEME = 12;

/** Groups recurring phrases into themes; see the module comment. Deterministic for a given input. */
export function discoverThemes(docs: readonly ThemeDocument[], options: DiscoverThemesOptions = {}): Theme[] {
  const total = docs.length;
  if (total === 0) return [];
  const minSupport = Math.max(1, options.minSupport ?? Math.max(3, Math.ceil(total * 0.005)));
  const maxThemes = options.maxThemes ?? 20;
  const minSimilarity = options.minSimilarity ?? 0.15;

  const maxDocShare = options.maxDocShare ?? 0.25;
  const candidates = collectCandidates(docs, minSupport, maxDocShare);
  const cooccurrence = countCooccurrence(candidates, total);
  const themes = clusterCandidates(candidates, cooccurrence, minSimilarity);

  return themes
    .map((members) => toTheme(members, candidates, docs))
    .sort((a, b) => b.size - a.size || compareStrings(a.key, b.key))
    .slice(0, maxThemes);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function collectCandidates(
  docs: readonly ThemeDocument[],
  minSupport: number,
  maxDocShare: number,
): Candidate[] {
  const runsByDoc = docs.map((doc) => wordRuns(normalizeText(doc.text), doc.lang));
  annotateCohesion(runsByDoc, docs);
  const byKey = new Map<string, Candidate>();
  docs.forEach((doc, docIndex) => {
    const unitLength = minPhraseLength(doc.lang);
    for (const { key, phrase } of phrasesOfRuns(runsByDoc[docIndex] as Word[][], doc.lang)) {
      let candidate = byKey.get(key);
      if (!candidate) {
        candidate = {
          key,
          docs: [],
          weight: 0,
          surfaces: null,
          firstSurface: phrase,
          occurrences: 0,
          words: [],
          unitLength,
        };
        byKey.set(key, candidate);
      }
      candidate.unitLength = Math.min(candidate.unitLength, unitLength);
      if (candidate.docs[candidate.docs.length - 1] !== docIndex) candidate.docs.push(docIndex);
      candidate.occurrences++;
      if (candidate.surfaces || phrase !== candidate.firstSurface) {
        // Every earlier occurrence had the first form.
        candidate.surfaces ??= new Map([[candidate.firstSurface, candidate.occurrences - 1]]);
        candidate.surfaces.set(phrase, (candidate.surfaces.get(phrase) ?? 0) + 1);
      }
    }
  });
  const total = docs.length;
  const kept: Candidate[] = [];
  for (const candidate of byKey.values()) {
    const df = candidate.docs.length;
    if (df < minSupport || df > maxDocShare * total) continue;
    candidate.words = candidate.key.split(' ');
    // c-TF-IDF with binary term frequency: frequent is good, everywhere is not. Longer phrases say more
    // ("refund not received" over "received"), hence the bonus per word beyond the language's unit.
    candidate.weight =
      df * Math.log(1 + total / df) * (1 + 0.5 * (candidate.words.length - candidate.unitLength));
    kept.push(candidate);
  }
  kept.sort((a, b) => b.weight - a.weight || compareStrings(a.key, b.key));
  return kept.slice(0, MAX_CANDIDATES);
}

/** Symmetric table of how many documents contain both candidates i and j, flattened. */
function countCooccurrence(candidates: Candidate[], total: number): Uint32Array {
  const size = candidates.length;
  const table = new Uint32Array(size * size);
  const perDoc: number[][] = Array.from({ length: total }, () => []);
  candidates.forEach((candidate, index) => {
    for (const doc of candidate.docs) (perDoc[doc] as number[]).push(index);
  });
  for (const present of perDoc) {
    for (let a = 0; a < present.length; a++) {
      const i = present[a] as number;
      for (let b = a + 1; b < present.length; b++) {
        const j = present[b] as number;
        table[i * size + j] = (table[i * size + j] as number) + 1;
        table[j * size + i] = (table[j * size + i] as number) + 1;
      }
    }
  }
  return table;
}

/**
 * Greedy agglomeration in weight order: each phrase joins the theme it is most similar to, or starts one.
 * A phrase that contains a member's words ("refund not received" ⊃ "refund") joins that member's theme,
 * preferring the most specific member ("cancelled flight" joins "cancel", not "flight"). Otherwise similarity
 * is the Jaccard index of the document sets, against the theme's seed or, at a discount, another member, so
 * a theme cannot drift far from the phrase it grew from.
 */
function clusterCandidates(
  candidates: Candidate[],
  cooccurrence: Uint32Array,
  minSimilarity: number,
): number[][] {
  const size = candidates.length;
  const themes: number[][] = [];
  const themeOf = new Int32Array(size).fill(-1);
  const jaccard = (i: number, j: number): number => {
    const both = cooccurrence[i * size + j] as number;
    const dfI = (candidates[i] as Candidate).docs.length;
    const dfJ = (candidates[j] as Candidate).docs.length;
    return both / (dfI + dfJ - both);
  };

  for (let p = 0; p < size; p++) {
    const phrase = candidates[p] as Candidate;
    let containingTheme = -1;
    let containedDf = Number.POSITIVE_INFINITY;
    for (let m = 0; m < p; m++) {
      const member = candidates[m] as Candidate;
      if (member.docs.length < containedDf && containsWords(phrase.words, member.words)) {
        containingTheme = themeOf[m] as number;
        containedDf = member.docs.length;
      }
    }
    if (containingTheme >= 0) {
      (themes[containingTheme] as number[]).push(p);
      themeOf[p] = containingTheme;
      continue;
    }
    let bestTheme = -1;
    let bestScore = minSimilarity;
    themes.forEach((members, themeIndex) => {
      let score = jaccard(p, members[0] as number);
      for (let k = 1; k < members.length; k++)
        score = Math.max(score, 0.8 * jaccard(p, members[k] as number));
      if (score >= bestScore && (bestTheme === -1 || score > bestScore)) {
        bestTheme = themeIndex;
        bestScore = score;
      }
    });
    if (bestTheme >= 0) {
      (themes[bestTheme] as number[]).push(p);
      themeOf[p] = bestTheme;
    } else {
      themeOf[p] = themes.length;
      themes.push([p]);
    }
  }
  return themes;
}

/** Whether `phrase` contains `part` as consecutive words, and is longer. */
function containsWords(phrase: string[], part: string[]): boolean {
  if (part.length >= phrase.length) return false;
  for (let start = 0; start + part.length <= phrase.length; start++) {
    let matches = true;
    for (let k = 0; k < part.length && matches; k++) matches = phrase[start + k] === part[k];
    if (matches) return true;
  }
  return false;
}

function toTheme(members: number[], candidates: Candidate[], docs: readonly ThemeDocument[]): Theme {
  const byFrequency = members
    .map((index) => candidates[index] as Candidate)
    .sort((a, b) => b.docs.length - a.docs.length || b.weight - a.weight || compareStrings(a.key, b.key));
  const inTheme = new Uint8Array(docs.length);
  for (const member of byFrequency) for (const doc of member.docs) inTheme[doc] = 1;
  const docIds: string[] = [];
  inTheme.forEach((flag, index) => {
    if (flag) docIds.push((docs[index] as ThemeDocument).id);
  });
  const representative = byFrequency[0] as Candidate;
  return {
    key: representative.key,
    label: mostCommonSurface(representative),
    phrases: byFrequency.slice(0, MAX_PHRASES_PER_THEME).map(mostCommonSurface),
    docIds,
    size: docIds.length,
  };
}

function mostCommonSurface(candidate: Candidate): string {
  if (!candidate.surfaces) return candidate.firstSurface;
  let best = '';
  let bestCount = -1;
  for (const [surface, count] of candidate.surfaces) {
    if (count > bestCount || (count === bestCount && surface < best)) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}

// --- emerging themes -----------------------------------------------------------------------------------

export interface ThemeCount {
  key: string;
  count: number;
}

export interface EmergingThemeTest {
  key: string;
  /** count / currentTotal. */
  share: number;
  /** The baseline count / baselineTotal; 0 for a theme absent from the baseline. */
  baselineShare: number;
  /**
   * share / baselineShare. For a theme absent from the baseline, half a comment is assumed there
   * (add-½ smoothing), so the lift stays finite and still grows with the current count.
   */
  lift: number;
  /** One-sided two-proportion z-test of share > baselineShare (pooled standard error). */
  pValue: number;
  emerging: boolean;
  /** Absent from the baseline. */
  isNew: boolean;
}

export interface EmergingThemeOptions {
  /** Significance level of the one-sided test; default 0.05. */
  alpha?: number;
  /** Current mentions needed before a theme can be called emerging; default 5. */
  minCount?: number;
}

/**
 * Which themes' shares grew significantly from a baseline period to the current one. Every current theme
 * is returned, smallest p-value first. With many themes, some will pass `alpha` by chance: the minimum
 * count and a stricter `alpha` are the guard.
 */
export function findEmergingThemes(
  current: readonly ThemeCount[],
  currentTotal: number,
  baseline: readonly ThemeCount[],
  baselineTotal: number,
  options: EmergingThemeOptions = {},
): EmergingThemeTest[] {
  const alpha = options.alpha ?? 0.05;
  const minCount = options.minCount ?? 5;
  const baselineCounts = new Map<string, number>();
  for (const { key, count } of baseline) baselineCounts.set(key, (baselineCounts.get(key) ?? 0) + count);

  const results = current.map(({ key, count }): EmergingThemeTest => {
    const baselineCount = baselineCounts.get(key) ?? 0;
    const share = currentTotal > 0 ? count / currentTotal : 0;
    const baselineShare = baselineTotal > 0 ? baselineCount / baselineTotal : 0;
    const isNew = baselineCount === 0;
    const lift = isNew
      ? share / (0.5 / Math.max(baselineTotal, 1))
      : baselineShare > 0
        ? share / baselineShare
        : 0;
    const pValue = oneSidedIncreasePValue(count, currentTotal, baselineCount, baselineTotal);
    return {
      key,
      share,
      baselineShare,
      lift,
      pValue,
      emerging: count >= minCount && share > baselineShare && pValue < alpha,
      isNew,
    };
  });
  return results.sort((a, b) => a.pValue - b.pValue || b.lift - a.lift || compareStrings(a.key, b.key));
}

/** P(a share this much higher by chance) under H0: both periods share one proportion. */
function oneSidedIncreasePValue(
  count: number,
  total: number,
  baselineCount: number,
  baselineTotal: number,
): number {
  // Without both periods there is nothing to compare, which is no evidence of growth.
  if (total <= 0 || baselineTotal <= 0) return 1;
  const share = count / total;
  const baselineShare = baselineCount / baselineTotal;
  const pooled = (count + baselineCount) / (total + baselineTotal);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / total + 1 / baselineTotal));
  if (standardError === 0) return share > baselineShare ? 0 : 1;
  return 1 - normalCdf((share - baselineShare) / standardError);
}
