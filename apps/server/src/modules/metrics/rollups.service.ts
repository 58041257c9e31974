import type { TSurveyDefinition } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';

export const NO_TOUCHPOINT = '00000000-0000-0000-0000-000000000000';
const SCORED = new Set(['nps', 'csat', 'ces', 'rating']);

function scoredQuestions(definition: TSurveyDefinition) {
  const questions = definition.questions.filter((q) => SCORED.has(q.type));
  return { ids: questions.map((q) => q.id), types: questions.map((q) => q.type) };
}

/**
 * A response's metric day: the calendar day of `responses.created_at` in its workspace's time zone (a
 * response at 23:30 UTC belongs to the next day in Asia/Ho_Chi_Minh). Used where `responses` is the only
 * table in the query; the aggregation below joins the workspace instead.
 */
const LOCAL_DAY = sql`(created_at AT TIME ZONE (SELECT w.time_zone FROM workspaces w WHERE w.id = responses.workspace_id))::date`;

/** The IANA time zone of a workspace ('UTC' when it is gone). */
export async function workspaceTimeZone(db: Db, workspaceId: string): Promise<string> {
  const row = await db
    .selectFrom('workspaces')
    .select('timeZone')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return row?.timeZone ?? 'UTC';
}

/**
 * The aggregation shared by the rollups and the raw-row path: one row per (day, survey, question,
 * touchpoint, channel, language) with the counts every metric is computed from. `where` narrows the
 * responses. Only numeric answers to scored questions count; skipped answers are not in n.
 */
export function aggregateResponses(ids: string[], types: string[], where: ReturnType<typeof sql>) {
  return sql`
    SELECT r.workspace_id, (r.created_at AT TIME ZONE w.time_zone)::date AS day, r.survey_id, q.id AS question_id,
      coalesce(r.touchpoint_id, ${NO_TOUCHPOINT}::uuid) AS touchpoint_id, r.channel, r.language, q.type AS question_type,
      count(*)::int AS n,
      sum(a.v)::bigint AS sum,
      sum(a.v * a.v)::bigint AS sum_squares,
      (count(*) FILTER (WHERE q.type = 'nps' AND a.v >= 9))::int AS promoters,
      (count(*) FILTER (WHERE q.type = 'nps' AND a.v BETWEEN 7 AND 8))::int AS passives,
      (count(*) FILTER (WHERE q.type = 'nps' AND a.v <= 6))::int AS detractors,
      (count(*) FILTER (WHERE q.type = 'csat' AND a.v >= 4))::int AS satisfied,
      (count(*) FILTER (WHERE q.type = 'ces' AND a.v >= 5))::int AS agree
    FROM responses r
    JOIN workspaces w ON w.id = r.workspace_id
    CROSS JOIN unnest(${ids}::text[], ${types}::text[]) AS q (id, type)
    CROSS JOIN LATERAL (SELECT (r.answers ->> q.id)::int AS v) a
    WHERE jsonb_typeof(r.answers -> q.id) = 'number' AND ${where}
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
  `;
}

/** Recomputes the rollup rows of one survey on one day from its responses (idempotent, exact). */
export async function refreshSlice(
  db: Db,
  workspaceId: string,
  surveyId: string,
  day: string,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const survey = await tx
      .selectFrom('surveys')
      .select('definition')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', surveyId)
      .executeTakeFirst();
    await tx
      .deleteFrom('metricRollups')
      .where('workspaceId', '=', workspaceId)
      .where('surveyId', '=', surveyId)
      .where('day', '=', day)
      .execute();
    if (!survey) return;
    const { ids, types } = scoredQuestions(survey.definition);
    if (ids.length === 0) return;
    // The day runs from local midnight to the next local midnight (23 or 25 hours across a DST change).
    const zone = await workspaceTimeZone(tx, workspaceId);
    await sql`
      INSERT INTO metric_rollups (workspace_id, day, survey_id, question_id, touchpoint_id, channel, language,
        question_type, n, sum, sum_squares, promoters, passives, detractors, satisfied, agree)
      ${aggregateResponses(
        ids,
        types,
        sql`r.workspace_id = ${workspaceId} AND r.survey_id = ${surveyId}
          AND r.created_at >= (${day}::date)::timestamp AT TIME ZONE ${zone}
          AND r.created_at < (${day}::date + 1)::timestamp AT TIME ZONE ${zone}`,
      )}
    `.execute(tx);
  });
}

/** Marks the (survey, day) slice of a response for recomputation. */
export async function markResponseDirty(db: Db, workspaceId: string, responseId: string): Promise<void> {
  await sql`
    INSERT INTO metric_rollup_dirty (workspace_id, survey_id, day)
    SELECT workspace_id, survey_id, ${LOCAL_DAY} FROM responses
    WHERE workspace_id = ${workspaceId} AND id = ${responseId}
    ON CONFLICT DO NOTHING
  `.execute(db);
}

/** Marks the (survey, day) slices of many responses of a workspace dirty in one statement. */
export async function markResponsesDirty(
  db: Db,
  workspaceId: string,
  responseIds: readonly string[],
): Promise<void> {
  if (responseIds.length === 0) return;
  await sql`
    INSERT INTO metric_rollup_dirty (workspace_id, survey_id, day)
    SELECT DISTINCT workspace_id, survey_id, ${LOCAL_DAY} FROM responses
    WHERE workspace_id = ${workspaceId} AND id = ANY(${[...responseIds]}::uuid[])
    ON CONFLICT DO NOTHING
  `.execute(db);
}

/** Recomputes every dirty slice; a slice marked again while it is being refreshed is refreshed again. */
export async function refreshDirtySlices(db: Db, limit = 500): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const { rows: slices } = await sql<{ workspaceId: string; surveyId: string; day: string }>`
      DELETE FROM metric_rollup_dirty
      WHERE (workspace_id, survey_id, day) IN (
        SELECT workspace_id, survey_id, day FROM metric_rollup_dirty ORDER BY marked_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
      )
      RETURNING workspace_id, survey_id, day
    `.execute(db);
    for (const slice of slices) await refreshSlice(db, slice.workspaceId, slice.surveyId, slice.day);
    refreshed += slices.length;
    if (slices.length < limit) return refreshed;
  }
}

/** Rebuilds every rollup of a workspace (or of all workspaces) from raw rows. */
export async function rebuildRollups(ctx: AppContext, workspaceId?: string): Promise<number> {
  const slices = await ctx.db
    .selectFrom('responses')
    .select(['workspaceId', 'surveyId', sql<string>`${LOCAL_DAY}`.as('day')])
    .$if(Boolean(workspaceId), (q) => q.where('workspaceId', '=', workspaceId as string))
    // Anonymous employee surveys never enter the rollups (their results go through the guard only).
    .where(
      sql<boolean>`not exists (select 1 from surveys s where s.workspace_id = responses.workspace_id and s.id = responses.survey_id and s.anonymous)`,
    )
    .groupBy(['workspaceId', 'surveyId', sql`3`])
    .execute();
  await ctx.db
    .deleteFrom('metricRollups')
    .$if(Boolean(workspaceId), (q) => q.where('workspaceId', '=', workspaceId as string))
    .execute();
  for (const slice of slices) await refreshSlice(ctx.db, slice.workspaceId, slice.surveyId, slice.day);
  return slices.length;
}

/** Compares the rollups with a fresh aggregation of raw rows; returns the differing keys. */
export async function verifyRollups(ctx: AppContext, workspaceId?: string) {
  const surveys = await ctx.db
    .selectFrom('surveys')
    .select(['workspaceId', 'id', 'definition'])
    .$if(Boolean(workspaceId), (q) => q.where('workspaceId', '=', workspaceId as string))
    .where('anonymous', '=', false)
    .execute();
  const differences: string[] = [];
  let checked = 0;
  for (const survey of surveys) {
    const { ids, types } = scoredQuestions(survey.definition);
    if (ids.length === 0) continue;
    const raw = await sql<Record<string, unknown>>`${aggregateResponses(
      ids,
      types,
      sql`r.workspace_id = ${survey.workspaceId} AND r.survey_id = ${survey.id}`,
    )}`.execute(ctx.db);
    const stored = await ctx.db
      .selectFrom('metricRollups')
      .selectAll()
      .where('workspaceId', '=', survey.workspaceId)
      .where('surveyId', '=', survey.id)
      .execute();
    const key = (r: Record<string, unknown>) =>
      [
        r.day ?? '',
        r.question_id ?? r.questionId,
        r.touchpoint_id ?? r.touchpointId,
        r.channel,
        r.language,
      ].join('|');
    const counts = (r: Record<string, unknown>) =>
      ['n', 'sum', ['sum_squares', 'sumSquares'], 'promoters', 'passives', 'detractors', 'satisfied', 'agree']
        .map((f) => (Array.isArray(f) ? Number(r[f[0] as string] ?? r[f[1] as string]) : Number(r[f])))
        .join(',');
    const expected = new Map(raw.rows.map((r) => [key(r), counts(r)]));
    const actual = new Map(
      stored.map((r) => [
        key(r as unknown as Record<string, unknown>),
        counts(r as unknown as Record<string, unknown>),
      ]),
    );
    for (const k of new Set([...expected.keys(), ...actual.keys()])) {
      checked++;
      if (expected.get(k) !== actual.get(k)) {
        differences.push(
          `${survey.id} ${k}: rollup ${actual.get(k) ?? 'missing'} vs raw ${expected.get(k) ?? 'missing'}`,
        );
      }
    }
  }
  return { checked, differences };
}
