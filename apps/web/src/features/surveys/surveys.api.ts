import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSurvey, TSurveyDefinition, TSurveyStatus } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

export interface TSurveyFilters {
  status?: TSurveyStatus | undefined;
  touchpointId?: string | undefined;
}

export function useSurveys(filters: TSurveyFilters = {}, options: { pageSize?: number } = {}) {
  const workspaceKey = useWorkspaceKey();
  const limit = options.pageSize ?? PAGE_SIZE;
  const query = useInfiniteQuery({
    queryKey: [...workspaceKey, 'surveys', 'list', { ...filters, limit }],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TSurvey>>('/api/v1/surveys', { query: { ...filters, limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Response counts move with every respondent: refresh whenever the list is shown again.
    staleTime: 0,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

function surveyKey(workspaceKey: readonly unknown[], id: string) {
  return [...workspaceKey, 'surveys', 'one', id];
}

export function useSurvey(id: string) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: surveyKey(workspaceKey, id),
    queryFn: ({ signal }) => api<TSurvey>(`/api/v1/surveys/${encodeURIComponent(id)}`, { signal }),
  });
}

/** Several surveys by id (the responses table resolves question texts and option labels with them). */
export function useSurveysById(ids: readonly string[]) {
  const workspaceKey = useWorkspaceKey();
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: surveyKey(workspaceKey, id),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api<TSurvey>(`/api/v1/surveys/${encodeURIComponent(id)}`, { signal }),
      staleTime: 5 * 60_000,
    })),
  });
  const byId = new Map<string, TSurvey>();
  for (const result of results) if (result.data) byId.set(result.data.id, result.data);
  return byId;
}

export type TSurveyBody = TSurveyDefinition & { name: string; touchpointId: string | null };

/** After any change: the lists refresh, and the survey's own cache takes the server's answer. */
function useSurveyWrite<TInput>(mutationFn: (input: TInput) => Promise<TSurvey>) {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  return useMutation({
    mutationFn,
    onSuccess: async (survey) => {
      queryClient.setQueryData(surveyKey(workspaceKey, survey.id), survey);
      await queryClient.invalidateQueries({ queryKey: [...workspaceKey, 'surveys', 'list'] });
    },
  });
}

export function useCreateSurvey() {
  return useSurveyWrite((body: TSurveyBody) => api<TSurvey>('/api/v1/surveys', { method: 'POST', body }));
}

export function useUpdateSurvey(id: string) {
  return useSurveyWrite((body: Partial<TSurveyBody>) =>
    api<TSurvey>(`/api/v1/surveys/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );
}

export function useSetSurveyStatus() {
  return useSurveyWrite(({ id, action }: { id: string; action: 'publish' | 'close' }) =>
    api<TSurvey>(`/api/v1/surveys/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
  );
}

export function useDeleteSurvey() {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/surveys/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: async (_result, id) => {
      queryClient.removeQueries({ queryKey: surveyKey(workspaceKey, id), exact: true });
      await queryClient.invalidateQueries({ queryKey: [...workspaceKey, 'surveys', 'list'] });
    },
  });
}

export function qrUrl(id: string, format: 'svg' | 'png', language?: string): string {
  const params = new URLSearchParams({ format, size: '512' });
  if (language) params.set('language', language);
  return `/api/v1/surveys/${encodeURIComponent(id)}/qr?${params}`;
}
