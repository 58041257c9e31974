import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { TContact } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import type { TTimelineItem } from '../../lib/contracts';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

export function useContacts(q: string) {
  const workspaceKey = useWorkspaceKey();
  const search = q.trim();
  const query = useInfiniteQuery({
    queryKey: [...workspaceKey, 'contacts', 'list', { q: search }],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TContact>>('/api/v1/contacts', {
        query: { q: search || undefined, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    staleTime: 0,
    // Typing a search keeps the last list on screen until the new one arrives.
    placeholderData: (previous) => previous,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

export function useContact(id: string) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'contacts', 'one', id],
    queryFn: ({ signal }) => api<TContact>(`/api/v1/contacts/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useTimeline(id: string, enabled: boolean) {
  const workspaceKey = useWorkspaceKey();
  const query = useInfiniteQuery({
    queryKey: [...workspaceKey, 'contacts', 'timeline', id],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TTimelineItem>>(`/api/v1/contacts/${encodeURIComponent(id)}/timeline`, {
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled,
    staleTime: 0,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}
