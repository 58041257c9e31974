import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewField } from '@touchpoint/core';
import type { TReview } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import type { TImportReviewsResult } from '../../lib/contracts';
import { useWorkspaceKey } from '../auth/auth.api';
import { dayRangeQuery } from '../responses/responses.api';

const PAGE_SIZE = 50;

/** The filters as the page keeps them in its URL: dates as `yyyy-mm-dd` in the viewer's time zone. */
export interface TReviewFilters {
  source: string;
  touchpointId: string;
  from: string;
  to: string;
}

export const REVIEW_FILTER_NAMES = ['source', 'touchpointId', 'from', 'to'] as const;

export function useReviews(filters: TReviewFilters) {
  const workspaceKey = useWorkspaceKey();
  const query = {
    source: filters.source.trim() || undefined,
    touchpointId: filters.touchpointId || undefined,
    ...dayRangeQuery(filters.from, filters.to),
  };
  const result = useInfiniteQuery({
    queryKey: [...workspaceKey, 'reviews', 'list', query],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TReview>>('/api/v1/reviews', {
        query: { ...query, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    staleTime: 0,
  });
  const items = result.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...result, items };
}

/** One import request (the dialog batches and retries around it). */
export function sendReviews(items: Partial<Record<ReviewField, unknown>>[]): Promise<TImportReviewsResult> {
  return api<TImportReviewsResult>('/api/v1/reviews', { method: 'POST', body: { items } });
}

/** After an import: the lists show the new reviews. */
export function useRefreshReviews() {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  return () => queryClient.invalidateQueries({ queryKey: [...workspaceKey, 'reviews'] });
}
