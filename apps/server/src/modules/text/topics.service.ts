import {
  BUILTIN_TEXT_ANALYZER,
  compileTopicQuery,
  parseTopicQuery,
  prepareText,
  TopicQueryError,
} from '@touchpoint/core';
import type { TComment, TTopic } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { createEventLoopYielder } from '../../platform/event-loop';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { reassignTopics } from './analysis.service';
import { COMMENT_COLUMNS, itemKey, presentComments } from './comments';

/** Refuses a rule that does not parse, with the parser's message and position for the editor. */
export function assertValidQuery(query: string | null | undefined, field = 'body.query'): void {
  if (!query) return;
  try {
    parseTopicQuery(query);
  } catch (error) {
    if (error instanceof TopicQueryError) {
      throw new AppError('VALIDATION_FAILED', `The rule does not parse: ${error.message}`, [
        { name: field, reason: `${error.message} (at character ${error.position + 1})` },
      ]);
    }
    throw error;
  }
}

async function findTopics(db: Db | Tx, workspaceId: string, id?: string): Promise<TTopic[]> {
  let query = db
    .selectFrom('topics as t')
    .select((eb) => [
      't.id',
      't.name',
      't.description',
      't.query',
      't.ownerTeamId',
      't.createdAt',
      't.updatedAt',
      eb
        .selectFrom('topicExamples as e')
        .select(sql<number>`count(*) FILTER (WHERE e.positive)`.as('n'))
        .whereRef('e.workspaceId', '=', 't.workspaceId')
        .whereRef('e.topicId', '=', 't.id')
        .as('positiveExamples'),
      eb
        .selectFrom('topicExamples as e')
        .select(sql<number>`count(*) FILTER (WHERE NOT e.positive)`.as('n'))
        .whereRef('e.workspaceId', '=', 't.workspaceId')
        .whereRef('e.topicId', '=', 't.id')
        .as('negativeExamples'),
      eb
        .selectFrom('textTopicMatches as m')
        .select(sql<number>`count(DISTINCT (m.item_kind, m.item_id, m.field))`.as('n'))
        .whereRef('m.workspaceId', '=', 't.workspaceId')
        .whereRef('m.topicId', '=', 't.id')
        .as('mentions'),
    ])
    .where('t.workspaceId', '=', workspaceId);
  if (id) query = query.where('t.id', '=', id);
  const rows = await query.orderBy('t.name').execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    query: row.query,
    ownerTeamId: row.ownerTeamId,
    examples: { positive: Number(row.positiveExamples ?? 0), negative: Number(row.negativeExamples ?? 0) },
    mentions: Number(row.mentions ?? 0),
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  }));
}

export async function listTopics(ctx: AppContext, workspaceId: string) {
  return { items: await findTopics(ctx.db, workspaceId) };
}

export async function getTopic(db: Db | Tx, workspaceId: string, id: string): Promise<TTopic> {
  const [topic] = await findTopics(db, workspaceId, id);
  if (!topic) throw AppError.notFound('topic');
  return topic;
}

async function assertNameFree(tx: Tx, workspaceId: string, name: string, exceptId?: string) {
  let query = tx
    .selectFrom('topics')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where(sql<boolean>`lower(name) = lower(${name})`);
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) {
    throw new AppError('CONFLICT', `A topic named “${name}” already exists.`, [
      { name: 'body.name', reason: 'already used by another topic' },
    ]);
  }
}

/**
 * The most topics with a rule one workspace may have: every comment is matched against all of them (and
 * each of their clauses for topic sentiment), so the number is bounded like the size of one rule.
 */
export const MAX_RULE_TOPICS = 500;

async function assertRuleRoom(tx: Tx, workspaceId: string, exceptId?: string) {
  let query = tx
    .selectFrom('topics')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspaceId', '=', workspaceId)
    .where('query', 'is not', null);
  if (exceptId) query = query.where('id', '<>', exceptId);
  const row = await query.executeTakeFirst();
  if (Number(row?.n ?? 0) >= MAX_RULE_TOPICS) {
    throw new AppError(
      'CONFLICT',
      `This workspace already has ${MAX_RULE_TOPICS} topics with a rule: remove a rule or merge topics first.`,
      [{ name: 'body.query', reason: `at most ${MAX_RULE_TOPICS} topics per workspace may have a rule` }],
    );
  }
}

async function assertTeam(tx: Tx, workspaceId: string, teamId: string | null | undefined) {
  if (!teamId) return;
  const team = await tx
    .selectFrom('teams')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  if (!team)
    throw new AppError('VALIDATION_FAILED', 'The owner team does not exist.', [
      { name: 'body.ownerTeamId', reason: 'no such team in this workspace' },
    ]);
}

export async function createTopic(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: { name: string; description: string; query?: string | null; ownerTeamId?: string | null },
): Promise<TTopic> {
  assertValidQuery(input.query);
  const id = uuidv7();
  await inTransaction(ctx, async (tx) => {
    await assertNameFree(tx, principal.workspaceId, input.name);
    if (input.query) await assertRuleRoom(tx, principal.workspaceId);
    await assertTeam(tx, principal.workspaceId, input.ownerTeamId);
    await tx
      .insertInto('topics')
      .values({
        workspaceId: principal.workspaceId,
        id,
        name: input.name,
        description: input.description,
        query: input.query ?? null,
        ownerTeamId: input.ownerTeamId ?? null,
      })
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'topic.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: input.name, query: input.query ?? null },
    });
  });
  if (input.query) await reassignTopics(ctx, principal.workspaceId, { ruleTopicIds: [id] });
  return getTopic(ctx.db, principal.workspaceId, id);
}

export async function updateTopic(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  changes: { name?: string; description?: string; query?: string | null; ownerTeamId?: string | null },
): Promise<TTopic> {
  const before = await getTopic(ctx.db, principal.workspaceId, id);
  assertValidQuery(changes.query);
  await inTransaction(ctx, async (tx) => {
    if (changes.name) await assertNameFree(tx, principal.workspaceId, changes.name, id);
    if (changes.query && !before.query) await assertRuleRoom(tx, principal.workspaceId, id);
    await assertTeam(tx, principal.workspaceId, changes.ownerTeamId);
    await tx
      .updateTable('topics')
      .set({ ...changes, updatedAt: new Date() })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'topic.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: changes,
    });
  });
  if (changes.query !== undefined && changes.query !== before.query)
    await reassignTopics(ctx, principal.workspaceId, { ruleTopicIds: [id] });
  return getTopic(ctx.db, principal.workspaceId, id);
}

export async function deleteTopic(ctx: AppContext, principal: WorkspacePrincipal, id: string): Promise<void> {
  const topic = await getTopic(ctx.db, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    await tx
      .deleteFrom('topics')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'topic.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: topic.name },
    });
  });
}

/** How long a preview may spend matching before it answers with the comments it got through. */
export const PREVIEW_TIME_BUDGET_MS = 5_000;

/** How many stored comments a rule would match, most recent first, before anyone saves it. */
export async function previewTopicQuery(
  ctx: AppContext,
  workspaceId: string,
  input: { query: string; limit: number },
): Promise<{ matched: number; total: number; examples: TComment[] }> {
  assertValidQuery(input.query);
  const match = compileTopicQuery(input.query);
  const { name: analyzer, version } = BUILTIN_TEXT_ANALYZER;
  // The most recent 20,000 comments: enough to judge a rule, bounded so the preview stays interactive.
  const rows = await ctx.db
    .selectFrom('textAnalyses')
    .select(COMMENT_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('analyzer', '=', analyzer)
    .where('version', '=', version)
    .orderBy('occurredAt', 'desc')
    .limit(20_000)
    .execute();
  let matched = 0;
  let total = 0;
  const examples: typeof rows = [];
  const spans = new Map<string, { start: number; end: number }[]>();
  // Matching is CPU work on the event loop: it yields every few milliseconds, and past the time budget the
  // preview answers for the comments it got through (`total` says how many), rather than hold the process.
  const yieldEventLoop = createEventLoopYielder();
  const deadline = performance.now() + PREVIEW_TIME_BUDGET_MS;
  for (const row of rows) {
    await yieldEventLoop();
    if (performance.now() > deadline) break;
    total++;
    const result = match(prepareText(row.textRedacted));
    if (!result.matched) continue;
    matched++;
    if (examples.length < input.limit) {
      examples.push(row);
      spans.set(itemKey(row), result.spans);
    }
  }
  return {
    matched,
    total,
    examples: await presentComments(ctx.db, workspaceId, examples, spans),
  };
}
