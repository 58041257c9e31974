import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCondition } from '@touchpoint/schemas/browser';
import { api } from '../../lib/api';
import { useSignedInMe, useWorkspaceKey } from '../auth/auth.api';
import type { TCannedReply } from '../inbox/inbox.api';

export interface THandoffRule {
  condition: TCondition;
  /** A note for agents: why this rule hands over. */
  reason: string;
}

export interface TBotSettings {
  enabled: boolean;
  greeting: { en: string; vi: string };
  handoffRules: THandoffRule[];
  /** Answers below this confidence (0–1) hand over. */
  threshold: number;
}

export interface TIntent {
  id: string;
  name: string;
  examples: string[];
  reply: { en: string; vi?: string | null };
}

export type TIntentInput = Omit<TIntent, 'id'>;

export interface TBotDecision {
  answer: string | null;
  articleId?: string | null;
  intent?: string | null;
  confidence: number;
  handoff: boolean;
  reason: string | null;
  language: 'en' | 'vi';
  /** The matching workspace rule's note, for `workspace_rule`. */
  detail?: string;
}

function useBotKey() {
  return [...useWorkspaceKey(), 'bot'] as const;
}

/** Bot settings, intents and canned replies: their own permission when the server has one, else settings. */
export function useCanManageBot(): boolean {
  const me = useSignedInMe();
  return me.permissions.includes('bot.manage') || me.permissions.includes('settings.manage');
}

export function useBotSettings() {
  const key = useBotKey();
  return useQuery({
    queryKey: [...key, 'settings'],
    queryFn: ({ signal }) => api<TBotSettings>('/api/v1/bot/settings', { signal }),
  });
}

export function useSaveBotSettings() {
  const queryClient = useQueryClient();
  const key = useBotKey();
  return useMutation({
    mutationFn: (body: TBotSettings) => api<TBotSettings>('/api/v1/bot/settings', { method: 'PUT', body }),
    onSuccess: (saved) => {
      if (saved) queryClient.setQueryData([...key, 'settings'], saved);
    },
  });
}

export function useIntents() {
  const key = useBotKey();
  const query = useQuery({
    queryKey: [...key, 'intents'],
    queryFn: ({ signal }) =>
      api<{ items: TIntent[] }>('/api/v1/bot/intents', { query: { limit: 200 }, signal }),
  });
  return { ...query, items: query.data?.items ?? [] };
}

function useBotWrite<TInput, TResult>(write: (input: TInput) => Promise<TResult>, also?: readonly unknown[]) {
  const queryClient = useQueryClient();
  const key = useBotKey();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      if (also) await queryClient.invalidateQueries({ queryKey: also });
    },
  });
}

export function useSaveIntent() {
  return useBotWrite(({ id, ...body }: TIntentInput & { id?: string }) =>
    id
      ? api<TIntent>(`/api/v1/bot/intents/${encodeURIComponent(id)}`, { method: 'PATCH', body })
      : api<TIntent>('/api/v1/bot/intents', { method: 'POST', body }),
  );
}

export function useDeleteIntent() {
  return useBotWrite((id: string) =>
    api<void>(`/api/v1/bot/intents/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  );
}

export function useCannedReplyList() {
  const key = useBotKey();
  const query = useQuery({
    queryKey: [...key, 'canned-replies'],
    queryFn: ({ signal }) => api<{ items: TCannedReply[] }>('/api/v1/canned-replies', { signal }),
  });
  return { ...query, items: query.data?.items ?? [] };
}

export type TCannedInput = Omit<TCannedReply, 'id'>;

export function useSaveCannedReply() {
  const key = useWorkspaceKey();
  return useBotWrite(
    ({ id, ...body }: TCannedInput & { id?: string }) =>
      id
        ? api<TCannedReply>(`/api/v1/canned-replies/${encodeURIComponent(id)}`, { method: 'PATCH', body })
        : api<TCannedReply>('/api/v1/canned-replies', { method: 'POST', body }),
    [...key, 'converse', 'canned-replies'],
  );
}

export function useDeleteCannedReply() {
  const key = useWorkspaceKey();
  return useBotWrite(
    (id: string) => api<void>(`/api/v1/canned-replies/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    [...key, 'converse', 'canned-replies'],
  );
}

export function useTestBot() {
  return useMutation({
    mutationFn: (body: { text: string; language?: 'en' | 'vi' }) =>
      api<TBotDecision>('/api/v1/bot/answer', { method: 'POST', body }),
  });
}
