import {
  type BotOutcome,
  computeContainment,
  computeCsat,
  computeHandover,
  durationSummary,
} from '@touchpoint/core';
import type { TConversationMetrics } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { CSAT_QUESTION_ID, findCsatSurveyId } from './csat.service';

const DAY_MS = 86_400_000;
/** Without a period the inbox shows the last 30 days (today included). */
const DEFAULT_DAYS = 30;

export interface ConversationMetricsQuery {
  from?: string | undefined;
  to?: string | undefined;
  teamId?: string | undefined;
}

/** The period as UTC instants: `from` at 00:00 to the day after `to` at 00:00, like every other metric. */
function periodOf(query: ConversationMetricsQuery, now: Date) {
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from =
    query.from ??
    new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  return {
    from,
    to,
    start: new Date(`${from}T00:00:00Z`),
    end: new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS),
  };
}

interface OutcomeRow {
  status: string;
  resolution: string | null;
  resolvedAt: Date | null;
  handedOverAt: Date | null;
  handoffReason: string | null;
  cameBackAt: Date | null;
  firstResponseSeconds: number | null;
  resolutionSeconds: number | null;
}

/** How each conversation of the period ended for the bot; still with the bot (undecided) is left out. */
function outcomeOf(row: OutcomeRow): BotOutcome | null {
  if (row.handedOverAt) return { kind: 'handed_over', reason: row.handoffReason };
  if ((row.resolution === 'bot_confirmed' || row.resolution === 'bot_assumed') && row.resolvedAt) {
    return { kind: row.resolution, resolvedAt: row.resolvedAt, cameBackAt: row.cameBackAt };
  }
  if (row.status === 'bot') return null;
  return { kind: 'other' };
}

/**
 * Inbox metrics of the conversations started in the period (optionally one team's): bot containment
 * (a bot resolution counts only when that customer did not write again within 7 days — in the same or any
 * other conversation — with confirmed and assumed resolutions apart), hand-over rate and reasons, first
 * response (from the hand-over to the first agent reply) and resolution time (from the hand-over to an
 * agent's resolution) percentiles, and CSAT from the conversation satisfaction survey's responses, per
 * agent and team, each with n and a Wilson 95% interval.
 */
export async function conversationMetrics(
  ctx: AppContext,
  workspaceId: string,
  query: ConversationMetricsQuery,
  now = new Date(),
): Promise<TConversationMetrics> {
  const { from, to, start, end } = periodOf(query, now);
  const team = query.teamId ?? null;
  const rows = await sql<OutcomeRow>`
    SELECT c.status, c.resolution, c.resolved_at AS "resolvedAt", c.handed_over_at AS "handedOverAt",
      c.handoff_reason AS "handoffReason",
      CASE WHEN c.resolution IN ('bot_confirmed', 'bot_assumed') AND c.handed_over_at IS NULL THEN (
        SELECT min(m.created_at)
        FROM conversation_messages m
        JOIN conversations c2 ON c2.workspace_id = m.workspace_id AND c2.id = m.conversation_id
        WHERE m.workspace_id = c.workspace_id AND m.author = 'customer' AND m.created_at > c.resolved_at
          AND (c2.id = c.id OR (c.contact_id IS NOT NULL AND c2.contact_id = c.contact_id))
      ) END AS "cameBackAt",
      extract(epoch FROM c.first_response_at - coalesce(c.handed_over_at, c.created_at))::float8
        AS "firstResponseSeconds",
      CASE WHEN c.resolution = 'agent' THEN
        extract(epoch FROM c.resolved_at - coalesce(c.handed_over_at, c.created_at))::float8
      END AS "resolutionSeconds"
    FROM conversations c
    WHERE c.workspace_id = ${workspaceId}
      AND c.created_at >= ${start} AND c.created_at < ${end}
      AND (${team}::uuid IS NULL OR coalesce(c.resolved_by_team_id, c.team_id) = ${team}::uuid)
  `.execute(ctx.db);

  const outcomes: BotOutcome[] = [];
  const firstResponses: number[] = [];
  const resolutions: number[] = [];
  for (const row of rows.rows) {
    const outcome = outcomeOf(row);
    if (outcome) outcomes.push(outcome);
    if (row.firstResponseSeconds !== null) firstResponses.push(row.firstResponseSeconds);
    if (row.resolutionSeconds !== null) resolutions.push(row.resolutionSeconds);
  }
  const containment = computeContainment(outcomes, now);
  const handover = computeHandover(outcomes);

  return {
    from,
    to,
    containment: {
      rate: containment.value,
      n: containment.n,
      ci: containment.ci95,
      confirmed: containment.confirmed,
      assumed: containment.assumed,
      cameBack: containment.cameBack,
      provisional: containment.provisional,
    },
    handover: { rate: handover.value, n: handover.n, ci: handover.ci95, reasons: handover.reasons },
    firstResponse: durationSummary(firstResponses),
    resolution: durationSummary(resolutions),
    csat: await csatMetrics(ctx, workspaceId, start, end, team),
  };
}

/** CSAT (top-2-box %) of the conversation satisfaction answers completed in the period, overall and per group. */
async function csatMetrics(
  ctx: AppContext,
  workspaceId: string,
  start: Date,
  end: Date,
  team: string | null,
) {
  const surveyId = await findCsatSurveyId(ctx, workspaceId);
  const empty = { value: null, n: 0, ci: null, byAgent: [], byTeam: [] };
  if (!surveyId) return empty;
  // Only answers the CSAT flow linked to a resolution count, credited to the agent and team recorded on
  // that resolution: a response's hidden fields are whatever its sender wrote, so they are not trusted.
  const answers = await sql<{ score: number | null; agentId: string | null; teamId: string | null }>`
    SELECT (r.answers ->> ${CSAT_QUESTION_ID})::int AS score,
      c.agent_user_id::text AS "agentId",
      c.team_id::text AS "teamId"
    FROM conversation_csat c
    JOIN responses r ON r.workspace_id = c.workspace_id AND r.id = c.response_id
    WHERE c.workspace_id = ${workspaceId} AND r.survey_id = ${surveyId} AND r.finished
      AND r.finished_at >= ${start} AND r.finished_at < ${end}
      AND (${team}::text IS NULL OR c.team_id::text = ${team}::text)
  `.execute(ctx.db);
  const scores = answers.rows.map((row) => row.score);
  const overall = computeCsat(scores);

  const group = (key: 'agentId' | 'teamId') => {
    const byId = new Map<string, (number | null)[]>();
    for (const row of answers.rows) {
      const id = row[key];
      if (!id) continue;
      const list = byId.get(id) ?? [];
      list.push(row.score);
      byId.set(id, list);
    }
    return byId;
  };
  const agents = group('agentId');
  const teams = group('teamId');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const agentIds = [...agents.keys()].filter((id) => uuid.test(id));
  const teamIds = [...teams.keys()].filter((id) => uuid.test(id));
  const agentNames = new Map(
    agentIds.length === 0
      ? []
      : (
          await ctx.db
            .selectFrom('users')
            .innerJoin('memberships', 'memberships.userId', 'users.id')
            .select(['users.id', 'users.name'])
            .where('memberships.workspaceId', '=', workspaceId)
            .where('users.id', 'in', agentIds)
            .execute()
        ).map((row) => [row.id, row.name]),
  );
  const teamNames = new Map(
    teamIds.length === 0
      ? []
      : (
          await ctx.db
            .selectFrom('teams')
            .select(['id', 'name'])
            .where('workspaceId', '=', workspaceId)
            .where('id', 'in', teamIds)
            .execute()
        ).map((row) => [row.id, row.name]),
  );
  const present = (byId: Map<string, (number | null)[]>, names: Map<string, string>) =>
    [...byId]
      .filter(([id]) => names.has(id))
      .map(([id, list]) => {
        const result = computeCsat(list);
        return { id, name: names.get(id) as string, value: result.value, n: result.n, ci: result.ci95 };
      })
      .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  return {
    value: overall.value,
    n: overall.n,
    ci: overall.ci95,
    byAgent: present(agents, agentNames),
    byTeam: present(teams, teamNames),
  };
}
