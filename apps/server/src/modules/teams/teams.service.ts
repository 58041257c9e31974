import type { TBusinessHours, TPageQuery, TSlaPolicy, TTeam } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { findTeam, findTeamsPage, isTeamNameTaken, presentTeam } from './teams.repository';

export async function listTeams(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const rows = await findTeamsPage(ctx.db, workspaceId, page.limit, decodeCursor(page.cursor));
  return toPage(rows, page.limit, (row) => row.name, presentTeam);
}

async function getTeam(ctx: AppContext, workspaceId: string, id: string): Promise<TTeam> {
  const row = await findTeam(ctx.db, workspaceId, id);
  if (!row) throw AppError.notFound('team');
  return presentTeam(row);
}

async function assertNameFree(tx: Tx, workspaceId: string, name: string, exceptId?: string) {
  if (await isTeamNameTaken(tx, workspaceId, name, exceptId)) {
    throw new AppError('CONFLICT', `A team named “${name}” already exists.`, [
      { name: 'body.name', reason: 'already used by another team' },
    ]);
  }
}

export async function createTeam(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: { name: string; description: string },
): Promise<TTeam> {
  const id = uuidv7();
  await inTransaction(ctx, async (tx) => {
    await assertNameFree(tx, principal.workspaceId, input.name);
    await tx
      .insertInto('teams')
      .values({ workspaceId: principal.workspaceId, id, ...input })
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'team.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: input.name },
    });
  });
  return getTeam(ctx, principal.workspaceId, id);
}

export async function updateTeam(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  changes: {
    name?: string;
    description?: string;
    businessHours?: TBusinessHours | null;
    slaPolicy?: TSlaPolicy | null;
    assignment?: 'round_robin' | 'manual';
  },
): Promise<TTeam> {
  await getTeam(ctx, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    if (changes.name) await assertNameFree(tx, principal.workspaceId, changes.name, id);
    // Business hours and SLA targets apply to cases created from now on; open cases keep their due dates.
    const { businessHours, slaPolicy, ...plain } = changes;
    const set = {
      ...plain,
      ...(businessHours !== undefined
        ? { businessHours: businessHours === null ? null : JSON.stringify(businessHours) }
        : {}),
      ...(slaPolicy !== undefined
        ? { slaPolicy: slaPolicy === null ? null : JSON.stringify(slaPolicy) }
        : {}),
    };
    if (Object.keys(set).length > 0) {
      await tx
        .updateTable('teams')
        .set(set)
        .where('workspaceId', '=', principal.workspaceId)
        .where('id', '=', id)
        .execute();
    }
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'team.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: changes,
    });
  });
  return getTeam(ctx, principal.workspaceId, id);
}

export async function deleteTeam(ctx: AppContext, principal: WorkspacePrincipal, id: string): Promise<void> {
  const team = await getTeam(ctx, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    await tx
      .deleteFrom('teams')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'team.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: team.name },
    });
  });
}

export async function addTeamMember(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  teamId: string,
  userId: string,
): Promise<TTeam> {
  await getTeam(ctx, principal.workspaceId, teamId);
  await inTransaction(ctx, async (tx) => {
    const member = await tx
      .selectFrom('memberships')
      .select('userId')
      .where('workspaceId', '=', principal.workspaceId)
      .where('userId', '=', userId)
      .executeTakeFirst();
    if (!member) throw AppError.notFound('member');
    await tx
      .insertInto('teamMembers')
      .values({ workspaceId: principal.workspaceId, teamId, userId })
      .onConflict((oc) => oc.columns(['workspaceId', 'teamId', 'userId']).doNothing())
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'team.member_added',
      actor: actorOf(principal),
      subjectId: teamId,
      payload: { userId },
    });
  });
  return getTeam(ctx, principal.workspaceId, teamId);
}

export async function removeTeamMember(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  teamId: string,
  userId: string,
): Promise<TTeam> {
  await getTeam(ctx, principal.workspaceId, teamId);
  await inTransaction(ctx, async (tx) => {
    await tx
      .deleteFrom('teamMembers')
      .where('workspaceId', '=', principal.workspaceId)
      .where('teamId', '=', teamId)
      .where('userId', '=', userId)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'team.member_removed',
      actor: actorOf(principal),
      subjectId: teamId,
      payload: { userId },
    });
  });
  return getTeam(ctx, principal.workspaceId, teamId);
}
