/** Held-out figures of a binary scorer: ranking (ROC and PR AUC), calibration (Brier) and F1 at a threshold. */
export interface BinaryMetrics {
  n: number;
  rocAuc: number;
  prAuc: number;
  brier: number;
  f1: number;
  /** Share of rows flagged (score at or above the threshold). */
  positiveRate: number;
  /** Share of rows whose label is positive (the base rate PR AUC compares with). */
  labelRate: number;
  threshold: number;
}

/** ROC AUC by ranks (ties share their average rank): the chance a random positive outscores a random negative. */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1] as number] === scores[order[i] as number]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = rank;
    i = j + 1;
  }
  let positives = 0;
  let rankSum = 0;
  labels.forEach((y, i) => {
    if (y === 1) {
      positives++;
      rankSum += ranks[i] as number;
    }
  });
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** PR AUC as average precision: the mean precision at each positive's rank (ties taken together). */
export function prAuc(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const positives = labels.filter((y) => y === 1).length;
  if (positives === 0) return Number.NaN;
  let tp = 0;
  let seen = 0;
  let area = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let groupPositives = 0;
    while (j < order.length && scores[order[j] as number] === scores[order[i] as number]) {
      if (labels[order[j] as number] === 1) groupPositives++;
      j++;
    }
    seen += j - i;
    tp += groupPositives;
    area += (groupPositives / positives) * (tp / seen);
    i = j;
  }
  return area;
}

export function brierScore(scores: readonly number[], labels: readonly number[]): number {
  let sum = 0;
  scores.forEach((s, i) => {
    sum += (s - (labels[i] as number)) ** 2;
  });
  return scores.length === 0 ? Number.NaN : sum / scores.length;
}

export function f1At(scores: readonly number[], labels: readonly number[], threshold: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    const flagged = s >= threshold;
    if (flagged && labels[i] === 1) tp++;
    else if (flagged) fp++;
    else if (labels[i] === 1) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** The threshold with the best F1 on these scores (chosen on validation data, then kept fixed). */
export function bestF1Threshold(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const positives = labels.filter((y) => y === 1).length;
  let tp = 0;
  let best = { f1: -1, threshold: 0.5 };
  for (let i = 0; i < order.length; ) {
    const score = scores[order[i] as number] as number;
    let j = i;
    while (j < order.length && scores[order[j] as number] === score) {
      if (labels[order[j] as number] === 1) tp++;
      j++;
    }
    const f1 = (2 * tp) / (j + positives);
    if (f1 > best.f1) best = { f1, threshold: score };
    i = j;
  }
  return best.threshold;
}

export function evaluateBinary(
  scores: readonly number[],
  labels: readonly number[],
  threshold: number,
): BinaryMetrics {
  const n = scores.length;
  return {
    n,
    rocAuc: rocAuc(scores, labels),
    prAuc: prAuc(scores, labels),
    brier: brierScore(scores, labels),
    f1: f1At(scores, labels, threshold),
    positiveRate: n === 0 ? 0 : scores.filter((s) => s >= threshold).length / n,
    labelRate: n === 0 ? 0 : labels.filter((y) => y === 1).length / n,
    threshold,
  };
}
