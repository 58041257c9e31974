import { chooseAgent } from '@touchpoint/core';
import {
  DEFAULT_AGENT_CAPACITY,
  PERMISSIONS,
  type TConversationLanguage,
  type TConversationQueue,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/database';
import type { ConversationRow } from './conversations.repository';
import { queueText } from './texts';

// Routing: a handed-over conversation goes to a team queue (the workspace's rules by language and channel,
// else its first team), then round-robin to the team's agent who is online, under capacity and waited
// longest since their last assignment. Nobody available: it waits unassigned, oldest first, and is assigned
// when an agent comes online or frees capacity. Every assignment runs under row locks — the workspace's
// presence rows in user order, then waiting conversations with SKIP LOCKED — so two API processes never
// give one conversation twice, nor push an agent past capacity.

const WORKING_ROLES = [...PERMISSIONS['conversations.work']];

/**
 * The team a conversation is routed to: the first matching rule (language, channel, touchpoint), else the
 * team owning its touchpoint, else the workspace's first team, else none.
 */
export async function routeTeam(
  db: Db | Tx,
  workspaceId: string,
  conversation: { language: string; channel: string; touchpointId: string | null },
): Promise<string | null> {
  const settings = await db
    .selectFrom('conversationSettings')
    .select('routing')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  const teams = await db
    .selectFrom('teams')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  const teamIds = new Set(teams.map((t) => t.id));
  for (const rule of settings?.routing ?? []) {
    if (!teamIds.has(rule.teamId)) continue; // a deleted team's rule is skipped
    if (rule.language && rule.language !== conversation.language) continue;
    if (rule.channel && rule.channel !== conversation.channel) continue;
    if (rule.touchpointId && rule.touchpointId !== conversation.touchpointId) continue;
    return rule.teamId;
  }
  // No rule: the team that owns the touchpoint the chat was opened on, else the first team.
  if (conversation.touchpointId) {
    const touchpoint = await db
      .selectFrom('touchpoints')
      .select('ownerTeamId')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', conversation.touchpointId)
      .executeTakeFirst();
    if (touchpoint?.ownerTeamId && teamIds.has(touchpoint.ownerTeamId)) return touchpoint.ownerTeamId;
  }
  return teams[0]?.id ?? null;
}

/** Who may take conversations of a team (or of the workspace when there is no team): active working members. */
function poolQuery(db: Db | Tx, workspaceId: string, teamId: string | null) {
  let query = db
    .selectFrom('memberships as m')
    .select('m.userId')
    .where('m.workspaceId', '=', workspaceId)
    .where('m.deactivatedAt', 'is', null)
    .where('m.role', 'in', WORKING_ROLES);
  if (teamId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('teamMembers as tm')
          .select('tm.userId')
          .whereRef('tm.workspaceId', '=', 'm.workspaceId')
          .whereRef('tm.userId', '=', 'm.userId')
          .where('tm.teamId', '=', teamId),
      ),
    );
  }
  return query;
}

/** Locks the workspace's presence rows in a fixed order: every assignment takes them first, so none deadlock. */
async function lockPresence(tx: Tx, workspaceId: string) {
  return tx
    .selectFrom('agentPresence')
    .select(['userId', 'presence', 'capacity', 'lastAssignedAt'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('userId')
    .forUpdate()
    .execute();
}

/** Open conversations per agent (what capacity counts). */
export async function openCounts(db: Db | Tx, workspaceId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('conversations')
    .select(['assigneeUserId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspaceId', '=', workspaceId)
    .where('status', '=', 'open')
    .where('assigneeUserId', 'in', userIds)
    .groupBy('assigneeUserId')
    .execute();
  return new Map(rows.map((r) => [r.assigneeUserId as string, Number(r.n)]));
}

type PresenceRow = Awaited<ReturnType<typeof lockPresence>>[number];

async function pickFrom(
  tx: Tx,
  workspaceId: string,
  teamId: string | null,
  presence: PresenceRow[],
  exclude: string | null,
): Promise<string | null> {
  const online = presence.filter((p) => p.presence === 'online' && p.userId !== exclude);
  if (online.length === 0) return null;
  const pool = new Set(
    (
      await poolQuery(tx, workspaceId, teamId)
        .where(
          'm.userId',
          'in',
          online.map((p) => p.userId),
        )
        .execute()
    ).map((r) => r.userId),
  );
  const candidates = online.filter((p) => pool.has(p.userId));
  if (candidates.length === 0) return null;
  const counts = await openCounts(
    tx,
    workspaceId,
    candidates.map((c) => c.userId),
  );
  const seat = chooseAgent(
    candidates.map((c) => ({
      userId: c.userId,
      presence: c.presence,
      capacity: c.capacity,
      openCount: counts.get(c.userId) ?? 0,
      lastAssignedAt: c.lastAssignedAt?.getTime() ?? null,
    })),
  );
  const chosen = seat ? candidates.find((c) => c.userId === seat.userId) : undefined;
  if (!chosen) return null;
  const now = new Date(Math.max(Date.now(), ...presence.map((p) => (p.lastAssignedAt?.getTime() ?? 0) + 1)));
  chosen.lastAssignedAt = now;
  await tx
    .updateTable('agentPresence')
    .set({ lastAssignedAt: now })
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', chosen.userId)
    .execute();
  return chosen.userId;
}

/**
 * The next available agent of a team (or of the workspace without a team), taken under the presence locks
 * inside the caller's transaction; null when everyone is offline, away or full.
 */
export async function pickAgent(
  tx: Tx,
  workspaceId: string,
  teamId: string | null,
  exclude: string | null = null,
): Promise<string | null> {
  const presence = await lockPresence(tx, workspaceId);
  return pickFrom(tx, workspaceId, teamId, presence, exclude);
}

/** Whether this agent may take one more conversation now (online, under capacity, in the team if any). */
export async function isAvailable(
  tx: Tx,
  workspaceId: string,
  userId: string,
  teamId: string | null,
): Promise<boolean> {
  const presence = (await lockPresence(tx, workspaceId)).find((p) => p.userId === userId);
  if (presence?.presence !== 'online') return false;
  const inPool = await poolQuery(tx, workspaceId, teamId).where('m.userId', '=', userId).executeTakeFirst();
  if (!inPool) return false;
  const counts = await openCounts(tx, workspaceId, [userId]);
  return (counts.get(userId) ?? 0) < presence.capacity;
}

/**
 * Gives waiting conversations (open, unassigned; oldest first) to agents who can take them. Waiting rows
 * are taken FOR UPDATE SKIP LOCKED: one being assigned by another process is left to it. Returns what
 * was assigned; the caller notifies and publishes after the commit.
 */
export async function assignWaiting(
  tx: Tx,
  workspaceId: string,
  limit = 100,
): Promise<{ conversationId: string; assigneeId: string; teamId: string | null }[]> {
  const presence = await lockPresence(tx, workspaceId);
  if (!presence.some((p) => p.presence === 'online')) return [];
  const waiting = await tx
    .selectFrom('conversations')
    .select(['id', 'teamId'])
    .where('workspaceId', '=', workspaceId)
    .where('status', '=', 'open')
    .where('assigneeUserId', 'is', null)
    .orderBy('handedOverAt')
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  const assigned: { conversationId: string; assigneeId: string; teamId: string | null }[] = [];
  const fullTeams = new Set<string | null>();
  for (const conversation of waiting) {
    if (fullTeams.has(conversation.teamId)) continue;
    const assigneeId = await pickFrom(tx, workspaceId, conversation.teamId, presence, null);
    if (!assigneeId) {
      fullTeams.add(conversation.teamId);
      continue;
    }
    await tx
      .updateTable('conversations')
      .set({ assigneeUserId: assigneeId, updatedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', conversation.id)
      .execute();
    assigned.push({ conversationId: conversation.id, assigneeId, teamId: conversation.teamId });
  }
  return assigned;
}

/** Where a waiting conversation stands in its queue, and an honest word on the wait; null when not waiting. */
export async function queueOf(
  db: Db | Tx,
  conversation: ConversationRow,
): Promise<TConversationQueue | null> {
  if (conversation.status !== 'open' || conversation.assigneeUserId || !conversation.handedOverAt)
    return null;
  const { workspaceId, teamId } = conversation;
  const ahead = await db
    .selectFrom('conversations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspaceId', '=', workspaceId)
    .where('status', '=', 'open')
    .where('assigneeUserId', 'is', null)
    .where(teamId ? sql<boolean>`team_id = ${teamId}` : sql<boolean>`team_id IS NULL`)
    .where(sql<boolean>`(handed_over_at, id) < (${conversation.handedOverAt}, ${conversation.id})`)
    .executeTakeFirst();
  const position = Number(ahead?.n ?? 0) + 1;
  const online = await poolQuery(db, workspaceId, teamId)
    .innerJoin('agentPresence as p', (join) =>
      join.onRef('p.workspaceId', '=', 'm.workspaceId').onRef('p.userId', '=', 'm.userId'),
    )
    .where('p.presence', '=', 'online')
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const onlineAgents = Number(online?.n ?? 0);
  let estimatedWaitMinutes: number | null = null;
  if (onlineAgents > 0) {
    // From this queue's recent history only: the median wait for a first reply, times the people ahead
    // per online agent. Too few samples → no number rather than a made-up one.
    const recent = await db
      .selectFrom('conversations')
      .select(sql<number>`extract(epoch from (first_response_at - handed_over_at))`.as('seconds'))
      .where('workspaceId', '=', workspaceId)
      .where(teamId ? sql<boolean>`team_id = ${teamId}` : sql<boolean>`team_id IS NULL`)
      .where('firstResponseAt', 'is not', null)
      .where('handedOverAt', '>', new Date(Date.now() - 14 * 86_400_000))
      .orderBy('handedOverAt', 'desc')
      .limit(50)
      .execute();
    const seconds = recent
      .map((r) => Number(r.seconds))
      .filter((s) => Number.isFinite(s) && s >= 0)
      .sort((a, b) => a - b);
    if (seconds.length >= 5) {
      const median = seconds[Math.floor(seconds.length / 2)] ?? 0;
      estimatedWaitMinutes = Math.max(1, Math.ceil((median / 60) * Math.ceil(position / onlineAgents)));
    }
  }
  return {
    position,
    estimatedWaitMinutes,
    message: queueText(conversation.language as TConversationLanguage, {
      position,
      estimatedWaitMinutes,
      anyoneOnline: onlineAgents > 0,
    }),
  };
}

export async function capacityOf(db: Db | Tx, workspaceId: string, userId: string): Promise<number> {
  const row = await db
    .selectFrom('agentPresence')
    .select('capacity')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.capacity ?? DEFAULT_AGENT_CAPACITY;
}
