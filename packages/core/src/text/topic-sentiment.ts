// Topic-level sentiment: a comment that praises one thing and complains about another ("giao hàng nhanh
// nhưng nhân viên thô lỗ") gives each topic the polarity of the clauses that mention it, not the comment's.
import { normalizeText } from './normalize';
import { analyzeClauses, type SentimentClause } from './sentiment';
import {
  matchRuleInClauses,
  type PreparedText,
  prepareText,
  type StepAllowance,
  type TopicRule,
} from './topic-query';
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
  readonly clauses: SentimentClause[];
  /** The whole comment's sentiment: the answer when no single clause mentions the topic. */
  overall: TopicSentiment;
}

/**
 * The clauses are read on first use: reading them is a second sentiment pass over the text, and most texts
 * (every text of a workspace without topics, and texts no topic matched) never need it.
 */
export function readClauses(text: string, lang: TextLanguage, overall: TopicSentiment): ClauseReading {
  let clauses: SentimentClause[] | undefined;
  return {
    text: normalizeText(text),
    get clauses() {
      clauses ??= analyzeClauses(text, lang);
      return clauses;
    },
    overall,
  };
}

/** How a per-clause pass pays for its work out of the text's remaining steps (see `StepAllowance`). */
export interface ClauseBudget {
  allowance: StepAllowance;
  /** Charged before each clause is asked about; the clause's length for a pass that reads it afresh. */
  stepsPerClause: (clauseText: string) => number;
}

/**
 * The polarity of one topic in a text: the clauses for which `isMentioned(clauseText)` holds decide —
 * positive and negative clauses together make `mixed`, only neutral ones `neutral`. When the topic was
 * assigned from the text as a whole but no clause alone mentions it (a rule joining words across clauses,
 * a classifier reading the whole comment), the comment's own sentiment is the answer — and so it is when
 * `budget` runs out before every clause was asked, so that no text holds the event loop for long.
 */
export function topicSentiment(
  reading: ClauseReading,
  isMentioned: (clauseText: string, clauseIndex: number) => boolean,
  budget?: ClauseBudget,
): TopicSentiment {
  const mentions: boolean[] = [];
  for (const [index, clause] of reading.clauses.entries()) {
    const clauseText = reading.text.slice(clause.start, clause.end);
    if (budget) {
      budget.allowance.remaining -= budget.stepsPerClause(clauseText);
      if (budget.allowance.remaining <= 0) return reading.overall;
    }
    const isHit = isMentioned(clauseText, index);
    if (budget && budget.allowance.remaining <= 0) return reading.overall;
    mentions.push(isHit);
  }
  return sentimentOfClauses(reading, (index) => mentions[index] === true);
}

/** The polarity of the clauses at the indexes for which `isMentioned` holds (see `topicSentiment`). */
function sentimentOfClauses(
  reading: ClauseReading,
  isMentioned: (clauseIndex: number) => boolean,
): TopicSentiment {
  let mentioned = 0;
  let sum = 0;
  let hasPositive = false;
  let hasNegative = false;
  for (let index = 0; index < reading.clauses.length; index++) {
    if (!isMentioned(index)) continue;
    const clause = reading.clauses[index] as SentimentClause;
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

/**
 * The polarity of each of `rules` (the rules that matched the text) by its clauses. Each clause is prepared
 * once for all the rules, and preparing it (its length) and asking each rule about it (at least a step per
 * rule and clause) are paid from `allowance`, the text's remaining `MAX_STEPS_PER_TEXT`: once it runs out,
 * the remaining topics take the comment's own sentiment. 1,000 rules over 1,666 clauses used to re-tokenise
 * each clause per rule with a fresh budget each time and held the event loop for seconds.
 */
export function ruleTopicSentiments(
  reading: ClauseReading,
  rules: readonly TopicRule[],
  allowance: StepAllowance,
): Map<string, TopicSentiment> {
  const sentiments = new Map<string, TopicSentiment>();
  if (rules.length === 0) return sentiments;
  const prepared: PreparedText[] = [];
  for (const clause of reading.clauses) {
    const clauseText = reading.text.slice(clause.start, clause.end);
    allowance.remaining -= clauseText.length + 1;
    if (allowance.remaining <= 0) break;
    prepared.push(prepareText(clauseText));
  }
  const isPrepared = prepared.length === reading.clauses.length;
  for (const rule of rules) {
    const mentions = isPrepared ? matchRuleInClauses(prepared, rule, allowance) : undefined;
    sentiments.set(
      rule.id,
      mentions ? sentimentOfClauses(reading, (index) => mentions[index] === true) : reading.overall,
    );
  }
  return sentiments;
}
