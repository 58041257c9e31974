import { useQuery } from '@tanstack/react-query';
import type { TProgrammeHealth } from '@touchpoint/schemas/browser';
import { api } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

export function useProgrammeHealth(query: { from: string; to: string; teamId?: string | undefined }) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'programme-health', query],
    queryFn: ({ signal }) =>
      api<TProgrammeHealth>('/api/v1/programme-health', {
        query: { from: query.from, to: query.to, teamId: query.teamId || undefined },
        signal,
      }),
  });
}
