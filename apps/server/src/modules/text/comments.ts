import type { TComment } from '@touchpoint/schemas';
import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database';
import type { Database } from '../../platform/db/schema';

type AnalysisRow = Pick<
  Selectable<Database['textAnalyses']>,
  | 'itemKind'
  | 'itemId'
  | 'field'
  | 'textRedacted'
  | 'lang'
  | 'sentimentLabel'
  | 'sentimentScore'
  | 'surveyId'
  | 'touchpointId'
  | 'npsScore'
  | 'rating'
  | 'occurredAt'
> & { result: unknown };

export const COMMENT_COLUMNS = [
  'itemKind',
  'itemId',
  'field',
  'textRedacted',
  'lang',
  'sentimentLabel',
  'sentimentScore',
  'result',
  'surveyId',
  'touchpointId',
  'npsScore',
  'rating',
  'occurredAt',
] as const;

/** One comment's identity (an item's text field), as a map key. */
export const itemKey = (r: { itemKind: string; itemId: string; field: string }) =>
  `${r.itemKind}:${r.itemId}:${r.field}`;

/** Turns stored analyses into comments, with each one's current topics (rule and classifier merged). */
export async function presentComments(
  db: Db,
  workspaceId: string,
  rows: readonly AnalysisRow[],
  spans?: Map<string, { start: number; end: number }[]>,
): Promise<TComment[]> {
  if (rows.length === 0) return [];
  const matches = await db
    .selectFrom('textTopicMatches as m')
    .innerJoin('topics as t', (join) =>
      join.onRef('t.workspaceId', '=', 'm.workspaceId').onRef('t.id', '=', 'm.topicId'),
    )
    .select([
      'm.itemKind',
      'm.itemId',
      'm.field',
      'm.topicId',
      'm.source',
      'm.confidence',
      'm.sentimentLabel',
      'm.sentimentScore',
      't.name',
    ])
    .where('m.workspaceId', '=', workspaceId)
    .where('m.itemId', 'in', [...new Set(rows.map((r) => r.itemId))])
    .orderBy('t.name')
    .execute();
  const topicsByItem = new Map<string, TComment['topics']>();
  for (const m of matches) {
    const list = topicsByItem.get(itemKey(m)) ?? [];
    const sentiment = m.sentimentLabel
      ? { label: m.sentimentLabel, score: m.sentimentScore ?? 0 }
      : undefined;
    // A topic both a rule and the classifier assigned shows once, as the rule's (certain) match.
    const existing = list.find((t) => t.id === m.topicId);
    if (existing) {
      if (m.source === 'rule')
        Object.assign(existing, { source: 'rule', confidence: 1, ...(sentiment ? { sentiment } : {}) });
    } else {
      list.push({
        id: m.topicId,
        name: m.name,
        confidence: m.confidence,
        source: m.source,
        ...(sentiment ? { sentiment } : {}),
      });
    }
    topicsByItem.set(itemKey(m), list);
  }
  return rows.map((row) => {
    const stored = row.result as { drivers: TComment['sentiment']['drivers']; signals: TComment['signals'] };
    const comment: TComment = {
      itemKind: row.itemKind,
      itemId: row.itemId,
      field: row.field,
      text: row.textRedacted,
      lang: row.lang,
      sentiment: { label: row.sentimentLabel, score: row.sentimentScore, drivers: stored.drivers },
      topics: topicsByItem.get(itemKey(row)) ?? [],
      signals: stored.signals,
      surveyId: row.surveyId,
      touchpointId: row.touchpointId,
      npsScore: row.npsScore,
      rating: row.rating,
      createdAt: new Date(row.occurredAt).toISOString(),
    };
    const found = spans?.get(itemKey(row));
    if (found) comment.spans = found;
    return comment;
  });
}
