// A workspace's knowledge base as a small in-memory search index: BM25 (Robertson & Zaragoza) over three
// fields of each article — example questions (weighed most: they are what customers type), title and tags,
// body — with the terms of terms.ts, so a search works without diacritics and across English word forms.
// Both languages of an article go into the same document: a question finds the article whatever language
// it was asked in, and the answer is then taken in the asker's language.
import { type SearchTerms, searchTerms } from './terms';

export interface KnowledgeText {
  en?: string | undefined;
  vi?: string | undefined;
}

export interface KnowledgeArticleInput {
  id: string;
  title: KnowledgeText;
  body: KnowledgeText;
  questions?: readonly string[];
  tags?: readonly string[];
}

type Field = 'questions' | 'title' | 'body';

/** Field weights: a hit in an example question counts three times one in the body. */
export const FIELD_WEIGHTS: Record<Field, number> = { questions: 3, title: 2, body: 1 };
const FIELDS: Field[] = ['questions', 'title', 'body'];
/** A phrase (bigram) match adds this share of a word match on top of the words themselves. */
const BIGRAM_WEIGHT = 0.5;
const K1 = 1.2;
const B = 0.75;

interface IndexedDocument {
  id: string;
  /** Term → count, per field (words and bigrams). */
  fields: Record<Field, Map<string, number>>;
  lengths: Record<Field, number>;
  /** Every word (not bigram) of the article, for the coverage of a question. */
  words: Set<string>;
}

export interface ArticleIndex {
  documents: IndexedDocument[];
  /** Documents containing each term (in any field). */
  documentFrequency: Map<string, number>;
  averageLength: Record<Field, number>;
}

export interface ArticleMatch {
  articleId: string;
  /** BM25 score (unbounded, for ranking). */
  score: number;
  /**
   * 0..1: the idf-weighted share of the question's words the article contains — 1 when every word of the
   * question is in it, 0 when none is. What the bot compares with its threshold.
   */
  confidence: number;
}

function count(into: Map<string, number>, terms: SearchTerms): number {
  for (const word of terms.words) into.set(word, (into.get(word) ?? 0) + 1);
  for (const word of terms.exact) into.set(word, (into.get(word) ?? 0) + 1);
  for (const bigram of terms.bigrams) into.set(bigram, (into.get(bigram) ?? 0) + 1);
  return terms.words.length;
}

function textsOf(value: KnowledgeText): string[] {
  return [value.en, value.vi].filter((text): text is string => typeof text === 'string' && text !== '');
}

/** Builds the index of a set of articles (a few thousand articles take milliseconds). */
export function buildArticleIndex(articles: readonly KnowledgeArticleInput[]): ArticleIndex {
  const documents: IndexedDocument[] = [];
  const documentFrequency = new Map<string, number>();
  const totals: Record<Field, number> = { questions: 0, title: 0, body: 0 };
  for (const article of articles) {
    const fields: Record<Field, Map<string, number>> = {
      questions: new Map(),
      title: new Map(),
      body: new Map(),
    };
    const lengths: Record<Field, number> = { questions: 0, title: 0, body: 0 };
    for (const question of article.questions ?? []) {
      lengths.questions += count(fields.questions, searchTerms(question));
    }
    for (const text of [...textsOf(article.title), ...(article.tags ?? [])]) {
      lengths.title += count(fields.title, searchTerms(text));
    }
    for (const text of textsOf(article.body)) lengths.body += count(fields.body, searchTerms(text));
    const seen = new Set<string>();
    const words = new Set<string>();
    for (const field of FIELDS) {
      totals[field] += lengths[field];
      for (const term of fields[field].keys()) {
        seen.add(term);
        if (!term.includes('_')) words.add(term);
      }
    }
    for (const term of seen) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    documents.push({ id: article.id, fields, lengths, words });
  }
  const n = Math.max(documents.length, 1);
  return {
    documents,
    documentFrequency,
    averageLength: {
      questions: totals.questions / n || 1,
      title: totals.title / n || 1,
      body: totals.body / n || 1,
    },
  };
}

/**
 * BM25's idf, never negative (a term in most documents still counts a little). A term no article has
 * weighs as one found in a single article: rare, but not so heavy that one stray word of a long question
 * outweighs the rest of it.
 */
function idf(index: ArticleIndex, term: string): number {
  const n = index.documents.length;
  const df = Math.max(index.documentFrequency.get(term) ?? 0, 1);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function fieldScore(index: ArticleIndex, document: IndexedDocument, field: Field, term: string): number {
  const tf = document.fields[field].get(term);
  if (!tf) return 0;
  const norm = 1 - B + (B * document.lengths[field]) / index.averageLength[field];
  return (tf * (K1 + 1)) / (tf + K1 * norm);
}

export interface SearchOptions {
  limit?: number;
  /**
   * The question's language. Vietnamese words are mostly two syllables, so for Vietnamese the coverage
   * also counts the question's syllable bigrams ("thời tiết" is not "thời gian" though both have "thời").
   */
  language?: 'en' | 'vi' | undefined;
  /** Only these article ids (e.g. the published ones). */
  only?: ReadonlySet<string>;
}

/** The articles that best answer a question, best first; articles sharing no term are left out. */
export function searchArticles(
  index: ArticleIndex,
  query: string,
  options: SearchOptions = {},
): ArticleMatch[] {
  const terms = searchTerms(query);
  // A word typed with diacritics matches exactly; one typed without matches any diacritics.
  const words = [
    ...new Set(terms.words.map((word, i) => (terms.accented[i] ? terms.exact[i] : word) as string)),
  ];
  const bigrams = [...new Set(terms.bigrams)];
  if (words.length === 0 || index.documents.length === 0) return [];
  const weights = new Map<string, number>();
  for (const word of words) weights.set(word, idf(index, word));
  for (const bigram of bigrams) weights.set(bigram, idf(index, bigram) * BIGRAM_WEIGHT);
  const totalWordWeight = words.reduce((sum, word) => sum + (weights.get(word) as number), 0);
  const matches: ArticleMatch[] = [];
  for (const document of index.documents) {
    if (options.only && !options.only.has(document.id)) continue;
    let score = 0;
    for (const [term, weight] of weights) {
      let termScore = 0;
      for (const field of FIELDS)
        termScore += FIELD_WEIGHTS[field] * fieldScore(index, document, field, term);
      score += weight * termScore;
    }
    if (score <= 0) continue;
    let covered = 0;
    for (const word of words) if (document.words.has(word)) covered += weights.get(word) as number;
    let confidence = totalWordWeight > 0 ? covered / totalWordWeight : 0;
    if (options.language === 'vi' && bigrams.length > 0) {
      const found = bigrams.filter((bigram) => FIELDS.some((field) => document.fields[field].has(bigram)));
      confidence = (confidence + found.length / bigrams.length) / 2;
    }
    matches.push({ articleId: document.id, score: round(score), confidence: round(confidence) });
  }
  matches.sort((a, b) => b.score - a.score || (a.articleId < b.articleId ? -1 : 1));
  return matches.slice(0, options.limit ?? 10);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** The words of one article of the index (folded and stemmed, and `=` as written), or an empty set. */
export function articleWords(index: ArticleIndex, id: string): ReadonlySet<string> {
  return index.documents.find((document) => document.id === id)?.words ?? new Set();
}
