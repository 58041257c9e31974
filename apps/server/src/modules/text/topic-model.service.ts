import { BUILTIN_TEXT_ANALYZER, trainMultiLabel } from '@touchpoint/core';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import type { PerTopicModel } from './analysis.service';
import { reassignTopics } from './analysis.service';
import { itemKey } from './comments';
import { getTopic } from './topics.service';

/** A topic needs this many tagged comments before the classifier learns it. */
export const MIN_POSITIVE_EXAMPLES = 3;
/** Comments a rule matched teach the classifier too, weighted below a person's tag. */
const RULE_MATCH_WEIGHT = 0.3;
const RULE_MATCH_SAMPLE = 5_000;
const UNLABELED_WEIGHT = 0.2;
const UNLABELED_SAMPLE = 2_000;

function presentExample(row: {
  id: string;
  itemKind: 'response' | 'review' | 'conversation';
  itemId: string;
  field: string;
  text: string;
  positive: boolean;
  createdAt: Date;
}) {
  return { ...row, createdAt: new Date(row.createdAt).toISOString() };
}

export async function listTopicExamples(ctx: AppContext, workspaceId: string, topicId: string) {
  await getTopic(ctx.db, workspaceId, topicId);
  const rows = await ctx.db
    .selectFrom('topicExamples')
    .select(['id', 'itemKind', 'itemId', 'field', 'text', 'positive', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('topicId', '=', topicId)
    .orderBy('createdAt', 'desc')
    .execute();
  return { items: rows.map(presentExample) };
}

/** Tags a stored comment as belonging (or not) to a topic; tagging it again changes the tag. */
export async function tagTopicExample(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  topicId: string,
  input: {
    itemKind: 'response' | 'review' | 'conversation';
    itemId: string;
    field: string;
    positive: boolean;
  },
) {
  const workspaceId = principal.workspaceId;
  await getTopic(ctx.db, workspaceId, topicId);
  const { name: analyzer, version } = BUILTIN_TEXT_ANALYZER;
  const comment = await ctx.db
    .selectFrom('textAnalyses')
    .select('textRedacted')
    .where('workspaceId', '=', workspaceId)
    .where('itemKind', '=', input.itemKind)
    .where('itemId', '=', input.itemId)
    .where('field', '=', input.field)
    .where('analyzer', '=', analyzer)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!comment) throw AppError.notFound('comment');
  const row = await inTransaction(ctx, async (tx) => {
    const saved = await tx
      .insertInto('topicExamples')
      .values({ workspaceId, id: uuidv7(), topicId, ...input, text: comment.textRedacted })
      .onConflict((oc) =>
        oc.columns(['workspaceId', 'topicId', 'itemKind', 'itemId', 'field']).doUpdateSet({
          positive: input.positive,
          text: comment.textRedacted,
        }),
      )
      .returning(['id', 'itemKind', 'itemId', 'field', 'text', 'positive', 'createdAt'])
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId,
      type: 'topic.example_tagged',
      actor: actorOf(principal),
      subjectId: topicId,
      payload: {
        itemKind: input.itemKind,
        itemId: input.itemId,
        field: input.field,
        positive: input.positive,
      },
    });
    return saved;
  });
  return presentExample(row);
}

export async function removeTopicExample(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  topicId: string,
  exampleId: string,
): Promise<void> {
  await getTopic(ctx.db, principal.workspaceId, topicId);
  const deleted = await ctx.db
    .deleteFrom('topicExamples')
    .where('workspaceId', '=', principal.workspaceId)
    .where('topicId', '=', topicId)
    .where('id', '=', exampleId)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw AppError.notFound('example');
}

/** What a comment's own score says: a 0–6 NPS or a 1–3 CSAT is evidence of a complaint, 9–10 or 4–5 of praise. */
type ScoreEvidence = 'complaint' | 'praise' | 'none';

interface TrainingText {
  text: string;
  labels: Set<string>;
  weight: number;
  evidence: ScoreEvidence;
}

function evidenceOf(row: { npsScore: number | null; satisfied: boolean | null }): ScoreEvidence {
  if (row.npsScore !== null) return row.npsScore <= 6 ? 'complaint' : row.npsScore >= 9 ? 'praise' : 'none';
  if (row.satisfied !== null) return row.satisfied ? 'praise' : 'complaint';
  return 'none';
}

async function scoreEvidence(ctx: AppContext, workspaceId: string, itemIds: string[]) {
  const evidence = new Map<string, ScoreEvidence>();
  if (itemIds.length === 0) return evidence;
  const rows = await ctx.db
    .selectFrom('textAnalyses')
    .select(['itemKind', 'itemId', 'field', 'npsScore', 'satisfied'])
    .where('workspaceId', '=', workspaceId)
    .where('analyzer', '=', BUILTIN_TEXT_ANALYZER.name)
    .where('version', '=', BUILTIN_TEXT_ANALYZER.version)
    .where('itemId', 'in', [...new Set(itemIds)])
    .execute();
  for (const row of rows) evidence.set(itemKey(row), evidenceOf(row));
  return evidence;
}

/**
 * One binary model per topic, so each can weigh the workspace's scores as weak labels its own way. A topic
 * whose tagged comments come mostly from unhappy customers is a complaint: an untagged comment from a
 * promoter is strong evidence against it (weight ×2), one from a detractor weak evidence (×½) — it may
 * well be the same complaint, untagged. The reverse holds for a praise topic; other topics ignore scores.
 */
function trainPerTopic(texts: TrainingText[], topicIds: Set<string>): PerTopicModel {
  const models: PerTopicModel['models'] = {};
  for (const topicId of [...topicIds].sort()) {
    const tagged = texts.filter((t) => t.labels.has(topicId) && t.weight >= 1);
    const complaints = tagged.filter((t) => t.evidence === 'complaint').length;
    const praise = tagged.filter((t) => t.evidence === 'praise').length;
    const polarity: ScoreEvidence =
      complaints > praise ? 'complaint' : praise > complaints ? 'praise' : 'none';
    const examples = texts.map((t) => {
      const positive = t.labels.has(topicId);
      let weight = t.weight;
      if (!positive && polarity !== 'none' && t.evidence !== 'none')
        weight *= t.evidence === polarity ? 0.5 : 2;
      return { text: t.text, labels: positive ? [topicId] : [], weight };
    });
    models[topicId] = trainMultiLabel(examples);
  }
  return { kind: 'per-topic', version: 1, models };
}

function presentModel(row: { version: number; trainedAt: Date; examples: number; topics: number }) {
  return {
    version: row.version,
    trainedAt: new Date(row.trainedAt).toISOString(),
    examples: row.examples,
    topics: row.topics,
  };
}

export async function currentTopicModel(ctx: AppContext, workspaceId: string) {
  const row = await ctx.db
    .selectFrom('topicModels')
    .select(['version', 'trainedAt', 'examples', 'topics'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return { model: row ? presentModel(row) : null };
}

async function mentionsByTopic(db: Db, workspaceId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('textTopicMatches')
    .select(['topicId', sql<number>`count(DISTINCT (item_kind, item_id, field))`.as('n')])
    .where('workspaceId', '=', workspaceId)
    .groupBy('topicId')
    .execute();
  return new Map(rows.map((r) => [r.topicId, Number(r.n)]));
}

/**
 * Trains the workspace's topic classifier from its tagged comments (a person's tag weighs 1; a comment
 * counter-tagged for a topic is a negative for it) and, more weakly, from the comments its rules match
 * and a sample of untagged comments as negatives.
 * Stores a new model version, re-assigns classifier topics over all comments and reports what moved.
 */
export async function trainTopicModel(ctx: AppContext, principal: WorkspacePrincipal) {
  const workspaceId = principal.workspaceId;
  const tagged = await ctx.db
    .selectFrom('topicExamples')
    .select(['topicId', 'itemKind', 'itemId', 'field', 'text', 'positive'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  const evidenceByKey = await scoreEvidence(
    ctx,
    workspaceId,
    tagged.map((t) => t.itemId),
  );
  const positives = new Map<string, number>();
  for (const row of tagged)
    if (row.positive) positives.set(row.topicId, (positives.get(row.topicId) ?? 0) + 1);
  const learnable = new Set([...positives].filter(([, n]) => n >= MIN_POSITIVE_EXAMPLES).map(([id]) => id));
  if (learnable.size === 0) {
    throw new AppError(
      'CONFLICT',
      `Tag at least ${MIN_POSITIVE_EXAMPLES} comments as belonging to a topic before training the classifier.`,
    );
  }
  // One training text per comment: its positive tags are its labels; a counter-tag simply leaves the
  // topic out, which one-vs-rest training reads as a negative.
  const byComment = new Map<string, TrainingText>();
  for (const row of tagged) {
    const key = itemKey(row);
    const entry = byComment.get(key) ?? {
      text: row.text,
      labels: new Set<string>(),
      weight: 1,
      evidence: evidenceByKey.get(key) ?? 'none',
    };
    if (row.positive && learnable.has(row.topicId)) entry.labels.add(row.topicId);
    byComment.set(key, entry);
  }
  const ruleMatched = await ctx.db
    .selectFrom('textTopicMatches as m')
    .innerJoin('textAnalyses as a', (join) =>
      join
        .onRef('a.workspaceId', '=', 'm.workspaceId')
        .onRef('a.itemKind', '=', 'm.itemKind')
        .onRef('a.itemId', '=', 'm.itemId')
        .onRef('a.field', '=', 'm.field'),
    )
    .select(['m.itemKind', 'm.itemId', 'm.field', 'm.topicId', 'a.textRedacted', 'a.npsScore', 'a.satisfied'])
    .where('m.workspaceId', '=', workspaceId)
    .where('m.source', '=', 'rule')
    .where('a.analyzer', '=', BUILTIN_TEXT_ANALYZER.name)
    .where('a.version', '=', BUILTIN_TEXT_ANALYZER.version)
    .limit(RULE_MATCH_SAMPLE)
    .execute();
  for (const row of ruleMatched) {
    if (!learnable.has(row.topicId)) continue;
    const key = itemKey(row);
    if (byComment.has(key)) continue;
    byComment.set(key, {
      text: row.textRedacted,
      labels: new Set([row.topicId]),
      weight: RULE_MATCH_WEIGHT,
      evidence: evidenceOf(row),
    });
  }
  // Without negatives a topic learned from a handful of tags would claim every comment. Comments nobody
  // tagged and no rule matched stand in as weak negatives (most of them are indeed about something else).
  const unlabeled = await ctx.db
    .selectFrom('textAnalyses')
    .select(['itemKind', 'itemId', 'field', 'textRedacted', 'npsScore', 'satisfied'])
    .where('workspaceId', '=', workspaceId)
    .where('analyzer', '=', BUILTIN_TEXT_ANALYZER.name)
    .where('version', '=', BUILTIN_TEXT_ANALYZER.version)
    // A fixed pseudo-random sample, so retraining on the same data gives the same model.
    .orderBy(sql`md5(item_id::text || field)`)
    .limit(UNLABELED_SAMPLE)
    .execute();
  // The same words as a tagged comment are the same evidence, not a counter-example.
  const taggedTexts = new Set([...byComment.values()].map((e) => e.text.trim().toLowerCase()));
  for (const row of unlabeled) {
    const key = itemKey(row);
    if (!byComment.has(key) && !taggedTexts.has(row.textRedacted.trim().toLowerCase()))
      byComment.set(key, {
        text: row.textRedacted,
        labels: new Set(),
        weight: UNLABELED_WEIGHT,
        evidence: evidenceOf(row),
      });
  }
  const model = trainPerTopic([...byComment.values()], learnable);

  const before = await mentionsByTopic(ctx.db, workspaceId);
  const saved = await inTransaction(ctx, async (tx) => {
    const last = await tx
      .selectFrom('topicModels')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirst();
    const version = Number(last?.version ?? 0) + 1;
    const row = await tx
      .insertInto('topicModels')
      .values({
        workspaceId,
        version,
        model: JSON.stringify(model),
        examples: tagged.length,
        topics: learnable.size,
      })
      .returning(['version', 'trainedAt', 'examples', 'topics'])
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId,
      type: 'topic_model.trained',
      actor: actorOf(principal),
      subjectId: null,
      payload: { version, examples: tagged.length, topics: learnable.size },
    });
    return row;
  });
  await reassignTopics(ctx, workspaceId, { classifier: true });
  const after = await mentionsByTopic(ctx.db, workspaceId);
  const topics = await ctx.db
    .selectFrom('topics')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('name')
    .execute();
  return {
    model: presentModel(saved),
    changes: topics
      .map((t) => ({
        topicId: t.id,
        name: t.name,
        before: before.get(t.id) ?? 0,
        after: after.get(t.id) ?? 0,
      }))
      .filter((c) => c.before !== c.after || learnable.has(c.topicId)),
  };
}
