import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCondition, TContact, TSegment, TSegmentPreview } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import type { TSendInvitationsResult } from '../../lib/contracts';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

export interface TSegmentBody {
  name: string;
  description: string;
  kind?: 'dynamic' | 'static';
  condition?: TCondition;
}

function useSegmentsKey() {
  return [...useWorkspaceKey(), 'segments'] as const;
}

export function useSegments(q: string) {
  const key = useSegmentsKey();
  const search = q.trim();
  const query = useInfiniteQuery({
    queryKey: [...key, 'list', { q: search }],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TSegment>>('/api/v1/segments', {
        query: { q: search || undefined, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useSegment(id: string | null) {
  const key = useSegmentsKey();
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: ({ signal }) => api<TSegment>(`/api/v1/segments/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}

export function useSegmentContacts(id: string | null) {
  const key = useSegmentsKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'contacts', id],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TContact>>(`/api/v1/segments/${encodeURIComponent(id ?? '')}/contacts`, {
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: id !== null,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

/** The live count of a condition being edited (null while there is nothing valid to count). */
export function useSegmentPreview(condition: TCondition | null) {
  const key = useSegmentsKey();
  return useQuery({
    queryKey: [...key, 'preview', condition],
    queryFn: ({ signal }) =>
      api<TSegmentPreview>('/api/v1/segments/preview', {
        method: 'POST',
        body: { condition, sampleSize: 5 },
        signal,
      }),
    enabled: condition !== null,
    placeholderData: (previous) => previous,
    retry: false,
  });
}

export function useSaveSegment() {
  const queryClient = useQueryClient();
  const key = useSegmentsKey();
  return useMutation({
    mutationFn: ({ id, ...body }: TSegmentBody & { id: string | null }) =>
      id
        ? api<TSegment>(`/api/v1/segments/${encodeURIComponent(id)}`, {
            method: 'PATCH',
            body: { name: body.name, description: body.description, condition: body.condition },
          })
        : api<TSegment>('/api/v1/segments', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useDeleteSegment() {
  const queryClient = useQueryClient();
  const key = useSegmentsKey();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/segments/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Invites a segment's contacts to a survey by email; answers what was sent and what was skipped. */
export function useSendSurveyToSegment() {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  return useMutation({
    mutationFn: ({ surveyId, segmentId }: { surveyId: string; segmentId: string }) =>
      api<TSendInvitationsResult>(`/api/v1/surveys/${encodeURIComponent(surveyId)}/invitations`, {
        method: 'POST',
        body: { channel: 'email', segmentId, remindAfterDays: null },
      }),
    onSuccess: (_result, { surveyId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...workspaceKey, 'survey-invitations', surveyId] }),
        queryClient.invalidateQueries({ queryKey: [...workspaceKey, 'contacts'] }),
      ]),
  });
}
