import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCampaign,
  TCampaignRecipient,
  TCondition,
  TEmailTemplate,
  TNbaAction,
  TNbaRule,
  TNbaSuggestions,
  TNbaTaken,
} from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

// Next best action

/** Suggestions for one person (`contact`) or an account's people (`account`). */
export function useNextBestActions(subject: { kind: 'contact' | 'account'; id: string }) {
  const workspaceKey = useWorkspaceKey();
  const base = subject.kind === 'contact' ? 'contacts' : 'accounts';
  return useQuery({
    queryKey: [...workspaceKey, 'nba', subject.kind, subject.id],
    queryFn: ({ signal }) =>
      api<TNbaSuggestions>(`/api/v1/${base}/${encodeURIComponent(subject.id)}/next-best-actions`, { signal }),
  });
}

export interface TTakeBody {
  ruleId: string;
  contactId: string;
  accountId?: string;
  caseId?: string;
  surveyId?: string;
  templateId?: string;
  teamId?: string;
}

export function useTakeNextBestAction() {
  const workspaceKey = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TTakeBody) =>
      api<TNbaTaken>('/api/v1/next-best-actions/take', { method: 'POST', body }),
    onSuccess: () => {
      // The action changes cases, accounts and timelines as well as the suggestions.
      void client.invalidateQueries({ queryKey: [...workspaceKey, 'nba'] });
      void client.invalidateQueries({ queryKey: [...workspaceKey, 'accounts'] });
      void client.invalidateQueries({ queryKey: [...workspaceKey, 'contacts'] });
      void client.invalidateQueries({ queryKey: [...workspaceKey, 'cases'] });
    },
  });
}

export function useNbaRules() {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'nba', 'rules'],
    queryFn: ({ signal }) => api<Page<TNbaRule>>('/api/v1/next-best-action/rules', { signal }),
  });
}

export interface TNbaRuleBody {
  name: string;
  description: string;
  condition: TCondition;
  action: TNbaAction;
  priority: number;
  cooldownDays: number;
  active: boolean;
}

export function useSaveNbaRule() {
  const workspaceKey = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: Partial<TNbaRuleBody> }) =>
      id
        ? api<TNbaRule>(`/api/v1/next-best-action/rules/${encodeURIComponent(id)}`, { method: 'PATCH', body })
        : api<TNbaRule>('/api/v1/next-best-action/rules', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...workspaceKey, 'nba'] }),
  });
}

export function useDeleteNbaRule() {
  const workspaceKey = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<void>(`/api/v1/next-best-action/rules/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...workspaceKey, 'nba'] }),
  });
}

// Email templates

export function useEmailTemplates() {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'email-templates'],
    queryFn: ({ signal }) => api<Page<TEmailTemplate>>('/api/v1/email-templates', { signal }),
  });
}

export function useCreateEmailTemplate() {
  const workspaceKey = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      name: string;
      defaultLanguage: string;
      content: Record<string, { subject: string; body: string }>;
    }) => api<TEmailTemplate>('/api/v1/email-templates', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...workspaceKey, 'email-templates'] }),
  });
}

// Campaigns

export function useCampaigns() {
  const workspaceKey = useWorkspaceKey();
  const query = useInfiniteQuery({
    queryKey: [...workspaceKey, 'campaigns', 'list'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TCampaign>>('/api/v1/campaigns', { query: { limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // A campaign that is sending moves: refresh while one is.
    refetchInterval: (q) =>
      q.state.data?.pages.some((p) => p.items.some((c) => c.status === 'sending')) ? 2000 : false,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useCampaign(id: string) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'campaigns', 'one', id],
    queryFn: ({ signal }) => api<TCampaign>(`/api/v1/campaigns/${encodeURIComponent(id)}`, { signal }),
    // Progress while sending, then the deliveries settle over a few seconds.
    refetchInterval: (q) => {
      const c = q.state.data;
      if (!c) return false;
      if (c.status === 'sending') return 1500;
      return c.results && c.results.queued > 0 ? 3000 : false;
    },
  });
}

export function useCampaignRecipients(id: string, status: string) {
  const workspaceKey = useWorkspaceKey();
  const query = useInfiniteQuery({
    queryKey: [...workspaceKey, 'campaigns', 'recipients', id, status],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TCampaignRecipient>>(`/api/v1/campaigns/${encodeURIComponent(id)}/recipients`, {
        query: { limit: PAGE_SIZE, cursor: pageParam, status: status || undefined },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export interface TCampaignBody {
  name: string;
  segmentId: string;
  survey?: { surveyId: string };
  email?: { templateId: string; priority: 'high' | 'normal' | 'low' };
  send: boolean;
}

export function useCreateCampaign() {
  const workspaceKey = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TCampaignBody) => api<TCampaign>('/api/v1/campaigns', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...workspaceKey, 'campaigns'] }),
  });
}

export function useSendCampaign() {
  const workspaceKey = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<TCampaign>(`/api/v1/campaigns/${encodeURIComponent(id)}/send`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...workspaceKey, 'campaigns'] }),
  });
}
