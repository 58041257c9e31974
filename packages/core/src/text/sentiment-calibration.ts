// A workspace's own sentiment calibration: the text classifier trained on the workspace's comments, read
// together with the built-in analyzer. One training function and one prediction function serve the product
// (weak labels from scores, `modules/text/sentiment-calibration.service.ts`) and `touchpoint eval-text
// --task sentiment --train` (labelled files), so the evaluation measures the code path the product runs.
//
// Why a classifier on top of the analyzer rather than a new lexicon: a workspace's domain words ("sizing
// runs small", "the app logged me out") are what the built-in analyzer misses, and the workspace's scored
// comments already say, weakly, which side each comment is on. The analyzer's own reading is a feature of
// the classifier (`sentimentLexicon`), so the model only moves away from it where the workspace's data does.

import { classifyText, type TextClassifierModel, type TextExample, trainTextClassifier } from './classifier';
import { evaluateClassification } from './evaluation';
import { analyzeSentiment } from './sentiment';
import type { SentimentResult, TextLanguage } from './types';

/** The three classes of the evaluation sets and of weak labels. */
export type GoldSentiment = 'negative' | 'neutral' | 'positive';

/**
 * How the analyzer's four labels are scored against a labelled set — the one rule used by the CLI, the
 * bench and the workspace comparison:
 * - `mixed` (both sides strong) follows the sign of its score, the side that outweighs the other.
 * - On a set whose gold labels have no `neutral` class (two-class sets: negative / positive), `neutral`
 *   and `mixed` follow the sign of the score, and a score of exactly 0 (no opinion found at all) counts as
 *   positive: on such sets the annotators' choice for "nothing wrong said" is the satisfied class.
 * - Anything else is the analyzer's own label.
 */
export function goldSentimentLabel(
  result: Pick<SentimentResult, 'label' | 'score'>,
  hasNeutral = true,
): GoldSentiment {
  if (result.label === 'positive' || result.label === 'negative') return result.label;
  if (result.label === 'neutral' && hasNeutral) return 'neutral';
  if (result.score < 0) return 'negative';
  if (result.score > 0) return 'positive';
  return hasNeutral ? 'neutral' : 'positive';
}

/**
 * The side a scored comment is evidence of, or null: NPS 0–3 is negative and 9–10 positive; a CSAT of 1
 * (on 1–5) negative and 5 positive. Scores in between say too little about the words to learn from.
 * The NPS answer wins when both exist (it is the relationship question the comment usually explains).
 */
export function weakSentimentLabel(scores: {
  npsScore?: number | null;
  csat?: number | null;
}): 'negative' | 'positive' | null {
  const { npsScore, csat } = scores;
  if (typeof npsScore === 'number') {
    if (npsScore <= 3) return 'negative';
    if (npsScore >= 9) return 'positive';
    return null;
  }
  if (typeof csat === 'number') {
    if (csat <= 1) return 'negative';
    if (csat >= 5) return 'positive';
  }
  return null;
}

export interface SentimentCalibrationModel {
  kind: 'sentiment-calibration';
  version: 1;
  classifier: TextClassifierModel;
  /**
   * A two-class model (weak labels have no neutral) overrides the analyzer's `neutral` only at or above
   * this probability: an informational comment under a low score is still informational.
   */
  neutralOverride: number;
}

/** Chosen on the dev parts of the evaluation sets (see bench/README.md), never on held-out rows. */
export const DEFAULT_NEUTRAL_OVERRIDE = 0.8;

/** Trains the calibration on labelled comments (`negative` / `positive`, and `neutral` when a set has it). */
export function trainSentimentCalibration(
  examples: readonly TextExample[],
  options: { seed?: number; neutralOverride?: number } = {},
): SentimentCalibrationModel {
  const classifier = trainTextClassifier([...examples], {
    features: { sentimentLexicon: true },
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  return {
    kind: 'sentiment-calibration',
    version: 1,
    classifier,
    neutralOverride: options.neutralOverride ?? DEFAULT_NEUTRAL_OVERRIDE,
  };
}

export interface CalibratedSentiment {
  label: SentimentResult['label'];
  /** −1..1: P(positive) − P(negative) of the classifier, or the analyzer's score where it is kept. */
  score: number;
  /** Whether the classifier decided the label (false: the analyzer's reading was kept). */
  calibrated: boolean;
}

/**
 * The calibrated reading of a text. A model that learned `neutral` (three-class training data) decides
 * alone. A two-class model decides the side of anything the analyzer reads as positive or negative; the
 * analyzer's `neutral` stays unless the model is at least `neutralOverride` sure, and `mixed` stays mixed
 * (both sides strong is a reading the weak labels cannot teach) with the model's score.
 */
export function calibratedSentiment(
  model: SentimentCalibrationModel,
  text: string,
  lang?: TextLanguage,
  builtin: Pick<SentimentResult, 'label' | 'score'> = analyzeSentiment(text, lang),
): CalibratedSentiment {
  const reading = classifyText(model.classifier, text);
  const score = (reading.scores.positive ?? 0) - (reading.scores.negative ?? 0);
  const rounded = Math.round(score * 1000) / 1000;
  if (model.classifier.labels.includes('neutral')) {
    return { label: reading.label as GoldSentiment, score: rounded, calibrated: true };
  }
  if (builtin.label === 'mixed') return { label: 'mixed', score: rounded, calibrated: true };
  if (builtin.label === 'neutral' && reading.confidence < model.neutralOverride) {
    return { label: 'neutral', score: builtin.score, calibrated: false };
  }
  return { label: reading.label as GoldSentiment, score: rounded, calibrated: true };
}

export interface PolarityScores {
  n: number;
  accuracy: number;
  /** Macro-F1 over the classes of the gold labels. */
  macroF1: number;
  perClass: Record<string, number>;
}

export interface CalibrationComparison {
  builtin: PolarityScores;
  calibrated: PolarityScores;
  /** The calibration is used only when it beats the analyzer by at least `MIN_CALIBRATION_GAIN` macro-F1. */
  better: boolean;
}

/** Less than this is within the noise of a few hundred held-out comments; the analyzer stays. */
export const MIN_CALIBRATION_GAIN = 0.01;

function scoresOf(gold: string[], predicted: string[]): PolarityScores {
  const report = evaluateClassification(gold, predicted);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const goldClasses = [...new Set(gold)];
  return {
    n: report.n,
    accuracy: round(report.accuracy),
    macroF1: round(report.goldMacroF1),
    perClass: Object.fromEntries(goldClasses.map((c) => [c, round(report.perClass[c]?.f1 ?? 0)])),
  };
}

/**
 * The analyzer and the calibration on the same held-out comments, scored by `goldSentimentLabel` (so a
 * two-class held-out set scores `neutral` by its sign, as the evaluation sets do).
 */
export function compareCalibration(
  model: SentimentCalibrationModel,
  heldOut: readonly { text: string; label: string; lang?: TextLanguage }[],
): CalibrationComparison {
  const hasNeutral = heldOut.some((e) => e.label === 'neutral');
  const gold = heldOut.map((e) => e.label);
  const builtinPredicted: string[] = [];
  const calibratedPredicted: string[] = [];
  for (const example of heldOut) {
    const builtin = analyzeSentiment(example.text, example.lang);
    builtinPredicted.push(goldSentimentLabel(builtin, hasNeutral));
    calibratedPredicted.push(
      goldSentimentLabel(calibratedSentiment(model, example.text, example.lang, builtin), hasNeutral),
    );
  }
  const builtin = scoresOf(gold, builtinPredicted);
  const calibrated = scoresOf(gold, calibratedPredicted);
  return { builtin, calibrated, better: calibrated.macroF1 >= builtin.macroF1 + MIN_CALIBRATION_GAIN };
}

/** 32-bit FNV-1a of a string: the fixed, data-independent split of held-out comments. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** One comment in five (by a hash of its key) is held out to compare the calibration with the analyzer. */
export function isHeldOut(key: string): boolean {
  return fnv1a32(key) % 5 === 0;
}
