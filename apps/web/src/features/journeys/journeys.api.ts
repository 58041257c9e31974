import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TJourney, TJourneyMapInput, TTouchpoint } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

/** A touchpoint as the touchpoint list returns it: with the names of its journey and stage. */
export type TTouchpointRow = TTouchpoint & { journeyName: string; stageName: string };

export function useJourneys() {
  const workspaceKey = useWorkspaceKey();
  const query = useInfiniteQuery({
    queryKey: [...workspaceKey, 'journeys', 'list'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TJourney>>('/api/v1/journeys', { query: { limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

export function useJourney(id: string) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'journeys', 'one', id],
    queryFn: ({ signal }) => api<TJourney>(`/api/v1/journeys/${encodeURIComponent(id)}`, { signal }),
  });
}

/** Every touchpoint of the workspace (or of one journey), for pickers and filters. */
export function useTouchpoints(journeyId?: string) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'journeys', 'touchpoints', journeyId ?? null],
    queryFn: ({ signal }) =>
      api<{ items: TTouchpointRow[] }>('/api/v1/touchpoints', { query: { journeyId }, signal }),
    select: (data) => data.items,
  });
}

/** Journeys and touchpoints change together: any write refreshes both. */
function useInvalidateJourneys() {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  return () => queryClient.invalidateQueries({ queryKey: [...workspaceKey, 'journeys'] });
}

export function useCreateJourney() {
  const invalidate = useInvalidateJourneys();
  return useMutation({
    mutationFn: (body: TJourneyMapInput) => api<TJourney>('/api/v1/journeys', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useSaveJourney(id: string) {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  const invalidate = useInvalidateJourneys();
  return useMutation({
    mutationFn: (body: TJourneyMapInput) =>
      api<TJourney>(`/api/v1/journeys/${encodeURIComponent(id)}`, { method: 'PUT', body }),
    onSuccess: async (journey) => {
      queryClient.setQueryData([...workspaceKey, 'journeys', 'one', id], journey);
      await invalidate();
    },
  });
}

export function useDeleteJourney() {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/journeys/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    // Everything but the deleted journey itself, which would only answer 404 now.
    onSuccess: (_result, id) =>
      queryClient.invalidateQueries({
        queryKey: [...workspaceKey, 'journeys'],
        predicate: (query) => query.queryKey[3] !== id,
      }),
  });
}
