import { median, rateWithInterval } from '@touchpoint/core';
import type { TProgrammeHealth } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

// Programme health: is the loop being closed? Definitions (also in docs/ARCHITECTURE.md):
// - loop closure: of the detractor responses (NPS 0–6) received in the period, the share linked to a case
//   (case_items) that has a sent follow-up or a recorded outcome. With a team: the detractors at the
//   team's touchpoints or in the team's cases.
// - time to first action / to resolve: medians over the cases opened in the period that have one, in
//   elapsed (calendar) minutes — what the customer waited, not business minutes.
// - SLA breach rate: of the cases opened in the period that have SLA targets, the share that breached
//   either clock (cases still running count as not breached yet).
// - backlog: open cases per team now, and how many of them are past a due date.

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export async function programmeHealth(
  ctx: AppContext,
  workspaceId: string,
  query: { from?: string | undefined; to?: string | undefined; teamId?: string | undefined },
  now = new Date(),
): Promise<TProgrammeHealth> {
  const to = query.to ?? day(now.getTime() + DAY_MS);
  const from = query.from ?? day(new Date(`${to}T00:00:00Z`).getTime() - DEFAULT_DAYS * DAY_MS);
  if (from >= to) {
    throw new AppError('VALIDATION_FAILED', 'query.from: must be before to', [
      { name: 'query.from', reason: 'must be before to' },
    ]);
  }
  const teamId = query.teamId ?? null;
  if (teamId) {
    const team = await ctx.db
      .selectFrom('teams')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', teamId)
      .executeTakeFirst();
    if (!team) throw AppError.notFound('team');
  }
  const start = `${from}T00:00:00Z`;
  const end = `${to}T00:00:00Z`;

  const detractorTeam = teamId
    ? sql`AND (
        EXISTS (SELECT 1 FROM touchpoints t WHERE t.workspace_id = r.workspace_id AND t.id = r.touchpoint_id
          AND t.owner_team_id = ${teamId})
        OR EXISTS (SELECT 1 FROM case_items ci JOIN cases c ON c.workspace_id = ci.workspace_id AND c.id = ci.case_id
          WHERE ci.workspace_id = r.workspace_id AND ci.item_kind = 'response' AND ci.item_id = r.id
            AND c.team_id = ${teamId}))`
    : sql``;
  const loop = await sql<{ detractors: number; closed: number }>`
    SELECT count(*)::int AS detractors,
      (count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM case_items ci
        JOIN cases c ON c.workspace_id = ci.workspace_id AND c.id = ci.case_id
        WHERE ci.workspace_id = r.workspace_id AND ci.item_kind = 'response' AND ci.item_id = r.id
          AND (c.outcome IS NOT NULL OR EXISTS (
            SELECT 1 FROM case_follow_ups f
            WHERE f.workspace_id = c.workspace_id AND f.case_id = c.id AND f.status = 'sent'))
      )))::int AS closed
    FROM responses r
    WHERE r.workspace_id = ${workspaceId} AND r.nps_score IS NOT NULL AND r.nps_score <= 6
      AND r.created_at >= ${start}::timestamptz AND r.created_at < ${end}::timestamptz
      -- Anonymous employee answers are never counted by time window (docs/CONFIDENTIALITY.md).
      AND NOT EXISTS (SELECT 1 FROM surveys s
        WHERE s.workspace_id = r.workspace_id AND s.id = r.survey_id AND s.anonymous)
      ${detractorTeam}
  `.execute(ctx.db);
  const detractors = loop.rows[0]?.detractors ?? 0;
  const closed = loop.rows[0]?.closed ?? 0;

  const caseTeam = teamId ? sql`AND c.team_id = ${teamId}` : sql``;
  const opened = await sql<{
    firstActionMinutes: number | null;
    resolveMinutes: number | null;
    hasSla: boolean;
    breached: boolean;
  }>`
    SELECT extract(epoch FROM (c.first_action_at - c.created_at))::float8 / 60 AS first_action_minutes,
      extract(epoch FROM (c.resolved_at - c.created_at))::float8 / 60 AS resolve_minutes,
      (c.first_action_due_at IS NOT NULL OR c.resolve_due_at IS NOT NULL) AS has_sla,
      (c.first_action_breached OR c.resolve_breached) AS breached
    FROM cases c
    WHERE c.workspace_id = ${workspaceId}
      AND c.created_at >= ${start}::timestamptz AND c.created_at < ${end}::timestamptz
      ${caseTeam}
  `.execute(ctx.db);
  const firstAction = opened.rows.flatMap((r) =>
    r.firstActionMinutes === null ? [] : [Number(r.firstActionMinutes)],
  );
  const resolve = opened.rows.flatMap((r) => (r.resolveMinutes === null ? [] : [Number(r.resolveMinutes)]));
  const withSla = opened.rows.filter((r) => r.hasSla);
  const breached = withSla.filter((r) => r.breached).length;

  const resolvedInPeriod = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM cases c
    WHERE c.workspace_id = ${workspaceId}
      AND c.resolved_at >= ${start}::timestamptz AND c.resolved_at < ${end}::timestamptz
      ${caseTeam}
  `.execute(ctx.db);

  const backlog = await sql<{
    teamId: string | null;
    teamName: string | null;
    open: number;
    overdue: number;
  }>`
    WITH open_cases AS (
      SELECT c.team_id,
        (count(*))::int AS open,
        (count(*) FILTER (WHERE (c.first_action_at IS NULL AND c.first_action_due_at < ${now})
          OR c.resolve_due_at < ${now}))::int AS overdue
      FROM cases c
      WHERE c.workspace_id = ${workspaceId} AND c.status NOT IN ('resolved', 'closed') ${caseTeam}
      GROUP BY c.team_id
    )
    SELECT t.id AS team_id, t.name AS team_name, coalesce(o.open, 0)::int AS open, coalesce(o.overdue, 0)::int AS overdue
    FROM teams t LEFT JOIN open_cases o ON o.team_id = t.id
    WHERE t.workspace_id = ${workspaceId} ${teamId ? sql`AND t.id = ${teamId}` : sql``}
    UNION ALL
    SELECT NULL, NULL, o.open, o.overdue FROM open_cases o WHERE o.team_id IS NULL
    ORDER BY 3 DESC, 2 NULLS LAST
  `.execute(ctx.db);

  const loopRate = rateWithInterval(closed, detractors);
  const breachRate = rateWithInterval(breached, withSla.length);
  return {
    from,
    to,
    teamId,
    loopClosure: { rate: loopRate.rate, ci95: loopRate.ci95, closed, detractors },
    timeToFirstAction: { medianMinutes: median(firstAction), n: firstAction.length },
    timeToResolve: { medianMinutes: median(resolve), n: resolve.length },
    slaBreachRate: { rate: breachRate.rate, ci95: breachRate.ci95, breached, n: withSla.length },
    backlog: backlog.rows.map((r) => ({
      teamId: r.teamId,
      teamName: r.teamName,
      open: Number(r.open),
      overdue: Number(r.overdue),
    })),
    casesOpened: opened.rows.length,
    casesResolved: resolvedInPeriod.rows[0]?.n ?? 0,
  };
}
