// Scores of a classifier against gold labels: accuracy, per-class precision / recall / F1, and their
// macro (every class counts the same, so rare classes matter) and support-weighted averages (what the
// UIT-VSFC papers report). Labels are the union of gold and predicted labels, as scikit-learn does: a
// label that is only ever predicted still costs precision.

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  /** Gold examples of this class. */
  support: number;
}

export interface ClassificationReport {
  n: number;
  accuracy: number;
  macroF1: number;
  /** Macro-F1 over the classes that occur in the gold labels only (a class only predicted is not averaged). */
  goldMacroF1: number;
  weightedF1: number;
  perClass: Record<string, ClassScores>;
  /** confusion[gold][predicted] = count. */
  confusion: Record<string, Record<string, number>>;
}

/** A ratio that is 0, not NaN, when nothing was counted (as scikit-learn's zero_division=0). */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Scores predictions against gold labels, pairwise by position. */
export function evaluateClassification(gold: string[], predicted: string[]): ClassificationReport {
  if (gold.length !== predicted.length) {
    throw new Error(`${gold.length} gold labels but ${predicted.length} predictions; they must pair up.`);
  }
  const labels = [...new Set([...gold, ...predicted])].sort();
  const confusion: Record<string, Record<string, number>> = {};
  for (const label of labels) confusion[label] = Object.fromEntries(labels.map((other) => [other, 0]));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] as string;
    const p = predicted[i] as string;
    const row = confusion[g] as Record<string, number>;
    row[p] = (row[p] ?? 0) + 1;
    if (g === p) correct++;
  }

  const perClass: Record<string, ClassScores> = {};
  let f1Sum = 0;
  let goldF1Sum = 0;
  let goldClasses = 0;
  let weightedSum = 0;
  for (const label of labels) {
    const truePositives = confusion[label]?.[label] ?? 0;
    const support = Object.values(confusion[label] ?? {}).reduce((a, b) => a + b, 0);
    const predictedCount = labels.reduce((sum, other) => sum + (confusion[other]?.[label] ?? 0), 0);
    const precision = ratio(truePositives, predictedCount);
    const recall = ratio(truePositives, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perClass[label] = { precision, recall, f1, support };
    f1Sum += f1;
    if (support > 0) {
      goldF1Sum += f1;
      goldClasses++;
    }
    weightedSum += f1 * support;
  }
  return {
    n: gold.length,
    accuracy: ratio(correct, gold.length),
    macroF1: ratio(f1Sum, labels.length),
    goldMacroF1: ratio(goldF1Sum, goldClasses),
    weightedF1: ratio(weightedSum, gold.length),
    perClass,
    confusion,
  };
}
