import {
  ZAgentCoaching,
  ZCoachingAgentParams,
  ZCoachingAgentsResult,
  ZCoachingNote,
  ZCoachingNoteBody,
  ZDateWindowQuery,
  ZTeamCoaching,
  ZTeamIdParams,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { addCoachingNote, agentCoaching, coachingAgents, teamCoaching } from './coaching.service';

const ACCESS_RULE =
  'Agents (and analysts, viewers) see only their own figures; a team member role sees the agents of the teams they belong to; admins and CX managers see everyone. Someone else’s figures answer 403; a person outside this workspace 404';

export function coachingRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/coaching/agents',
      tag: 'Coaching',
      summary:
        'The agents whose coaching page the caller may open (themselves, or the members of the teams they manage)',
      access: 'workspace.read',
      responses: { 200: ZCoachingAgentsResult },
      handler: ({ principal }) => coachingAgents(ctx, requireWorkspace(principal)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/coaching/agents/:userId',
      tag: 'Coaching',
      summary: `One agent’s coaching page for the window (default the last 30 days): CSAT (n, 95% CI) of the cases and conversations they resolved, first response and resolution times, the topics where their customers are least satisfied compared with their team, suggested training (a topic with at least 2 low-CSAT — 1 to 3 of 5 — items, more than the team’s per-agent average) and coaching notes. ${ACCESS_RULE}`,
      access: 'workspace.read',
      params: ZCoachingAgentParams,
      query: ZDateWindowQuery,
      responses: { 200: ZAgentCoaching },
      handler: ({ params, query, principal }) =>
        agentCoaching(ctx, requireWorkspace(principal), params.userId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/coaching/agents/:userId/notes',
      tag: 'Coaching',
      summary:
        'Record a coaching note for an agent (a person who manages the agent’s team: admin, CX manager, or a team member role in one of the agent’s teams)',
      access: 'user',
      params: ZCoachingAgentParams,
      body: ZCoachingNoteBody,
      responses: { 201: ZCoachingNote },
      handler: ({ params, body, principal }) =>
        addCoachingNote(ctx, requireWorkspace(principal), params.userId, body.text),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/coaching/teams/:teamId',
      tag: 'Coaching',
      summary: `A team’s coaching figures and each of its agents’, for the managers of the team. ${ACCESS_RULE}`,
      access: 'workspace.read',
      params: ZTeamIdParams,
      query: ZDateWindowQuery,
      responses: { 200: ZTeamCoaching },
      handler: ({ params, query, principal }) =>
        teamCoaching(ctx, requireWorkspace(principal), params.teamId, query),
    }),
  ];
}
