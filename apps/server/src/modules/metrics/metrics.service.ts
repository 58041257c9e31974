import {
  compareMeans,
  compareNps,
  compareProportions,
  isSmallSample,
  meanFromMoments,
  npsFromCounts,
  proportionFromCounts,
} from '@touchpoint/core';
import { NO_VALUE_KEY, type TSurveyDefinition } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { allSegmentMemberships } from '../segments/index';
import { aggregateResponses, NO_TOUCHPOINT } from './rollups.service';

export type MetricName = 'nps' | 'csat' | 'ces' | 'rating';
export type GroupBy =
  | 'day'
  | 'week'
  | 'month'
  | 'touchpoint'
  | 'stage'
  | 'channel'
  | 'language'
  | 'survey'
  | 'segment'
  | 'account';

export interface MetricQuery {
  metric: MetricName;
  surveyId?: string | undefined;
  questionId?: string | undefined;
  touchpointId?: string | undefined;
  channel?: string | undefined;
  language?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  groupBy?: GroupBy | undefined;
  smallSampleFloor?: number | undefined;
}

interface Counts {
  n: number;
  sum: number;
  sumSquares: number;
  promoters: number;
  passives: number;
  detractors: number;
  satisfied: number;
  agree: number;
}

interface AggregateRow extends Counts {
  day: string;
  surveyId: string;
  touchpointId: string;
}

const ZERO: Counts = {
  n: 0,
  sum: 0,
  sumSquares: 0,
  promoters: 0,
  passives: 0,
  detractors: 0,
  satisfied: 0,
  agree: 0,
};

function add(a: Counts, b: Counts): Counts {
  return {
    n: a.n + b.n,
    sum: a.sum + b.sum,
    sumSquares: a.sumSquares + b.sumSquares,
    promoters: a.promoters + b.promoters,
    passives: a.passives + b.passives,
    detractors: a.detractors + b.detractors,
    satisfied: a.satisfied + b.satisfied,
    agree: a.agree + b.agree,
  };
}

function toCounts(row: Record<string, unknown>): Counts {
  return {
    n: Number(row.n),
    sum: Number(row.sum),
    sumSquares: Number(row.sumSquares),
    promoters: Number(row.promoters),
    passives: Number(row.passives),
    detractors: Number(row.detractors),
    satisfied: Number(row.satisfied),
    agree: Number(row.agree),
  };
}

function estimate(metric: MetricName, c: Counts) {
  switch (metric) {
    case 'nps':
      return npsFromCounts(c);
    case 'csat':
      return proportionFromCounts(c.satisfied, c.n);
    case 'ces':
      return {
        ...meanFromMoments(c, { min: 1, max: 7 }),
        agreePercent: proportionFromCounts(c.agree, c.n).value,
      };
    default:
      return meanFromMoments(c, { min: 0, max: 10 });
  }
}

function compare(metric: MetricName, a: Counts, b: Counts) {
  if (metric === 'nps') return compareNps(a, b);
  if (metric === 'csat')
    return compareProportions({ successes: a.satisfied, n: a.n }, { successes: b.satisfied, n: b.n });
  return compareMeans(a, b);
}

/** Monday of the ISO week of a 'YYYY-MM-DD' day. */
function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const offset = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
}

/** The rollup rows matching the filters (what dashboards read). */
async function fromRollups(ctx: AppContext, workspaceId: string, q: MetricQuery): Promise<AggregateRow[]> {
  // Group in SQL by the requested key only, so the answer is tens of rows whatever the range (summing
  // every rollup row in Node cost ~8 µs a row: a year of a busy workspace took hundreds of milliseconds).
  // Columns that are not the key come back as a constant and are ignored by the grouping below.
  const dayKey =
    q.groupBy === 'week'
      ? sql<string>`date_trunc('week', day::timestamp)::date`
      : q.groupBy === 'month'
        ? sql<string>`date_trunc('month', day::timestamp)::date`
        : q.groupBy === 'day'
          ? sql<string>`day`
          : sql<string>`'-'`;
  const column = (name: 'survey_id' | 'touchpoint_id' | 'channel' | 'language', used: boolean) =>
    used ? sql<string>`${sql.ref(name)}::text` : sql<string>`'-'`;
  const byTouchpoint = q.groupBy === 'touchpoint' || q.groupBy === 'stage';
  const { rows } = await sql<Record<string, unknown>>`
    SELECT ${dayKey} AS day,
      ${column('survey_id', q.groupBy === 'survey')} AS survey_id,
      ${column('touchpoint_id', byTouchpoint)} AS touchpoint_id,
      ${column('channel', q.groupBy === 'channel')} AS channel,
      ${column('language', q.groupBy === 'language')} AS language,
      sum(n)::bigint AS n, sum(sum)::bigint AS sum, sum(sum_squares)::bigint AS sum_squares,
      sum(promoters)::bigint AS promoters, sum(passives)::bigint AS passives, sum(detractors)::bigint AS detractors,
      sum(satisfied)::bigint AS satisfied, sum(agree)::bigint AS agree
    FROM metric_rollups
    WHERE workspace_id = ${workspaceId} AND question_type = ${q.metric}
      ${q.surveyId ? sql`AND survey_id = ${q.surveyId}` : sql``}
      ${q.questionId ? sql`AND question_id = ${q.questionId}` : sql``}
      ${q.touchpointId ? sql`AND touchpoint_id = ${q.touchpointId}` : sql``}
      ${q.channel ? sql`AND channel = ${q.channel}` : sql``}
      ${q.language ? sql`AND language = ${q.language}` : sql``}
      ${q.from ? sql`AND day >= ${q.from.slice(0, 10)}::date` : sql``}
      ${q.to ? sql`AND day < ${q.to.slice(0, 10)}::date` : sql``}
    GROUP BY 1, 2, 3, 4, 5
  `.execute(ctx.db);
  return rows.map(
    (r) =>
      ({
        ...toCounts(r),
        day: String(r.day),
        surveyId: String(r.surveyId),
        touchpointId: String(r.touchpointId),
        channel: String(r.channel),
        language: String(r.language),
      }) as AggregateRow & { channel: string; language: string },
  );
}

/**
 * A response's value of a dimension rollups do not carry (segment, account, any attribute): the
 * contact's attribute of that name if it has one, else the response's hidden field, else `(none)`.
 * Needs `responses r LEFT JOIN contacts c` in the query.
 */
export function responseDimension(name: string) {
  return sql<string>`coalesce(nullif(c.attributes ->> ${name}::text, ''), nullif(r.hidden_fields ->> ${name}::text, ''), ${NO_VALUE_KEY}::text)`;
}

/** The filters of a query on raw responses of one survey (alias `r`), the same as the rollups'. */
function rawFilters(workspaceId: string, surveyId: string, q: MetricQuery) {
  // Days are the workspace's calendar days, as in the rollups (evaluated once per query).
  const zone = sql`(SELECT time_zone FROM workspaces WHERE id = ${workspaceId}::uuid)`;
  return sql`r.workspace_id = ${workspaceId} AND r.survey_id = ${surveyId}
      ${q.touchpointId ? sql`AND coalesce(r.touchpoint_id, ${NO_TOUCHPOINT}::uuid) = ${q.touchpointId}::uuid` : sql``}
      ${q.channel ? sql`AND r.channel = ${q.channel}` : sql``}
      ${q.language ? sql`AND r.language = ${q.language}` : sql``}
      ${q.from ? sql`AND r.created_at >= (${q.from.slice(0, 10)}::date)::timestamp AT TIME ZONE ${zone}` : sql``}
      ${q.to ? sql`AND r.created_at < (${q.to.slice(0, 10)}::date)::timestamp AT TIME ZONE ${zone}` : sql``}`;
}

/**
 * The scored questions of the metric in each survey of the workspace (or of the one asked for). Anonymous
 * employee surveys are left out: their results go through the confidentiality guard only.
 */
async function metricQuestions(ctx: AppContext, workspaceId: string, q: MetricQuery) {
  const surveys = await ctx.db
    .selectFrom('surveys')
    .select(['id', 'definition'])
    .where('workspaceId', '=', workspaceId)
    .where('anonymous', '=', false)
    .$if(Boolean(q.surveyId), (b) => b.where('id', '=', q.surveyId as string))
    .execute();
  return surveys
    .map((survey) => ({
      surveyId: survey.id,
      questions: (survey.definition as TSurveyDefinition).questions.filter(
        (question) => question.type === q.metric && (!q.questionId || question.id === q.questionId),
      ),
    }))
    .filter((survey) => survey.questions.length > 0);
}

/**
 * Counts per segment or account, from raw responses: the rollups are keyed by survey, touchpoint,
 * channel and language only, and a contact's segment can change after it answered.
 * Account: the account entity of the response's contact (`account_contacts`; key = account id, a person
 * in two accounts counts in both; a response whose contact is in no account is `(none)`). A workspace
 * with no account entities at all keeps the earlier meaning: the `account` attribute or hidden field.
 */
async function fromRawByDimension(
  ctx: AppContext,
  workspaceId: string,
  q: MetricQuery,
  dimension: 'segment' | 'account',
): Promise<(AggregateRow & { dimension: string })[]> {
  const rows: (AggregateRow & { dimension: string })[] = [];
  const hasAccounts =
    dimension === 'account' &&
    Boolean(
      await ctx.db
        .selectFrom('accounts')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .limit(1)
        .executeTakeFirst(),
    );
  for (const { surveyId, questions } of await metricQuestions(ctx, workspaceId, q)) {
    const ids = questions.map((x) => x.id);
    const types = questions.map((x) => x.type);
    const result = await sql<Record<string, unknown>>`
      SELECT ${dimension === 'account' ? sql`coalesce(ac.account_id::text, ${hasAccounts ? sql`${NO_VALUE_KEY}::text` : responseDimension('account')})` : responseDimension(dimension)} AS dimension,
        count(*)::int AS n,
        sum(a.v)::bigint AS sum,
        sum(a.v * a.v)::bigint AS sum_squares,
        (count(*) FILTER (WHERE q.type = 'nps' AND a.v >= 9))::int AS promoters,
        (count(*) FILTER (WHERE q.type = 'nps' AND a.v BETWEEN 7 AND 8))::int AS passives,
        (count(*) FILTER (WHERE q.type = 'nps' AND a.v <= 6))::int AS detractors,
        (count(*) FILTER (WHERE q.type = 'csat' AND a.v >= 4))::int AS satisfied,
        (count(*) FILTER (WHERE q.type = 'ces' AND a.v >= 5))::int AS agree
      FROM responses r
      LEFT JOIN contacts c ON c.workspace_id = r.workspace_id AND c.id = r.contact_id
      ${dimension === 'account' ? sql`LEFT JOIN account_contacts ac ON ac.workspace_id = r.workspace_id AND ac.contact_id = r.contact_id` : sql``}
      CROSS JOIN unnest(${ids}::text[], ${types}::text[]) AS q (id, type)
      CROSS JOIN LATERAL (SELECT (r.answers ->> q.id)::int AS v) a
      WHERE jsonb_typeof(r.answers -> q.id) = 'number' AND ${rawFilters(workspaceId, surveyId, q)}
      GROUP BY 1
    `.execute(ctx.db);
    for (const r of result.rows) {
      rows.push({
        ...toCounts(r),
        day: '-',
        surveyId,
        touchpointId: '-',
        dimension: String(r.dimension),
      });
    }
  }
  return rows;
}

/** At most this many segments are grouped (by name); a workspace with more sees the first ones. */
const MAX_METRIC_SEGMENTS = 100;

/**
 * Counts per segment by membership now, from raw responses: a response counts in each segment its
 * contact is in (dynamic segments by their condition, static ones by their list), and in none when it has
 * no contact or the contact is in no segment. The group key is the segment id. A workspace without
 * segments groups by the `segment` attribute instead.
 */
async function fromRawBySegment(
  ctx: AppContext,
  workspaceId: string,
  q: MetricQuery,
): Promise<(AggregateRow & { dimension: string })[]> {
  const segments = await allSegmentMemberships(ctx.db, workspaceId, MAX_METRIC_SEGMENTS);
  // Like accounts: a workspace with no segment entities keeps the earlier meaning (the `segment`
  // attribute or hidden field), so breakdowns built on it still work until segments are defined.
  if (segments.length === 0) return fromRawByDimension(ctx, workspaceId, q, 'segment');
  const memberOf = sql.join(
    segments.map((s) => sql`CASE WHEN ${s.membership} THEN ${s.id}::text END`),
    sql`, `,
  );
  const rows: (AggregateRow & { dimension: string })[] = [];
  for (const { surveyId, questions } of await metricQuestions(ctx, workspaceId, q)) {
    const result = await sql<Record<string, unknown>>`
      SELECT seg.id AS dimension,
        count(*)::int AS n,
        sum(a.v)::bigint AS sum,
        sum(a.v * a.v)::bigint AS sum_squares,
        (count(*) FILTER (WHERE q.type = 'nps' AND a.v >= 9))::int AS promoters,
        (count(*) FILTER (WHERE q.type = 'nps' AND a.v BETWEEN 7 AND 8))::int AS passives,
        (count(*) FILTER (WHERE q.type = 'nps' AND a.v <= 6))::int AS detractors,
        (count(*) FILTER (WHERE q.type = 'csat' AND a.v >= 4))::int AS satisfied,
        (count(*) FILTER (WHERE q.type = 'ces' AND a.v >= 5))::int AS agree
      FROM responses r
      JOIN contacts c ON c.workspace_id = r.workspace_id AND c.id = r.contact_id AND c.merged_into IS NULL
      CROSS JOIN LATERAL unnest(ARRAY[${memberOf}]::text[]) AS seg (id)
      CROSS JOIN unnest(${questions.map((x) => x.id)}::text[], ${questions.map((x) => x.type)}::text[]) AS q (id, type)
      CROSS JOIN LATERAL (SELECT (r.answers ->> q.id)::int AS v) a
      WHERE seg.id IS NOT NULL AND jsonb_typeof(r.answers -> q.id) = 'number'
        AND ${rawFilters(workspaceId, surveyId, q)}
      GROUP BY 1
    `.execute(ctx.db);
    for (const r of result.rows) {
      rows.push({ ...toCounts(r), day: '-', surveyId, touchpointId: '-', dimension: String(r.dimension) });
    }
  }
  return rows;
}

/** The same aggregation straight from raw responses: for checking rollups and for the benchmark. */
async function fromRaw(ctx: AppContext, workspaceId: string, q: MetricQuery): Promise<AggregateRow[]> {
  const rows: AggregateRow[] = [];
  for (const { surveyId, questions } of await metricQuestions(ctx, workspaceId, q)) {
    const where = rawFilters(workspaceId, surveyId, q);
    const result = await sql<Record<string, unknown>>`${aggregateResponses(
      questions.map((x) => x.id),
      questions.map((x) => x.type),
      where,
    )}`.execute(ctx.db);
    for (const r of result.rows) {
      rows.push({
        ...toCounts(r),
        day: String(r.day),
        surveyId: String(r.surveyId),
        touchpointId: String(r.touchpointId),
        channel: String(r.channel),
        language: String(r.language),
      } as AggregateRow & { channel: string; language: string });
    }
  }
  return rows;
}

/**
 * A metric with its n, 95% CI and small-sample flag, overall and per group, each time group with the
 * significance of its change against the previous one. Reads rollups, or raw rows when asked (the two
 * answers are identical; a test checks it). Segment and account groupings always read raw rows.
 */
export async function queryMetric(
  ctx: AppContext,
  workspaceId: string,
  q: MetricQuery,
  source: 'rollups' | 'raw' = 'rollups',
) {
  const byDimension = q.groupBy === 'segment' || q.groupBy === 'account';
  const read = byDimension ? 'raw' : source;
  const rows = (
    q.groupBy === 'segment' || q.groupBy === 'account'
      ? q.groupBy === 'segment'
        ? await fromRawBySegment(ctx, workspaceId, q)
        : await fromRawByDimension(ctx, workspaceId, q, q.groupBy)
      : read === 'raw'
        ? await fromRaw(ctx, workspaceId, q)
        : await fromRollups(ctx, workspaceId, q)
  ) as (AggregateRow & {
    channel: string;
    language: string;
    dimension?: string;
  })[];
  const floor = q.smallSampleFloor ?? 30;
  // A response in several segments counts once in the overall figure.
  const totalRows = q.groupBy === 'segment' ? await fromRaw(ctx, workspaceId, q) : rows;
  const total = totalRows.reduce<Counts>((acc, row) => add(acc, row), ZERO);
  const result = {
    metric: q.metric,
    source: read,
    ...estimate(q.metric, total),
    smallSample: isSmallSample(total.n, floor),
  };
  if (!q.groupBy) return { ...result, groups: [] };

  const labels = new Map<string, string>();
  let stageOf = new Map<string, string>();
  if (q.groupBy === 'touchpoint' || q.groupBy === 'stage') {
    const touchpoints = await ctx.db
      .selectFrom('touchpoints')
      .innerJoin('journeyStages', (join) =>
        join
          .onRef('journeyStages.workspaceId', '=', 'touchpoints.workspaceId')
          .onRef('journeyStages.id', '=', 'touchpoints.stageId'),
      )
      .select([
        'touchpoints.id',
        'touchpoints.name',
        'touchpoints.stageId',
        'journeyStages.name as stageName',
      ])
      .where('touchpoints.workspaceId', '=', workspaceId)
      .execute();
    stageOf = new Map(touchpoints.map((t) => [t.id, t.stageId]));
    for (const t of touchpoints) {
      labels.set(t.id, t.name);
      labels.set(t.stageId, t.stageName);
    }
  }
  if (q.groupBy === 'segment') {
    const segments = await ctx.db
      .selectFrom('segments')
      .select(['id', 'name'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    for (const s of segments) labels.set(s.id, s.name);
  }
  if (q.groupBy === 'account') {
    const accounts = await ctx.db
      .selectFrom('accounts')
      .select(['id', 'name'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    for (const a of accounts) labels.set(a.id, a.name);
  }
  if (q.groupBy === 'survey') {
    const surveys = await ctx.db
      .selectFrom('surveys')
      .select(['id', 'name'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    for (const s of surveys) labels.set(s.id, s.name);
  }
  const keyOf = (row: (typeof rows)[number]): string => {
    switch (q.groupBy) {
      case 'day':
        return row.day;
      case 'week':
        return weekOf(row.day);
      case 'month':
        return row.day.slice(0, 7);
      case 'touchpoint':
        return row.touchpointId;
      case 'stage':
        return stageOf.get(row.touchpointId) ?? NO_TOUCHPOINT;
      case 'channel':
        return row.channel;
      case 'language':
        return row.language;
      case 'segment':
      case 'account':
        return row.dimension ?? NO_VALUE_KEY;
      default:
        return row.surveyId;
    }
  };
  const grouped = new Map<string, Counts>();
  for (const row of rows) {
    const key = keyOf(row);
    grouped.set(key, add(grouped.get(key) ?? ZERO, row));
  }
  const isTime = q.groupBy === 'day' || q.groupBy === 'week' || q.groupBy === 'month';
  const keys = [...grouped.keys()].sort();
  const groups = keys.map((key, index) => {
    const counts = grouped.get(key) as Counts;
    const previousKey = isTime && index > 0 ? keys[index - 1] : undefined;
    const change = previousKey ? compare(q.metric, grouped.get(previousKey) as Counts, counts) : null;
    return {
      key,
      label: key === NO_TOUCHPOINT || (byDimension && key === NO_VALUE_KEY) ? null : (labels.get(key) ?? key),
      ...estimate(q.metric, counts),
      smallSample: isSmallSample(counts.n, floor),
      ...(change ? { changeVsPrevious: change } : {}),
    };
  });
  return { ...result, groups };
}
