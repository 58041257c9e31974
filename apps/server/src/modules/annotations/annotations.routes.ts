import {
  ZAnnotation,
  ZAnnotationList,
  ZAnnotationQuery,
  ZCreateAnnotationBody,
  ZIdParams,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { createAnnotation, deleteAnnotation, listAnnotations } from './annotations.service';

export function annotationRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/annotations',
      tag: 'Analytics',
      summary:
        'Trend annotations (events marked on the timeline) of a period, by day; with touchpointId, that touchpoint’s and the workspace-wide ones',
      access: 'responses.read',
      query: ZAnnotationQuery,
      responses: { 200: ZAnnotationList },
      handler: ({ query, principal }) => listAnnotations(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/annotations',
      tag: 'Analytics',
      summary:
        'Mark an event on the trend timeline ("New app released"), for the workspace or one touchpoint',
      access: 'annotations.manage',
      body: ZCreateAnnotationBody,
      responses: { 201: ZAnnotation },
      handler: ({ body, principal }) => createAnnotation(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/annotations/:id',
      tag: 'Analytics',
      summary: 'Remove a trend annotation',
      access: 'annotations.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteAnnotation(ctx, requireWorkspace(principal), params.id),
    }),
  ];
}
