import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAnnotation, TLoyaltyResult } from '@touchpoint/schemas/browser';
import { api } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

export type TLoyaltyRow = TLoyaltyResult['rows'][number];
export type TLoyaltyGrouping = 'touchpoint' | 'segment';

export function useLoyalty(query: { by: TLoyaltyGrouping; from?: string; to?: string }) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'loyalty', query],
    queryFn: ({ signal }) => api<TLoyaltyResult>('/api/v1/loyalty', { query, signal }),
    staleTime: 60_000,
  });
}

export function useAnnotations(query: { from?: string; to?: string; touchpointId?: string }) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'annotations', query],
    queryFn: ({ signal }) => api<{ items: TAnnotation[] }>('/api/v1/annotations', { query, signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}

function useInvalidateAnnotations() {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  return () => queryClient.invalidateQueries({ queryKey: [...workspaceKey, 'annotations'] });
}

export function useCreateAnnotation() {
  const invalidate = useInvalidateAnnotations();
  return useMutation({
    mutationFn: (body: { day: string; text: string; touchpointId?: string | null }) =>
      api<TAnnotation>('/api/v1/annotations', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useDeleteAnnotation() {
  const invalidate = useInvalidateAnnotations();
  return useMutation({
    mutationFn: (id: string) =>
      api<void>(`/api/v1/annotations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
