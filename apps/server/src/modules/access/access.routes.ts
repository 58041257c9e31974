import {
  ZAcceptInvitationBody,
  ZApiKey,
  ZCreateApiKeyBody,
  ZCreatedApiKey,
  ZCreatedInvitation,
  ZCreateInvitationBody,
  ZIdParams,
  ZInvitation,
  ZInvitationLookupQuery,
  ZInvitationPreview,
  ZMe,
  ZMember,
  ZPageQuery,
  ZUpdateMemberBody,
  ZUserIdParams,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service';
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from './invitations.service';
import { changeMemberRole, listMembers, removeMember, setMemberDeactivated } from './members.service';

export function accessRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/members',
      tag: 'Members',
      summary: 'List the members of the workspace with their roles and teams',
      access: 'workspace.read',
      query: ZPageQuery,
      responses: { 200: zPage(ZMember) },
      handler: ({ query, principal }) => listMembers(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/members/:userId',
      tag: 'Members',
      summary:
        "Change a member's role, or deactivate them (no more sign-in to this workspace; their open cases are re-routed) and reactivate them",
      access: 'members.manage',
      params: ZUserIdParams,
      body: ZUpdateMemberBody,
      responses: { 200: ZMember },
      handler: async ({ params, body, principal }) => {
        const p = requireWorkspace(principal);
        let member = body.role ? await changeMemberRole(ctx, p, params.userId, body.role) : null;
        if (body.deactivated !== undefined) {
          member = await setMemberDeactivated(ctx, p, params.userId, body.deactivated);
        }
        return member;
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/members/:userId',
      tag: 'Members',
      summary: 'Remove a member from the workspace',
      access: 'members.manage',
      params: ZUserIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => removeMember(ctx, requireWorkspace(principal), params.userId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/invitations',
      tag: 'Members',
      summary: 'List invitations to the workspace (pending, accepted and revoked)',
      access: 'invitations.manage',
      query: ZPageQuery,
      responses: { 200: zPage(ZInvitation) },
      handler: ({ query, principal }) => listInvitations(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/invitations',
      tag: 'Members',
      summary: 'Invite someone by email with a role; returns the accept link once',
      access: 'invitations.manage',
      body: ZCreateInvitationBody,
      responses: { 201: ZCreatedInvitation },
      handler: ({ body, principal }) => createInvitation(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/invitations/:id',
      tag: 'Members',
      summary: 'Revoke a pending invitation',
      access: 'invitations.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => revokeInvitation(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/invitations/lookup',
      tag: 'Members',
      summary: 'See which workspace an invitation token is for (public: the token is the proof)',
      access: 'public',
      rateLimitPerMinute: 30,
      query: ZInvitationLookupQuery,
      responses: { 200: ZInvitationPreview },
      handler: ({ query }) => previewInvitation(ctx, query.token),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      tag: 'Members',
      summary: 'Accept an invitation (creating the account if needed) and sign in to the workspace',
      access: 'public',
      rateLimitPerMinute: 20,
      body: ZAcceptInvitationBody,
      responses: { 200: ZMe },
      handler: ({ body, principal, reply }) => acceptInvitation(ctx, reply, principal, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/api-keys',
      tag: 'API keys',
      summary: 'List API keys (never their secrets)',
      access: 'apiKeys.manage',
      query: ZPageQuery,
      responses: { 200: zPage(ZApiKey) },
      handler: ({ query, principal }) => listApiKeys(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/api-keys',
      tag: 'API keys',
      summary: 'Create an API key with a role; the key is returned once',
      access: 'apiKeys.manage',
      body: ZCreateApiKeyBody,
      responses: { 201: ZCreatedApiKey },
      handler: ({ body, principal }) => createApiKey(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/api-keys/:id',
      tag: 'API keys',
      summary: 'Revoke an API key; it stops working at once',
      access: 'apiKeys.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => revokeApiKey(ctx, requireWorkspace(principal), params.id),
    }),
  ];
}
