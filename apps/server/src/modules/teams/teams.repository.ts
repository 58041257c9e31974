import type { TTeam } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';

function teamRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('teams')
    .select([
      'teams.id',
      'teams.name',
      'teams.description',
      'teams.businessHours',
      'teams.slaPolicy',
      'teams.assignment',
      'teams.createdAt',
      sql<string[]>`coalesce((
        select array_agg(tm.user_id order by tm.user_id) from team_members tm
        where tm.workspace_id = teams.workspace_id and tm.team_id = teams.id
      ), '{}')`.as('memberIds'),
    ])
    .where('teams.workspaceId', '=', workspaceId);
}

type TeamRow = Awaited<ReturnType<ReturnType<typeof teamRows>['execute']>>[number];

export function presentTeam(row: TeamRow): TTeam {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    memberIds: row.memberIds,
    businessHours: row.businessHours
      ? {
          timeZone: row.businessHours.timeZone,
          days: row.businessHours.days,
          holidays: row.businessHours.holidays ?? [],
        }
      : null,
    slaPolicy: row.slaPolicy,
    assignment: row.assignment,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findTeam(db: Db, workspaceId: string, id: string): Promise<TeamRow | undefined> {
  return teamRows(db, workspaceId).where('teams.id', '=', id).executeTakeFirst();
}

export async function findTeamsPage(db: Db, workspaceId: string, limit: number, afterName?: string) {
  return teamRows(db, workspaceId)
    .$if(Boolean(afterName), (q) => q.where('teams.name', '>', afterName as string))
    .orderBy('teams.name')
    .limit(limit + 1)
    .execute();
}

export async function isTeamNameTaken(db: Db, workspaceId: string, name: string, exceptId?: string) {
  const row = await db
    .selectFrom('teams')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .$if(Boolean(exceptId), (q) => q.where('id', '!=', exceptId as string))
    .executeTakeFirst();
  return Boolean(row);
}
