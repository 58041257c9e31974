import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import type { TContact, TNpsBand, TResponse } from '@touchpoint/schemas/browser';
import { api, type Page, urlWithQuery } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

/** The filters as the page keeps them in its URL: dates as `yyyy-mm-dd` in the viewer's time zone. */
export interface TResponseFilters {
  surveyId: string;
  touchpointId: string;
  from: string;
  to: string;
  npsBand: TNpsBand | '';
  language: string;
  finished: '' | 'true' | 'false';
  /** Only answers of people in this segment now (list and CSV export). */
  segmentId?: string;
}

export const FILTER_NAMES = [
  'surveyId',
  'touchpointId',
  'from',
  'to',
  'npsBand',
  'language',
  'finished',
  'segmentId',
] as const;

function startOfDay(date: string): string | undefined {
  const value = new Date(`${date}T00:00:00`);
  return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
}

/**
 * Dates picked as `yyyy-mm-dd` in the viewer's time zone, as the API's range: `from` is the start of its
 * day, `to` the start of the next one (the API excludes it).
 */
export function dayRangeQuery(from: string, to: string): { from?: string; to?: string } {
  let end: string | undefined;
  if (to) {
    const next = new Date(`${to}T00:00:00`);
    if (!Number.isNaN(next.getTime())) {
      next.setDate(next.getDate() + 1);
      end = next.toISOString();
    }
  }
  const start = from ? startOfDay(from) : undefined;
  return { ...(start ? { from: start } : {}), ...(end ? { to: end } : {}) };
}

/** The API's query for the filters. */
export function toApiQuery(filters: TResponseFilters): Record<string, string | undefined> {
  const range = dayRangeQuery(filters.from, filters.to);
  return {
    surveyId: filters.surveyId || undefined,
    touchpointId: filters.touchpointId || undefined,
    from: range.from,
    to: range.to,
    npsBand: filters.npsBand || undefined,
    language: filters.language || undefined,
    finished: filters.finished || undefined,
    segmentId: filters.segmentId || undefined,
  };
}

export function exportUrl(filters: TResponseFilters): string {
  return urlWithQuery('/api/v1/responses/export.csv', toApiQuery(filters));
}

export function useResponses(filters: TResponseFilters) {
  const workspaceKey = useWorkspaceKey();
  const query = toApiQuery(filters);
  const result = useInfiniteQuery({
    queryKey: [...workspaceKey, 'responses', 'list', query],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TResponse>>('/api/v1/responses', {
        query: { ...query, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Respondents add to this list at any time: refresh whenever it is shown again.
    staleTime: 0,
  });
  const items = result.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...result, items };
}

/** The contacts behind some responses, by id (only for roles that may read contacts). */
export function useContactsById(ids: readonly string[], enabled: boolean) {
  const workspaceKey = useWorkspaceKey();
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: [...workspaceKey, 'contacts', 'one', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api<TContact>(`/api/v1/contacts/${encodeURIComponent(id)}`, { signal }),
      enabled,
      staleTime: 5 * 60_000,
    })),
  });
  const byId = new Map<string, TContact>();
  for (const result of results) if (result.data) byId.set(result.data.id, result.data);
  return byId;
}
