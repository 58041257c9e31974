import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAtRiskCustomer, TChurnLabel, TChurnModelSummary } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

export interface TChurnOverview {
  current: TChurnModelSummary | null;
  models: TChurnModelSummary[];
  counts: { low: number; medium: number; high: number };
  rescoring: string;
}

export type TAtRiskBand = 'high' | 'medium' | 'low' | 'medium_or_high';

export function useChurnOverview() {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'churn', 'overview'],
    queryFn: ({ signal }) => api<TChurnOverview>('/api/v1/predictions/churn', { signal }),
    // While a model trains, its progress is polled; otherwise the overview is read once.
    refetchInterval: (query) => (query.state.data?.models[0]?.status === 'training' ? 1000 : false),
  });
}

export function useAtRisk(band: TAtRiskBand) {
  const workspaceKey = useWorkspaceKey();
  const query = useInfiniteQuery({
    queryKey: [...workspaceKey, 'churn', 'at-risk', band],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TAtRiskCustomer>>('/api/v1/predictions/churn/at-risk', {
        query: { band, limit: 50, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

export function useTrainChurn() {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  return useMutation({
    mutationFn: (label: TChurnLabel) =>
      api<TChurnModelSummary>('/api/v1/predictions/churn/train', { method: 'POST', body: { label } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...workspaceKey, 'churn'] }),
  });
}
