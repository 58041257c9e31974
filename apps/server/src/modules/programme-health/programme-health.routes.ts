import { ZProgrammeHealth, ZProgrammeHealthQuery } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { programmeHealth } from './programme-health.service';

export function programmeHealthRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/programme-health',
      tag: 'Programme health',
      summary: 'Loop-closure rate, time to first action and to resolve, SLA breach rate and backlog by team',
      access: 'cases.read',
      query: ZProgrammeHealthQuery,
      responses: { 200: ZProgrammeHealth },
      handler: ({ query, principal }) => programmeHealth(ctx, requireWorkspace(principal).workspaceId, query),
    }),
  ];
}
