import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TNotification, TNotificationSettings } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 20;
/** The bell's count is polled: new notifications come from the SLA sweep and alerts in the background. */
export const UNREAD_POLL_MS = 30_000;

function useNotificationsKey() {
  return [...useWorkspaceKey(), 'notifications'] as const;
}

export function useUnreadCount(enabled = true) {
  const key = useNotificationsKey();
  return useQuery({
    queryKey: [...key, 'unread-count'],
    queryFn: ({ signal }) => api<{ unread: number }>('/api/v1/notifications/unread-count', { signal }),
    refetchInterval: UNREAD_POLL_MS,
    enabled,
  });
}

export function useNotifications(enabled: boolean) {
  const key = useNotificationsKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'list'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TNotification>>('/api/v1/notifications', {
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  const key = useNotificationsKey();
  return useMutation({
    mutationFn: (body: { ids: number[] } | { all: true }) =>
      api<{ marked: number }>('/api/v1/notifications/read', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useNotificationSettings(enabled: boolean) {
  const key = useNotificationsKey();
  return useQuery({
    queryKey: [...key, 'settings'],
    queryFn: ({ signal }) => api<TNotificationSettings>('/api/v1/me/notification-settings', { signal }),
    enabled,
  });
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  const key = useNotificationsKey();
  return useMutation({
    mutationFn: (body: TNotificationSettings) =>
      api<TNotificationSettings>('/api/v1/me/notification-settings', { method: 'PATCH', body }),
    onSuccess: (settings) => queryClient.setQueryData([...key, 'settings'], settings),
  });
}
