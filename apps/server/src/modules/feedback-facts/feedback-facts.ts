import type { TSurveyDefinition } from '@touchpoint/schemas';
import type { Db } from '../../platform/db/database';

/**
 * One piece of feedback (a response or a review) as alert rules and automations see it. Conditions use
 * the one condition language (`@touchpoint/core` `evaluateCondition`) over `values`, and `hidden` for
 * `hidden.<id>` fields.
 */
export interface FeedbackFacts {
  workspaceId: string;
  itemKind: 'response' | 'review' | 'conversation';
  itemId: string;
  surveyId: string | null;
  touchpointId: string | null;
  contactId: string | null;
  /** The contact's email when there is one and they have not unsubscribed (follow-ups and automations). */
  contactEmail: string | null;
  occurredAt: Date;
  /** Topic ids detected in the item's text (rules and the workspace's classifier). */
  topicIds: string[];
  /**
   * Fields a condition may read:
   * - `nps` (0–10), `npsBand` (`detractor` | `passive` | `promoter`), `csat` (1–5), `ces` (1–7) — the first
   *   question of that type; `rating` (a review's rating on a 1–5 scale);
   * - `text` (all open text, redacted), `sentiment` (`negative` | `neutral` | `positive` | `mixed`, the most
   *   negative of the item's texts), `sentimentScore` (the lowest), `effort` (`"true"` when a text signals
   *   high effort), `urgency` (list of `churn_threat` | `safety` | `legal`), `actionability`;
   * - `topics` (topic names), `topicIds`;
   * - `surveyId`, `touchpointId`, `channel`, `language`, `source` (`survey`, the review's source, or
   *   `conversation` for the customer's side of a chat: its messages are the texts; `handoffReason` and
   *   `conversationStatus` tell where it stands);
   * - `contact.<attribute>` for each contact attribute, plus `contact.email`;
   * - every answer by its question id (as in survey logic).
   */
  values: Record<string, unknown>;
  hidden: Record<string, string>;
}

const SENTIMENT_RANK = { negative: 0, mixed: 1, neutral: 2, positive: 3 } as const;

function firstAnswerOfType(definition: TSurveyDefinition, answers: Record<string, unknown>, type: string) {
  const question = definition.questions.find((q) => q.type === type);
  const value = question ? answers[question.id] : undefined;
  return typeof value === 'number' ? value : null;
}

function npsBandOf(score: number | null): 'detractor' | 'passive' | 'promoter' | null {
  if (score === null) return null;
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/**
 * Loads the facts of responses, reviews or conversations; items that do not exist (or belong elsewhere)
 * are left out.
 */
export async function loadFeedbackFacts(
  db: Db,
  workspaceId: string,
  itemKind: 'response' | 'review' | 'conversation',
  itemIds: readonly string[],
): Promise<FeedbackFacts[]> {
  if (itemIds.length === 0) return [];
  const base =
    itemKind === 'response'
      ? await loadResponseBase(db, workspaceId, itemIds)
      : itemKind === 'review'
        ? await loadReviewBase(db, workspaceId, itemIds)
        : await loadConversationBase(db, workspaceId, itemIds);
  if (base.length === 0) return [];
  const ids = base.map((b) => b.itemId);
  const analyses = await db
    .selectFrom('textAnalyses')
    .select(['itemId', 'sentimentLabel', 'sentimentScore', 'textRedacted', 'result'])
    .where('workspaceId', '=', workspaceId)
    .where('itemKind', '=', itemKind)
    .where('itemId', 'in', ids)
    .execute();
  const topics = await db
    .selectFrom('textTopicMatches as m')
    .innerJoin('topics as t', (join) =>
      join.onRef('t.workspaceId', '=', 'm.workspaceId').onRef('t.id', '=', 'm.topicId'),
    )
    .select(['m.itemId', 't.id', 't.name'])
    .where('m.workspaceId', '=', workspaceId)
    .where('m.itemKind', '=', itemKind)
    .where('m.itemId', 'in', ids)
    .execute();
  const contactIds = [...new Set(base.map((b) => b.contactId).filter((id): id is string => id !== null))];
  const contacts =
    contactIds.length === 0
      ? []
      : await db
          .selectFrom('contacts')
          .select(['id', 'email', 'attributes', 'unsubscribedAt'])
          .where('workspaceId', '=', workspaceId)
          .where('id', 'in', contactIds)
          .execute();
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  // The person's churn risk band (`churnRisk`: low / medium / high), for alert rules and automations.
  const churn =
    contactIds.length === 0
      ? []
      : await db
          .selectFrom('contactChurnScores')
          .select(['contactId', 'band'])
          .where('workspaceId', '=', workspaceId)
          .where('contactId', 'in', contactIds)
          .execute();
  const churnBandOf = new Map(churn.map((c) => [c.contactId, c.band]));

  return base.map((item) => {
    const texts = analyses.filter((a) => a.itemId === item.itemId);
    const itemTopics = topics.filter((t) => t.itemId === item.itemId);
    const worst = texts.reduce<(typeof texts)[number] | null>(
      (acc, a) =>
        acc === null || SENTIMENT_RANK[a.sentimentLabel] < SENTIMENT_RANK[acc.sentimentLabel] ? a : acc,
      null,
    );
    const contact = item.contactId ? contactById.get(item.contactId) : undefined;
    const values: Record<string, unknown> = {
      ...item.answers,
      nps: item.nps,
      npsBand: npsBandOf(item.nps),
      csat: item.csat,
      ces: item.ces,
      rating: item.rating,
      text: texts.map((a) => a.textRedacted).join('\n') || item.rawText,
      sentiment: worst?.sentimentLabel ?? null,
      sentimentScore: texts.length ? Math.min(...texts.map((a) => a.sentimentScore)) : null,
      // "true"/"false": how the condition language compares booleans (see flattenInto).
      effort: String(texts.some((a) => a.result.signals.effort.detected)),
      urgency: [...new Set(texts.flatMap((a) => a.result.signals.urgency.reasons))],
      actionability: texts.find((a) => a.result.signals.actionability === 'needs_reply')
        ? 'needs_reply'
        : (texts[0]?.result.signals.actionability ?? null),
      topics: [...new Set(itemTopics.map((t) => t.name))],
      topicIds: [...new Set(itemTopics.map((t) => t.id))],
      surveyId: item.surveyId,
      touchpointId: item.touchpointId,
      channel: item.channel,
      language: item.language,
      source: item.source,
    };
    Object.assign(values, contactValues(contact));
    values.churnRisk = item.contactId ? (churnBandOf.get(item.contactId) ?? null) : null;
    return {
      workspaceId,
      itemKind,
      itemId: item.itemId,
      surveyId: item.surveyId,
      touchpointId: item.touchpointId,
      contactId: item.contactId,
      contactEmail: contact && contact.unsubscribedAt === null ? contact.email : null,
      occurredAt: item.occurredAt,
      topicIds: values.topicIds as string[],
      values,
      hidden: item.hidden,
    };
  });
}

interface BaseItem {
  itemId: string;
  surveyId: string | null;
  touchpointId: string | null;
  contactId: string | null;
  channel: string | null;
  language: string | null;
  source: string;
  occurredAt: Date;
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  rating: number | null;
  /** Text before analysis, used only when the item has not been analysed yet. */
  rawText: string;
}

async function loadResponseBase(db: Db, workspaceId: string, ids: readonly string[]): Promise<BaseItem[]> {
  const rows = await db
    .selectFrom('responses as r')
    .innerJoin('surveys as s', (join) =>
      join.onRef('s.workspaceId', '=', 'r.workspaceId').onRef('s.id', '=', 'r.surveyId'),
    )
    .select([
      'r.id',
      'r.surveyId',
      'r.touchpointId',
      'r.contactId',
      'r.channel',
      'r.language',
      'r.answers',
      'r.hiddenFields',
      'r.npsScore',
      'r.createdAt',
      's.definition',
      's.touchpointId as surveyTouchpointId',
    ])
    .where('r.workspaceId', '=', workspaceId)
    .where('r.id', 'in', [...ids])
    // No alert rule or automation ever sees an anonymous employee answer (docs/CONFIDENTIALITY.md).
    .where('s.anonymous', '=', false)
    .execute();
  return rows.map((row) => {
    const openText = row.definition.questions
      .filter((q) => q.type === 'open_text')
      .map((q) => row.answers[q.id])
      .filter((v): v is string => typeof v === 'string');
    return {
      itemId: row.id,
      surveyId: row.surveyId,
      touchpointId: row.touchpointId ?? row.surveyTouchpointId,
      contactId: row.contactId,
      channel: row.channel,
      language: row.language,
      source: 'survey',
      occurredAt: row.createdAt,
      answers: row.answers as Record<string, unknown>,
      hidden: row.hiddenFields,
      nps: row.npsScore,
      csat: firstAnswerOfType(row.definition, row.answers, 'csat'),
      ces: firstAnswerOfType(row.definition, row.answers, 'ces'),
      rating: null,
      rawText: openText.join('\n'),
    };
  });
}

async function loadReviewBase(db: Db, workspaceId: string, ids: readonly string[]): Promise<BaseItem[]> {
  const rows = await db
    .selectFrom('reviews')
    .select(['id', 'source', 'rating', 'ratingScale', 'text', 'language', 'touchpointId', 'postedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((row) => ({
    itemId: row.id,
    surveyId: null,
    touchpointId: row.touchpointId,
    contactId: null,
    channel: null,
    language: row.language,
    source: row.source,
    occurredAt: row.postedAt,
    answers: {},
    hidden: {},
    nps: null,
    csat: null,
    ces: null,
    // Reviews come on several scales; conditions read them on 1–5.
    rating:
      row.rating === null || !row.ratingScale
        ? null
        : Math.round((1 + ((row.rating - 1) * 4) / Math.max(1, row.ratingScale - 1)) * 100) / 100,
    rawText: row.text ?? '',
  }));
}

/** The customer's side of conversations (their messages are the analysed texts). */
async function loadConversationBase(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<BaseItem[]> {
  const rows = await db
    .selectFrom('conversations')
    .select([
      'id',
      'contactId',
      'channel',
      'language',
      'touchpointId',
      'status',
      'handoffReason',
      'createdAt',
    ])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', [...ids])
    .execute();
  if (rows.length === 0) return [];
  const messages = await db
    .selectFrom('conversationMessages')
    .select(['conversationId', 'text'])
    .where('workspaceId', '=', workspaceId)
    .where(
      'conversationId',
      'in',
      rows.map((r) => r.id),
    )
    .where('author', '=', 'customer')
    .where('private', '=', false)
    .orderBy('createdAt')
    .execute();
  return rows.map((row) => ({
    itemId: row.id,
    surveyId: null,
    touchpointId: row.touchpointId,
    contactId: row.contactId,
    channel: row.channel,
    language: row.language,
    source: 'conversation',
    occurredAt: row.createdAt,
    answers: { conversationStatus: row.status, handoffReason: row.handoffReason },
    hidden: {},
    nps: null,
    csat: null,
    ces: null,
    rating: null,
    rawText: messages
      .filter((m) => m.conversationId === row.id)
      .map((m) => m.text)
      .join('\n'),
  }));
}

/**
 * Condition values keep strings, numbers and lists; booleans become "true"/"false" (how the condition
 * language compares them) and nested objects are flattened with dots (`event.order.total`).
 */
export function flattenInto(
  target: Record<string, unknown>,
  prefix: string,
  value: unknown,
  depth = 0,
): void {
  if (typeof value === 'boolean') target[prefix] = String(value);
  else if (value === null || typeof value === 'string' || typeof value === 'number') target[prefix] = value;
  else if (Array.isArray(value)) {
    target[prefix] = value.filter((v) => typeof v === 'string' || typeof v === 'number');
  } else if (typeof value === 'object' && depth < 3) {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      flattenInto(target, `${prefix}.${key}`, inner, depth + 1);
    }
  }
}

/** A contact's attributes as condition fields: `contact.<attribute>` and `contact.email`. */
export function contactValues(
  contact: { email: string | null; attributes: Record<string, unknown> } | undefined,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (!contact) return values;
  for (const [key, value] of Object.entries(contact.attributes)) flattenInto(values, `contact.${key}`, value);
  values['contact.email'] = contact.email;
  return values;
}
