import type { TArticle } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';

const ARTICLE_COLUMNS = [
  'id',
  'title',
  'body',
  'questions',
  'tags',
  'status',
  'createdAt',
  'updatedAt',
] as const;

export function articleRows(db: Db, workspaceId: string) {
  return db.selectFrom('knowledgeArticles').select(ARTICLE_COLUMNS).where('workspaceId', '=', workspaceId);
}

export type ArticleRow = Awaited<ReturnType<ReturnType<typeof articleRows>['execute']>>[number];

export function presentArticle(row: ArticleRow, score?: number): TArticle {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    questions: row.questions,
    tags: row.tags,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(score !== undefined ? { score } : {}),
  };
}

export async function findArticle(db: Db, workspaceId: string, id: string): Promise<ArticleRow | undefined> {
  return articleRows(db, workspaceId).where('id', '=', id).executeTakeFirst();
}

/** A page of articles, newest first (ids are v7 UUIDs: creation order). */
export async function findArticlesPage(
  db: Db,
  workspaceId: string,
  filter: { status?: 'published' | 'draft' | undefined; tag?: string | undefined },
  limit: number,
  beforeId?: string,
) {
  return articleRows(db, workspaceId)
    .$if(Boolean(filter.status), (q) => q.where('status', '=', filter.status as 'published' | 'draft'))
    .$if(Boolean(filter.tag), (q) => q.where(sql<boolean>`${filter.tag} = any(tags)`))
    .$if(Boolean(beforeId), (q) => q.where('id', '<', beforeId as string))
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Every article of a workspace (the search index is built from them). */
export async function findAllArticles(db: Db, workspaceId: string): Promise<ArticleRow[]> {
  return articleRows(db, workspaceId).orderBy('id').execute();
}

/**
 * A fingerprint of a workspace's articles that changes with every insert, update or delete, so each
 * process notices changes made by another one (several API processes share one database).
 */
export async function articlesFingerprint(db: Db, workspaceId: string): Promise<string> {
  const row = await db
    .selectFrom('knowledgeArticles')
    .select([
      sql<string>`count(*)::text`.as('n'),
      sql<string>`coalesce(max(updated_at)::text, '')`.as('latest'),
      sql<string>`coalesce(sum(extract(epoch from updated_at))::text, '')`.as('total'),
    ])
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return `${row.n}|${row.latest}|${row.total}`;
}
