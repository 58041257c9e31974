import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TContactBudget } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import type { TSendInvitationsResult, TSurveyInvitation, TUnsubscribePreview } from '../../lib/contracts';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;
const BUDGET_PATH = '/api/v1/settings/contact-budget';

// Contact budget

function useBudgetKey() {
  const workspaceKey = useWorkspaceKey();
  return [...workspaceKey, 'contact-budget'] as const;
}

export function useContactBudget() {
  const queryKey = useBudgetKey();
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => api<{ contactBudget: TContactBudget | null }>(BUDGET_PATH, { signal }),
  });
}

export function useSetContactBudget() {
  const queryClient = useQueryClient();
  const queryKey = useBudgetKey();
  return useMutation({
    mutationFn: (budget: TContactBudget | null) =>
      budget
        ? api<{ contactBudget: TContactBudget | null }>(BUDGET_PATH, { method: 'PUT', body: budget })
        : api<{ contactBudget: TContactBudget | null }>(BUDGET_PATH, { method: 'DELETE' }),
    onSuccess: (setting) => queryClient.setQueryData(queryKey, setting),
  });
}

// Email invitations

export interface TRecipient {
  email: string;
  name?: string;
  language?: string;
}

export interface TSendInvitationsBody {
  channel: 'email';
  recipients: TRecipient[];
  remindAfterDays: number | null;
}

function invitationsKey(workspaceKey: readonly unknown[], surveyId: string) {
  return [...workspaceKey, 'survey-invitations', surveyId];
}

export function useSendInvitations(surveyId: string) {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  return useMutation({
    mutationFn: (body: TSendInvitationsBody) =>
      api<TSendInvitationsResult>(`/api/v1/surveys/${encodeURIComponent(surveyId)}/invitations`, {
        method: 'POST',
        body,
      }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: invitationsKey(workspaceKey, surveyId) }),
        // New contacts and timeline entries.
        queryClient.invalidateQueries({ queryKey: [...workspaceKey, 'contacts'] }),
      ]);
    },
  });
}

export function useSurveyInvitations(surveyId: string) {
  const workspaceKey = useWorkspaceKey();
  const query = useInfiniteQuery({
    queryKey: invitationsKey(workspaceKey, surveyId),
    queryFn: ({ pageParam, signal }) =>
      api<Page<TSurveyInvitation>>(`/api/v1/surveys/${encodeURIComponent(surveyId)}/invitations`, {
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Sends, answers and reminders change rows at any time: refresh whenever the list is shown again.
    staleTime: 0,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

// Unsubscribe (public: the token from the email is the proof, no session is used)

function unsubscribePath(token: string): string {
  return `/api/v1/public/unsubscribe/${encodeURIComponent(token)}`;
}

export function useUnsubscribePreview(token: string) {
  return useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: ({ signal }) =>
      api<TUnsubscribePreview>(unsubscribePath(token), { credentials: 'omit', signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<TUnsubscribePreview>(unsubscribePath(token), { method: 'POST', credentials: 'omit' }),
    onSuccess: (preview) => queryClient.setQueryData(['unsubscribe', token], preview),
  });
}
