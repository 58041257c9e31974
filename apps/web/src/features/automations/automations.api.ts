import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TAddCouponCodesResult,
  TAutomationDryRunResult,
  TAutomationRule,
  TAutomationRun,
  TAutomationRunStatus,
  TAutomationTrigger,
  TCondition,
  TCouponPool,
} from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';
import type { TRuleBody } from './rule-draft';

const PAGE_SIZE = 50;

function useAutomationsKey() {
  return [...useWorkspaceKey(), 'automations'] as const;
}

function useInvalidateAutomations() {
  const queryClient = useQueryClient();
  const key = useAutomationsKey();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useAutomationRules() {
  const key = useAutomationsKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'rules'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TAutomationRule>>('/api/v1/automation-rules', {
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useAutomationRule(id: string | null) {
  const key = useAutomationsKey();
  return useQuery({
    queryKey: [...key, 'rule', id],
    queryFn: ({ signal }) =>
      api<TAutomationRule>(`/api/v1/automation-rules/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}

export function useRuleRuns(ruleId: string | null, status: TAutomationRunStatus | '') {
  const key = useAutomationsKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'runs', ruleId, status],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TAutomationRun>>(`/api/v1/automation-rules/${encodeURIComponent(ruleId ?? '')}/runs`, {
        query: { limit: PAGE_SIZE, cursor: pageParam, status: status || undefined },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: ruleId !== null,
    // Runs happen in the background (emails go out after the run); a light poll keeps the log current.
    refetchInterval: 10_000,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useCreateRule() {
  const invalidate = useInvalidateAutomations();
  return useMutation({
    mutationFn: (body: TRuleBody) =>
      api<TAutomationRule>('/api/v1/automation-rules', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateRule() {
  const invalidate = useInvalidateAutomations();
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<TRuleBody> & { id: string; active?: boolean }) =>
      api<TAutomationRule>(`/api/v1/automation-rules/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useDeleteRule() {
  const invalidate = useInvalidateAutomations();
  return useMutation({
    mutationFn: (id: string) =>
      api<void>(`/api/v1/automation-rules/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

/** Tests a trigger and condition (saved or not) against the last days of data; nothing runs. */
export function useDryRun() {
  return useMutation({
    mutationFn: (body: { trigger: TAutomationTrigger; condition: TCondition | null; days: number }) =>
      api<TAutomationDryRunResult>('/api/v1/automation-rules/dry-run', { method: 'POST', body }),
  });
}

export function useCouponPools() {
  const key = useAutomationsKey();
  const query = useInfiniteQuery({
    queryKey: [...key, 'pools'],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TCouponPool>>('/api/v1/coupon-pools', {
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useCreateCouponPool() {
  const invalidate = useInvalidateAutomations();
  return useMutation({
    mutationFn: (body: { name: string; description: string }) =>
      api<TCouponPool>('/api/v1/coupon-pools', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useAddCouponCodes() {
  const invalidate = useInvalidateAutomations();
  return useMutation({
    mutationFn: ({ poolId, codes }: { poolId: string; codes: string[] }) =>
      api<TAddCouponCodesResult>(`/api/v1/coupon-pools/${encodeURIComponent(poolId)}/codes`, {
        method: 'POST',
        body: { codes },
      }),
    onSuccess: invalidate,
  });
}
