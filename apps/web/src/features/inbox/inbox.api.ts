import {
  type InfiniteData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';
import {
  appendMessage,
  applyConversationEvent,
  matchesListQuery,
  type TConversationEvent,
  type TConversationMessage,
  type TConversationStatus,
  type TConversationSummary,
} from './inbox-model';

const PAGE_SIZE = 50;

export interface TBotDecisionNote {
  messageId: string;
  confidence: number;
  handoff: boolean;
  reason: string | null;
  articleId?: string | null;
  intent?: string | null;
}

export interface TCustomerPanel {
  contact: {
    id: string;
    name?: string | null;
    email?: string | null;
    phone?: string | null;
    [key: string]: unknown;
  } | null;
  attributes: Record<string, unknown>;
  recentResponses: {
    id: string;
    surveyId?: string;
    surveyName?: string | null;
    score?: number | null;
    comment?: string | null;
    createdAt?: string | null;
  }[];
  openCases: { id: string; number?: number; title: string; status?: string; priority?: string }[];
}

export interface TConversationDetail {
  conversation: TConversationSummary & {
    caseId?: string | null;
    snoozedUntil?: string | null;
    /** While the customer waits for a person: their place in line and what they are told. */
    queue?: { position: number; estimatedWaitMinutes: number | null; message: string } | null;
    /** What the chat page claimed about the visitor, unverified (it matched an existing contact). */
    unverifiedIdentity?: { externalId: string | null; email: string | null; name: string | null } | null;
  };
  messages: TConversationMessage[];
  decisions: TBotDecisionNote[];
  customer: TCustomerPanel | null;
}

export interface TSuggestedArticle {
  articleId: string;
  title: string;
  excerpt: string;
  score: number;
}

export interface TCannedReply {
  id: string;
  shortcut: string;
  title: string;
  text: { en: string; vi?: string | null };
  /** With `conversationId`: the text in the conversation's language with its variables filled. */
  filled?: string;
}

export type TPresence = 'online' | 'away' | 'offline';

export interface TAgent {
  userId: string;
  name: string;
  presence: TPresence;
  capacity: number;
  openCount: number;
}

export interface TRateWithCi {
  rate: number | null;
  n: number;
  ci?: [number, number] | null;
}

/** Rates and CSAT are percentages (0–100) with 95% intervals. */
export interface TInboxMetrics {
  containment: TRateWithCi & { confirmed: number; assumed: number; cameBack?: number };
  handover: TRateWithCi & { reasons: { reason: string; count: number }[] };
  firstResponse: { p50Seconds: number | null; p90Seconds: number | null; n: number };
  resolution: { p50Seconds: number | null; p90Seconds: number | null; n: number };
  csat: {
    value: number | null;
    n: number;
    ci?: [number, number] | null;
    byAgent?: { id: string; name: string; value: number | null; n: number }[];
  };
}

export function useConverseKey() {
  return [...useWorkspaceKey(), 'converse'] as const;
}

export function useConversations(query: Record<string, string>, options: { limit?: number } = {}) {
  const key = useConverseKey();
  const limit = options.limit ?? PAGE_SIZE;
  const result = useInfiniteQuery({
    queryKey: [...key, 'list', query, limit],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TConversationSummary>>('/api/v1/conversations', {
        query: { limit, cursor: pageParam, ...query },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
    // The stream keeps it current; this catches anything a dropped connection missed.
    refetchInterval: 60_000,
  });
  return { ...result, items: result.data?.pages.flatMap((page) => page.items) ?? [] };
}

/**
 * How many conversations a queue holds, counted from one page of up to 100 (shown as "100+" past it);
 * `keep` narrows the rows as the list does.
 */
export function useQueueCount(
  query: Record<string, string>,
  keep: ((item: TConversationSummary) => boolean) | null,
) {
  const key = useConverseKey();
  return useQuery({
    queryKey: [...key, 'count', query, keep !== null],
    queryFn: ({ signal }) =>
      api<Page<TConversationSummary>>('/api/v1/conversations', { query: { limit: 100, ...query }, signal }),
    select: (page) => ({
      count: keep ? page.items.filter(keep).length : page.items.length,
      isMore: Boolean(page.nextCursor),
    }),
    refetchInterval: 60_000,
  });
}

export function useConversation(id: string | undefined) {
  const key = useConverseKey();
  return useQuery({
    queryKey: [...key, 'detail', id],
    queryFn: ({ signal }) =>
      api<TConversationDetail>(`/api/v1/conversations/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

/**
 * After a change: the open conversation, the lists and the queue counts refetch in the background (not
 * awaited, so the button is free again as soon as the server has answered).
 */
function useRefreshConversation(id: string) {
  const queryClient = useQueryClient();
  const key = useConverseKey();
  return () => {
    for (const part of [['detail', id], ['list'], ['count']]) {
      void queryClient.invalidateQueries({ queryKey: [...key, ...part] });
    }
  };
}

function useConversationWrite<TInput, TResult>(id: string, write: (input: TInput) => Promise<TResult>) {
  const refresh = useRefreshConversation(id);
  return useMutation({ mutationFn: write, onSuccess: refresh });
}

export function useSendMessage(id: string) {
  const queryClient = useQueryClient();
  const key = useConverseKey();
  const refresh = useRefreshConversation(id);
  return useMutation({
    mutationFn: (body: { text: string; private: boolean }) =>
      api<TConversationMessage>(`/api/v1/conversations/${encodeURIComponent(id)}/messages`, {
        method: 'POST',
        body,
      }),
    onSuccess: (message) => {
      queryClient.setQueryData<TConversationDetail>([...key, 'detail', id], (current) =>
        current && message?.id ? { ...current, messages: appendMessage(current.messages, message) } : current,
      );
      refresh();
    },
  });
}

export interface TConversationChanges {
  status?: TConversationStatus;
  teamId?: string | null;
  assigneeId?: string | null;
  snoozedUntil?: string | null;
}

export function useUpdateConversation(id: string) {
  return useConversationWrite(id, (body: TConversationChanges) =>
    api<unknown>(`/api/v1/conversations/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );
}

export function useHandBack(id: string) {
  return useConversationWrite(id, () =>
    api<unknown>(`/api/v1/conversations/${encodeURIComponent(id)}/hand-back`, { method: 'POST', body: {} }),
  );
}

export function useConvertToCase(id: string) {
  return useConversationWrite(id, () =>
    api<{ caseId: string }>(`/api/v1/conversations/${encodeURIComponent(id)}/case`, {
      method: 'POST',
      body: {},
    }),
  );
}

export function useSuggestions(id: string) {
  const key = useConverseKey();
  return useQuery({
    queryKey: [...key, 'suggestions', id],
    queryFn: ({ signal }) =>
      api<{ items: TSuggestedArticle[] }>(`/api/v1/conversations/${encodeURIComponent(id)}/suggestions`, {
        signal,
      }),
  });
}

export function useCannedReplies(conversationId: string) {
  const key = useConverseKey();
  return useQuery({
    queryKey: [...key, 'canned-replies', conversationId],
    queryFn: ({ signal }) =>
      api<{ items: TCannedReply[] }>('/api/v1/canned-replies', { query: { conversationId }, signal }),
    select: (page) => page.items,
    staleTime: 5 * 60_000,
  });
}

export function useAgents() {
  const key = useConverseKey();
  return useQuery({
    queryKey: [...key, 'agents'],
    queryFn: ({ signal }) => api<{ items: TAgent[] }>('/api/v1/agents', { signal }),
    select: (page) => page.items,
  });
}

export function useSetPresence() {
  const queryClient = useQueryClient();
  const key = useConverseKey();
  return useMutation({
    mutationFn: (status: TPresence) =>
      api<unknown>('/api/v1/me/presence', { method: 'PUT', body: { status } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [...key, 'agents'] });
    },
  });
}

export function useInboxMetrics(range: { from: string; to: string; teamId?: string }) {
  const key = useConverseKey();
  return useQuery({
    queryKey: [...key, 'metrics', range],
    queryFn: ({ signal }) => api<TInboxMetrics>('/api/v1/conversations/metrics', { query: range, signal }),
    refetchInterval: 60_000,
  });
}

export type TStreamState = 'connecting' | 'live' | 'offline';

/**
 * The agents' live stream: a changed conversation or a new message updates the cached open conversation
 * at once and refreshes the lists and counts (batched, so a burst of events is one refetch).
 */
export function useConversationStream(userId: string | null, onState?: (state: TStreamState) => void) {
  const queryClient = useQueryClient();
  const key = useConverseKey();
  const keyRef = useRef(key);
  keyRef.current = key;
  const stateRef = useRef(onState);
  stateRef.current = onState;
  const userRef = useRef(userId);
  userRef.current = userId;

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/conversations/stream', { withCredentials: true });
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refreshLists = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        const base = keyRef.current;
        void queryClient.invalidateQueries({ queryKey: [...base, 'list'] });
        void queryClient.invalidateQueries({ queryKey: [...base, 'count'] });
      }, 300);
    };
    stateRef.current?.('connecting');
    source.onopen = () => stateRef.current?.('live');
    source.onerror = () =>
      stateRef.current?.(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    source.addEventListener('message', (event) => {
      const message = parse<TConversationMessage>(event);
      if (!message?.conversationId) return;
      const base = keyRef.current;
      queryClient.setQueryData<TConversationDetail>([...base, 'detail', message.conversationId], (current) =>
        current ? { ...current, messages: appendMessage(current.messages, message) } : current,
      );
      refreshLists();
    });
    source.addEventListener('conversation', (event) => {
      const change = parse<TConversationEvent>(event);
      if (!change?.id) return;
      const base = keyRef.current;
      const detailKey = [...base, 'detail', change.id];
      const current = queryClient.getQueryData<TConversationDetail>(detailKey);
      if (current) {
        queryClient.setQueryData<TConversationDetail>(detailKey, {
          ...current,
          conversation: {
            ...current.conversation,
            status: change.status,
            handoffReason: change.handoffReason,
          },
        });
        // The assignee's and team's names, bot decisions and suggestions come with the full record.
        void queryClient.invalidateQueries({ queryKey: detailKey });
      }
      // Every cached list moves the row at once (in, out or to the top); the refetch fills the rest.
      for (const [listKey, data] of queryClient.getQueriesData<TConversationListData>({
        queryKey: [...base, 'list'],
      })) {
        const query = (listKey[base.length + 1] ?? {}) as Record<string, string>;
        const belongs = matchesListQuery(change, query, userRef.current);
        if (!data || belongs === null) continue;
        const [first, ...others] = data.pages;
        if (!first) continue;
        const inOthers = others.some((page) => page.items.some((item) => item.id === change.id));
        queryClient.setQueryData<TConversationListData>(listKey, {
          ...data,
          pages: [
            { ...first, items: applyConversationEvent(first.items, change, belongs) },
            ...others.map((page) =>
              inOthers ? { ...page, items: page.items.filter((item) => item.id !== change.id) } : page,
            ),
          ],
        });
      }
      refreshLists();
    });
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [queryClient]);
}

function parse<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T;
  } catch {
    return null;
  }
}

export type TConversationListData = InfiniteData<Page<TConversationSummary>>;
