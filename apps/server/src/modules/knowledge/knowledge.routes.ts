import {
  ZArticle,
  ZArticleListQuery,
  ZCreateArticleBody,
  ZIdParams,
  ZPublicArticle,
  ZPublicArticleItemParams,
  ZPublicArticleParams,
  ZPublicArticleQuery,
  ZUpdateArticleBody,
  zPage,
} from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  createArticle,
  deleteArticle,
  getArticle,
  getPublicArticle,
  listArticles,
  listPublicArticles,
  updateArticle,
} from './knowledge.service';

export function knowledgeRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/knowledge/articles',
      tag: 'Knowledge base',
      summary:
        'List articles, newest first; `q` searches titles, bodies and example questions (with or without diacritics)',
      access: 'workspace.read',
      query: ZArticleListQuery,
      responses: { 200: zPage(ZArticle) },
      handler: ({ query, principal }) => listArticles(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/knowledge/articles',
      tag: 'Knowledge base',
      summary: 'Create an article (published unless `status` is `draft`)',
      access: 'knowledge.manage',
      body: ZCreateArticleBody,
      responses: { 201: ZArticle },
      handler: ({ body, principal }) => createArticle(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/knowledge/articles/:id',
      tag: 'Knowledge base',
      summary: 'One article',
      access: 'workspace.read',
      params: ZIdParams,
      responses: { 200: ZArticle },
      handler: ({ params, principal }) => getArticle(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/knowledge/articles/:id',
      tag: 'Knowledge base',
      summary: 'Change an article, or publish it / put it back to draft',
      access: 'knowledge.manage',
      params: ZIdParams,
      body: ZUpdateArticleBody,
      responses: { 200: ZArticle },
      handler: ({ params, body, principal }) =>
        updateArticle(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/knowledge/articles/:id',
      tag: 'Knowledge base',
      summary: 'Delete an article',
      access: 'knowledge.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteArticle(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/knowledge/:workspaceId/articles',
      tag: 'Knowledge base',
      summary: "A workspace's published articles for customers: the best matches of `q`, or the latest",
      access: 'public',
      rateLimitPerMinute: ctx.limits.publicPerIpPerMinute * 3,
      params: ZPublicArticleParams,
      query: ZPublicArticleQuery,
      responses: { 200: z.object({ items: z.array(ZPublicArticle) }) },
      handler: ({ params, query }) => listPublicArticles(ctx, params.workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/knowledge/:workspaceId/articles/:id',
      tag: 'Knowledge base',
      summary: 'One published article for customers, in `language` when it has it',
      access: 'public',
      rateLimitPerMinute: ctx.limits.publicPerIpPerMinute * 3,
      params: ZPublicArticleItemParams,
      query: ZPublicArticleQuery.pick({ language: true }),
      responses: { 200: ZPublicArticle },
      handler: ({ params, query }) => getPublicArticle(ctx, params.workspaceId, params.id, query.language),
    }),
  ];
}
