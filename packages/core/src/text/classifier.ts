// Trainable text classifiers for workspace-specific labels (topics, intents, sentiment): a linear model
// over TF-IDF weighted n-gram features (features.ts). Pure and deterministic — the same examples and
// options give the same model, byte for byte — and the model is plain JSON, so the server can store it
// and the browser can run it.
//
// Training is stochastic gradient descent with L2 regularisation (weight decay kept as one scale factor,
// so an update touches only the features of one text), a learning rate that decays as 1/(1 + η₀λt), and
// the average of the weights after each of the last half of the epochs (averaging smooths the noise
// of the last steps; it is what makes a few epochs enough). Each weight is scaled by a naive-Bayes prior
// (NBSVM-style): in cross-validation it added 0.3–0.6 point on sentiment and left topics unchanged.
import {
  countFeatures,
  DEFAULT_FEATURE_OPTIONS,
  type FeatureCounts,
  type FeatureOptions,
  looksVietnamese,
} from './features';

export interface TextExample {
  text: string;
  label: string;
  /** Relative importance, default 1 (e.g. weak labels from scores get less). */
  weight?: number;
}

export interface MultiLabelExample {
  text: string;
  /** Every label that applies; an empty list makes the text a negative example for all labels. */
  labels: string[];
  weight?: number;
}

export interface TrainOptions {
  /** Feature extraction; by default word bigrams, or syllable trigrams when most texts are Vietnamese. */
  features?: Partial<FeatureOptions>;
  /** Features seen in fewer training texts are dropped (default 2). */
  minCount?: number;
  /** At most this many features, the most frequent first (default 300,000). */
  maxFeatures?: number;
  /** Passes over the data (default 12). */
  epochs?: number;
  /** L2 penalty per example (default 1e-5). */
  l2?: number;
  /** Initial learning rate (default 0.5). */
  learningRate?: number;
  /**
   * Weighs each class by (n / (classes × class size))^classBalance: 0 leaves frequent classes dominant
   * (best accuracy), 1 gives every class the same total weight (best macro-F1). Default 0.5.
   */
  classBalance?: number;
  /**
   * Strength of the naive-Bayes feature prior, 0..1 (default 0.5): features that occur far more in one
   * class than in the others are penalised less. 0 turns it off.
   */
  featurePrior?: number;
  /** Seed of the shuffling, for reproducible models (default 1). */
  seed?: number;
  /**
   * Weights smaller than this fraction of the largest one are dropped from the stored model (default
   * 0.01): they barely move a score, and they are most of a many-label model's size (BANKING77's 77
   * intents: 20 MB of JSON with them, 2 MB without, the same accuracy).
   */
  pruneBelow?: number;
}

/** Weights of one label over features, sparse: `features[i]` (an index into the vocabulary) has `values[i]`. */
export interface SparseWeights {
  features: number[];
  values: number[];
}

interface ModelBase {
  version: 1;
  labels: string[];
  featureOptions: FeatureOptions;
  vocabulary: string[];
  /** Inverse document frequency per vocabulary entry. */
  idf: number[];
  weights: SparseWeights[];
  bias: number[];
  /** Number of training examples. */
  trainedOn: number;
}

export interface TextClassifierModel extends ModelBase {
  kind: 'text-classifier';
}

export interface MultiLabelModel extends ModelBase {
  kind: 'multi-label-classifier';
}

export interface TextClassification {
  label: string;
  /** Probability of `label`, 0..1. */
  confidence: number;
  /** Probability of every label; they sum to 1. */
  scores: Record<string, number>;
}

export interface LabelPrediction {
  label: string;
  confidence: number;
}

const DEFAULTS = {
  minCount: 2,
  maxFeatures: 300_000,
  epochs: 12,
  l2: 1e-5,
  learningRate: 0.5,
  classBalance: 0.5,
  seed: 1,
  featurePrior: 0.5,
  pruneBelow: 0.01,
};

// ---------------------------------------------------------------------------------------------------------
// Vectors
// ---------------------------------------------------------------------------------------------------------

interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

function toVector(counts: FeatureCounts, index: Map<string, number>, idf: ArrayLike<number>): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  let squares = 0;
  for (const [name, count] of counts) {
    const at = index.get(name);
    if (at === undefined) continue;
    const value = (1 + Math.log(count)) * (idf[at] as number);
    indices.push(at);
    values.push(value);
    squares += value * value;
  }
  const norm = Math.sqrt(squares) || 1;
  return { indices: Int32Array.from(indices), values: Float64Array.from(values, (v) => v / norm) };
}

interface Vocabulary {
  names: string[];
  index: Map<string, number>;
  idf: number[];
}

function buildVocabulary(documents: FeatureCounts[], minCount: number, maxFeatures: number): Vocabulary {
  const documentFrequency = new Map<string, number>();
  for (const counts of documents) {
    for (const name of counts.keys()) documentFrequency.set(name, (documentFrequency.get(name) ?? 0) + 1);
  }
  const kept = [...documentFrequency].filter(([, df]) => df >= minCount);
  // Most frequent first, ties by name, so the vocabulary does not depend on Map insertion quirks.
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const names = kept.slice(0, maxFeatures).map(([name]) => name);
  const n = documents.length;
  const idf = names.map((name) =>
    roundWeight(Math.log((1 + n) / (1 + (documentFrequency.get(name) ?? 0))) + 1),
  );
  return { names, index: new Map(names.map((name, i) => [name, i])), idf };
}

function resolveFeatureOptions(
  texts: string[],
  requested: Partial<FeatureOptions> | undefined,
): FeatureOptions {
  const vietnamese = texts.filter(looksVietnamese).length;
  return {
    ...DEFAULT_FEATURE_OPTIONS,
    wordNgramMax: vietnamese * 2 > texts.length ? 3 : DEFAULT_FEATURE_OPTIONS.wordNgramMax,
    ...requested,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Training
// ---------------------------------------------------------------------------------------------------------

/** Mulberry32: a tiny seeded generator, so shuffles (and models) are reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
}

interface Problem {
  vectors: SparseVector[];
  exampleWeights: Float64Array;
  featureCount: number;
  outputs: number;
  /** Optional per (feature, output) scale of the weights, feature-major: a prior on which features matter. */
  prior?: Float64Array;
  /**
   * Writes the loss gradient with respect to the scores of example `i` into `gradient` (given the scores
   * in `scores`): softmax minus one-hot for single-label, sigmoid minus target per label for multi-label.
   */
  gradient(i: number, scores: Float64Array, gradient: Float64Array): void;
}

interface Settings {
  epochs: number;
  l2: number;
  learningRate: number;
  seed: number;
}

/** SGD with lazily applied weight decay and averaging over the second half of the epochs. */
function fitLinear(problem: Problem, settings: Settings): { weights: Float64Array; bias: Float64Array } {
  const { vectors, exampleWeights, featureCount, outputs: k, prior } = problem;
  const raw = new Float64Array(featureCount * k);
  const bias = new Float64Array(k);
  const averageWeights = new Float64Array(featureCount * k);
  const averageBias = new Float64Array(k);
  let averaged = 0;
  const scores = new Float64Array(k);
  const gradient = new Float64Array(k);
  const order = Int32Array.from(vectors.keys());
  const random = seededRandom(settings.seed);
  const { l2, learningRate } = settings;
  // The true weights are scale × raw; decaying all of them is one multiplication of `scale`.
  let scale = 1;
  let step = 0;
  const averageFrom = Math.floor(settings.epochs / 2);

  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const vector = vectors[i] as SparseVector;
      const { indices, values } = vector;
      const eta = learningRate / (1 + learningRate * l2 * step);
      step++;
      for (let c = 0; c < k; c++) scores[c] = bias[c] as number;
      for (let n = 0; n < indices.length; n++) {
        const row = (indices[n] as number) * k;
        const x = (values[n] as number) * scale;
        if (prior) {
          for (let c = 0; c < k; c++) {
            scores[c] = (scores[c] as number) + (raw[row + c] as number) * (prior[row + c] as number) * x;
          }
        } else {
          for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + (raw[row + c] as number) * x;
        }
      }
      problem.gradient(i, scores, gradient);
      const weight = exampleWeights[i] as number;
      scale *= 1 - eta * l2;
      const rate = (eta * weight) / scale;
      for (let n = 0; n < indices.length; n++) {
        const row = (indices[n] as number) * k;
        const x = (values[n] as number) * rate;
        if (prior) {
          for (let c = 0; c < k; c++) {
            raw[row + c] =
              (raw[row + c] as number) - (gradient[c] as number) * (prior[row + c] as number) * x;
          }
        } else {
          for (let c = 0; c < k; c++) raw[row + c] = (raw[row + c] as number) - (gradient[c] as number) * x;
        }
      }
      for (let c = 0; c < k; c++) bias[c] = (bias[c] as number) - eta * weight * (gradient[c] as number);
      if (scale < 1e-9) {
        for (let j = 0; j < raw.length; j++) raw[j] = (raw[j] as number) * scale;
        scale = 1;
      }
    }
    if (epoch >= averageFrom) {
      for (let j = 0; j < raw.length; j++)
        averageWeights[j] = (averageWeights[j] as number) + (raw[j] as number) * scale;
      for (let c = 0; c < k; c++) averageBias[c] = (averageBias[c] as number) + (bias[c] as number);
      averaged++;
    }
  }
  for (let j = 0; j < averageWeights.length; j++) {
    averageWeights[j] = ((averageWeights[j] as number) / averaged) * (prior ? (prior[j] as number) : 1);
  }
  for (let c = 0; c < k; c++) averageBias[c] = (averageBias[c] as number) / averaged;
  return { weights: averageWeights, bias: averageBias };
}

/** 4 significant digits: enough for the scores, and a third of the JSON of full doubles. */
function roundWeight(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(4));
}

function sparsify(
  weights: Float64Array,
  featureCount: number,
  k: number,
  pruneBelow: number,
): SparseWeights[] {
  let largest = 0;
  for (const value of weights) largest = Math.max(largest, Math.abs(value));
  const threshold = largest * pruneBelow;
  const perLabel: SparseWeights[] = Array.from({ length: k }, () => ({ features: [], values: [] }));
  for (let j = 0; j < featureCount; j++) {
    for (let c = 0; c < k; c++) {
      const value = weights[j * k + c] as number;
      if (value === 0 || Math.abs(value) < threshold) continue;
      const target = perLabel[c] as SparseWeights;
      target.features.push(j);
      target.values.push(roundWeight(value));
    }
  }
  return perLabel;
}

function checkExamples(examples: { text: string; weight?: number }[]): void {
  if (examples.length === 0) throw new Error('Training needs at least one example.');
  for (const [i, example] of examples.entries()) {
    if (typeof example.text !== 'string') throw new Error(`Example ${i + 1} has no text.`);
    if (example.weight !== undefined && !(example.weight >= 0 && Number.isFinite(example.weight))) {
      throw new Error(`Example ${i + 1} has an invalid weight ${example.weight}; use a number ≥ 0.`);
    }
  }
}

function prepare(texts: string[], options: TrainOptions) {
  const featureOptions = resolveFeatureOptions(texts, options.features);
  const documents = texts.map((text) => countFeatures(text, featureOptions));
  const vocabulary = buildVocabulary(
    documents,
    options.minCount ?? DEFAULTS.minCount,
    options.maxFeatures ?? DEFAULTS.maxFeatures,
  );
  const vectors = documents.map((counts) => toVector(counts, vocabulary.index, vocabulary.idf));
  return { featureOptions, vocabulary, vectors };
}

function settingsOf(options: TrainOptions): Settings {
  return {
    epochs: options.epochs ?? DEFAULTS.epochs,
    l2: options.l2 ?? DEFAULTS.l2,
    learningRate: options.learningRate ?? DEFAULTS.learningRate,
    seed: options.seed ?? DEFAULTS.seed,
  };
}

/** Class weights (n / (classes × class size))^power, over the examples' own weights. */
function balanceWeights(classOf: Int32Array, classes: number, power: number, base: number[]): Float64Array {
  const totals = new Float64Array(classes);
  for (let i = 0; i < classOf.length; i++) {
    const c = classOf[i] as number;
    totals[c] = (totals[c] as number) + (base[i] as number);
  }
  const sum = totals.reduce((a, b) => a + b, 0);
  const present = totals.filter((t) => t > 0).length;
  const factor = Array.from(totals, (t) => (t > 0 ? (sum / (present * t)) ** power : 0));
  const weights = Float64Array.from(classOf, (c, i) => (factor[c] as number) * (base[i] as number));
  // Mean weight 1, so the learning rate means the same whatever the balance.
  const mean = weights.reduce((a, b) => a + b, 0) / weights.length || 1;
  return weights.map((w) => w / mean);
}

/**
 * Naive-Bayes log-count ratios per (feature, class), as in NBSVM (Wang & Manning, 2012): how much more often
 * a feature occurs in the class's texts than in the others', |log(p / q)|^strength. As the scale of each
 * weight it lets the features that tell the classes apart move a score more for the same L2 penalty.
 * Strength 0 gives a plain logistic regression.
 */
function naiveBayesPrior(
  vectors: SparseVector[],
  classesOf: (i: number) => number[],
  k: number,
  featureCount: number,
  strength: number,
): Float64Array | undefined {
  if (strength === 0) return undefined;
  const smoothing = 1;
  const inClass = new Float64Array(featureCount * k);
  const total = new Float64Array(featureCount);
  for (let i = 0; i < vectors.length; i++) {
    const { indices } = vectors[i] as SparseVector;
    const classes = classesOf(i);
    for (let n = 0; n < indices.length; n++) {
      const j = indices[n] as number;
      total[j] = (total[j] as number) + 1;
      for (const c of classes) inClass[j * k + c] = (inClass[j * k + c] as number) + 1;
    }
  }
  // Smoothed occurrence totals inside and outside each class, the denominators of p and q.
  const inSum = new Float64Array(k);
  const outSum = new Float64Array(k);
  for (let j = 0; j < featureCount; j++) {
    for (let c = 0; c < k; c++) {
      const inside = inClass[j * k + c] as number;
      inSum[c] = (inSum[c] as number) + inside + smoothing;
      outSum[c] = (outSum[c] as number) + (total[j] as number) - inside + smoothing;
    }
  }
  const prior = new Float64Array(featureCount * k);
  for (let j = 0; j < featureCount; j++) {
    for (let c = 0; c < k; c++) {
      const inside = inClass[j * k + c] as number;
      const p = (inside + smoothing) / (inSum[c] as number);
      const q = ((total[j] as number) - inside + smoothing) / (outSum[c] as number);
      prior[j * k + c] = Math.abs(Math.log(p / q)) ** strength;
    }
  }
  return prior;
}

function priorStrength(options: TrainOptions): number {
  return options.featurePrior ?? DEFAULTS.featurePrior;
}

/** Trains a single-label classifier (multinomial logistic regression) on labelled texts. */
export function trainTextClassifier(
  examples: TextExample[],
  options: TrainOptions = {},
): TextClassifierModel {
  checkExamples(examples);
  const labels = [...new Set(examples.map((example) => example.label))].sort();
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const classOf = Int32Array.from(examples, (example) => labelIndex.get(example.label) as number);
  const { featureOptions, vocabulary, vectors } = prepare(
    examples.map((example) => example.text),
    options,
  );
  const k = labels.length;
  const exampleWeights = balanceWeights(
    classOf,
    k,
    options.classBalance ?? DEFAULTS.classBalance,
    examples.map((example) => example.weight ?? 1),
  );
  const problem: Problem = {
    vectors,
    exampleWeights,
    featureCount: vocabulary.names.length,
    outputs: k,
    prior: naiveBayesPrior(
      vectors,
      (i) => [classOf[i] as number],
      k,
      vocabulary.names.length,
      priorStrength(options),
    ),
    gradient(i, scores, gradient) {
      softmaxInto(scores, gradient);
      gradient[classOf[i] as number] = (gradient[classOf[i] as number] as number) - 1;
    },
  };
  const fitted = k > 1 ? fitLinear(problem, settingsOf(options)) : null;
  return {
    kind: 'text-classifier',
    version: 1,
    labels,
    featureOptions,
    vocabulary: vocabulary.names,
    idf: vocabulary.idf,
    weights: fitted
      ? sparsify(fitted.weights, vocabulary.names.length, k, options.pruneBelow ?? DEFAULTS.pruneBelow)
      : [{ features: [], values: [] }],
    bias: fitted ? Array.from(fitted.bias, roundWeight) : [0],
    trainedOn: examples.length,
  };
}

/** Trains one binary logistic model per label (one text may carry several labels, or none). */
export function trainMultiLabel(examples: MultiLabelExample[], options: TrainOptions = {}): MultiLabelModel {
  checkExamples(examples);
  const labels = [...new Set(examples.flatMap((example) => example.labels))].sort();
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const targets = examples.map((example) => new Set(example.labels.map((label) => labelIndex.get(label))));
  const { featureOptions, vocabulary, vectors } = prepare(
    examples.map((example) => example.text),
    options,
  );
  const k = labels.length;
  // Each label is its own yes/no question; the balance weighs its rare "yes" against the many "no".
  const balance = options.classBalance ?? DEFAULTS.classBalance;
  const positives = Array.from({ length: k }, (_, c) => targets.filter((set) => set.has(c)).length);
  const positiveBoost = positives.map((p) => (p > 0 ? ((examples.length - p) / p) ** balance : 1));
  const exampleWeights = Float64Array.from(examples, (example) => example.weight ?? 1);
  const labelLists = targets.map((set) => [...set] as number[]);
  const problem: Problem = {
    vectors,
    exampleWeights,
    featureCount: vocabulary.names.length,
    outputs: k,
    prior: naiveBayesPrior(
      vectors,
      (i) => labelLists[i] as number[],
      k,
      vocabulary.names.length,
      priorStrength(options),
    ),
    gradient(i, scores, gradient) {
      const target = targets[i] as Set<number | undefined>;
      for (let c = 0; c < k; c++) {
        const p = sigmoid(scores[c] as number);
        gradient[c] = target.has(c) ? (p - 1) * Math.min(positiveBoost[c] as number, 50) : p;
      }
    },
  };
  const fitted = k > 0 ? fitLinear(problem, settingsOf(options)) : null;
  return {
    kind: 'multi-label-classifier',
    version: 1,
    labels,
    featureOptions,
    vocabulary: vocabulary.names,
    idf: vocabulary.idf,
    weights: fitted
      ? sparsify(fitted.weights, vocabulary.names.length, k, options.pruneBelow ?? DEFAULTS.pruneBelow)
      : [],
    bias: fitted ? Array.from(fitted.bias, roundWeight) : [],
    trainedOn: examples.length,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Prediction
// ---------------------------------------------------------------------------------------------------------

function softmaxInto(scores: ArrayLike<number>, out: Float64Array | number[]): void {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < scores.length; c++) max = Math.max(max, scores[c] as number);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp((scores[c] as number) - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c++) out[c] = (out[c] as number) / sum;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** A model's lookup structures, built once per model object (a parsed copy builds the same ones). */
interface Compiled {
  index: Map<string, number>;
  /** Feature-major dense weights: weights[feature × labels + label]. */
  weights: Float64Array;
}

const compiledModels = new WeakMap<ModelBase, Compiled>();

function compile(model: ModelBase): Compiled {
  const cached = compiledModels.get(model);
  if (cached) return cached;
  if (model.version !== 1) throw new Error(`Unsupported text model version ${model.version}.`);
  const k = model.labels.length;
  const weights = new Float64Array(model.vocabulary.length * k);
  model.weights.forEach((sparse, c) => {
    for (let i = 0; i < sparse.features.length; i++) {
      weights[(sparse.features[i] as number) * k + c] = sparse.values[i] as number;
    }
  });
  const compiled = { index: new Map(model.vocabulary.map((name, i) => [name, i])), weights };
  compiledModels.set(model, compiled);
  return compiled;
}

function linearScores(model: ModelBase, text: string): Float64Array {
  const { index, weights } = compile(model);
  const vector = toVector(countFeatures(text, model.featureOptions), index, model.idf);
  const k = model.labels.length;
  const scores = Float64Array.from(model.bias);
  for (let n = 0; n < vector.indices.length; n++) {
    const row = (vector.indices[n] as number) * k;
    const x = vector.values[n] as number;
    for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + (weights[row + c] as number) * x;
  }
  return scores;
}

/** The most likely label of a text, its probability and every label's probability. */
export function classifyText(model: TextClassifierModel, text: string): TextClassification {
  const probabilities = new Float64Array(model.labels.length);
  softmaxInto(linearScores(model, text), probabilities);
  let best = 0;
  const scores: Record<string, number> = {};
  model.labels.forEach((label, c) => {
    scores[label] = probabilities[c] as number;
    if ((probabilities[c] as number) > (probabilities[best] as number)) best = c;
  });
  return { label: model.labels[best] as string, confidence: probabilities[best] as number, scores };
}

/** Every label whose probability reaches `threshold` (default 0.5), most likely first. */
export function predictLabels(model: MultiLabelModel, text: string, threshold = 0.5): LabelPrediction[] {
  const scores = linearScores(model, text);
  return model.labels
    .map((label, c) => ({ label, confidence: sigmoid(scores[c] as number) }))
    .filter((prediction) => prediction.confidence >= threshold)
    .sort((a, b) => b.confidence - a.confidence || (a.label < b.label ? -1 : 1));
}

export function modelSummary(model: TextClassifierModel | MultiLabelModel): {
  labels: string[];
  features: number;
  trainedOn: number;
} {
  return { labels: [...model.labels], features: model.vocabulary.length, trainedOn: model.trainedOn };
}
