import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAccountDetail, TAccountListItem, TContactProfile } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

export type TAccountSort = 'health' | 'risk' | 'spend' | 'renewal' | 'name';
export const ACCOUNT_SORT_OPTIONS: readonly TAccountSort[] = ['name', 'health', 'risk', 'spend', 'renewal'];

const PAGE_SIZE = 50;

export function useAccounts(sort: TAccountSort, q: string) {
  const workspaceKey = useWorkspaceKey();
  const search = q.trim();
  const query = useInfiniteQuery({
    queryKey: [...workspaceKey, 'accounts', 'list', { sort, q: search }],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TAccountListItem>>('/api/v1/accounts', {
        query: { sort, q: search || undefined, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

export function useAccount(id: string) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'accounts', 'one', id],
    queryFn: ({ signal }) => api<TAccountDetail>(`/api/v1/accounts/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useContactProfile(contactId: string) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'contacts', 'profile', contactId],
    queryFn: ({ signal }) =>
      api<TContactProfile>(`/api/v1/contacts/${encodeURIComponent(contactId)}/profile`, { signal }),
  });
}

export function useCreateAccount() {
  const workspaceKey = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; domain?: string; externalId?: string }) =>
      api<{ id: string }>('/api/v1/accounts', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...workspaceKey, 'accounts'] }),
  });
}

/** NPS-like values as signed whole numbers ("+22", "−50"); null as a dash. */
export function formatSigned(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const rounded = Math.round(value);
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${Math.round(value)}%`;
}
