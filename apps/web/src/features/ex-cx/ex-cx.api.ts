import { useQuery } from '@tanstack/react-query';
import type { TExCxResult } from '@touchpoint/schemas/browser';
import { api } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

export function useExCx(window: { from: string; to: string }) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'ex-cx', window],
    queryFn: ({ signal }) =>
      api<TExCxResult>('/api/v1/ex-cx', {
        query: { from: window.from || undefined, to: window.to || undefined },
        signal,
      }),
  });
}
