import {
  type ArticleIndex,
  answerExcerpt,
  buildArticleIndex,
  type KnowledgeArticleInput,
  searchArticles,
} from '@touchpoint/core';
import type {
  TArticle,
  TArticleListQuery,
  TArticleSuggestion,
  TBotLanguage,
  TCreateArticleBody,
  TPublicArticle,
  TUpdateArticleBody,
} from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, encodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import {
  type ArticleRow,
  articlesFingerprint,
  findAllArticles,
  findArticle,
  findArticlesPage,
  presentArticle,
} from './knowledge.repository';

// ---------------------------------------------------------------------------------------------------------
// The search index: one per workspace in memory, rebuilt when the workspace's articles change (checked by
// a cheap fingerprint query, so a change made through another process is seen too).
// ---------------------------------------------------------------------------------------------------------

export interface WorkspaceKnowledge {
  fingerprint: string;
  rows: Map<string, ArticleRow>;
  /** Every article (drafts included, for the editor's search). */
  all: ArticleIndex;
  /** Published articles only (the bot, the help center and agents' suggestions). */
  published: ArticleIndex;
}

const MAX_CACHED_WORKSPACES = 500;
const cache = new Map<string, WorkspaceKnowledge>();

function toInput(row: ArticleRow): KnowledgeArticleInput {
  return { id: row.id, title: row.title, body: row.body, questions: row.questions, tags: row.tags };
}

/** The workspace's articles and their search indexes, from the cache while nothing changed. */
export async function workspaceKnowledge(ctx: AppContext, workspaceId: string): Promise<WorkspaceKnowledge> {
  const fingerprint = await articlesFingerprint(ctx.db, workspaceId);
  const cached = cache.get(workspaceId);
  if (cached && cached.fingerprint === fingerprint) return cached;
  const rows = await findAllArticles(ctx.db, workspaceId);
  const knowledge: WorkspaceKnowledge = {
    fingerprint,
    rows: new Map(rows.map((row) => [row.id, row])),
    all: buildArticleIndex(rows.map(toInput)),
    published: buildArticleIndex(rows.filter((row) => row.status === 'published').map(toInput)),
  };
  if (cache.size >= MAX_CACHED_WORKSPACES) cache.delete(cache.keys().next().value as string);
  cache.set(workspaceId, knowledge);
  return knowledge;
}

function forget(workspaceId: string): void {
  cache.delete(workspaceId);
}

// ---------------------------------------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------------------------------------

const SEARCH_CURSOR_PREFIX = 'search:';

export async function listArticles(ctx: AppContext, workspaceId: string, query: TArticleListQuery) {
  const cursor = decodeCursor(query.cursor);
  if (!query.q) {
    const rows = await findArticlesPage(
      ctx.db,
      workspaceId,
      { status: query.status, tag: query.tag },
      query.limit,
      cursor,
    );
    return toPage(
      rows,
      query.limit,
      (row) => row.id,
      (row) => presentArticle(row),
    );
  }
  // A search is ranked, not in id order: its cursor is the offset into the ranking.
  const offset = cursor?.startsWith(SEARCH_CURSOR_PREFIX)
    ? Number(cursor.slice(SEARCH_CURSOR_PREFIX.length))
    : 0;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', [
      { name: 'query.cursor', reason: 'not a cursor from this API' },
    ]);
  }
  const knowledge = await workspaceKnowledge(ctx, workspaceId);
  const matches = searchArticles(knowledge.all, query.q, { limit: knowledge.rows.size }).filter((match) => {
    const row = knowledge.rows.get(match.articleId);
    return (
      row !== undefined &&
      (!query.status || row.status === query.status) &&
      (!query.tag || row.tags.includes(query.tag))
    );
  });
  const shown = matches.slice(offset, offset + query.limit);
  return {
    items: shown.map((match) =>
      presentArticle(knowledge.rows.get(match.articleId) as ArticleRow, match.score),
    ),
    nextCursor:
      offset + query.limit < matches.length
        ? encodeCursor(`${SEARCH_CURSOR_PREFIX}${offset + query.limit}`)
        : null,
  };
}

export async function getArticle(ctx: AppContext, workspaceId: string, id: string): Promise<TArticle> {
  const row = await findArticle(ctx.db, workspaceId, id);
  if (!row) throw AppError.notFound('article');
  return presentArticle(row);
}

function cleanText(value: { en?: string | undefined; vi?: string | undefined }) {
  const out: { en?: string; vi?: string } = {};
  if (value.en?.trim()) out.en = value.en.trim();
  if (value.vi?.trim()) out.vi = value.vi.trim();
  return out;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

export async function createArticle(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: TCreateArticleBody,
): Promise<TArticle> {
  const id = uuidv7();
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('knowledgeArticles')
      .values({
        workspaceId: principal.workspaceId,
        id,
        title: JSON.stringify(cleanText(input.title)),
        body: JSON.stringify(cleanText(input.body)),
        questions: JSON.stringify(distinct(input.questions)),
        tags: distinct(input.tags),
        status: input.status,
        createdBy: principal.userId,
      })
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'knowledge.article_created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { title: input.title, status: input.status },
    });
  });
  forget(principal.workspaceId);
  return getArticle(ctx, principal.workspaceId, id);
}

export async function updateArticle(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  changes: TUpdateArticleBody,
): Promise<TArticle> {
  await getArticle(ctx, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('knowledgeArticles')
      .set({
        ...(changes.title ? { title: JSON.stringify(cleanText(changes.title)) } : {}),
        ...(changes.body ? { body: JSON.stringify(cleanText(changes.body)) } : {}),
        ...(changes.questions ? { questions: JSON.stringify(distinct(changes.questions)) } : {}),
        ...(changes.tags ? { tags: distinct(changes.tags) } : {}),
        ...(changes.status ? { status: changes.status } : {}),
        updatedAt: new Date(),
      })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'knowledge.article_updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: { fields: Object.keys(changes), ...(changes.status ? { status: changes.status } : {}) },
    });
  });
  forget(principal.workspaceId);
  return getArticle(ctx, principal.workspaceId, id);
}

export async function deleteArticle(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<void> {
  const article = await getArticle(ctx, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    await tx
      .deleteFrom('knowledgeArticles')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'knowledge.article_deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { title: article.title },
    });
  });
  forget(principal.workspaceId);
}

// ---------------------------------------------------------------------------------------------------------
// Reading for customers (help center, public API) and agents (suggestions)
// ---------------------------------------------------------------------------------------------------------

function pick(text: { en?: string; vi?: string }, language: TBotLanguage): string {
  const preferred = language === 'vi' ? text.vi : text.en;
  const other = language === 'vi' ? text.en : text.vi;
  return preferred || other || '';
}

/** Which language an article is shown in: the asked one when the article has it, else the other. */
function shownLanguage(row: ArticleRow, language: TBotLanguage): TBotLanguage {
  const has = (lang: TBotLanguage) => Boolean(row.title[lang] || row.body[lang]);
  return has(language) ? language : language === 'vi' ? 'en' : 'vi';
}

export function presentPublicArticle(row: ArticleRow, language: TBotLanguage): TPublicArticle {
  const shown = shownLanguage(row, language);
  return {
    id: row.id,
    title: pick(row.title, shown),
    body: pick(row.body, shown),
    tags: row.tags,
    language: shown,
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function assertWorkspace(ctx: AppContext, workspaceId: string): Promise<void> {
  const row = await ctx.db
    .selectFrom('workspaces')
    .select('id')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('help center');
}

const PUBLIC_RELATIVE_SCORE = 1 / 3;

/** Published articles for customers: the best matches of `q`, or the latest ones without it. */
export async function listPublicArticles(
  ctx: AppContext,
  workspaceId: string,
  query: { q?: string | undefined; language?: TBotLanguage | undefined; limit: number },
): Promise<{ items: TPublicArticle[] }> {
  await assertWorkspace(ctx, workspaceId);
  const language = query.language ?? 'en';
  const knowledge = await workspaceKnowledge(ctx, workspaceId);
  let rows: ArticleRow[];
  if (query.q) {
    // Customers see the articles that answer them, not every article sharing a word: matches far below
    // the best one (under a third of its score) are left out.
    const matches = searchArticles(knowledge.published, query.q, { limit: query.limit, language });
    const best = matches[0]?.score ?? 0;
    rows = matches
      .filter((match) => match.score >= best * PUBLIC_RELATIVE_SCORE)
      .map((match) => knowledge.rows.get(match.articleId) as ArticleRow);
  } else {
    rows = [...knowledge.rows.values()]
      .filter((row) => row.status === 'published')
      .sort((a, b) => (a.id < b.id ? 1 : -1))
      .slice(0, query.limit);
  }
  return { items: rows.map((row) => presentPublicArticle(row, language)) };
}

/** One published article for customers; a draft or another workspace's article is not found. */
export async function getPublicArticle(
  ctx: AppContext,
  workspaceId: string,
  id: string,
  language: TBotLanguage = 'en',
): Promise<TPublicArticle> {
  const row = await findArticle(ctx.db, workspaceId, id);
  // A draft is not there for customers, like a missing article.
  if (!row) throw AppError.notFound('article');
  if (row.status !== 'published') throw AppError.notFound('article');
  return presentPublicArticle(row, language);
}

/** Published articles that may answer a customer's text, for the agent replying (best first). */
export async function suggestArticles(
  ctx: AppContext,
  workspaceId: string,
  text: string,
  language: TBotLanguage,
  limit = 3,
): Promise<TArticleSuggestion[]> {
  const knowledge = await workspaceKnowledge(ctx, workspaceId);
  return searchArticles(knowledge.published, text, { limit }).map((match) => {
    const row = knowledge.rows.get(match.articleId) as ArticleRow;
    const shown = shownLanguage(row, language);
    return {
      articleId: row.id,
      title: pick(row.title, shown),
      excerpt: answerExcerpt(pick(row.body, shown), 200),
      score: match.confidence,
    };
  });
}
