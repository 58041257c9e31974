import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  TCreatedWebhook,
  TWebhook,
  TWebhookDelivery,
  TWebhookDeliveryStatus,
  TWebhookEventType,
} from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

function useWebhooksKey() {
  return [...useWorkspaceKey(), 'webhooks'] as const;
}

export function useWebhooks() {
  const key = useWebhooksKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'list'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TWebhook>>('/api/v1/webhooks', { query: { limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useWebhookDeliveries(webhookId: string | null, status: TWebhookDeliveryStatus | '') {
  const key = useWebhooksKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'deliveries', webhookId, status],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TWebhookDelivery>>(`/api/v1/webhooks/${encodeURIComponent(webhookId ?? '')}/deliveries`, {
        query: { limit: PAGE_SIZE, cursor: pageParam, status: status || undefined },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: webhookId !== null,
    // Deliveries change in the background (retries); a light poll keeps the table honest while it is open.
    refetchInterval: 5_000,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

function useInvalidateWebhooks() {
  const queryClient = useQueryClient();
  const key = useWebhooksKey();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export interface WebhookInput {
  url: string;
  events: TWebhookEventType[];
  description: string;
  active?: boolean;
}

export function useCreateWebhook() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (body: WebhookInput) => api<TCreatedWebhook>('/api/v1/webhooks', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateWebhook() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<WebhookInput> & { id: string }) =>
      api<TWebhook>(`/api/v1/webhooks/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useDeleteWebhook() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/webhooks/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useRotateWebhookSecret() {
  return useMutation({
    mutationFn: (id: string) =>
      api<TCreatedWebhook>(`/api/v1/webhooks/${encodeURIComponent(id)}/rotate-secret`, { method: 'POST' }),
  });
}

export function useSendTestWebhook() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (id: string) =>
      api<TWebhookDelivery>(`/api/v1/webhooks/${encodeURIComponent(id)}/test`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}

export function useRedeliver() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: ({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) =>
      api<TWebhookDelivery>(
        `/api/v1/webhooks/${encodeURIComponent(webhookId)}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`,
        { method: 'POST' },
      ),
    onSuccess: invalidate,
  });
}
