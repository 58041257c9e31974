import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { WorkspacePrincipal } from '../../platform/http/principal';

/**
 * Who may see whose coaching figures. Admins and CX managers manage every team; a team member (the team
 * lead role) manages the teams they belong to; everyone else — agents, analysts, viewers — sees only their
 * own figures. An API key has no person behind "own", so only a manager-role key reads coaching.
 */
export interface CoachingScope {
  all: boolean;
  /** Teams the caller manages (every team when `all`). */
  teamIds: Set<string>;
  userId: string | null;
}

export async function coachingScope(ctx: AppContext, principal: WorkspacePrincipal): Promise<CoachingScope> {
  const all = principal.role === 'admin' || principal.role === 'cx_manager';
  const teams = await ctx.db
    .selectFrom('teams')
    .select('id')
    .where('workspaceId', '=', principal.workspaceId)
    .$if(!all, (q) =>
      q.where('id', 'in', (eb) =>
        eb
          .selectFrom('teamMembers')
          .select('teamId')
          .where('workspaceId', '=', principal.workspaceId)
          .where('userId', '=', principal.userId ?? '00000000-0000-0000-0000-000000000000'),
      ),
    )
    .execute();
  const manages = all || principal.role === 'team_member';
  return { all, teamIds: manages ? new Set(teams.map((t) => t.id)) : new Set(), userId: principal.userId };
}

export async function teamsOf(ctx: AppContext, workspaceId: string, userId: string) {
  return ctx.db
    .selectFrom('teamMembers')
    .innerJoin('teams', (join) =>
      join
        .onRef('teams.workspaceId', '=', 'teamMembers.workspaceId')
        .onRef('teams.id', '=', 'teamMembers.teamId'),
    )
    .select(['teams.id', 'teams.name'])
    .where('teamMembers.workspaceId', '=', workspaceId)
    .where('teamMembers.userId', '=', userId)
    .orderBy('teams.name')
    .execute();
}

/** Whether the scope manages this agent: every agent for admins, else one who shares a managed team. */
export function managesAgent(scope: CoachingScope, agentTeamIds: readonly string[]): boolean {
  return scope.all || agentTeamIds.some((id) => scope.teamIds.has(id));
}

/** The workspace member, or 404 exactly like someone who does not exist (another workspace's person). */
export async function findMember(ctx: AppContext, workspaceId: string, userId: string) {
  const member = await ctx.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['users.id as userId', 'users.name', 'users.email'])
    .where('memberships.workspaceId', '=', workspaceId)
    .where('memberships.userId', '=', userId)
    .executeTakeFirst();
  if (!member) throw new AppError('NOT_FOUND', 'No such member in this workspace.');
  return member;
}
