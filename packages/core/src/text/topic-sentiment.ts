// Topic-level sentiment: a comment that praises one thing and complains about another ("giao hàng nhanh
// nhưng nhân viên thô lỗ") gives each topic the polarity of the clauses that mention it, not the comment's.
import { normalizeText } from './normalize';
import { analyzeClauses, type SentimentClause } from './sentiment';
import type { SentimentLabel, TextLanguage } from './types';

export interface TopicSentiment {
  label: SentimentLabel;
  /** In [-1, 1]: the mean score of the clauses that mention the topic. */
  score: number;
}

/** A text's clauses, prepared once and asked about every topic assigned to it. */
export interface ClauseReading {
  /** The text as the clauses' offsets see it (NFC-normalised). */
  text: string;
  clauses: SentimentClause[];
  /** The whole comment's sentiment: the answer when no single clause mentions the topic. */
  overall: TopicSentiment;
}

export function readClauses(text: string, lang: TextLanguage, overall: TopicSentiment): ClauseReading {
  return { text: normalizeText(text), clauses: analyzeClauses(text, lang), overall };
}

/**
 * The polarity of one topic in a text: the clauses for which `isMentioned(clauseText)` holds decide —
 * positive and negative clauses together make `mixed`, only neutral ones `neutral`. When the topic was
 * assigned from the text as a whole but no clause alone mentions it (a rule joining words across clauses,
 * a classifier reading the whole comment), the comment's own sentiment is the answer.
 */
export function topicSentiment(
  reading: ClauseReading,
  isMentioned: (clauseText: string) => boolean,
): TopicSentiment {
  let mentioned = 0;
  let sum = 0;
  let hasPositive = false;
  let hasNegative = false;
  for (const clause of reading.clauses) {
    if (!isMentioned(reading.text.slice(clause.start, clause.end))) continue;
    mentioned++;
    sum += clause.score;
    if (clause.label === 'positive') hasPositive = true;
    else if (clause.label === 'negative') hasNegative = true;
    else if (clause.label === 'mixed') hasPositive = hasNegative = true;
  }
  if (mentioned === 0) return reading.overall;
  const label: SentimentLabel =
    hasPositive && hasNegative ? 'mixed' : hasPositive ? 'positive' : hasNegative ? 'negative' : 'neutral';
  return { label, score: Math.round((sum / mentioned) * 1000) / 1000 };
}
