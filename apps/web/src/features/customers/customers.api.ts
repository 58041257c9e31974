import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

export function useTimeline(id: string, enabled: boolean, kinds: readonly string[] = []) {
  const workspaceKey = useWorkspaceKey();
  const kindList = kinds.length > 0 ? kinds.join(',') : undefined;
  const query = useInfiniteQuery({
    queryKey: [...workspaceKey, 'contacts', 'timeline', id, kindList ?? 'all'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TTimelineItem>>(`/api/v1/contacts/${encodeURIComponent(id)}/timeline`, {
        query: { limit: PAGE_SIZE, cursor: pageParam, kinds: kindList },
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

/** Merges another profile into this one (`POST /api/v1/contacts/:id/merge`); the older survives. */
export function useMergeContacts(id: string) {
  const workspaceKey = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (otherId: string) =>
      api<{ contact: TContact; mergedContactIds: string[] }>(
        `/api/v1/contacts/${encodeURIComponent(id)}/merge`,
        { method: 'POST', body: { contactId: otherId } },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: [...workspaceKey, 'contacts'] }),
  });
}
