import { analyzeText } from '@touchpoint/core';
import type { TSuggestion } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v4 as uuidv4, v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import type { WorkspacePrincipal } from '../../platform/http/principal';
import { loadTopicContext, topicsForText } from '../text/analysis.service';
import { withSuggestionTables } from './suggestions-tables';

const MANAGERS = new Set(['admin', 'cx_manager']);

function dayOnly(date = new Date()) {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function baseQuery(ctx: AppContext, workspaceId: string, viewerId: string | null) {
  return withSuggestionTables(ctx.db)
    .selectFrom('suggestions as s')
    .leftJoin('users as author', 'author.id', 's.authorUserId')
    .leftJoin('users as answerer', 'answerer.id', 's.answeredBy')
    .select([
      's.id',
      's.title',
      's.body',
      's.anonymous',
      's.authorUserId',
      'author.name as authorName',
      's.status',
      's.answer',
      's.answeredBy',
      'answerer.name as answererName',
      's.answeredAt',
      's.voteCount',
      's.lang',
      's.sentimentLabel',
      's.sentimentScore',
      's.topics',
      's.createdAt',
    ])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('suggestionVotes as v')
            .select(sql`1`.as('one'))
            .whereRef('v.workspaceId', '=', 's.workspaceId')
            .whereRef('v.suggestionId', '=', 's.id')
            .where('v.userId', '=', viewerId ?? '00000000-0000-0000-0000-000000000000'),
        )
        .as('votedByMe'),
    )
    .where('s.workspaceId', '=', workspaceId);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function present(row: Row): TSuggestion {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    anonymous: row.anonymous,
    author:
      row.authorUserId && !row.anonymous ? { userId: row.authorUserId, name: row.authorName ?? '' } : null,
    status: row.status,
    answer: row.answer,
    answeredBy: row.answeredBy ? { userId: row.answeredBy, name: row.answererName ?? '' } : null,
    answeredAt: row.answeredAt ? row.answeredAt.toISOString() : null,
    votes: row.voteCount,
    votedByMe: Boolean(row.votedByMe),
    sentiment: { label: row.sentimentLabel, score: row.sentimentScore },
    lang: row.lang,
    topics: row.topics,
    createdAt: row.createdAt.toISOString(),
  };
}

async function getSuggestion(ctx: AppContext, principal: WorkspacePrincipal, id: string) {
  const row = await baseQuery(ctx, principal.workspaceId, principal.userId)
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such suggestion.');
  return present(row);
}

export async function listSuggestions(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  query: { status?: TSuggestion['status'] | undefined; sort: 'votes' | 'newest' },
) {
  let q = baseQuery(ctx, principal.workspaceId, principal.userId);
  if (query.status) q = q.where('s.status', '=', query.status);
  q =
    query.sort === 'votes'
      ? q.orderBy('s.voteCount', 'desc').orderBy('s.createdAt', 'desc').orderBy('s.id')
      : q.orderBy('s.createdAt', 'desc').orderBy('s.id');
  const rows = await q.limit(500).execute();
  return { items: rows.map(present) };
}

/**
 * Posts an idea. It goes through the same text analytics as customers' comments (language, sentiment,
 * the workspace's topics). Anonymous: no author is stored, the id is random rather than time-ordered and
 * only the day is kept, and no event names the poster.
 */
export async function createSuggestion(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: { title: string; body: string; anonymous: boolean },
): Promise<TSuggestion> {
  const text = body.body ? `${body.title}. ${body.body}` : body.title;
  const analysis = analyzeText(text);
  const topicContext = await loadTopicContext(ctx.db, principal.workspaceId);
  const topics = topicsForText(analysis.redacted, topicContext).map((t) => ({ id: t.id, name: t.name }));
  const id = body.anonymous ? uuidv4() : uuidv7();
  await inTransaction(ctx, (tx) =>
    withSuggestionTables(tx)
      .insertInto('suggestions')
      .values({
        workspaceId: principal.workspaceId,
        id,
        title: body.title,
        body: body.body,
        anonymous: body.anonymous,
        authorUserId: body.anonymous ? null : principal.userId,
        lang: analysis.lang,
        sentimentLabel: analysis.sentiment.label,
        sentimentScore: analysis.sentiment.score,
        topics: JSON.stringify(topics),
        createdAt: body.anonymous ? dayOnly() : new Date(),
      })
      .execute(),
  );
  return getSuggestion(ctx, principal, id);
}

/** One vote per person: a second vote answers 409 and changes nothing. */
export async function voteSuggestion(ctx: AppContext, principal: WorkspacePrincipal, id: string) {
  const userId = principal.userId;
  if (!userId) throw new AppError('FORBIDDEN', 'Only a person votes.');
  await inTransaction(ctx, async (tx) => {
    const t = withSuggestionTables(tx);
    const exists = await t
      .selectFrom('suggestions')
      .select('id')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!exists) throw new AppError('NOT_FOUND', 'No such suggestion.');
    const inserted = await t
      .insertInto('suggestionVotes')
      .values({ workspaceId: principal.workspaceId, suggestionId: id, userId, createdAt: new Date() })
      .onConflict((oc) => oc.doNothing())
      .returning('userId')
      .executeTakeFirst();
    if (!inserted) throw new AppError('CONFLICT', 'You have already voted for this suggestion.');
    await t
      .updateTable('suggestions')
      .set((eb) => ({ voteCount: eb('voteCount', '+', 1) }))
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
  });
  return getSuggestion(ctx, principal, id);
}

/** A manager's open answer and/or status (planned, done, declined, or back to open). */
export async function updateSuggestion(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  body: { status?: TSuggestion['status'] | undefined; answer?: string | null | undefined },
) {
  if (!MANAGERS.has(principal.role)) {
    throw new AppError('FORBIDDEN', 'Only admins and CX managers answer suggestions.');
  }
  const updated = await inTransaction(ctx, (tx) =>
    withSuggestionTables(tx)
      .updateTable('suggestions')
      .set({
        ...(body.status ? { status: body.status } : {}),
        ...(body.answer !== undefined
          ? {
              answer: body.answer,
              answeredBy: body.answer ? principal.userId : null,
              answeredAt: body.answer ? new Date() : null,
            }
          : {}),
      })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst(),
  );
  if (!updated) throw new AppError('NOT_FOUND', 'No such suggestion.');
  return getSuggestion(ctx, principal, id);
}
