import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';

export interface TeamResponseIds {
  touchpoints: string[];
  cases: string[];
  conversations: string[];
}

/**
 * For every team, the customer responses that speak about its work in [start, end): answers at the
 * touchpoints it owns, the feedback linked to the cases it resolved, and the CSAT answers of the
 * conversations it resolved (credited by the CSAT flow's own record, never by a response's hidden fields).
 */
export async function teamCustomerResponses(
  db: Db,
  workspaceId: string,
  start: Date,
  end: Date,
): Promise<Map<string, TeamResponseIds>> {
  const byTeam = new Map<string, TeamResponseIds>();
  const entry = (teamId: string) => {
    let e = byTeam.get(teamId);
    if (!e) {
      e = { touchpoints: [], cases: [], conversations: [] };
      byTeam.set(teamId, e);
    }
    return e;
  };
  const owned = await sql<{ teamId: string; id: string }>`
    SELECT t.owner_team_id::text AS "teamId", r.id::text AS id
    FROM touchpoints t
    JOIN responses r ON r.workspace_id = t.workspace_id AND r.touchpoint_id = t.id
    WHERE t.workspace_id = ${workspaceId} AND t.owner_team_id IS NOT NULL AND r.finished
      AND r.finished_at >= ${start} AND r.finished_at < ${end}
  `.execute(db);
  for (const row of owned.rows) entry(row.teamId).touchpoints.push(row.id);
  const cases = await sql<{ teamId: string; id: string }>`
    SELECT c.team_id::text AS "teamId", i.item_id::text AS id
    FROM cases c
    JOIN case_items i ON i.workspace_id = c.workspace_id AND i.case_id = c.id AND i.item_kind = 'response'
    WHERE c.workspace_id = ${workspaceId} AND c.team_id IS NOT NULL AND c.resolved_at IS NOT NULL
      AND c.resolved_at >= ${start} AND c.resolved_at < ${end}
  `.execute(db);
  for (const row of cases.rows) entry(row.teamId).cases.push(row.id);
  const conversations = await sql<{ teamId: string; id: string }>`
    SELECT c.team_id::text AS "teamId", c.response_id::text AS id
    FROM conversation_csat c
    JOIN responses r ON r.workspace_id = c.workspace_id AND r.id = c.response_id
    WHERE c.workspace_id = ${workspaceId} AND c.team_id IS NOT NULL AND r.finished
      AND r.finished_at >= ${start} AND r.finished_at < ${end}
  `.execute(db);
  for (const row of conversations.rows) entry(row.teamId).conversations.push(row.id);
  return byTeam;
}
