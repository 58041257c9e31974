import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TMaturityAssessment,
  TMaturityComparison,
  TMaturityOverview,
} from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

function useMaturityKey() {
  return [...useWorkspaceKey(), 'maturity'] as const;
}

export function useMaturity() {
  const key = useMaturityKey();
  return useQuery({
    queryKey: [...key, 'overview'],
    queryFn: ({ signal }) => api<TMaturityOverview>('/api/v1/maturity', { signal }),
  });
}

export function useMaturityHistory() {
  const key = useMaturityKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'history'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TMaturityAssessment>>('/api/v1/maturity/assessments', {
        query: { limit: 20, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useMaturityComparison() {
  const key = useMaturityKey();
  return useQuery({
    queryKey: [...key, 'comparison'],
    queryFn: ({ signal }) => api<TMaturityComparison>('/api/v1/maturity/comparison', { signal }),
  });
}

export function useSubmitAssessment() {
  const key = useMaturityKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: Record<string, number>) =>
      api<TMaturityAssessment>('/api/v1/maturity/assessments', { method: 'POST', body: { answers } }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}
