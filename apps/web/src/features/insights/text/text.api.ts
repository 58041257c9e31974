import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { TComment, TTopic } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../../lib/api';
import { useCan, useWorkspaceKey } from '../../auth/auth.api';
import type { TTimeGrouping } from '../insights.api';
import type { TSentimentLabel } from './text-format';

// The text analytics API (`/api/v1/insights/*`, `/api/v1/topics*`), as its contract describes it.

export type TSentiment = TComment['sentiment'];
export type TTopicRef = TComment['topics'][number];
export type TSignals = TComment['signals'];
export type TItemKind = TComment['itemKind'];

// The two shapes the schemas package exports as types; the others are described here.
export type { TComment, TTopic };

export interface TTopicStat {
  topicId: string;
  name: string;
  /** How its comments were assigned: by the rule, by the trained classifier, or some by each. */
  source: 'rule' | 'classifier' | 'both';
  n: number;
  /** 0..1 of the comments in the period. */
  share: number;
  sentiment: Record<TSentimentLabel, number> & { averageScore: number | null };
  trend: { period: string; n: number; averageScore: number | null }[];
}

export interface TTopicStats {
  total: number;
  items: TTopicStat[];
}

export type TPainMetric = 'nps' | 'csat';

export interface TPainPoint {
  topicId: string;
  name: string;
  n: number;
  valueWith: number | null;
  valueWithout: number | null;
  /** Metric points gained if the topic's responses scored like the rest. */
  impact: number;
  trend: { period: string; n: number }[];
  examples: TComment[];
}

export interface TPainPoints {
  metric: TPainMetric;
  overall: { value: number | null; n: number };
  items: TPainPoint[];
}

export interface TTheme {
  key: string;
  label: string;
  phrases: string[];
  n: number;
  share: number;
  baselineShare: number;
  lift: number | null;
  pValue: number | null;
  emerging: boolean;
  examples: TComment[];
}

export interface TThemes {
  current: { from: string; to: string; total: number };
  baseline: { from: string; to: string; total: number };
  items: TTheme[];
}

export interface TTopicPreview {
  matched: number;
  total: number;
  examples: TComment[];
}

export interface TTopicExample {
  id: string;
  itemKind: TItemKind;
  itemId: string;
  field: string;
  text: string;
  positive: boolean;
  createdAt: string;
}

export interface TTopicModel {
  version: number;
  trainedAt: string;
  examples: number;
  topics: number;
}

export interface TTrainResult {
  model: TTopicModel;
  /** Comments assigned to each topic before and after the training. */
  changes: { topicId: string; name: string; before: number; after: number }[];
}

export interface TTopicInput {
  name: string;
  description: string;
  query: string | null;
  ownerTeamId: string | null;
}

/** The filters every text view shares; days as `yyyy-mm-dd`, `to` exclusive as the API wants it. */
export interface TTextQuery {
  from?: string;
  to?: string;
  surveyId?: string;
  touchpointId?: string;
  lang?: string;
}

export interface TCommentFilters extends TTextQuery {
  topicId?: string;
  sentiment?: string;
  q?: string;
}

const COMMENTS_PAGE = 25;

/** Whether the caller may write topic rules, tag examples and retrain (admin, cx_manager, analyst). */
export function useCanManageTopics(): boolean {
  return useCan('topics.manage');
}

/** Every key of this area starts the same, so one write refreshes every figure a topic change moves. */
function useTextKey() {
  const workspaceKey = useWorkspaceKey();
  return [...workspaceKey, 'text'] as const;
}

function useInvalidateText() {
  const queryClient = useQueryClient();
  const key = useTextKey();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useTopicStats(query: TTextQuery & { interval: TTimeGrouping }) {
  const key = useTextKey();
  return useQuery({
    queryKey: [...key, 'topic-stats', query],
    queryFn: ({ signal }) => api<TTopicStats>('/api/v1/insights/topics', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function usePainPoints(query: TTextQuery & { metric: TPainMetric }) {
  const key = useTextKey();
  return useQuery({
    queryKey: [...key, 'pain-points', query],
    queryFn: ({ signal }) =>
      api<TPainPoints>('/api/v1/insights/pain-points', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useThemes(query: { from?: string; to?: string; baselineFrom?: string; baselineTo?: string }) {
  const key = useTextKey();
  return useQuery({
    queryKey: [...key, 'themes', query],
    queryFn: ({ signal }) => api<TThemes>('/api/v1/insights/themes', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Comments matching the filters, newest first; `Load more` fetches the page after `nextCursor`. */
export function useComments(filters: TCommentFilters, options: { enabled?: boolean; limit?: number } = {}) {
  const key = useTextKey();
  const limit = options.limit ?? COMMENTS_PAGE;
  const result = useInfiniteQuery({
    queryKey: [...key, 'comments', { ...filters, limit }],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TComment>>('/api/v1/insights/comments', {
        query: { ...filters, limit, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
    staleTime: 30_000,
  });
  const items = result.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...result, items };
}

export function useTopics() {
  const key = useTextKey();
  return useQuery({
    queryKey: [...key, 'topics'],
    queryFn: ({ signal }) => api<{ items: TTopic[] }>('/api/v1/topics', { signal }),
    select: (data) => data.items,
  });
}

export function useCreateTopic() {
  const invalidate = useInvalidateText();
  return useMutation({
    mutationFn: (body: TTopicInput) => api<TTopic>('/api/v1/topics', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateTopic(id: string) {
  const invalidate = useInvalidateText();
  return useMutation({
    mutationFn: (body: Partial<TTopicInput>) =>
      api<TTopic>(`/api/v1/topics/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useDeleteTopic() {
  const queryClient = useQueryClient();
  const key = useTextKey();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/topics/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: [...key, 'topic-examples', id] });
      // Not awaited: the editor leaves at once, before a refetched list could show it a missing topic.
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** What a rule would match, before it is saved. Empty rules ask nothing. */
export function useTopicPreview(query: string, limit = 5) {
  const key = useTextKey();
  const trimmed = query.trim();
  return useQuery({
    queryKey: [...key, 'topic-preview', trimmed, limit],
    queryFn: ({ signal }) =>
      api<TTopicPreview>('/api/v1/topics/preview', {
        method: 'POST',
        body: { query: trimmed, limit },
        signal,
      }),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    // A bad rule is the user's to fix, not a network blip to retry.
    retry: false,
    staleTime: 60_000,
  });
}

export function useTopicExamples(topicId: string | null) {
  const key = useTextKey();
  return useQuery({
    queryKey: [...key, 'topic-examples', topicId],
    queryFn: ({ signal }) =>
      api<{ items: TTopicExample[] }>(`/api/v1/topics/${encodeURIComponent(topicId ?? '')}/examples`, {
        signal,
      }),
    select: (data) => data.items,
    enabled: Boolean(topicId),
  });
}

export function useAddTopicExample(topicId: string) {
  const queryClient = useQueryClient();
  const key = useTextKey();
  return useMutation({
    mutationFn: (body: { itemKind: TItemKind; itemId: string; field: string; positive: boolean }) =>
      api<TTopicExample>(`/api/v1/topics/${encodeURIComponent(topicId)}/examples`, {
        method: 'POST',
        body,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...key, 'topic-examples', topicId] }),
        queryClient.invalidateQueries({ queryKey: [...key, 'topics'] }),
      ]),
  });
}

export function useRemoveTopicExample(topicId: string) {
  const queryClient = useQueryClient();
  const key = useTextKey();
  return useMutation({
    mutationFn: (exampleId: string) =>
      api<void>(`/api/v1/topics/${encodeURIComponent(topicId)}/examples/${encodeURIComponent(exampleId)}`, {
        method: 'DELETE',
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...key, 'topic-examples', topicId] }),
        queryClient.invalidateQueries({ queryKey: [...key, 'topics'] }),
      ]),
  });
}

export function useTopicModel() {
  const key = useTextKey();
  return useQuery({
    queryKey: [...key, 'topic-model'],
    queryFn: ({ signal }) => api<{ model: TTopicModel | null }>('/api/v1/topics/model', { signal }),
    select: (data) => data.model,
  });
}

export function useTrainTopicModel() {
  const invalidate = useInvalidateText();
  return useMutation({
    mutationFn: () => api<TTrainResult>('/api/v1/topics/model/train', { method: 'POST' }),
    onSuccess: invalidate,
  });
}
