import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSuggestion } from '@touchpoint/schemas/browser';
import { api } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

export type TSuggestionStatus = TSuggestion['status'];
export const SUGGESTION_STATUSES: TSuggestionStatus[] = ['open', 'planned', 'done', 'declined'];

function useSuggestionsKey() {
  return [...useWorkspaceKey(), 'suggestions'] as const;
}

export function useSuggestions(status: TSuggestionStatus | '') {
  const key = useSuggestionsKey();
  return useQuery({
    queryKey: [...key, status],
    queryFn: ({ signal }) =>
      api<{ items: TSuggestion[] }>('/api/v1/suggestions', {
        query: { status: status || undefined },
        signal,
      }),
  });
}

function useInvalidate() {
  const key = useSuggestionsKey();
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key });
}

export function usePostSuggestion() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { title: string; body: string; anonymous: boolean }) =>
      api<TSuggestion>('/api/v1/suggestions', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useVote() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api<TSuggestion>(`/api/v1/suggestions/${id}/votes`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}

export function useAnswerSuggestion() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; status?: TSuggestionStatus; answer?: string | null }) =>
      api<TSuggestion>(`/api/v1/suggestions/${id}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}
