import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '../../lib/api';
import { useSignedInMe, useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

export type TArticleStatus = 'published' | 'draft';

export interface TLocalized {
  en?: string | null;
  vi?: string | null;
}

export interface TArticle {
  id: string;
  title: TLocalized;
  body: TLocalized;
  questions: string[];
  tags: string[];
  status: TArticleStatus;
  createdAt?: string;
  updatedAt?: string;
}

export interface TArticleInput {
  title: TLocalized;
  body: TLocalized;
  questions: string[];
  tags: string[];
  status: TArticleStatus;
}

export interface TArticleFilters {
  q: string;
  status: string;
  tag: string;
}

function useKnowledgeKey() {
  return [...useWorkspaceKey(), 'knowledge'] as const;
}

export function useArticles(filters: TArticleFilters) {
  const key = useKnowledgeKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TArticle>>('/api/v1/knowledge/articles', {
        query: {
          limit: PAGE_SIZE,
          cursor: pageParam,
          q: filters.q,
          status: filters.status,
          tag: filters.tag,
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useArticle(id: string) {
  const key = useKnowledgeKey();
  return useQuery({
    queryKey: [...key, 'detail', id],
    queryFn: ({ signal }) =>
      api<TArticle>(`/api/v1/knowledge/articles/${encodeURIComponent(id)}`, { signal }),
  });
}

function useKnowledgeWrite<TInput, TResult>(write: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  const key = useKnowledgeKey();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export function useCreateArticle() {
  return useKnowledgeWrite((body: TArticleInput) =>
    api<TArticle>('/api/v1/knowledge/articles', { method: 'POST', body }),
  );
}

export function useUpdateArticle() {
  return useKnowledgeWrite(({ id, ...body }: Partial<TArticleInput> & { id: string }) =>
    api<TArticle>(`/api/v1/knowledge/articles/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );
}

export function useDeleteArticle() {
  return useKnowledgeWrite((id: string) =>
    api<void>(`/api/v1/knowledge/articles/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  );
}

/** An article's text in the UI language, else in the other one. */
export function localized(text: TLocalized | null | undefined, language: string): string {
  if (!text) return '';
  const first = language === 'vi' ? text.vi : text.en;
  return (first || (language === 'vi' ? text.en : text.vi) || '').trim();
}

/**
 * Whether the signed-in person may edit the knowledge base: its own permission when the server lists one,
 * else workspace settings. The server decides; this only hides what would be refused.
 */
export function useCanManageKnowledge(): boolean {
  const me = useSignedInMe();
  return me.permissions.includes('knowledge.manage') || me.permissions.includes('settings.manage');
}
