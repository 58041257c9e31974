/**
 * Pain points ranked by impact, not volume: how many points the overall metric would gain if the items
 * that mention a topic had scored like the items that do not. A topic mentioned by few but very unhappy
 * customers can outrank a frequent topic whose mentions score like everyone else.
 *
 * Works for any metric that is a mean of per-item values: NPS (+100 promoter, 0 passive, −100 detractor),
 * CSAT (100 satisfied, 0 not).
 */
export interface MetricSums {
  /** Items with a score. */
  n: number;
  /** Sum of the per-item values. */
  sum: number;
}

export interface PainPointImpact {
  valueWith: number | null;
  valueWithout: number | null;
  /** Points the overall metric would move; positive means fixing the topic would help. */
  impact: number;
}

export function painPointImpact(topic: MetricSums, overall: MetricSums): PainPointImpact {
  const restN = overall.n - topic.n;
  const restSum = overall.sum - topic.sum;
  const valueWith = topic.n > 0 ? topic.sum / topic.n : null;
  const valueWithout = restN > 0 ? restSum / restN : null;
  if (overall.n === 0 || topic.n === 0 || valueWithout === null)
    return { valueWith, valueWithout, impact: 0 };
  return { valueWith, valueWithout, impact: (topic.n * valueWithout - topic.sum) / overall.n };
}

/** Per-item value of an NPS answer (0–10) on the −100..100 scale. */
export function npsItemValue(score: number): number {
  return score >= 9 ? 100 : score <= 6 ? -100 : 0;
}

/** Sorts topics by impact, largest gain first; ties by volume. */
export function rankPainPoints<T extends { impact: number; n: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.impact - a.impact || b.n - a.n);
}
