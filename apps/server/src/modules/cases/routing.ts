import { can, PERMISSIONS } from '@touchpoint/schemas';
import type { Db, Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';

// Routing: which team owns a case, and who in it works it. A case goes to the team named explicitly, else
// the team owning its touchpoint, else the team owning its topic; inside the team, round-robin over the
// members whose membership is active and whose role works cases (a deactivated member is never given work).

/** The owning team: explicit → the touchpoint's owner → the topic's owner → none. */
export async function routeTeam(
  db: Db | Tx,
  workspaceId: string,
  input: { teamId?: string | null; touchpointId?: string | null; topicId?: string | null },
): Promise<string | null> {
  if (input.teamId) return input.teamId;
  if (input.touchpointId) {
    const touchpoint = await db
      .selectFrom('touchpoints')
      .select('ownerTeamId')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', input.touchpointId)
      .executeTakeFirst();
    if (touchpoint?.ownerTeamId) return touchpoint.ownerTeamId;
  }
  if (input.topicId) {
    const topic = await db
      .selectFrom('topics')
      .select('ownerTeamId')
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', input.topicId)
      .executeTakeFirst();
    if (topic?.ownerTeamId) return topic.ownerTeamId;
  }
  return null;
}

/** The team's members who may be given work (active, in a role that works cases), in a stable order. */
export async function activeTeamMembers(db: Db | Tx, workspaceId: string, teamId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('teamMembers as tm')
    .innerJoin('memberships as m', (join) =>
      join.onRef('m.workspaceId', '=', 'tm.workspaceId').onRef('m.userId', '=', 'tm.userId'),
    )
    .select('tm.userId')
    .where('tm.workspaceId', '=', workspaceId)
    .where('tm.teamId', '=', teamId)
    .where('m.deactivatedAt', 'is', null)
    // A viewer or an analyst in the team may read its queue but cannot work a case.
    .where('m.role', 'in', [...PERMISSIONS['cases.work']])
    .orderBy('tm.userId')
    .execute();
  return rows.map((r) => r.userId);
}

/** The member after `last` in the stable order, wrapping around; `exclude` is skipped. */
export function nextInRotation(
  members: readonly string[],
  last: string | null,
  exclude?: string,
): string | null {
  const pool = exclude ? members.filter((m) => m !== exclude) : [...members];
  if (pool.length === 0) return null;
  if (!last) return pool[0] ?? null;
  return pool.find((m) => m > last) ?? pool[0] ?? null;
}

/**
 * Picks the next assignee of a team round-robin and moves the team's cursor, under a row lock on the team
 * so two cases created at the same moment do not both go to the same person. Must run inside the
 * transaction that writes the case. Teams set to manual assignment (or with nobody active) get no assignee.
 */
export async function pickRoundRobin(
  tx: Tx,
  workspaceId: string,
  teamId: string,
  exclude?: string,
): Promise<string | null> {
  const team = await tx
    .selectFrom('teams')
    .select(['assignment', 'lastAssignedUserId'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', teamId)
    .forUpdate()
    .executeTakeFirst();
  if (!team || team.assignment === 'manual') return null;
  const next = nextInRotation(
    await activeTeamMembers(tx, workspaceId, teamId),
    team.lastAssignedUserId,
    exclude,
  );
  if (next) {
    await tx
      .updateTable('teams')
      .set({ lastAssignedUserId: next })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', teamId)
      .execute();
  }
  return next;
}

/** Refuses (400) a team of another workspace. */
export async function assertTeamInWorkspace(db: Db | Tx, workspaceId: string, teamId: string, param: string) {
  const team = await db
    .selectFrom('teams')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  if (!team) {
    throw new AppError('VALIDATION_FAILED', `${param}: no such team in this workspace`, [
      { name: param, reason: 'no such team in this workspace' },
    ]);
  }
}

/** Refuses (400) an assignee who is not an active member of the workspace, or not of the team when set. */
export async function assertAssignable(
  db: Db | Tx,
  workspaceId: string,
  userId: string,
  teamId: string | null,
  param = 'body.assigneeId',
) {
  const member = await db
    .selectFrom('memberships')
    .select(['deactivatedAt', 'role'])
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  const reason = !member
    ? 'not a member of this workspace'
    : member.deactivatedAt
      ? 'this member is deactivated'
      : can(member.role, 'cases.work')
        ? null
        : `a ${member.role} cannot work cases`;
  if (reason) throw new AppError('VALIDATION_FAILED', `${param}: ${reason}`, [{ name: param, reason }]);
  if (teamId) {
    const inTeam = await db
      .selectFrom('teamMembers')
      .select('userId')
      .where('workspaceId', '=', workspaceId)
      .where('teamId', '=', teamId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    if (!inTeam) {
      const reason = 'not a member of the case’s team';
      throw new AppError('VALIDATION_FAILED', `${param}: ${reason}`, [{ name: param, reason }]);
    }
  }
}
