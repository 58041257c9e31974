import {
  ZBotAnswerBody,
  ZBotDecision,
  ZBotSettings,
  ZCreateIntentBody,
  ZIdParams,
  ZIntent,
  ZPageQuery,
  ZUpdateBotSettingsBody,
  ZUpdateIntentBody,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  createIntent,
  deleteIntent,
  getBotSettings,
  getIntent,
  listIntents,
  testAnswer,
  updateBotSettings,
  updateIntent,
} from './bot.service';

export function botRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/bot/answer',
      tag: 'Bot',
      summary:
        "The bot's decision on a message (answer, confidence, hand-over and why), as a customer would get it; writes nothing",
      access: 'workspace.read',
      body: ZBotAnswerBody,
      responses: { 200: ZBotDecision },
      handler: ({ body, principal }) => testAnswer(ctx, requireWorkspace(principal).workspaceId, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/bot/settings',
      tag: 'Bot',
      summary: "The bot's settings: on or off, greeting, hand-over rules, confidence threshold",
      access: 'workspace.read',
      responses: { 200: ZBotSettings },
      handler: ({ principal }) => getBotSettings(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/bot/settings',
      tag: 'Bot',
      summary: "Change the bot's settings (fields left out keep their value)",
      access: 'bot.manage',
      body: ZUpdateBotSettingsBody,
      responses: { 200: ZBotSettings },
      handler: ({ body, principal }) => updateBotSettings(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/bot/intents',
      tag: 'Bot',
      summary: 'List intents (example questions and the reply)',
      access: 'workspace.read',
      query: ZPageQuery,
      responses: { 200: zPage(ZIntent) },
      handler: ({ query, principal }) => listIntents(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/bot/intents',
      tag: 'Bot',
      summary: 'Create an intent; the bot learns it from its example questions',
      access: 'bot.manage',
      body: ZCreateIntentBody,
      responses: { 201: ZIntent },
      handler: ({ body, principal }) => createIntent(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/bot/intents/:id',
      tag: 'Bot',
      summary: 'One intent',
      access: 'workspace.read',
      params: ZIdParams,
      responses: { 200: ZIntent },
      handler: ({ params, principal }) => getIntent(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/bot/intents/:id',
      tag: 'Bot',
      summary: "Change an intent's name, examples or reply",
      access: 'bot.manage',
      params: ZIdParams,
      body: ZUpdateIntentBody,
      responses: { 200: ZIntent },
      handler: ({ params, body, principal }) =>
        updateIntent(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/bot/intents/:id',
      tag: 'Bot',
      summary: 'Delete an intent',
      access: 'bot.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteIntent(ctx, requireWorkspace(principal), params.id),
    }),
  ];
}
