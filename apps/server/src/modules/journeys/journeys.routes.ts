import {
  ZIdParams,
  ZJourney,
  ZJourneyMapInput,
  ZPageQuery,
  ZTouchpoint,
  ZTouchpointListQuery,
  zPage,
} from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  createJourney,
  deleteJourney,
  getJourney,
  listJourneys,
  listTouchpoints,
  replaceJourney,
} from './journeys.service';

const ZTouchpointListItem = ZTouchpoint.extend({ journeyName: z.string(), stageName: z.string() });

export function journeyRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/journeys',
      tag: 'Journeys',
      summary: 'List customer journeys with their stages and touchpoints',
      access: 'workspace.read',
      query: ZPageQuery,
      responses: { 200: zPage(ZJourney) },
      handler: ({ query, principal }) => listJourneys(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/journeys',
      tag: 'Journeys',
      summary: 'Create a journey with its ordered stages and touchpoints',
      access: 'journeys.manage',
      body: ZJourneyMapInput,
      responses: { 201: ZJourney },
      handler: ({ body, principal }) => createJourney(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/journeys/:id',
      tag: 'Journeys',
      summary: 'A journey with its stages and touchpoints in order',
      access: 'workspace.read',
      params: ZIdParams,
      responses: { 200: ZJourney },
      handler: ({ params, principal }) => getJourney(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/journeys/:id',
      tag: 'Journeys',
      summary: 'Replace the journey map (keep ids of existing stages and touchpoints to keep their history)',
      access: 'journeys.manage',
      params: ZIdParams,
      body: ZJourneyMapInput,
      responses: { 200: ZJourney },
      handler: ({ params, body, principal }) =>
        replaceJourney(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/journeys/:id',
      tag: 'Journeys',
      summary: 'Delete a journey (surveys on its touchpoints stay, without a touchpoint)',
      access: 'journeys.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteJourney(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/touchpoints',
      tag: 'Journeys',
      summary: 'Every touchpoint, in journey and stage order (for pickers and filters)',
      access: 'workspace.read',
      query: ZTouchpointListQuery,
      responses: { 200: zPage(ZTouchpointListItem) },
      handler: ({ query, principal }) =>
        listTouchpoints(ctx, requireWorkspace(principal).workspaceId, query.journeyId),
    }),
  ];
}
