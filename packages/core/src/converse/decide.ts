// The bot's one decision, the same for the widget chat, the help center, email, channel bridges, the
// "test your bot" box and `eval-text`: given a customer's message, its language, the conversation so far
// and what is known about the contact, answer from the knowledge base (an article, or an intent's reply)
// or hand over to a person, and say why.
//
// Hand-over reasons, first match wins: the bot is off; the customer asks for a person; an urgency signal
// (churn threat, legal, safety); a workspace rule; a VIP or at-risk contact; repeated failure (the
// customer asked the same thing twice after the bot's answers, or the bot fell short twice in a row);
// negative sentiment; then the answer's own confidence — below the threshold it is `low_confidence` when
// something matched, `out_of_scope` when nothing in the knowledge base is about the question at all.
import type { TCondition } from '@touchpoint/schemas';
import { evaluateCondition } from '../survey/condition';
import { detectLanguage } from '../text/language';
import { analyzeSentiment } from '../text/sentiment';
import { asksForPerson, isUrgent } from './handover-signals';
import { DEFAULT_INTENT_SCORING, type IntentModel, type IntentScoring, matchIntent } from './intents';
import {
  type ArticleIndex,
  articleWords,
  type KnowledgeArticleInput,
  type KnowledgeText,
  searchArticles,
} from './knowledge-index';
import { searchTerms, termSimilarity } from './terms';

export const BOT_REASONS = [
  'low_confidence',
  'out_of_scope',
  'asked_for_person',
  'negative_sentiment',
  'urgent',
  'repeated_failure',
  'vip',
  'at_risk',
  'workspace_rule',
  'bot_disabled',
] as const;
export type BotReason = (typeof BOT_REASONS)[number];
export type BotLanguage = 'en' | 'vi';

export interface BotTurn {
  author: 'customer' | 'bot' | 'agent' | 'system';
  text: string;
  /** The bot's confidence for its own turns, when the caller kept it. */
  confidence?: number | null;
  /** The bot handed over or fell back on this turn. */
  handoff?: boolean | null;
}

export interface BotContact {
  attributes: Readonly<Record<string, unknown>>;
  /** At risk of churning by a stored churn score (the server looks it up); attributes are read too. */
  atRisk?: boolean;
}

export interface HandoffRule {
  condition: TCondition;
  /** A note for agents on why the rule exists (shown with the hand-over). */
  reason?: string;
}

export interface BotSettings {
  enabled: boolean;
  /** Answers scoring below this hand over (0..1). */
  threshold: number;
  handoffRules?: readonly HandoffRule[];
  /** Sentiment scores at or below this hand over (−1..1; default −0.5). */
  negativeSentimentBelow?: number;
  intentScoring?: IntentScoring;
}

/**
 * The default threshold of a workspace's bot (workspaces change it in the bot settings). Its scores are the
 * share of a question's words an article covers, or an intent's probability combined with that share, so
 * 0.45 answers a question when about half of what it says is in the knowledge base — chosen on the
 * bilingual help-center examples of the tests and the demo, not on BANKING77 (whose 58-intent classifier
 * gets its own threshold from `eval-text`, on a validation split of its training data).
 */
export const DEFAULT_BOT_THRESHOLD = 0.45;

export const DEFAULT_BOT_SETTINGS: BotSettings = { enabled: true, threshold: DEFAULT_BOT_THRESHOLD };

export interface BotKnowledge {
  articles: ArticleIndex;
  /** The articles' texts, by id, for the answer. */
  articleTexts: ReadonlyMap<string, Pick<KnowledgeArticleInput, 'title' | 'body'>>;
  intents: IntentModel | null;
}

export interface BotDecisionInput {
  text: string;
  language?: BotLanguage | undefined;
  history?: readonly BotTurn[];
  contact?: BotContact | null;
}

export interface BotDecision {
  answer: string | null;
  articleId?: string;
  intent?: string;
  confidence: number;
  handoff: boolean;
  reason: BotReason | null;
  language: BotLanguage;
  /** The workspace rule's note, for `workspace_rule`. */
  detail?: string;
}

/** How much of two texts' words overlap before the second counts as the first asked again. */
const REPHRASE_SIMILARITY = 0.4;
/** Below this share of the threshold nothing matched: out of scope rather than low confidence. */
const OUT_OF_SCOPE_SHARE = 0.5;
const ANSWER_MAX_CHARACTERS = 700;

/** The message's language: the given one, else detected ('other' is answered in English). */
export function botLanguage(text: string, language?: BotLanguage): BotLanguage {
  if (language) return language;
  return detectLanguage(text).lang === 'vi' ? 'vi' : 'en';
}

function localized(text: KnowledgeText, language: BotLanguage): string | undefined {
  const preferred = language === 'vi' ? text.vi : text.en;
  const other = language === 'vi' ? text.en : text.vi;
  return preferred?.trim() ? preferred : other?.trim() ? other : undefined;
}

/** An article's body cut at a sentence end near `ANSWER_MAX_CHARACTERS`, for a chat bubble. */
export function answerExcerpt(body: string, max = ANSWER_MAX_CHARACTERS): string {
  const text = body.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'), cut.lastIndexOf('\n\n'));
  return end > max / 3 ? cut.slice(0, end + 1) : `${cut.trimEnd()}…`;
}

function truthy(value: unknown): boolean {
  if (typeof value === 'string') return ['true', 'yes', '1', 'y'].includes(value.trim().toLowerCase());
  return value === true || value === 1;
}

function isVip(contact: BotContact | null | undefined): boolean {
  return Boolean(contact && truthy(contact.attributes.vip));
}

function isAtRisk(contact: BotContact | null | undefined): boolean {
  if (!contact) return false;
  if (contact.atRisk) return true;
  const band = contact.attributes.churnRisk ?? contact.attributes.churn_risk;
  return typeof band === 'string' && band.trim().toLowerCase() === 'high';
}

/** Condition facts: `text`, `language`, `sentiment`, `sentimentScore`, `intent`, `confidence`, `contact.<attr>`. */
function ruleFacts(facts: Record<string, unknown>, contact: BotContact | null | undefined) {
  const answers: Record<string, string | number | string[] | null> = {};
  for (const [key, value] of Object.entries(facts)) answers[key] = asAnswer(value);
  for (const [key, value] of Object.entries(contact?.attributes ?? {})) {
    answers[`contact.${key}`] = asAnswer(value);
  }
  return { answers, hidden: {} };
}

function asAnswer(value: unknown): string | number | string[] | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(String);
  return JSON.stringify(value);
}

/**
 * Repeated failure: the bot's last two turns both fell short (its own flags, or confidence below the
 * threshold), or the customer asked the same thing a third time — this message like the previous
 * customer message and that one like the one before, with the bot answering in between.
 */
function isRepeatedFailure(text: string, history: readonly BotTurn[], threshold: number): boolean {
  const botTurns = history.filter((turn) => turn.author === 'bot');
  const lastTwo = botTurns.slice(-2);
  const fellShort = (turn: BotTurn) =>
    turn.handoff === true || (typeof turn.confidence === 'number' && turn.confidence < threshold);
  if (lastTwo.length === 2 && lastTwo.every(fellShort)) {
    // "In a row": no customer-facing agent took over between them.
    const sinceFirst = history.slice(history.lastIndexOf(lastTwo[0] as BotTurn));
    if (!sinceFirst.some((turn) => turn.author === 'agent')) return true;
  }
  const customer: string[] = [];
  let answeredBetween = true;
  for (let i = history.length - 1; i >= 0 && customer.length < 2; i--) {
    const turn = history[i] as BotTurn;
    if (turn.author === 'agent') break;
    if (turn.author === 'bot') answeredBetween = true;
    if (turn.author === 'customer') {
      if (!answeredBetween) continue;
      customer.push(turn.text);
      answeredBetween = false;
    }
  }
  if (customer.length < 2) return false;
  const [previous, before] = customer as [string, string];
  return (
    termSimilarity(text, previous) >= REPHRASE_SIMILARITY &&
    termSimilarity(previous, before) >= REPHRASE_SIMILARITY
  );
}

/**
 * The words of the article or intent the bot would answer with. A routine question names its topic
 * ("how long does a refund take", "bao lâu thì được hoàn tiền"), and the sentiment lexicon reads some
 * topics as complaints ("refund", "lâu"); a word the answer itself is about is not the customer's mood.
 */
function topicWords(knowledge: BotKnowledge, candidate: Candidate): ReadonlySet<string> {
  if (candidate.articleId) return articleWords(knowledge.articles, candidate.articleId);
  if (candidate.intentId && knowledge.intents)
    return articleWords(knowledge.intents.index, candidate.intentId);
  return new Set();
}

/** Whether a negative driver of the sentiment is more than the topic of the answer. */
function hasComplaint(
  drivers: readonly { phrase: string; weight: number }[],
  topic: ReadonlySet<string>,
): boolean {
  return drivers.some((driver) => {
    if (driver.weight >= 0) return false;
    const words = searchTerms(driver.phrase).words;
    return words.length === 0 || !words.every((word) => topic.has(word));
  });
}

interface Candidate {
  answer: string | null;
  articleId?: string;
  intent?: string;
  intentId?: string;
  confidence: number;
}

function bestCandidate(
  text: string,
  language: BotLanguage,
  knowledge: BotKnowledge,
  scoring: IntentScoring,
): Candidate {
  let best: Candidate = { answer: null, confidence: 0 };
  const article = searchArticles(knowledge.articles, text, { limit: 1, language })[0];
  if (article) {
    const texts = knowledge.articleTexts.get(article.articleId);
    const body = texts ? localized(texts.body, language) : undefined;
    if (body) {
      best = { answer: answerExcerpt(body), articleId: article.articleId, confidence: article.confidence };
    }
  }
  const intent = knowledge.intents ? matchIntent(knowledge.intents, text, scoring, language) : null;
  if (intent && intent.confidence > best.confidence) {
    const model = knowledge.intents as IntentModel;
    const reply = model.intents.find((candidate) => candidate.id === intent.id)?.reply ?? {};
    best = {
      answer: localized(reply, language) ?? null,
      intent: intent.name,
      intentId: intent.id,
      confidence: intent.confidence,
    };
  }
  return best;
}

/** The bot's decision on one customer message (see the file's comment). Pure: no I/O. */
export function decideReply(
  input: BotDecisionInput,
  knowledge: BotKnowledge,
  settings: BotSettings = DEFAULT_BOT_SETTINGS,
): BotDecision {
  const text = input.text;
  const language = botLanguage(text, input.language);
  const history = input.history ?? [];
  const contact = input.contact ?? null;
  const handoff = (reason: BotReason, confidence = 0, detail?: string): BotDecision => ({
    answer: null,
    confidence,
    handoff: true,
    reason,
    language,
    ...(detail ? { detail } : {}),
  });

  if (!settings.enabled) return handoff('bot_disabled');
  if (asksForPerson(text)) return handoff('asked_for_person');
  if (isUrgent(text)) return handoff('urgent');

  const candidate = bestCandidate(
    text,
    language,
    knowledge,
    settings.intentScoring ?? DEFAULT_INTENT_SCORING,
  );
  const confidence = Math.round(candidate.confidence * 10_000) / 10_000;
  const sentiment = analyzeSentiment(text, language);

  const rules = settings.handoffRules ?? [];
  if (rules.length > 0) {
    const facts = ruleFacts(
      {
        text,
        language,
        sentiment: sentiment.label,
        sentimentScore: sentiment.score,
        intent: candidate.intent ?? null,
        articleId: candidate.articleId ?? null,
        confidence,
      },
      contact,
    );
    const rule = rules.find((candidateRule) => evaluateCondition(candidateRule.condition, facts));
    if (rule) return handoff('workspace_rule', confidence, rule.reason);
  }
  if (isVip(contact)) return handoff('vip', confidence);
  if (isAtRisk(contact)) return handoff('at_risk', confidence);
  if (isRepeatedFailure(text, history, settings.threshold)) return handoff('repeated_failure', confidence);
  if (
    (sentiment.label === 'negative' || sentiment.label === 'mixed') &&
    sentiment.score <= (settings.negativeSentimentBelow ?? -0.5) &&
    hasComplaint(sentiment.drivers, topicWords(knowledge, candidate))
  ) {
    return handoff('negative_sentiment', confidence);
  }

  // An intent without a reply in this language still names the intent (evaluation, routing).
  const found = candidate.articleId !== undefined || candidate.intent !== undefined;
  if (!found || confidence < settings.threshold) {
    const nothing = !found || confidence < settings.threshold * OUT_OF_SCOPE_SHARE;
    return handoff(nothing ? 'out_of_scope' : 'low_confidence', confidence);
  }
  return {
    answer: candidate.answer,
    ...(candidate.articleId ? { articleId: candidate.articleId } : {}),
    ...(candidate.intent ? { intent: candidate.intent } : {}),
    confidence,
    handoff: false,
    reason: null,
    language,
  };
}
