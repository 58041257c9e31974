import { analyzeText, BUILTIN_TEXT_ANALYZER, readClauses } from '@touchpoint/core';
import {
  ZAnalyzeTextBody,
  ZAnalyzeTextResult,
  ZComment,
  ZCommentsQuery,
  ZCreateTopicBody,
  ZIdParams,
  ZPainPointQuery,
  ZPainPoints,
  ZThemes,
  ZThemesQuery,
  ZTopic,
  ZTopicExample,
  ZTopicExampleBody,
  ZTopicExampleParams,
  ZTopicInsights,
  ZTopicInsightsQuery,
  ZTopicModelResult,
  ZTopicPreviewBody,
  ZTopicPreviewResult,
  ZTrainTopicModelResult,
  ZUpdateTopicBody,
  zPage,
} from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { createEventLoopYielder } from '../../platform/event-loop';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { loadTopicContext, topicsForText } from './analysis.service';
import { emergingThemes, listComments, painPoints, topicInsights } from './insights.service';
import {
  currentTopicModel,
  listTopicExamples,
  removeTopicExample,
  tagTopicExample,
  trainTopicModel,
} from './topic-model.service';
import {
  createTopic,
  deleteTopic,
  getTopic,
  listTopics,
  previewTopicQuery,
  updateTopic,
} from './topics.service';

export function textRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/text/analyze',
      tag: 'Text analytics',
      summary:
        "Analyse up to 100 texts: language, sentiment with the phrases that drove it, the workspace's topics, signals and PII redaction",
      access: 'responses.read',
      body: ZAnalyzeTextBody,
      responses: { 200: ZAnalyzeTextResult },
      handler: async ({ body, principal }) => {
        const context = await loadTopicContext(ctx.db, requireWorkspace(principal).workspaceId);
        // Up to 100 long texts against every rule of the workspace: yield the event loop between texts.
        const yieldEventLoop = createEventLoopYielder();
        const results = [];
        for (const input of body.texts) {
          await yieldEventLoop();
          const result = analyzeText(input.text, input.lang ? { lang: input.lang } : {});
          results.push({
            ...(input.id === undefined ? {} : { id: input.id }),
            lang: result.lang,
            sentiment: result.sentiment,
            topics: topicsForText(
              result.redacted,
              context,
              readClauses(result.redacted, result.lang, result.sentiment),
            ),
            signals: result.signals,
            redacted: result.redacted,
            pii: result.pii,
          });
        }
        return { analyzer: BUILTIN_TEXT_ANALYZER, results };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/topics',
      tag: 'Text analytics',
      summary: "List the workspace's topics with their rule, tagged examples and current mentions",
      access: 'responses.read',
      responses: { 200: z.object({ items: z.array(ZTopic) }) },
      handler: ({ principal }) => listTopics(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/topics',
      tag: 'Text analytics',
      summary: 'Create a topic, optionally with a rule (keywords, "phrases", AND/OR/NOT, wildcards*)',
      access: 'topics.manage',
      body: ZCreateTopicBody,
      responses: { 201: ZTopic },
      handler: ({ body, principal }) => createTopic(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/topics/preview',
      tag: 'Text analytics',
      summary: 'What a rule would match among the stored comments, before it is saved',
      access: 'responses.read',
      body: ZTopicPreviewBody,
      responses: { 200: ZTopicPreviewResult },
      handler: ({ body, principal }) => previewTopicQuery(ctx, requireWorkspace(principal).workspaceId, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/topics/model',
      tag: 'Text analytics',
      summary: "The workspace's current topic classifier (null before the first training)",
      access: 'responses.read',
      responses: { 200: ZTopicModelResult },
      handler: ({ principal }) => currentTopicModel(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/topics/model/train',
      tag: 'Text analytics',
      summary:
        'Train a new version of the topic classifier from tagged comments and rule matches; reports how each topic moved',
      access: 'topics.manage',
      responses: { 200: ZTrainTopicModelResult },
      handler: ({ principal }) => trainTopicModel(ctx, requireWorkspace(principal)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/topics/:id',
      tag: 'Text analytics',
      summary: 'One topic',
      access: 'responses.read',
      params: ZIdParams,
      responses: { 200: ZTopic },
      handler: ({ params, principal }) =>
        getTopic(ctx.db, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/topics/:id',
      tag: 'Text analytics',
      summary: 'Rename a topic, change its rule or owner team (its comments are re-matched)',
      access: 'topics.manage',
      params: ZIdParams,
      body: ZUpdateTopicBody,
      responses: { 200: ZTopic },
      handler: ({ params, body, principal }) =>
        updateTopic(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/topics/:id',
      tag: 'Text analytics',
      summary: 'Delete a topic with its examples and matches',
      access: 'topics.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteTopic(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/topics/:id/examples',
      tag: 'Text analytics',
      summary: 'Comments tagged as belonging (or not) to a topic',
      access: 'responses.read',
      params: ZIdParams,
      responses: { 200: z.object({ items: z.array(ZTopicExample) }) },
      handler: ({ params, principal }) =>
        listTopicExamples(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/topics/:id/examples',
      tag: 'Text analytics',
      summary: 'Tag a comment as belonging to a topic (positive) or not (negative), for training',
      access: 'topics.manage',
      params: ZIdParams,
      body: ZTopicExampleBody,
      responses: { 201: ZTopicExample },
      handler: ({ params, body, principal }) =>
        tagTopicExample(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/topics/:id/examples/:exampleId',
      tag: 'Text analytics',
      summary: 'Remove a tag',
      access: 'topics.manage',
      params: ZTopicExampleParams,
      responses: { 204: null },
      handler: ({ params, principal }) =>
        removeTopicExample(ctx, requireWorkspace(principal), params.id, params.exampleId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/insights/topics',
      tag: 'Text analytics',
      summary: 'Topics with volume, share, sentiment split and trend',
      access: 'responses.read',
      query: ZTopicInsightsQuery,
      responses: { 200: ZTopicInsights },
      handler: ({ query, principal }) => topicInsights(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/insights/pain-points',
      tag: 'Text analytics',
      summary: 'Topics ranked by their impact on NPS or CSAT (not by volume), with trend and examples',
      access: 'responses.read',
      query: ZPainPointQuery,
      responses: { 200: ZPainPoints },
      handler: ({ query, principal }) => painPoints(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/insights/themes',
      tag: 'Text analytics',
      summary: 'Themes discovered in comments, with emerging ones flagged against a baseline period',
      access: 'responses.read',
      query: ZThemesQuery,
      responses: { 200: ZThemes },
      handler: ({ query, principal }) => emergingThemes(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/insights/comments',
      tag: 'Text analytics',
      summary: 'Analysed comments (PII-redacted), newest first, by topic, sentiment, language and words',
      access: 'responses.read',
      query: ZCommentsQuery,
      responses: { 200: zPage(ZComment) },
      handler: ({ query, principal }) => listComments(ctx, requireWorkspace(principal).workspaceId, query),
    }),
  ];
}
