// A workspace's intents ("where is my order", "opening hours" …) as the bot matches them: the text
// module's trainable classifier (classifier.ts) over each intent's example questions, and the same search
// index as articles over those examples. The classifier says which intent is likeliest among the
// workspace's intents; the index says how much of the message those intents' examples cover at all — a
// softmax over three intents is confident about anything, even "what is the weather", and the coverage is
// what tells a question none of them is about.
import {
  classifyText,
  type TextClassifierModel,
  type TrainOptions,
  trainTextClassifier,
} from '../text/classifier';
import { type ArticleIndex, buildArticleIndex, type KnowledgeText, searchArticles } from './knowledge-index';

export interface IntentInput {
  /** Stable id (the server's row id), or the name when there is none. */
  id?: string;
  name: string;
  examples: readonly string[];
  reply?: KnowledgeText;
}

export interface IntentModel {
  intents: { id: string; name: string; reply: KnowledgeText }[];
  /** Null with fewer than two intents (nothing to choose between). */
  classifier: TextClassifierModel | null;
  /** The intents' examples as documents, for coverage. */
  index: ArticleIndex;
}

export interface IntentMatch {
  id: string;
  name: string;
  /** The classifier's probability (1 with a single intent). */
  probability: number;
  /** Idf-weighted share of the message's words found in this intent's examples. */
  coverage: number;
  /** What the bot compares with its threshold: see `intentConfidence`. */
  confidence: number;
}

/**
 * How the bot scores an intent: the classifier's probability, or its geometric mean with the coverage of
 * the message by the intent's examples. Chosen on validation data (see bench/README.md, "Bot").
 */
export type IntentScoring = 'probability' | 'combined';

export const DEFAULT_INTENT_SCORING: IntentScoring = 'combined';

/** Trains the intent model (classifier + example index); cheap for a workspace's handful of intents. */
export function buildIntentModel(intents: readonly IntentInput[], options: TrainOptions = {}): IntentModel {
  const usable = intents.filter((intent) => intent.examples.some((example) => example.trim() !== ''));
  const list = usable.map((intent) => ({
    id: intent.id ?? intent.name,
    name: intent.name,
    reply: intent.reply ?? {},
  }));
  const examples = usable.flatMap((intent) =>
    intent.examples
      .filter((example) => example.trim() !== '')
      .map((text) => ({ text, label: intent.id ?? intent.name })),
  );
  // A workspace's few examples per intent: keep every feature (minCount 1).
  const classifier = list.length >= 2 ? trainTextClassifier(examples, { minCount: 1, ...options }) : null;
  const index = buildArticleIndex(
    usable.map((intent) => ({
      id: intent.id ?? intent.name,
      title: {},
      body: {},
      questions: intent.examples,
    })),
  );
  return { intents: list, classifier, index };
}

export function intentConfidence(probability: number, coverage: number, scoring: IntentScoring): number {
  return scoring === 'probability' ? probability : Math.sqrt(probability * coverage);
}

/** The best intent for a message, or null when the model has no intents. */
export function matchIntent(
  model: IntentModel,
  text: string,
  scoring: IntentScoring = DEFAULT_INTENT_SCORING,
  language?: 'en' | 'vi',
): IntentMatch | null {
  if (model.intents.length === 0) return null;
  let id: string;
  let probability: number;
  if (model.classifier) {
    const result = classifyText(model.classifier, text);
    id = result.label;
    probability = result.confidence;
  } else {
    id = (model.intents[0] as { id: string }).id;
    probability = 1;
  }
  const intent = model.intents.find((candidate) => candidate.id === id) ?? model.intents[0];
  if (!intent) return null;
  const coverage =
    searchArticles(model.index, text, { limit: 1, only: new Set([intent.id]), language })[0]?.confidence ?? 0;
  return {
    id: intent.id,
    name: intent.name,
    probability: round(probability),
    coverage,
    confidence: round(intentConfidence(probability, coverage, scoring)),
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
