import type { TSurveyDefinition } from '@touchpoint/schemas';
import type { Db } from '../../platform/db/database';

/** One piece of customer text to analyse, with the context analytics slice it by. */
export interface TextItem {
  itemKind: 'response' | 'review' | 'conversation';
  itemId: string;
  field: string;
  text: string;
  surveyId: string | null;
  touchpointId: string | null;
  npsScore: number | null;
  rating: number | null;
  /** CSAT top-2-box of the item (a 4–5 CSAT answer, or a review rated 80% of its scale or more). */
  satisfied: boolean | null;
  occurredAt: Date;
}

export const REVIEW_FIELD = 'text';

function openTextQuestionIds(definition: TSurveyDefinition): string[] {
  return definition.questions.filter((q) => q.type === 'open_text').map((q) => q.id);
}

function firstCsat(definition: TSurveyDefinition, answers: Record<string, unknown>): number | null {
  const question = definition.questions.find((q) => q.type === 'csat');
  const value = question ? answers[question.id] : undefined;
  return typeof value === 'number' ? value : null;
}

/** The open-text answers of these responses; `ids` also tells which items exist at all. */
export async function loadResponseTexts(db: Db, workspaceId: string, responseIds: readonly string[]) {
  if (responseIds.length === 0) return { items: [] as TextItem[], found: [] as string[] };
  const rows = await db
    .selectFrom('responses as r')
    .innerJoin('surveys as s', (join) =>
      join.onRef('s.workspaceId', '=', 'r.workspaceId').onRef('s.id', '=', 'r.surveyId'),
    )
    .select([
      'r.id',
      'r.surveyId',
      'r.touchpointId',
      'r.answers',
      'r.npsScore',
      'r.createdAt',
      'r.finishedAt',
      's.definition',
    ])
    .where('r.workspaceId', '=', workspaceId)
    .where('r.id', 'in', responseIds)
    // Anonymous employee answers are never analysed one by one (docs/CONFIDENTIALITY.md): their comments
    // are read only as guarded group aggregates, so no per-response item, topic or sentiment exists.
    .where('s.anonymous', '=', false)
    .execute();
  const items: TextItem[] = [];
  for (const row of rows) {
    const csat = firstCsat(row.definition, row.answers);
    for (const questionId of openTextQuestionIds(row.definition)) {
      const text = row.answers[questionId];
      if (typeof text !== 'string' || text.trim() === '') continue;
      items.push({
        itemKind: 'response',
        itemId: row.id,
        field: questionId,
        text,
        surveyId: row.surveyId,
        touchpointId: row.touchpointId,
        npsScore: row.npsScore,
        rating: csat,
        satisfied: csat === null ? null : csat >= 4,
        occurredAt: row.finishedAt ?? row.createdAt,
      });
    }
  }
  return { items, found: rows.map((r) => r.id) };
}

export async function loadReviewTexts(db: Db, workspaceId: string, reviewIds: readonly string[]) {
  if (reviewIds.length === 0) return { items: [] as TextItem[], found: [] as string[] };
  const rows = await db
    .selectFrom('reviews')
    .select(['id', 'title', 'text', 'rating', 'ratingScale', 'touchpointId', 'postedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', reviewIds)
    .execute();
  const items = rows
    .map((row): TextItem => {
      const text = [row.title, row.text].filter((part) => part && part.trim() !== '').join('. ');
      return {
        itemKind: 'review',
        itemId: row.id,
        field: REVIEW_FIELD,
        text,
        surveyId: null,
        touchpointId: row.touchpointId,
        npsScore: null,
        rating: row.rating,
        satisfied: row.rating === null ? null : row.rating / row.ratingScale >= 0.8,
        occurredAt: row.postedAt,
      };
    })
    .filter((item) => item.text.trim() !== '');
  return { items, found: rows.map((r) => r.id) };
}

/**
 * The customer's side of conversations. The unit is the conversation (as a response is for its answers):
 * alert rules, cases and automations fire once per item, so a conversation opens at most one case per rule
 * however many angry messages it holds; each customer message is its own text (field = the message id), so
 * a closing "thanks" neither dilutes nor hides an angry message's sentiment, and dashboards show messages as
 * comments. Bot, agent and system messages and private notes are not the customer's voice and are left out.
 * The newest CONVERSATION_TEXTS messages count (a conversation is re-analysed whole on each new message).
 */
export async function loadConversationTexts(db: Db, workspaceId: string, conversationIds: readonly string[]) {
  if (conversationIds.length === 0) return { items: [] as TextItem[], found: [] as string[] };
  const conversations = await db
    .selectFrom('conversations')
    .select(['id', 'touchpointId'])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', conversationIds)
    .execute();
  if (conversations.length === 0) return { items: [] as TextItem[], found: [] as string[] };
  const touchpointOf = new Map(conversations.map((c) => [c.id, c.touchpointId]));
  const messages = await db
    .selectFrom('conversationMessages')
    .select(['id', 'conversationId', 'text', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where(
      'conversationId',
      'in',
      conversations.map((c) => c.id),
    )
    .where('author', '=', 'customer')
    .where('private', '=', false)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const kept = new Map<string, number>();
  const items: TextItem[] = [];
  for (const message of messages) {
    const count = kept.get(message.conversationId) ?? 0;
    if (count >= CONVERSATION_TEXTS || message.text.trim() === '') continue;
    kept.set(message.conversationId, count + 1);
    items.push({
      itemKind: 'conversation',
      itemId: message.conversationId,
      field: message.id,
      text: message.text,
      surveyId: null,
      touchpointId: touchpointOf.get(message.conversationId) ?? null,
      npsScore: null,
      rating: null,
      satisfied: null,
      occurredAt: message.createdAt,
    });
  }
  return { items, found: conversations.map((c) => c.id) };
}

/** Customer messages per conversation that text analytics reads (the newest). */
export const CONVERSATION_TEXTS = 100;

export function loadTexts(db: Db, workspaceId: string, kind: TextItem['itemKind'], ids: readonly string[]) {
  if (kind === 'conversation') return loadConversationTexts(db, workspaceId, ids);
  return kind === 'response'
    ? loadResponseTexts(db, workspaceId, ids)
    : loadReviewTexts(db, workspaceId, ids);
}
