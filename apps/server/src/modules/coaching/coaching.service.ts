import type { TAgentCoaching, TCoachingNote, TTeamCoaching } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import type { WorkspacePrincipal } from '../../platform/http/principal';
import { dayWindow, measuredCsat } from '../ex-cx/index';
import { coachingScope, findMember, managesAgent, teamsOf } from './coaching-access';
import { type CoachingItem, loadCoachingItems } from './coaching-items';
import { withCoachingTables } from './coaching-tables';

/** A CSAT answer of 1–3 (of 5) makes its case or conversation a low-CSAT one. */
const LOW_CSAT = 3;
/** Training is suggested for a topic with at least this many low-CSAT items, above the team's average. */
const MIN_LOW_FOR_TRAINING = 2;

function durations(values: readonly (number | null)[]) {
  const list = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (list.length === 0) return { n: 0, medianSeconds: null, meanSeconds: null };
  const mid = Math.floor(list.length / 2);
  const median =
    list.length % 2 ? (list[mid] as number) : ((list[mid - 1] as number) + (list[mid] as number)) / 2;
  return {
    n: list.length,
    medianSeconds: median,
    meanSeconds: list.reduce((s, v) => s + v, 0) / list.length,
  };
}

function figuresOf(items: readonly CoachingItem[]) {
  const cases = items.filter((i) => i.kind === 'case');
  const conversations = items.filter((i) => i.kind === 'conversation');
  return {
    csat: measuredCsat(items.flatMap((i) => i.csat)),
    cases: {
      resolved: cases.filter((i) => i.resolved).length,
      csat: measuredCsat(cases.flatMap((i) => i.csat)),
    },
    conversations: {
      resolved: conversations.filter((i) => i.resolved).length,
      csat: measuredCsat(conversations.flatMap((i) => i.csat)),
    },
    firstResponse: durations(items.filter((i) => i.resolved).map((i) => i.firstResponseSeconds)),
    resolution: durations(items.filter((i) => i.resolved).map((i) => i.resolutionSeconds)),
  };
}

const isLow = (item: CoachingItem) => item.csat.some((v) => v <= LOW_CSAT);

async function topicNames(ctx: AppContext, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await ctx.db
    .selectFrom('topics')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The topics where this agent's customers are least satisfied compared with the team: per topic, the
 * agent's CSAT and low-CSAT count beside the team's CSAT and its low-CSAT count per agent.
 */
async function topicComparison(
  ctx: AppContext,
  workspaceId: string,
  mine: readonly CoachingItem[],
  team: readonly CoachingItem[],
  teamAgentCount: number,
) {
  const scored = mine.filter((i) => i.csat.length > 0);
  const topicIds = [...new Set(scored.flatMap((i) => i.topicIds))];
  const names = await topicNames(ctx, workspaceId, topicIds);
  return topicIds
    .filter((id) => names.has(id))
    .map((topicId) => {
      const onTopic = scored.filter((i) => i.topicIds.includes(topicId));
      const teamOnTopic = team.filter((i) => i.csat.length > 0 && i.topicIds.includes(topicId));
      const csat = measuredCsat(onTopic.flatMap((i) => i.csat));
      const teamCsat = measuredCsat(teamOnTopic.flatMap((i) => i.csat));
      const teamLow = teamOnTopic.filter(isLow).length;
      return {
        topicId,
        name: names.get(topicId) as string,
        lowCsat: onTopic.filter(isLow).length,
        n: csat.n,
        csat,
        teamCsat,
        teamAverageLowCsat: teamAgentCount > 0 ? Math.round((teamLow / teamAgentCount) * 10) / 10 : 0,
      };
    })
    .sort(
      (a, b) =>
        (a.csat.value ?? 100) -
          (a.teamCsat.value ?? 100) -
          ((b.csat.value ?? 100) - (b.teamCsat.value ?? 100)) ||
        b.lowCsat - a.lowCsat ||
        a.name.localeCompare(b.name),
    );
}

async function notesFor(ctx: AppContext, workspaceId: string, agentUserId: string): Promise<TCoachingNote[]> {
  const rows = await withCoachingTables(ctx.db)
    .selectFrom('coachingNotes')
    .leftJoin('users', 'users.id', 'coachingNotes.authorUserId')
    .select([
      'coachingNotes.id',
      'coachingNotes.agentUserId',
      'coachingNotes.authorUserId',
      'users.name as authorName',
      'coachingNotes.text',
      'coachingNotes.createdAt',
    ])
    .where('coachingNotes.workspaceId', '=', workspaceId)
    .where('coachingNotes.agentUserId', '=', agentUserId)
    .orderBy('coachingNotes.createdAt', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function agentCoaching(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  userId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<TAgentCoaching> {
  const { workspaceId } = principal;
  const agent = await findMember(ctx, workspaceId, userId);
  const teams = await teamsOf(ctx, workspaceId, userId);
  const scope = await coachingScope(ctx, principal);
  const canCoach = managesAgent(
    scope,
    teams.map((t) => t.id),
  );
  if (principal.userId !== userId && !canCoach) {
    throw new AppError('FORBIDDEN', 'Agents see only their own coaching figures; managers see their teams’.');
  }
  const window = dayWindow(query, 30);
  const items = await loadCoachingItems(ctx, workspaceId, window.start, window.end);
  const mine = items.filter((i) => i.agentId === userId);
  // Compared with the agent's (first) team: its work and how many of its agents resolved anything.
  const team = teams[0];
  const teamItems = team ? items.filter((i) => i.teamId === team.id) : [];
  const teamAgents = new Set(teamItems.filter((i) => i.agentId).map((i) => i.agentId)).size;
  const topics = await topicComparison(ctx, workspaceId, mine, teamItems, teamAgents);
  return {
    from: window.from,
    to: window.to,
    days: window.days,
    agent: { userId: agent.userId, name: agent.name, email: agent.email },
    teams,
    figures: figuresOf(mine),
    team: team ? figuresOf(teamItems) : null,
    topics,
    suggestedTraining: topics
      .filter((t) => t.lowCsat >= MIN_LOW_FOR_TRAINING && t.lowCsat > t.teamAverageLowCsat)
      .sort((a, b) => b.lowCsat - b.teamAverageLowCsat - (a.lowCsat - a.teamAverageLowCsat))
      .map((t) => ({
        topicId: t.topicId,
        topic: t.name,
        lowCsat: t.lowCsat,
        teamAverage: t.teamAverageLowCsat,
        days: window.days,
      })),
    notes: await notesFor(ctx, workspaceId, userId),
    canCoach: canCoach && principal.userId !== null,
  };
}

export async function teamCoaching(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  teamId: string,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<TTeamCoaching> {
  const { workspaceId } = principal;
  const team = await ctx.db
    .selectFrom('teams')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  if (!team) throw new AppError('NOT_FOUND', 'No such team.');
  const scope = await coachingScope(ctx, principal);
  if (!scope.all && !scope.teamIds.has(team.id)) {
    throw new AppError('FORBIDDEN', 'Only the managers of this team see its coaching figures.');
  }
  const window = dayWindow(query, 30);
  const items = await loadCoachingItems(ctx, workspaceId, window.start, window.end);
  const teamItems = items.filter((i) => i.teamId === team.id);
  const members = await ctx.db
    .selectFrom('teamMembers')
    .innerJoin('users', 'users.id', 'teamMembers.userId')
    .select(['users.id', 'users.name'])
    .where('teamMembers.workspaceId', '=', workspaceId)
    .where('teamMembers.teamId', '=', team.id)
    .orderBy('users.name')
    .execute();
  return {
    from: window.from,
    to: window.to,
    team,
    figures: figuresOf(teamItems),
    agents: members.map((m) => ({
      userId: m.id,
      name: m.name,
      figures: figuresOf(items.filter((i) => i.agentId === m.id)),
    })),
  };
}

/** The agents the caller may open: themselves, and the members of the teams they manage. */
export async function coachingAgents(ctx: AppContext, principal: WorkspacePrincipal) {
  const { workspaceId } = principal;
  const scope = await coachingScope(ctx, principal);
  const people = await ctx.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['users.id as userId', 'users.name', 'users.email'])
    .where('memberships.workspaceId', '=', workspaceId)
    .where('memberships.deactivatedAt', 'is', null)
    .$if(!scope.all, (q) =>
      q.where((eb) =>
        eb.or([
          eb('users.id', '=', principal.userId ?? '00000000-0000-0000-0000-000000000000'),
          ...(scope.teamIds.size > 0
            ? [
                eb(
                  'users.id',
                  'in',
                  eb
                    .selectFrom('teamMembers')
                    .select('userId')
                    .where('workspaceId', '=', workspaceId)
                    .where('teamId', 'in', [...scope.teamIds]),
                ),
              ]
            : []),
        ]),
      ),
    )
    .orderBy('users.name')
    .execute();
  const teams = await ctx.db
    .selectFrom('teams')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .orderBy('name')
    .execute();
  return { items: people, teams: teams.filter((t) => scope.all || scope.teamIds.has(t.id)) };
}

export async function addCoachingNote(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  userId: string,
  text: string,
): Promise<TCoachingNote> {
  const { workspaceId } = principal;
  await findMember(ctx, workspaceId, userId);
  const teams = await teamsOf(ctx, workspaceId, userId);
  const scope = await coachingScope(ctx, principal);
  if (
    !principal.userId ||
    !managesAgent(
      scope,
      teams.map((t) => t.id),
    )
  ) {
    throw new AppError('FORBIDDEN', 'Only a manager of this agent’s team records coaching notes.');
  }
  const id = uuidv7();
  const createdAt = new Date();
  await inTransaction(ctx, (tx) =>
    withCoachingTables(tx)
      .insertInto('coachingNotes')
      .values({ workspaceId, id, agentUserId: userId, authorUserId: principal.userId, text, createdAt })
      .execute(),
  );
  const author = await ctx.db
    .selectFrom('users')
    .select('name')
    .where('id', '=', principal.userId)
    .executeTakeFirst();
  return {
    id,
    agentUserId: userId,
    authorUserId: principal.userId,
    authorName: author?.name ?? null,
    text,
    createdAt: createdAt.toISOString(),
  };
}
