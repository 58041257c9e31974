import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TAlertRule,
  TAlertRuleTestResult,
  TCaseDetail,
  TCaseFollowUp,
  TCasePriority,
  TCaseStatus,
  TCaseSummary,
  TCondition,
  TFollowUpTemplate,
} from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

/** The inbox filters as they live in the URL (empty string = no filter). */
export interface TCaseFilters {
  status: string;
  teamId: string;
  priority: string;
  /** 'me' to show only the cases assigned to the signed-in person. */
  assignee: string;
  overdue: string;
}

export const CASE_FILTER_NAMES = ['status', 'teamId', 'priority', 'assignee', 'overdue'] as const;

/** Open work by default: the inbox is a to-do list, finished cases are one filter away. */
export const OPEN_STATUSES: readonly TCaseStatus[] = ['new', 'in_progress', 'waiting_on_customer'];

/** The list query for the filters: `status=open` means every unfinished status. */
export function casesQuery(filters: TCaseFilters): Record<string, string | undefined> {
  const status = filters.status === 'open' ? OPEN_STATUSES.join(',') : filters.status || undefined;
  return {
    status,
    teamId: filters.teamId || undefined,
    priority: filters.priority || undefined,
    assigneeId: filters.assignee === 'me' ? 'me' : undefined,
    overdue: filters.overdue === 'true' ? 'true' : undefined,
  };
}

function useCasesKey() {
  return [...useWorkspaceKey(), 'cases'] as const;
}

export function useCases(filters: TCaseFilters) {
  const key = useCasesKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TCaseSummary>>('/api/v1/cases', {
        query: { limit: PAGE_SIZE, cursor: pageParam, ...casesQuery(filters) },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Alerts open cases in the background: the inbox stays current while it is open.
    refetchInterval: 15_000,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useCase(id: string) {
  const key = useCasesKey();
  return useQuery({
    queryKey: [...key, 'detail', id],
    queryFn: ({ signal }) => api<TCaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}`, { signal }),
    // A queued follow-up is sent in the background: poll until it is sent (or failed).
    refetchInterval: (query) =>
      query.state.data?.followUps.some((f) => f.status === 'queued') ? 1_500 : false,
  });
}

function useCaseWrite<TInput, TResult>(id: string, write: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  const key = useCasesKey();
  return useMutation({
    mutationFn: write,
    onSuccess: async (result) => {
      if (result && typeof result === 'object' && 'activities' in result) {
        queryClient.setQueryData([...key, 'detail', id], result);
      }
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export interface TCaseChanges {
  title?: string;
  description?: string;
  priority?: TCasePriority;
  status?: TCaseStatus;
  teamId?: string | null;
  assigneeId?: string | null;
  outcome?: TCaseDetail['outcome'];
  outcomeNote?: string | null;
}

export function useUpdateCase(id: string) {
  return useCaseWrite(id, (body: TCaseChanges) =>
    api<TCaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );
}

export function useAddNote(id: string) {
  return useCaseWrite(id, (body: string) =>
    api<TCaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}/notes`, { method: 'POST', body: { body } }),
  );
}

export function useFollowUpPreview(id: string, template: TFollowUpTemplate | null) {
  const key = useCasesKey();
  return useQuery({
    queryKey: [...key, 'follow-up-preview', id, template],
    queryFn: ({ signal }) =>
      api<{
        template: TFollowUpTemplate;
        language: string;
        toAddress: string | null;
        subject: string;
        body: string;
      }>(`/api/v1/cases/${encodeURIComponent(id)}/follow-ups/preview`, { query: { template }, signal }),
    enabled: template !== null,
  });
}

export function useSendFollowUp(id: string) {
  return useCaseWrite(id, (body: { template?: TFollowUpTemplate; subject?: string; body?: string }) =>
    api<TCaseFollowUp>(`/api/v1/cases/${encodeURIComponent(id)}/follow-ups`, { method: 'POST', body }),
  );
}

export interface TNewCase {
  title: string;
  description?: string;
  priority?: TCasePriority;
  teamId?: string | null;
  touchpointId?: string | null;
  contactId?: string | null;
  items?: { kind: 'response' | 'review'; id: string }[];
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  const key = useCasesKey();
  return useMutation({
    mutationFn: (body: TNewCase) => api<TCaseDetail>('/api/v1/cases', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

// ---- Alert rules ----

function useRulesKey() {
  return [...useWorkspaceKey(), 'alert-rules'] as const;
}

export function useAlertRules() {
  const key = useRulesKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'list'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TAlertRule>>('/api/v1/alert-rules', {
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export interface TAlertRuleInput {
  name: string;
  kind?: 'feedback' | 'anomaly';
  surveyId?: string | null;
  condition?: TCondition;
  anomaly?: {
    metric: 'nps' | 'csat';
    touchpointId?: string | null;
    windowDays?: number;
    baselineDays?: number;
  };
  createCase?: { priority: TCasePriority; teamId?: string | null } | null;
  notify?: { teamIds: string[]; userIds: string[] };
  active?: boolean;
}

function useInvalidateRules() {
  const queryClient = useQueryClient();
  const key = useRulesKey();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useSaveAlertRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: ({ id, ...body }: TAlertRuleInput & { id?: string }) => {
      if (!id) return api<TAlertRule>('/api/v1/alert-rules', { method: 'POST', body });
      // The kind of a rule does not change once created.
      const { kind: _kind, ...changes } = body;
      return api<TAlertRule>(`/api/v1/alert-rules/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: changes,
      });
    },
    onSuccess: invalidate,
  });
}

export function useToggleAlertRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      api<TAlertRule>(`/api/v1/alert-rules/${encodeURIComponent(id)}`, { method: 'PATCH', body: { active } }),
    onSuccess: invalidate,
  });
}

export function useDeleteAlertRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (id: string) =>
      api<void>(`/api/v1/alert-rules/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useTestAlertRule() {
  return useMutation({
    mutationFn: (body: { condition: TCondition; surveyId?: string | null; days?: number }) =>
      api<TAlertRuleTestResult>('/api/v1/alert-rules/test', { method: 'POST', body }),
  });
}

// ---- The customer's reply page (public) ----

export interface TPublicFollowUp {
  language: string;
  workspaceName: string;
  caseNumber: number;
  subject: string;
  answered: boolean;
  feltHeard: boolean | null;
}

export function useFollowUpReply(token: string) {
  return useQuery({
    queryKey: ['public-follow-up', token],
    queryFn: ({ signal }) =>
      api<TPublicFollowUp>(`/api/v1/public/follow-ups/${encodeURIComponent(token)}`, {
        signal,
        credentials: 'omit',
      }),
    retry: false,
  });
}

export function useAnswerFollowUp(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { feltHeard: boolean; comment?: string }) =>
      api<TPublicFollowUp>(`/api/v1/public/follow-ups/${encodeURIComponent(token)}`, {
        method: 'POST',
        body,
        credentials: 'omit',
      }),
    onSuccess: (data) => queryClient.setQueryData(['public-follow-up', token], data),
  });
}
