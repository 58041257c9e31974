import { useQuery } from '@tanstack/react-query';
import type { TSurvey } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

type TGuardedGroup =
  | {
      key: string;
      label: string | null;
      suppressed: false;
      value: number | null;
      n: number;
      ci95: [number, number] | null;
    }
  | { key: string; label: string | null; suppressed: true };

export interface TAnonymousResult {
  suppressed: boolean;
  minGroupSize: number;
  value?: number | null;
  n?: number;
  ci95?: [number, number] | null;
  groups: TGuardedGroup[];
}

/** Closed anonymous employee programmes (their results are final, so they can be shown). */
export function useClosedProgrammes() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'employee-programmes', 'closed'],
    queryFn: async ({ signal }) => {
      const page = await api<Page<TSurvey>>('/api/v1/surveys', {
        query: { status: 'closed', limit: 200 },
        signal,
      });
      return page.items.filter((s) => s.audience === 'employees' && s.anonymous);
    },
  });
}

export function useProgrammeResult(surveyId: string | undefined, groupBy: string) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'employee-programmes', 'result', surveyId, groupBy],
    enabled: Boolean(surveyId),
    queryFn: ({ signal }) =>
      api<TAnonymousResult>('/api/v1/metrics', {
        query: { metric: 'nps', surveyId, groupBy: groupBy || undefined },
        signal,
      }),
  });
}
