import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { customerScores } from '../ex-cx/index';

/**
 * One piece of work an agent is credited with: a resolved case (with the customer feedback linked to it),
 * a resolved conversation (its times), or the CSAT answer the conversation flow asked after a resolution
 * (credited to the agent and team recorded with the resolution, as the conversation metrics do).
 */
export interface CoachingItem {
  kind: 'case' | 'conversation';
  agentId: string | null;
  teamId: string | null;
  /** Counts as a resolution (a CSAT answer is not a second resolution of its conversation). */
  resolved: boolean;
  firstResponseSeconds: number | null;
  resolutionSeconds: number | null;
  csat: number[];
  topicIds: string[];
}

const seconds = (from: Date | null, to: Date | null) =>
  from && to && to.getTime() >= from.getTime() ? (to.getTime() - from.getTime()) / 1000 : null;

export async function loadCoachingItems(
  ctx: AppContext,
  workspaceId: string,
  start: Date,
  end: Date,
): Promise<CoachingItem[]> {
  const cases = await ctx.db
    .selectFrom('cases')
    .select(['id', 'assigneeId', 'teamId', 'topicId', 'createdAt', 'firstActionAt', 'resolvedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('resolvedAt', '>=', start)
    .where('resolvedAt', '<', end)
    .execute();
  const caseResponses = new Map<string, string[]>();
  if (cases.length > 0) {
    const links = await ctx.db
      .selectFrom('caseItems')
      .select(['caseId', 'itemId'])
      .where('workspaceId', '=', workspaceId)
      .where('itemKind', '=', 'response')
      .where(
        'caseId',
        'in',
        cases.map((c) => c.id),
      )
      .execute();
    for (const link of links)
      caseResponses.set(link.caseId, [...(caseResponses.get(link.caseId) ?? []), link.itemId]);
  }
  const conversations = await ctx.db
    .selectFrom('conversations')
    .select([
      'resolvedByUserId',
      'resolvedByTeamId',
      'createdAt',
      'handedOverAt',
      'firstResponseAt',
      'resolvedAt',
    ])
    .where('workspaceId', '=', workspaceId)
    .where('resolution', '=', 'agent')
    .where('resolvedAt', '>=', start)
    .where('resolvedAt', '<', end)
    .execute();
  const csatRows = await sql<{ agentId: string | null; teamId: string | null; responseId: string }>`
    SELECT agent_user_id::text AS "agentId", team_id::text AS "teamId", response_id::text AS "responseId"
    FROM conversation_csat
    WHERE workspace_id = ${workspaceId} AND response_id IS NOT NULL
      AND resolved_at >= ${start} AND resolved_at < ${end}
  `.execute(ctx.db);

  const responseIds = [...[...caseResponses.values()].flat(), ...csatRows.rows.map((r) => r.responseId)];
  const scores = await customerScores(ctx.db, workspaceId, responseIds);
  const topicsByResponse = new Map<string, string[]>();
  for (let i = 0; i < responseIds.length; i += 500) {
    const batch = responseIds.slice(i, i + 500);
    if (batch.length === 0) continue;
    const matches = await ctx.db
      .selectFrom('textTopicMatches')
      .select(['itemId', 'topicId'])
      .where('workspaceId', '=', workspaceId)
      .where('itemKind', '=', 'response')
      .where('itemId', 'in', batch)
      .execute();
    for (const m of matches)
      topicsByResponse.set(m.itemId, [...(topicsByResponse.get(m.itemId) ?? []), m.topicId]);
  }
  const csatOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const v = scores.get(id)?.csat;
      return typeof v === 'number' ? [v] : [];
    });
  const topicsOf = (ids: readonly string[], extra: string | null) => [
    ...new Set([...(extra ? [extra] : []), ...ids.flatMap((id) => topicsByResponse.get(id) ?? [])]),
  ];

  const items: CoachingItem[] = [];
  for (const c of cases) {
    const linked = caseResponses.get(c.id) ?? [];
    items.push({
      kind: 'case',
      agentId: c.assigneeId,
      teamId: c.teamId,
      resolved: true,
      firstResponseSeconds: seconds(c.createdAt, c.firstActionAt),
      resolutionSeconds: seconds(c.createdAt, c.resolvedAt),
      csat: csatOf(linked),
      topicIds: topicsOf(linked, c.topicId),
    });
  }
  for (const c of conversations) {
    const startedWithAgent = c.handedOverAt ?? c.createdAt;
    items.push({
      kind: 'conversation',
      agentId: c.resolvedByUserId,
      teamId: c.resolvedByTeamId,
      resolved: true,
      firstResponseSeconds: seconds(startedWithAgent, c.firstResponseAt),
      resolutionSeconds: seconds(startedWithAgent, c.resolvedAt),
      csat: [],
      topicIds: [],
    });
  }
  for (const row of csatRows.rows) {
    items.push({
      kind: 'conversation',
      agentId: row.agentId,
      teamId: row.teamId,
      resolved: false,
      firstResponseSeconds: null,
      resolutionSeconds: null,
      csat: csatOf([row.responseId]),
      topicIds: topicsOf([row.responseId], null),
    });
  }
  return items;
}
