// Social and web text carries tokens that are addresses, not words: "@united", "http://t.co/x",
// "support@shop.vn". They must not count as language or sentiment evidence. Camel-case hashtags
// ("#NeverAgain") are split so their words are read.

import { foldDiacritics, squeezeElongation, type Token, tokenize } from '../normalize';

const NON_WORD_SPANS = /(?:[hH][tT][tT][pP][sS]?:\/\/|[wW][wW][wW]\.)\S+|[\w.+-]*@\w[\w-]*(?:\.[\w-]+)*/g;
const CAMEL_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})/u;

// Analyzers run one after another on the same text (language, then sentiment, then signals), so the
// last tokenisation is kept: tokenising is the largest share of an analysis.
let lastText: string | undefined;
let lastTokens: readonly Token[] = [];

/** Tokens of normalised text without URLs, e-mail addresses and @mentions. Do not mutate the result. */
export function contentTokens(normalized: string): readonly Token[] {
  if (normalized !== lastText) {
    lastTokens = readContentTokens(normalized);
    lastText = normalized;
  }
  return lastTokens;
}

function readContentTokens(normalized: string): Token[] {
  const tokens = tokenize(normalized);
  if (!normalized.includes('@') && !normalized.includes('://') && !normalized.includes('www.')) {
    return splitHashtags(normalized, tokens);
  }
  const spans: Array<[number, number]> = [];
  for (const match of normalized.matchAll(NON_WORD_SPANS)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  if (spans.length === 0) return splitHashtags(normalized, tokens);
  let spanIndex = 0;
  const kept: Token[] = [];
  for (const token of tokens) {
    while (spanIndex < spans.length && (spans[spanIndex]?.[1] ?? 0) <= token.start) spanIndex++;
    const span = spans[spanIndex];
    if (span && token.start < span[1] && token.end > span[0]) continue;
    kept.push(token);
  }
  return splitHashtags(normalized, kept);
}

function splitHashtags(normalized: string, tokens: Token[]): Token[] {
  if (!normalized.includes('#')) return tokens;
  const result: Token[] = [];
  for (const token of tokens) {
    const isCamelHashtag =
      token.kind === 'word' && normalized[token.start - 1] === '#' && CAMEL_BOUNDARY.test(token.text);
    if (!isCamelHashtag) {
      result.push(token);
      continue;
    }
    let offset = token.start;
    for (const part of token.text.split(CAMEL_BOUNDARY)) {
      const norm = squeezeElongation(part.toLowerCase());
      result.push({
        text: part,
        norm,
        folded: foldDiacritics(norm),
        start: offset,
        end: offset + part.length,
        kind: 'word',
      });
      offset += part.length;
    }
  }
  return result;
}
