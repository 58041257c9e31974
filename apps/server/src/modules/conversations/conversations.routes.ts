import {
  ZAgent,
  ZAgentMessageBody,
  ZAgentParams,
  ZArticleSuggestions,
  ZCannedRepliesQuery,
  ZCannedReply,
  ZCannedReplyList,
  ZConversationCaseResult,
  ZConversationDetail,
  ZConversationListQuery,
  ZConversationMessage,
  ZConversationSettings,
  ZConversationSummary,
  ZCreateCannedReplyBody,
  ZIdParams,
  ZPresence,
  ZPresenceBody,
  ZUpdateAgentBody,
  ZUpdateCannedReplyBody,
  ZUpdateConversationBody,
  zPage,
} from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { piiViewOf } from '../../platform/pii-view';
import {
  createCannedReply,
  deleteCannedReply,
  getConversationSettings,
  listAgents,
  listCannedReplies,
  putConversationSettings,
  setCapacity,
  setPresence,
  updateCannedReply,
} from './agents.service';
import {
  createCaseFromConversation,
  getConversationDetail,
  handBack,
  listConversations,
  sendAgentMessage,
  suggestionsFor,
  updateConversation,
} from './inbox.service';
import { publicConversationRoutes } from './public.routes';
import { streamWorkspaceConversations } from './streams';

export function conversationRoutes(ctx: AppContext) {
  return [...publicConversationRoutes(ctx), ...agentRoutes(ctx)];
}

function agentRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/conversations',
      tag: 'Conversations',
      summary:
        'The inbox, latest activity first: by status (bot, open, pending, resolved), team, assignee ("me", "none" or an id) and text',
      access: 'conversations.read',
      query: ZConversationListQuery,
      responses: { 200: zPage(ZConversationSummary) },
      handler: ({ query, principal }) => {
        const p = requireWorkspace(principal);
        return listConversations(ctx, p, query, piiViewOf(p));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/conversations/stream',
      tag: 'Conversations',
      summary:
        'Server-Sent Events for the inbox: `conversation` {id, status, assigneeId, teamId, lastMessage, handoffReason} and `message` (notes included)',
      access: 'conversations.read',
      responses: { 200: null },
      handler: async ({ principal, req, reply }) => {
        const p = requireWorkspace(principal);
        streamWorkspaceConversations(ctx, p, piiViewOf(p), req, reply);
        return reply;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/conversations/settings',
      tag: 'Conversations',
      summary: 'Routing rules: the first rule matching a conversation (language, channel) names its team',
      access: 'conversations.read',
      responses: { 200: ZConversationSettings },
      handler: ({ principal }) => getConversationSettings(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/conversations/settings',
      tag: 'Conversations',
      summary:
        'Set the routing rules, in order: [{teamId, language?, channel?}]; unmatched conversations go to the first team',
      access: 'settings.manage',
      body: ZConversationSettings,
      responses: { 200: ZConversationSettings },
      handler: ({ body, principal }) => putConversationSettings(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/conversations/:id',
      tag: 'Conversations',
      summary:
        "A conversation: transcript with private notes, the bot's decisions and reasons, the customer 360",
      access: 'conversations.read',
      params: ZIdParams,
      responses: { 200: ZConversationDetail },
      handler: ({ params, principal }) => {
        const p = requireWorkspace(principal);
        return getConversationDetail(ctx, p.workspaceId, params.id, piiViewOf(p));
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/conversations/:id/messages',
      tag: 'Conversations',
      summary:
        'Reply to the customer, or write a private note (private: true; never shown to the customer). The first reply after a hand-over is the first response',
      access: 'conversations.work',
      params: ZIdParams,
      body: ZAgentMessageBody,
      responses: { 201: ZConversationMessage },
      handler: ({ params, body, principal }) =>
        sendAgentMessage(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/conversations/:id',
      tag: 'Conversations',
      summary:
        'Transfer (teamId, assigneeId), snooze (snoozedUntil → pending), resolve, reopen, or hand back to the bot (status "bot")',
      access: 'conversations.work',
      params: ZIdParams,
      body: ZUpdateConversationBody,
      responses: { 200: ZConversationDetail },
      handler: async ({ params, body, principal }) => {
        const p = requireWorkspace(principal);
        await updateConversation(ctx, p, params.id, body);
        return getConversationDetail(ctx, p.workspaceId, params.id, piiViewOf(p));
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/conversations/:id/hand-back',
      tag: 'Conversations',
      summary: 'Give the conversation back to the bot; it answers the next customer message again',
      access: 'conversations.work',
      params: ZIdParams,
      responses: { 200: ZConversationDetail },
      handler: async ({ params, principal }) => {
        const p = requireWorkspace(principal);
        await handBack(ctx, p, params.id);
        return getConversationDetail(ctx, p.workspaceId, params.id, piiViewOf(p));
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/conversations/:id/case',
      tag: 'Conversations',
      summary:
        'Open a case from the conversation (once: a second call returns the same case); the link is kept',
      access: 'cases.work',
      params: ZIdParams,
      responses: { 201: ZConversationCaseResult },
      handler: ({ params, principal }) =>
        createCaseFromConversation(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/conversations/:id/suggestions',
      tag: 'Conversations',
      summary: "Knowledge-base articles for the customer's latest question",
      access: 'conversations.read',
      params: ZIdParams,
      responses: { 200: ZArticleSuggestions },
      handler: ({ params, principal }) =>
        suggestionsFor(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),

    // ---- Agents ----
    defineRoute({
      method: 'PUT',
      url: '/api/v1/me/presence',
      tag: 'Conversations',
      summary:
        'Your presence: online (you get conversations, up to your capacity), away or offline (you get none)',
      access: 'conversations.work',
      body: ZPresenceBody,
      responses: { 200: ZPresence },
      handler: ({ body, principal }) => setPresence(ctx, requireWorkspace(principal), body.status),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/agents',
      tag: 'Conversations',
      summary: 'Members who work conversations: presence, capacity and how many conversations each has open',
      access: 'conversations.read',
      responses: { 200: z.object({ items: z.array(ZAgent) }) },
      handler: ({ principal }) => listAgents(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/agents/:userId',
      tag: 'Conversations',
      summary: "Set an agent's capacity (the most open conversations they get at once)",
      access: 'teams.manage',
      params: ZAgentParams,
      body: ZUpdateAgentBody,
      responses: { 200: ZAgent },
      handler: ({ params, body, principal }) =>
        setCapacity(ctx, requireWorkspace(principal), params.userId, body.capacity),
    }),

    // ---- Canned replies ----
    defineRoute({
      method: 'GET',
      url: '/api/v1/canned-replies',
      tag: 'Conversations',
      summary:
        'Canned replies; with conversationId, each comes `filled` in the conversation language with {{contact.name}} and {{agent.name}}',
      access: 'conversations.read',
      query: ZCannedRepliesQuery,
      responses: { 200: ZCannedReplyList },
      handler: ({ query, principal }) => listCannedReplies(ctx, requireWorkspace(principal), query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/canned-replies',
      tag: 'Conversations',
      summary: 'Add a canned reply {shortcut, title, text: {en, vi?}}',
      access: 'conversations.work',
      body: ZCreateCannedReplyBody,
      responses: { 201: ZCannedReply },
      handler: ({ body, principal }) => createCannedReply(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/canned-replies/:id',
      tag: 'Conversations',
      summary: 'Change a canned reply',
      access: 'conversations.work',
      params: ZIdParams,
      body: ZUpdateCannedReplyBody,
      responses: { 200: ZCannedReply },
      handler: ({ params, body, principal }) =>
        updateCannedReply(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/canned-replies/:id',
      tag: 'Conversations',
      summary: 'Delete a canned reply',
      access: 'conversations.work',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteCannedReply(ctx, requireWorkspace(principal), params.id),
    }),
  ];
}
