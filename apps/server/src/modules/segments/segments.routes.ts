import {
  ZContact,
  ZCreateSegmentBody,
  ZIdParams,
  ZPageQuery,
  ZSegment,
  ZSegmentListQuery,
  ZSegmentPreview,
  ZSegmentPreviewBody,
  ZUpdateSegmentBody,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  createSegment,
  deleteSegment,
  getSegment,
  listSegmentContacts,
  listSegments,
  previewSegment,
  updateSegment,
} from './segments.service';

const FIELDS =
  'Fields: contact.<attribute> (and contact.email, contact.externalId, contact.phone); account.name|domain|externalId|role|<attribute> (any of the contact’s accounts); npsBand, latestNps, latestCsat (latest answer), lastResponseAt, responseCount; event.<name>.count, event.<name>.count<N>d (in the last N days, e.g. event.order.delivered.count30d), event.<name>.daysSince; sentiment (latest analysed text); topics, topicIds (mentioned in the last 90 days); churnRisk, churnScore; openCases. Counts are 0 when nothing was counted. Dates take an ISO date or days from now ("-30d"). An unknown field, an operator the field does not take or a value of the wrong type answers 400 with invalidParams';

export function segmentRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/segments',
      tag: 'Segments',
      summary: `Create a segment: dynamic (a condition in the one condition language, evaluated live) or static (a list of contacts). ${FIELDS}`,
      access: 'contacts.write',
      body: ZCreateSegmentBody,
      responses: { 201: ZSegment },
      handler: ({ body, principal }) => createSegment(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/segments/preview',
      tag: 'Segments',
      summary: `How many contacts a condition selects now, with a few of them (the live count while editing). ${FIELDS}`,
      access: 'contacts.read',
      // Each preview runs the compiled condition twice (count and sample): keep a client from looping it.
      rateLimitPerMinute: 60,
      body: ZSegmentPreviewBody,
      responses: { 200: ZSegmentPreview },
      handler: ({ body, principal }) => previewSegment(ctx, requireWorkspace(principal).workspaceId, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/segments',
      tag: 'Segments',
      summary: 'List segments, newest first (q searches names)',
      access: 'contacts.read',
      query: ZSegmentListQuery,
      responses: { 200: zPage(ZSegment) },
      handler: ({ query, principal }) => listSegments(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/segments/:id',
      tag: 'Segments',
      summary: 'A segment with how many contacts are in it now',
      access: 'contacts.read',
      params: ZIdParams,
      responses: { 200: ZSegment },
      handler: ({ params, principal }) => getSegment(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/segments/:id',
      tag: 'Segments',
      summary: 'Rename a segment, change a dynamic one’s condition, or add/remove contacts of a static one',
      access: 'contacts.write',
      params: ZIdParams,
      body: ZUpdateSegmentBody,
      responses: { 200: ZSegment },
      handler: ({ params, body, principal }) =>
        updateSegment(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/segments/:id',
      tag: 'Segments',
      summary: 'Delete a segment (its contacts are not touched)',
      access: 'contacts.write',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteSegment(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/segments/:id/contacts',
      tag: 'Segments',
      summary: 'The contacts in a segment now, paged (newest profiles first)',
      access: 'contacts.read',
      params: ZIdParams,
      query: ZPageQuery,
      responses: { 200: zPage(ZContact) },
      handler: ({ params, query, principal }) =>
        listSegmentContacts(ctx, requireWorkspace(principal).workspaceId, params.id, query),
    }),
  ];
}
