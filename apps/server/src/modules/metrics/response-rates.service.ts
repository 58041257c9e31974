import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';

/**
 * The funnel per channel or survey: displays (the survey was shown or sent) → started (a response exists)
 * → finished. Rates are percentages; a group without displays has no response rate rather than 0.
 */
export async function responseRates(
  ctx: AppContext,
  workspaceId: string,
  query: {
    surveyId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    groupBy: 'channel' | 'survey';
  },
) {
  const key = query.groupBy === 'channel' ? sql.ref('channel') : sql.ref('survey_id');
  const range = (column: string) => sql`
    ${query.surveyId ? sql`AND survey_id = ${query.surveyId}` : sql``}
    ${query.from ? sql`AND ${sql.ref(column)} >= ${`${query.from}T00:00:00Z`}::timestamptz` : sql``}
    ${query.to ? sql`AND ${sql.ref(column)} < ${`${query.to}T00:00:00Z`}::timestamptz` : sql``}`;
  const { rows } = await sql<{ key: string; displays: number; started: number; finished: number }>`
    WITH d AS (
      SELECT ${key}::text AS key, count(*)::int AS displays FROM survey_displays
      WHERE workspace_id = ${workspaceId} ${range('created_at')} GROUP BY 1
    ), r AS (
      SELECT ${key}::text AS key, count(*)::int AS started, (count(*) FILTER (WHERE finished))::int AS finished
      FROM responses WHERE workspace_id = ${workspaceId} ${range('created_at')} GROUP BY 1
    )
    SELECT coalesce(d.key, r.key) AS key, coalesce(d.displays, 0) AS displays, coalesce(r.started, 0) AS started,
      coalesce(r.finished, 0) AS finished
    FROM d FULL JOIN r ON r.key = d.key
    ORDER BY 1
  `.execute(ctx.db);
  const names =
    query.groupBy === 'survey'
      ? new Map(
          (
            await ctx.db
              .selectFrom('surveys')
              .select(['id', 'name'])
              .where('workspaceId', '=', workspaceId)
              .execute()
          ).map((s) => [s.id, s.name]),
        )
      : new Map<string, string>();
  return {
    groups: rows.map((row) => ({
      key: row.key,
      label: names.get(row.key) ?? null,
      displays: row.displays,
      started: row.started,
      finished: row.finished,
      responseRate: row.displays > 0 ? (row.started * 100) / row.displays : null,
      completionRate: row.started > 0 ? (row.finished * 100) / row.started : null,
    })),
  };
}
