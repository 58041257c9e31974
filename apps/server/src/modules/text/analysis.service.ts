import {
  analyzeText,
  BUILTIN_TEXT_ANALYZER,
  type ClauseReading,
  calibratedSentiment,
  foldDiacritics,
  MAX_STEPS_PER_TEXT,
  matchTopicRules,
  predictLabels,
  readClauses,
  ruleTopicSentiments,
  type StepAllowance,
  topicSentiment,
} from '@touchpoint/core';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import type { Database } from '../../platform/db/schema';
import { inTransaction } from '../../platform/db/transaction';
import { createEventLoopYielder } from '../../platform/event-loop';
import { activeSentimentCalibration } from './sentiment-calibration.store';
import { loadTexts, type TextItem } from './text-items';

type MultiLabelModel = Parameters<typeof predictLabels>[0];

/** The stored topic classifier: one binary model per learned topic (see `trainTopicModel`). */
export interface PerTopicModel {
  kind: 'per-topic';
  version: 1;
  models: Record<string, MultiLabelModel>;
}
type MatchRow = Database['textTopicMatches'];

/** The classifier assigns a topic when its probability reaches this; rules always assign. */
export const CLASSIFIER_THRESHOLD = 0.5;

/** The workspace's topics as the analyzers need them: rules to match and the latest trained model. */
export interface TopicContext {
  rules: { id: string; name: string; query: string }[];
  names: Map<string, string>;
  model: { version: number; model: PerTopicModel } | null;
}

export async function loadTopicContext(db: Db | Tx, workspaceId: string): Promise<TopicContext> {
  const topics = await db
    .selectFrom('topics')
    .select(['id', 'name', 'query'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  const latest = await db
    .selectFrom('topicModels')
    .select(['version', 'model'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    rules: topics.flatMap((t) => (t.query ? [{ id: t.id, name: t.name, query: t.query }] : [])),
    names: new Map(topics.map((t) => [t.id, t.name])),
    model: latest ? { version: latest.version, model: latest.model as PerTopicModel } : null,
  };
}

type Assignment = Pick<
  MatchRow,
  'topicId' | 'source' | 'confidence' | 'modelVersion' | 'sentimentLabel' | 'sentimentScore'
>;

/** A stored analysis read clause by clause, to give each of its topics its own polarity. */
function clauseReadingOf(
  row: Pick<Database['textAnalyses'], 'textRedacted' | 'lang' | 'sentimentLabel' | 'sentimentScore'>,
): ClauseReading {
  return readClauses(row.textRedacted, row.lang, { label: row.sentimentLabel, score: row.sentimentScore });
}

/** What one text may still spend on topic matching, shared by its rule and classifier passes. */
function textAllowance(): StepAllowance {
  return { remaining: MAX_STEPS_PER_TEXT };
}

function ruleAssignments(
  text: string,
  rules: TopicContext['rules'],
  reading?: ClauseReading,
  allowance = textAllowance(),
): Assignment[] {
  if (rules.length === 0) return [];
  const matched = matchTopicRules(text, rules, allowance);
  const matchedIds = new Set(matched.map((m) => m.id));
  // The topic's polarity: that of the clauses the rule also matches on their own, each clause prepared once
  // for every rule and all of it paid from the text's one step allowance.
  const sentiments = reading
    ? ruleTopicSentiments(
        reading,
        rules.filter((r) => matchedIds.has(r.id)),
        allowance,
      )
    : null;
  return matched.map((m) => {
    const sentiment = sentiments?.get(m.id) ?? null;
    return {
      topicId: m.id,
      source: 'rule' as const,
      confidence: 1,
      modelVersion: null,
      sentimentLabel: sentiment?.label ?? null,
      sentimentScore: sentiment?.score ?? null,
    };
  });
}

function classifierAssignments(
  text: string,
  context: TopicContext,
  reading?: ClauseReading,
  allowance = textAllowance(),
): Assignment[] {
  // A model stored in an older format (before per-topic models) is ignored until the next training.
  if (!context.model?.model.models) return [];
  const version = context.model.version;
  return Object.values(context.model.model.models).flatMap((model) =>
    predictLabels(model, text, CLASSIFIER_THRESHOLD)
      .filter((p) => context.names.has(p.label))
      .map((p) => {
        // The clauses the topic's model also assigns on their own decide its polarity.
        const sentiment = reading
          ? topicSentiment(
              reading,
              (clause) => predictLabels(model, clause, CLASSIFIER_THRESHOLD).some((q) => q.label === p.label),
              // Each clause is read afresh by the model: its length is charged to the text's allowance.
              { allowance, stepsPerClause: (clause) => clause.length + 1 },
            )
          : null;
        return {
          topicId: p.label,
          source: 'classifier' as const,
          confidence: p.confidence,
          modelVersion: version,
          sentimentLabel: sentiment?.label ?? null,
          sentimentScore: sentiment?.score ?? null,
        };
      }),
  );
}

/** The topics of one (redacted) text, a rule's match winning over the classifier's for the same topic. */
export function topicsForText(text: string, context: TopicContext, reading?: ClauseReading) {
  const byTopic = new Map<
    string,
    {
      id: string;
      name: string;
      confidence: number;
      source: 'rule' | 'classifier';
      sentiment?: { label: NonNullable<MatchRow['sentimentLabel']>; score: number };
    }
  >();
  const allowance = textAllowance();
  for (const a of [
    ...ruleAssignments(text, context.rules, reading, allowance),
    ...classifierAssignments(text, context, reading, allowance),
  ]) {
    if (byTopic.get(a.topicId)?.source === 'rule') continue;
    byTopic.set(a.topicId, {
      id: a.topicId,
      name: context.names.get(a.topicId) ?? '',
      confidence: a.confidence,
      source: a.source,
      ...(a.sentimentLabel ? { sentiment: { label: a.sentimentLabel, score: a.sentimentScore ?? 0 } } : {}),
    });
  }
  return [...byTopic.values()];
}

/**
 * Serialises everything that writes topic assignments in a workspace (analysis jobs, rule changes,
 * retraining), so an assignment computed with an old rule can never land after the rule changed.
 */
async function lockTopicAssignments(tx: Tx, workspaceId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`topics:${workspaceId}`}))`.execute(tx);
}

async function insertMatches(tx: Tx, rows: MatchRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    await tx
      .insertInto('textTopicMatches')
      .values(rows.slice(start, start + 500))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/**
 * Analyses the current text of these items with the built-in analyzer and assigns topics, replacing the
 * rows of the same analyzer version (an item whose text was removed or deleted loses its rows). Idempotent:
 * running it twice stores the same thing.
 */
export async function analyzeStoredItems(
  ctx: Pick<AppContext, 'db' | 'afterCommit'>,
  workspaceId: string,
  kind: TextItem['itemKind'],
  ids: readonly string[],
  context?: TopicContext,
): Promise<{ analyzed: number }> {
  if (ids.length === 0) return { analyzed: 0 };
  const { items } = await loadTexts(ctx.db, workspaceId, kind, ids);
  const { name: analyzer, version } = BUILTIN_TEXT_ANALYZER;
  // The workspace's own calibration, when one beat the analyzer on its held-out comments (issue 17).
  const calibration = await activeSentimentCalibration(ctx.db, workspaceId);
  const analyses: Database['textAnalyses'][] = [];
  const matches: MatchRow[] = [];
  // Analysis and rule matching are CPU work on the shared event loop: hand it back every few milliseconds.
  const yieldEventLoop = createEventLoopYielder();
  for (const item of items) {
    await yieldEventLoop();
    const result = analyzeText(item.text);
    const sentiment = calibration
      ? calibratedSentiment(calibration.model, result.redacted, result.lang, result.sentiment)
      : result.sentiment;
    analyses.push({
      workspaceId,
      itemKind: item.itemKind,
      itemId: item.itemId,
      field: item.field,
      analyzer,
      version,
      lang: result.lang,
      sentimentLabel: sentiment.label,
      sentimentScore: sentiment.score,
      textRedacted: result.redacted,
      textFolded: foldDiacritics(result.redacted),
      result: JSON.stringify({
        drivers: result.sentiment.drivers,
        signals: result.signals,
        piiTypes: [...new Set(result.pii.map((f) => f.type))],
        ...(calibration ? { calibrationVersion: calibration.version } : {}),
      }),
      surveyId: item.surveyId,
      touchpointId: item.touchpointId,
      npsScore: item.npsScore,
      rating: item.rating,
      satisfied: item.satisfied,
      occurredAt: item.occurredAt,
      analyzedAt: new Date(),
    } as unknown as Database['textAnalyses']);
  }
  await inTransaction(ctx as AppContext, async (tx) => {
    // Topics are matched under the workspace's topic lock, with the rules as they are now: a rule edited
    // while this job ran is either already visible here or re-applied by its own re-assignment after us.
    await lockTopicAssignments(tx, workspaceId);
    const topics = context ?? (await loadTopicContext(tx, workspaceId));
    for (const row of analyses) {
      await yieldEventLoop();
      const key = { workspaceId, itemKind: row.itemKind, itemId: row.itemId, field: row.field };
      const reading = clauseReadingOf(row);
      const allowance = textAllowance();
      for (const a of [
        ...ruleAssignments(row.textRedacted, topics.rules, reading, allowance),
        ...classifierAssignments(row.textRedacted, topics, reading, allowance),
      ])
        matches.push({ ...key, ...a });
    }
    await tx
      .deleteFrom('textAnalyses')
      .where('workspaceId', '=', workspaceId)
      .where('itemKind', '=', kind)
      .where('itemId', 'in', ids)
      .where('analyzer', '=', analyzer)
      .where('version', '=', version)
      .execute();
    await tx
      .deleteFrom('textTopicMatches')
      .where('workspaceId', '=', workspaceId)
      .where('itemKind', '=', kind)
      .where('itemId', 'in', ids)
      .execute();
    for (let start = 0; start < analyses.length; start += 200) {
      await tx
        .insertInto('textAnalyses')
        .values(analyses.slice(start, start + 200) as never)
        // Two jobs for the same response (created, then completed) may run at once: the later one wins.
        .onConflict((oc) =>
          oc
            .columns(['workspaceId', 'itemKind', 'itemId', 'field', 'analyzer', 'version'])
            .doUpdateSet((eb) => ({
              lang: eb.ref('excluded.lang'),
              sentimentLabel: eb.ref('excluded.sentimentLabel'),
              sentimentScore: eb.ref('excluded.sentimentScore'),
              textRedacted: eb.ref('excluded.textRedacted'),
              textFolded: eb.ref('excluded.textFolded'),
              result: eb.ref('excluded.result'),
              surveyId: eb.ref('excluded.surveyId'),
              touchpointId: eb.ref('excluded.touchpointId'),
              npsScore: eb.ref('excluded.npsScore'),
              rating: eb.ref('excluded.rating'),
              satisfied: eb.ref('excluded.satisfied'),
              occurredAt: eb.ref('excluded.occurredAt'),
              analyzedAt: eb.ref('excluded.analyzedAt'),
            })),
        )
        .execute();
    }
    await insertMatches(tx, matches);
  });
  return { analyzed: items.length };
}

/** Every item id of a kind in the workspace, in batches, oldest first. */
async function* itemIdBatches(db: Db, workspaceId: string, kind: TextItem['itemKind'], size: number) {
  let after: string | null = null;
  for (;;) {
    const table = kind === 'response' ? 'responses' : kind === 'review' ? 'reviews' : 'conversations';
    let query = db.selectFrom(table).select('id').where('workspaceId', '=', workspaceId);
    if (after) query = query.where('id', '>', after);
    const rows = await query.orderBy('id').limit(size).execute();
    if (rows.length === 0) return;
    yield rows.map((r) => r.id);
    after = rows.at(-1)?.id ?? null;
  }
}

export async function countTextSources(db: Db, workspaceId: string): Promise<number> {
  const [responses, reviews, conversations] = await Promise.all([
    db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('reviews')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('conversations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirstOrThrow(),
  ]);
  return Number(responses.n) + Number(reviews.n) + Number(conversations.n);
}

/** Re-runs the built-in analyzer over every response, review and conversation of the workspace. */
export async function reanalyzeWorkspace(
  ctx: Pick<AppContext, 'db' | 'afterCommit'>,
  workspaceId: string,
  onProgress?: (done: number) => void,
): Promise<{ items: number; texts: number }> {
  const context = await loadTopicContext(ctx.db, workspaceId);
  let items = 0;
  let texts = 0;
  for (const kind of ['response', 'review', 'conversation'] as const) {
    for await (const ids of itemIdBatches(ctx.db, workspaceId, kind, 500)) {
      texts += (await analyzeStoredItems(ctx, workspaceId, kind, ids, context)).analyzed;
      items += ids.length;
      onProgress?.(items);
    }
  }
  return { items, texts };
}

/**
 * Re-assigns topics over every stored analysis after a rule changed (`ruleTopicIds`) or a new model was
 * trained (`classifier`), in batches; the built-in analysis itself is not recomputed.
 */
export async function reassignTopics(
  ctx: Pick<AppContext, 'db' | 'afterCommit'>,
  workspaceId: string,
  scope: { ruleTopicIds?: string[]; classifier?: boolean },
): Promise<void> {
  const ruleIds = new Set(scope.ruleTopicIds ?? []);
  const { name: analyzer, version } = BUILTIN_TEXT_ANALYZER;
  const yieldEventLoop = createEventLoopYielder();
  await inTransaction(ctx as AppContext, async (tx) => {
    await lockTopicAssignments(tx, workspaceId);
    const context = await loadTopicContext(tx, workspaceId);
    const rules = context.rules.filter((r) => ruleIds.has(r.id));
    if (ruleIds.size > 0) {
      await tx
        .deleteFrom('textTopicMatches')
        .where('workspaceId', '=', workspaceId)
        .where('source', '=', 'rule')
        .where('topicId', 'in', [...ruleIds])
        .execute();
    }
    if (scope.classifier) {
      await tx
        .deleteFrom('textTopicMatches')
        .where('workspaceId', '=', workspaceId)
        .where('source', '=', 'classifier')
        .execute();
    }
    if (rules.length === 0 && !(scope.classifier && context.model)) return;
    let after: { itemKind: string; itemId: string; field: string } | null = null;
    for (;;) {
      let query = tx
        .selectFrom('textAnalyses')
        .select(['itemKind', 'itemId', 'field', 'textRedacted', 'lang', 'sentimentLabel', 'sentimentScore'])
        .where('workspaceId', '=', workspaceId)
        .where('analyzer', '=', analyzer)
        .where('version', '=', version);
      if (after) {
        const a = after;
        query = query.where(
          sql<boolean>`(item_kind, item_id, field) > (${a.itemKind}, ${a.itemId}::uuid, ${a.field})`,
        );
      }
      const rows = await query.orderBy('itemKind').orderBy('itemId').orderBy('field').limit(1000).execute();
      if (rows.length === 0) break;
      const matches: MatchRow[] = [];
      for (const row of rows) {
        await yieldEventLoop();
        const key = { workspaceId, itemKind: row.itemKind, itemId: row.itemId, field: row.field };
        const reading = clauseReadingOf(row);
        const allowance = textAllowance();
        for (const a of ruleAssignments(row.textRedacted, rules, reading, allowance))
          matches.push({ ...key, ...a });
        if (scope.classifier)
          for (const a of classifierAssignments(row.textRedacted, context, reading, allowance))
            matches.push({ ...key, ...a });
      }
      await insertMatches(tx, matches);
      const last = rows.at(-1);
      after = last ? { itemKind: last.itemKind, itemId: last.itemId, field: last.field } : null;
    }
  });
}
