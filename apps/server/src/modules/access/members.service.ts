import type { TMember, TPageQuery, TRole } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

function memberRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select([
      'users.id as userId',
      'users.email',
      'users.name',
      'memberships.role',
      'memberships.createdAt',
      'memberships.deactivatedAt',
      sql<string[]>`coalesce((
        select array_agg(tm.team_id order by tm.team_id) from team_members tm
        where tm.workspace_id = memberships.workspace_id and tm.user_id = memberships.user_id
      ), '{}')`.as('teamIds'),
    ])
    .where('memberships.workspaceId', '=', workspaceId);
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof memberRows>['execute']>>[number];

function presentMember(row: MemberRow): TMember {
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    role: row.role,
    teamIds: row.teamIds,
    joinedAt: row.createdAt.toISOString(),
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
  };
}

export async function listMembers(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const after = decodeCursor(page.cursor);
  const rows = await memberRows(ctx.db, workspaceId)
    .$if(Boolean(after), (q) => q.where('users.id', '>', after as string))
    .orderBy('users.id')
    .limit(page.limit + 1)
    .execute();
  return toPage(rows, page.limit, (row) => row.userId, presentMember);
}

async function getMember(db: Db, workspaceId: string, userId: string): Promise<TMember> {
  const row = await memberRows(db, workspaceId).where('users.id', '=', userId).executeTakeFirst();
  if (!row) throw AppError.notFound('member');
  return presentMember(row);
}

/** A workspace always keeps at least one admin, so nobody can lock everyone out. */
async function assertAnotherAdminRemains(db: Db, workspaceId: string, userId: string): Promise<void> {
  const others = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('workspaceId', '=', workspaceId)
    .where('role', '=', 'admin')
    .where('userId', '!=', userId)
    .where('deactivatedAt', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(others.count) === 0) {
    throw new AppError(
      'UNPROCESSABLE',
      'A workspace needs at least one admin. Make someone else admin first.',
    );
  }
}

export async function changeMemberRole(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  userId: string,
  role: TRole,
): Promise<TMember> {
  const { workspaceId } = principal;
  const current = await getMember(ctx.db, workspaceId, userId);
  if (current.role === role) return current;
  await inTransaction(ctx, async (tx) => {
    if (current.role === 'admin') await assertAnotherAdminRemains(tx, workspaceId, userId);
    await tx
      .updateTable('memberships')
      .set({ role })
      .where('workspaceId', '=', workspaceId)
      .where('userId', '=', userId)
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'member.role_changed',
      actor: actorOf(principal),
      subjectId: userId,
      payload: { from: current.role, to: role },
    });
  });
  return getMember(ctx.db, workspaceId, userId);
}

/**
 * Deactivates a member (they can no longer sign in to this workspace, and routing gives them no more work;
 * their open cases are re-routed by the cases module on `member.deactivated`) or reactivates them.
 */
export async function setMemberDeactivated(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  userId: string,
  deactivated: boolean,
): Promise<TMember> {
  const { workspaceId } = principal;
  const current = await getMember(ctx.db, workspaceId, userId);
  if ((current.deactivatedAt !== null) === deactivated) return current;
  if (deactivated && principal.userId === userId) {
    throw new AppError('UNPROCESSABLE', 'You cannot deactivate yourself. Ask another admin.');
  }
  await inTransaction(ctx, async (tx) => {
    if (deactivated && current.role === 'admin') await assertAnotherAdminRemains(tx, workspaceId, userId);
    await tx
      .updateTable('memberships')
      .set({ deactivatedAt: deactivated ? new Date() : null })
      .where('workspaceId', '=', workspaceId)
      .where('userId', '=', userId)
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: deactivated ? 'member.deactivated' : 'member.reactivated',
      actor: actorOf(principal),
      subjectId: userId,
      payload: { email: current.email },
    });
  });
  return getMember(ctx.db, workspaceId, userId);
}

export async function removeMember(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  userId: string,
): Promise<void> {
  const { workspaceId } = principal;
  const current = await getMember(ctx.db, workspaceId, userId);
  await inTransaction(ctx, async (tx) => {
    if (current.role === 'admin') await assertAnotherAdminRemains(tx, workspaceId, userId);
    await tx
      .deleteFrom('memberships')
      .where('workspaceId', '=', workspaceId)
      .where('userId', '=', userId)
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'member.removed',
      actor: actorOf(principal),
      subjectId: userId,
      payload: { email: current.email },
    });
    // Their keys already stop working at authentication (a key needs its creator to be an active member);
    // revoking them as well keeps them dead if the person is invited back, and shows it in the key list.
    const revoked = await tx
      .updateTable('apiKeys')
      .set({ revokedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('createdBy', '=', userId)
      .where('revokedAt', 'is', null)
      .returning('id')
      .execute();
    for (const key of revoked) {
      await recordEvent(tx, {
        workspaceId,
        type: 'api_key.revoked',
        actor: actorOf(principal),
        subjectId: key.id,
        payload: { reason: 'creator removed from the workspace' },
      });
    }
  });
}
