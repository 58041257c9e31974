import {
  ZContact,
  ZContactListQuery,
  ZIdentifyBody,
  ZIdentifyResult,
  ZIdParams,
  ZMergeContactsBody,
  ZTimelineItem,
  ZTimelineQuery,
  ZTrackBody,
  ZTrackResult,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { piiViewOf } from '../../platform/pii-view';
import {
  getContact,
  getTimeline,
  identifyContact,
  listContacts,
  mergeContacts,
  trackEvent,
} from './contacts.service';

export function contactRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/contacts/identify',
      tag: 'Contacts',
      summary:
        'Create or update a customer profile; profiles that share an identifier are merged. account {externalId, name?} links the person to that account (created when missing) with accountRole (default user)',
      access: 'contacts.write',
      body: ZIdentifyBody,
      responses: { 200: ZIdentifyResult },
      handler: ({ body, principal }) => identifyContact(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/contacts/track',
      tag: 'Contacts',
      summary: "Record an event on a customer's timeline (the profile is created if needed)",
      access: 'contacts.write',
      body: ZTrackBody,
      responses: { 201: ZTrackResult },
      handler: ({ body, principal }) => trackEvent(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/contacts',
      tag: 'Contacts',
      summary: 'List customer profiles (search by email, phone or external id)',
      access: 'contacts.read',
      query: ZContactListQuery,
      responses: { 200: zPage(ZContact) },
      handler: ({ query, principal }) => listContacts(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/contacts/:id',
      tag: 'Contacts',
      summary: 'A customer profile (a merged id answers with the profile it was merged into)',
      access: 'contacts.read',
      params: ZIdParams,
      responses: { 200: ZContact },
      handler: ({ params, principal }) => getContact(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/contacts/:id/merge',
      tag: 'Contacts',
      summary:
        'Merge two profiles of the same person: the older survives with its identifiers and attributes (the other fills gaps); events, responses and links move to it; the other stays as history',
      access: 'contacts.write',
      params: ZIdParams,
      body: ZMergeContactsBody,
      responses: { 200: ZIdentifyResult },
      handler: ({ params, body, principal }) =>
        mergeContacts(ctx, requireWorkspace(principal), params.id, body.contactId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/contacts/:id/timeline',
      tag: 'Contacts',
      summary:
        "A customer's events, survey responses, invitations and cases, newest first (kinds=event,response,invitation,case to filter)",
      access: 'contacts.read',
      params: ZIdParams,
      query: ZTimelineQuery,
      responses: { 200: zPage(ZTimelineItem) },
      handler: ({ params, query, principal }) => {
        const workspace = requireWorkspace(principal);
        return getTimeline(ctx, workspace.workspaceId, params.id, query, piiViewOf(workspace));
      },
    }),
  ];
}
