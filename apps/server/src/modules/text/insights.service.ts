import {
  BUILTIN_TEXT_ANALYZER,
  discoverThemes,
  findEmergingThemes,
  foldDiacritics,
  painPointImpact,
  rankPainPoints,
} from '@touchpoint/core';
import type { TComment } from '@touchpoint/schemas';
import { type RawBuilder, sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination';
import { COMMENT_COLUMNS, itemKey, presentComments } from './comments';

export interface InsightsFilter {
  from?: string | undefined;
  to?: string | undefined;
  surveyId?: string | undefined;
  touchpointId?: string | undefined;
  lang?: 'en' | 'vi' | 'other' | undefined;
}

const DAY_MS = 86_400_000;

/** The SQL conditions on `text_analyses a` for the current analyzer and a filter. */
function analysisConditions(workspaceId: string, filter: InsightsFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [
    sql`a.workspace_id = ${workspaceId}`,
    sql`a.analyzer = ${BUILTIN_TEXT_ANALYZER.name}`,
    sql`a.version = ${BUILTIN_TEXT_ANALYZER.version}`,
  ];
  if (filter.from) parts.push(sql`a.occurred_at >= ${filter.from}::date`);
  if (filter.to) parts.push(sql`a.occurred_at < ${filter.to}::date`);
  if (filter.surveyId) parts.push(sql`a.survey_id = ${filter.surveyId}`);
  if (filter.touchpointId) parts.push(sql`a.touchpoint_id = ${filter.touchpointId}`);
  if (filter.lang) parts.push(sql`a.lang = ${filter.lang}`);
  return sql.join(parts, sql` AND `);
}

/**
 * Each (comment, topic) once, whether a rule, the classifier or both assigned it, with the topic's own
 * polarity in that comment (from the clauses that mention it; the rule's reading wins over the classifier's).
 */
const topicMatchesOnce = (workspaceId: string) => sql`(
  SELECT item_kind, item_id, field, topic_id,
         bool_or(source = 'rule') AS by_rule, bool_or(source = 'classifier') AS by_classifier,
         (array_agg(sentiment_label ORDER BY source DESC))[1] AS topic_sentiment_label,
         (array_agg(sentiment_score ORDER BY source DESC))[1] AS topic_sentiment_score
  FROM text_topic_matches WHERE workspace_id = ${workspaceId}
  GROUP BY item_kind, item_id, field, topic_id
)`;

// A topic's sentiment in a comment: its own (topic-level) when stored, else the comment's.
const topicLabel = sql`coalesce(m.topic_sentiment_label, a.sentiment_label)`;
const topicScore = sql`coalesce(m.topic_sentiment_score, a.sentiment_score)`;

/** Each (item, topic) once: a response is about a topic when any of its comments is. */
const topicsPerItem = (workspaceId: string) =>
  sql`(SELECT DISTINCT item_kind, item_id, topic_id FROM text_topic_matches WHERE workspace_id = ${workspaceId})`;

/** The comment `a` is assigned to the topic (by a rule or the classifier). */
const mentionsTopic = (topicId: string) => sql`EXISTS (SELECT 1 FROM text_topic_matches m
  WHERE m.workspace_id = a.workspace_id AND m.item_kind = a.item_kind AND m.item_id = a.item_id
    AND m.field = a.field AND m.topic_id = ${topicId})`;

/** …and does not praise it there: its topic-level polarity (else the comment's) is not positive. */
const criticisesTopic = (topicId: string) => sql`EXISTS (SELECT 1 FROM text_topic_matches m
  WHERE m.workspace_id = a.workspace_id AND m.item_kind = a.item_kind AND m.item_id = a.item_id
    AND m.field = a.field AND m.topic_id = ${topicId}
    AND coalesce(m.sentiment_label, a.sentiment_label) <> 'positive')`;

const periodStart = (interval: 'day' | 'week' | 'month') =>
  sql`to_char(date_trunc(${interval}, a.occurred_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;

export async function topicInsights(
  ctx: AppContext,
  workspaceId: string,
  query: InsightsFilter & { interval: 'day' | 'week' | 'month' },
) {
  const where = analysisConditions(workspaceId, query);
  const total = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM text_analyses a WHERE ${where}`.execute(ctx.db);
  const rows = await sql<{
    topicId: string;
    name: string;
    byRule: boolean;
    byClassifier: boolean;
    n: number;
    negative: number;
    neutral: number;
    positive: number;
    mixed: number;
    averageScore: number | null;
  }>`
    SELECT m.topic_id, t.name, bool_or(m.by_rule) AS by_rule, bool_or(m.by_classifier) AS by_classifier,
           count(*)::int AS n,
           count(*) FILTER (WHERE ${topicLabel} = 'negative')::int AS negative,
           count(*) FILTER (WHERE ${topicLabel} = 'neutral')::int AS neutral,
           count(*) FILTER (WHERE ${topicLabel} = 'positive')::int AS positive,
           count(*) FILTER (WHERE ${topicLabel} = 'mixed')::int AS mixed,
           avg(${topicScore})::float8 AS average_score
    FROM text_analyses a
    JOIN ${topicMatchesOnce(workspaceId)} m USING (item_kind, item_id, field)
    JOIN topics t ON t.workspace_id = a.workspace_id AND t.id = m.topic_id
    WHERE ${where}
    GROUP BY m.topic_id, t.name
    ORDER BY n DESC, t.name`.execute(ctx.db);
  const trend = await sql<{ topicId: string; period: string; n: number; averageScore: number | null }>`
    SELECT m.topic_id, ${periodStart(query.interval)} AS period, count(*)::int AS n,
           avg(${topicScore})::float8 AS average_score
    FROM text_analyses a
    JOIN ${topicMatchesOnce(workspaceId)} m USING (item_kind, item_id, field)
    WHERE ${where}
    GROUP BY 1, 2 ORDER BY 2`.execute(ctx.db);
  const totalN = total.rows[0]?.n ?? 0;
  return {
    total: totalN,
    items: rows.rows.map((row) => ({
      topicId: row.topicId,
      name: row.name,
      source:
        row.byRule && row.byClassifier
          ? ('both' as const)
          : row.byRule
            ? ('rule' as const)
            : ('classifier' as const),
      n: row.n,
      share: totalN > 0 ? row.n / totalN : 0,
      sentiment: {
        negative: row.negative,
        neutral: row.neutral,
        positive: row.positive,
        mixed: row.mixed,
        averageScore: row.averageScore,
      },
      trend: trend.rows
        .filter((t) => t.topicId === row.topicId)
        .map((t) => ({ period: t.period, n: t.n, averageScore: t.averageScore })),
    })),
  };
}

async function commentsWhere(
  ctx: AppContext,
  workspaceId: string,
  condition: RawBuilder<unknown>,
  limit: number,
) {
  const rows = await ctx.db
    .selectFrom('textAnalyses as a')
    .select(COMMENT_COLUMNS.map((c) => `a.${c}` as const))
    .where(condition as never)
    .orderBy('a.sentimentScore')
    .orderBy('a.occurredAt', 'desc')
    .limit(limit)
    .execute();
  return presentComments(ctx.db, workspaceId, rows);
}

/**
 * Topics ranked by how much NPS (or CSAT) would gain if the responses that mention them had scored like the
 * others — among the items with analysed comments in the filter, each response or review counted once.
 */
export async function painPoints(
  ctx: AppContext,
  workspaceId: string,
  query: InsightsFilter & { metric: 'nps' | 'csat' },
) {
  const where = analysisConditions(workspaceId, query);
  const value =
    query.metric === 'nps'
      ? sql`CASE WHEN a.nps_score >= 9 THEN 100 WHEN a.nps_score <= 6 THEN -100 ELSE 0 END`
      : sql`CASE WHEN a.satisfied THEN 100 ELSE 0 END`;
  const scored = query.metric === 'nps' ? sql`a.nps_score IS NOT NULL` : sql`a.satisfied IS NOT NULL`;
  const items = sql`(
    SELECT a.item_kind, a.item_id, min(${value}) AS value, min(a.occurred_at) AS occurred_at
    FROM text_analyses a WHERE ${where} AND ${scored}
    GROUP BY a.item_kind, a.item_id
  )`;
  const overall = await sql<{ n: number; sum: number }>`
    SELECT count(*)::int AS n, coalesce(sum(value), 0)::float8 AS sum FROM ${items} i`.execute(ctx.db);
  const perTopic = await sql<{ topicId: string; name: string; n: number; sum: number }>`
    SELECT m.topic_id, t.name, count(*)::int AS n, sum(i.value)::float8 AS sum
    FROM ${items} i
    JOIN ${topicsPerItem(workspaceId)} m
      USING (item_kind, item_id)
    JOIN topics t ON t.workspace_id = ${workspaceId} AND t.id = m.topic_id
    GROUP BY m.topic_id, t.name`.execute(ctx.db);
  const trend = await sql<{ topicId: string; period: string; n: number }>`
    SELECT m.topic_id, to_char(date_trunc('week', i.occurred_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period,
           count(*)::int AS n
    FROM ${items} i
    JOIN ${topicsPerItem(workspaceId)} m
      USING (item_kind, item_id)
    GROUP BY 1, 2 ORDER BY 2`.execute(ctx.db);
  const total = { n: overall.rows[0]?.n ?? 0, sum: overall.rows[0]?.sum ?? 0 };
  const ranked = rankPainPoints(
    perTopic.rows.map((row) => ({
      topicId: row.topicId,
      name: row.name,
      n: row.n,
      ...painPointImpact(row, total),
    })),
  );
  const result = [];
  for (const item of ranked) {
    const examples = await commentsWhere(
      ctx,
      workspaceId,
      // Examples of a pain point are comments that do not praise the topic ("fast delivery, rude staff"
      // is no example of a delivery problem).
      sql`${where} AND ${criticisesTopic(item.topicId)}`,
      3,
    );
    result.push({
      ...item,
      trend: trend.rows.filter((t) => t.topicId === item.topicId).map((t) => ({ period: t.period, n: t.n })),
      examples,
    });
  }
  return {
    metric: query.metric,
    overall: { value: total.n > 0 ? total.sum / total.n : null, n: total.n },
    items: result,
  };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Themes nobody defined, discovered from key phrases of the current period's and the baseline's comments
 * together, so both periods are counted against the same themes; a theme is emerging when its share grew
 * significantly. Defaults: the last 28 days against the 28 days before.
 */
export async function emergingThemes(
  ctx: AppContext,
  workspaceId: string,
  query: InsightsFilter & { baselineFrom?: string | undefined; baselineTo?: string | undefined },
) {
  const toMs = query.to ? Date.parse(query.to) : Date.parse(isoDay(Date.now() + DAY_MS));
  const fromMs = query.from ? Date.parse(query.from) : toMs - 28 * DAY_MS;
  if (!(fromMs < toMs)) {
    throw new AppError('VALIDATION_FAILED', 'The period must start before it ends.', [
      { name: 'query.from', reason: 'must be before to' },
    ]);
  }
  const baselineToMs = query.baselineTo ? Date.parse(query.baselineTo) : fromMs;
  const baselineFromMs = query.baselineFrom ? Date.parse(query.baselineFrom) : baselineToMs - (toMs - fromMs);
  const current = { from: isoDay(fromMs), to: isoDay(toMs) };
  const baseline = { from: isoDay(baselineFromMs), to: isoDay(baselineToMs) };
  const load = (period: { from: string; to: string }) =>
    ctx.db
      .selectFrom('textAnalyses as a')
      .select(COMMENT_COLUMNS.map((c) => `a.${c}` as const))
      .where(analysisConditions(workspaceId, { ...query, ...period }) as never)
      .orderBy('a.occurredAt', 'desc')
      .limit(10_000)
      .execute();
  const [currentRows, baselineRows] = await Promise.all([load(current), load(baseline)]);
  const inCurrent = new Set(currentRows.map(itemKey));
  const byKey = new Map([...baselineRows, ...currentRows].map((r) => [itemKey(r), r]));
  const themes = discoverThemes(
    [...byKey.entries()].map(([id, r]) => ({ id, text: r.textRedacted, lang: r.lang })),
    { maxThemes: 30 },
  );
  const counts = themes.map((theme) => {
    const currentIds = theme.docIds.filter((id) => inCurrent.has(id));
    return {
      theme,
      currentIds,
      currentCount: currentIds.length,
      baselineCount: theme.docIds.length - currentIds.length,
    };
  });
  const tests = findEmergingThemes(
    counts.map((c) => ({ key: c.theme.key, count: c.currentCount })),
    currentRows.length,
    counts.map((c) => ({ key: c.theme.key, count: c.baselineCount })),
    baselineRows.length,
  );
  const testByKey = new Map(tests.map((t) => [t.key, t]));
  const items = [];
  for (const c of counts) {
    if (c.currentCount === 0) continue;
    const test = testByKey.get(c.theme.key);
    // Examples that say the theme's label first: a cluster also holds comments that share only a phrase.
    const label = foldDiacritics(c.theme.label);
    const candidates = c.currentIds.flatMap((id) => {
      const row = byKey.get(id);
      return row ? [row] : [];
    });
    const exampleRows = [
      ...candidates.filter((row) => foldDiacritics(row.textRedacted).includes(label)),
      ...candidates.filter((row) => !foldDiacritics(row.textRedacted).includes(label)),
    ].slice(0, 3);
    items.push({
      key: c.theme.key,
      label: c.theme.label,
      phrases: c.theme.phrases,
      n: c.currentCount,
      share: currentRows.length > 0 ? c.currentCount / currentRows.length : 0,
      baselineShare: baselineRows.length > 0 ? c.baselineCount / baselineRows.length : 0,
      lift: test && Number.isFinite(test.lift) ? test.lift : null,
      pValue: test && Number.isFinite(test.pValue) ? test.pValue : null,
      emerging: test?.emerging ?? false,
      examples: await presentComments(ctx.db, workspaceId, exampleRows),
    });
  }
  items.sort((a, b) => Number(b.emerging) - Number(a.emerging) || b.n - a.n);
  return {
    current: { ...current, total: currentRows.length },
    baseline: { ...baseline, total: baselineRows.length },
    items,
  };
}

/** Comments, newest first, by topic, sentiment, language and words (diacritic- and case-insensitive). */
export async function listComments(
  ctx: AppContext,
  workspaceId: string,
  query: InsightsFilter & {
    topicId?: string | undefined;
    sentiment?: TComment['sentiment']['label'] | undefined;
    q?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
) {
  const parts: RawBuilder<unknown>[] = [analysisConditions(workspaceId, query)];
  if (query.topicId) {
    parts.push(mentionsTopic(query.topicId));
  }
  if (query.sentiment) parts.push(sql`a.sentiment_label = ${query.sentiment}`);
  for (const word of foldDiacritics(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean)) {
    parts.push(sql`a.text_folded LIKE ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  }
  const raw = decodeCursor(query.cursor);
  if (raw) {
    const [at, kind, id, field] = raw.split('|');
    if (
      !at ||
      !kind ||
      !id ||
      field === undefined ||
      Number.isNaN(Date.parse(at)) ||
      !/^[0-9a-f-]{36}$/.test(id)
    ) {
      throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', [
        { name: 'query.cursor', reason: 'not a cursor from this API' },
      ]);
    }
    parts.push(
      sql`(a.occurred_at, a.item_kind, a.item_id, a.field) < (${at}::timestamptz, ${kind}, ${id}::uuid, ${field})`,
    );
  }
  const rows = await ctx.db
    .selectFrom('textAnalyses as a')
    .select(COMMENT_COLUMNS.map((c) => `a.${c}` as const))
    .where(sql.join(parts, sql` AND `) as never)
    .orderBy('a.occurredAt', 'desc')
    .orderBy('a.itemKind', 'desc')
    .orderBy('a.itemId', 'desc')
    .orderBy('a.field', 'desc')
    .limit(query.limit + 1)
    .execute();
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  return {
    items: await presentComments(ctx.db, workspaceId, shown),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor(
            `${new Date(last.occurredAt).toISOString()}|${last.itemKind}|${last.itemId}|${last.field}`,
          )
        : null,
  };
}
