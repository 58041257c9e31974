import {
  ZAddTeamMemberBody,
  ZCreateTeamBody,
  ZIdParams,
  ZPageQuery,
  ZTeam,
  ZTeamMemberParams,
  ZUpdateTeamBody,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  addTeamMember,
  createTeam,
  deleteTeam,
  listTeams,
  removeTeamMember,
  updateTeam,
} from './teams.service';

export function teamRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/teams',
      tag: 'Teams',
      summary: 'List teams with their members',
      access: 'workspace.read',
      query: ZPageQuery,
      responses: { 200: zPage(ZTeam) },
      handler: ({ query, principal }) => listTeams(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/teams',
      tag: 'Teams',
      summary: 'Create a team (e.g. Marketing, Sales, Product, Support)',
      access: 'teams.manage',
      body: ZCreateTeamBody,
      responses: { 201: ZTeam },
      handler: ({ body, principal }) => createTeam(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/teams/:id',
      tag: 'Teams',
      summary: 'Rename a team, or change its description, business hours, SLA targets or assignment mode',
      access: 'teams.manage',
      params: ZIdParams,
      body: ZUpdateTeamBody,
      responses: { 200: ZTeam },
      handler: ({ params, body, principal }) => updateTeam(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/teams/:id',
      tag: 'Teams',
      summary: 'Delete a team (its members stay in the workspace)',
      access: 'teams.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteTeam(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/teams/:id/members',
      tag: 'Teams',
      summary: 'Add a workspace member to a team',
      access: 'teams.manage',
      params: ZIdParams,
      body: ZAddTeamMemberBody,
      responses: { 200: ZTeam },
      handler: ({ params, body, principal }) =>
        addTeamMember(ctx, requireWorkspace(principal), params.id, body.userId),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/teams/:id/members/:userId',
      tag: 'Teams',
      summary: 'Remove a member from a team',
      access: 'teams.manage',
      params: ZTeamMemberParams,
      responses: { 200: ZTeam },
      handler: ({ params, principal }) =>
        removeTeamMember(ctx, requireWorkspace(principal), params.id, params.userId),
    }),
  ];
}
