import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TActionPlan,
  TActionPlanDetail,
  TActionPlanMetric,
  TActionPlanStatus,
} from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

/** What a plan form edits; null clears a field. */
export interface TPlanInput {
  title: string;
  description: string;
  topicId: string | null;
  touchpointId: string | null;
  ownerTeamId: string | null;
  dueDate: string | null;
  status: TActionPlanStatus;
  metric: TActionPlanMetric;
  expectedEffect: number | null;
  announcementSubject: string | null;
  announcementBody: string | null;
}

function usePlansKey() {
  return [...useWorkspaceKey(), 'action-plans'] as const;
}

export function useActionPlans(status: string) {
  const key = usePlansKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'list', status],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TActionPlan>>('/api/v1/action-plans', {
        query: { limit: PAGE_SIZE, cursor: pageParam, status: status || undefined },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useActionPlan(id: string) {
  const key = usePlansKey();
  return useQuery({
    queryKey: [...key, 'detail', id],
    queryFn: ({ signal }) =>
      api<TActionPlanDetail>(`/api/v1/action-plans/${encodeURIComponent(id)}`, { signal }),
    // Notices go out in the background after "done": refresh until the announcement has run.
    refetchInterval: (query) => {
      const plan = query.state.data;
      return plan?.status === 'done' && plan.announcementSubject && !plan.announcedAt ? 2_000 : false;
    },
  });
}

function usePlanWrite<TInput>(write: (input: TInput) => Promise<TActionPlanDetail | undefined>) {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  const key = usePlansKey();
  return useMutation({
    mutationFn: write,
    onSuccess: async (plan) => {
      if (plan) queryClient.setQueryData([...key, 'detail', plan.id], plan);
      await queryClient.invalidateQueries({ queryKey: [...key, 'list'] });
      // Linking moves cases between plans: the inbox and case pages read it too.
      await queryClient.invalidateQueries({ queryKey: [...workspaceKey, 'cases'] });
    },
  });
}

export function useCreateActionPlan() {
  return usePlanWrite((body: Partial<TPlanInput> & { title: string }) =>
    api<TActionPlanDetail>('/api/v1/action-plans', { method: 'POST', body }),
  );
}

export function useUpdateActionPlan(id: string) {
  return usePlanWrite((body: Partial<TPlanInput>) =>
    api<TActionPlanDetail>(`/api/v1/action-plans/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );
}

export function useLinkPlanCases(id: string) {
  return usePlanWrite((body: { caseNumbers: number[] }) =>
    api<TActionPlanDetail>(`/api/v1/action-plans/${encodeURIComponent(id)}/cases`, { method: 'POST', body }),
  );
}

export function useUnlinkPlanCase(id: string) {
  return usePlanWrite((caseId: string) =>
    api<TActionPlanDetail>(
      `/api/v1/action-plans/${encodeURIComponent(id)}/cases/${encodeURIComponent(caseId)}`,
      { method: 'DELETE' },
    ),
  );
}

export function useDeleteActionPlan() {
  const queryClient = useQueryClient();
  const key = usePlansKey();
  return useMutation({
    mutationFn: (id: string) =>
      api<void>(`/api/v1/action-plans/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** "12, 15 #20" → [12, 15, 20]; null when something is not a case number. */
export function parseCaseNumbers(text: string): number[] | null {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.replace(/^#/, ''))
    .filter(Boolean);
  if (parts.length === 0) return null;
  const numbers = parts.map((part) => (/^\d{1,9}$/.test(part) ? Number(part) : Number.NaN));
  if (numbers.some((n) => !Number.isInteger(n) || n < 1)) return null;
  return [...new Set(numbers)];
}
