import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAgentCoaching, TCoachingNote, TTeamCoaching } from '@touchpoint/schemas/browser';
import { api } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

type TPerson = { userId: string; name: string; email: string };

export function useCoachingAgents() {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'coaching', 'agents'],
    queryFn: ({ signal }) =>
      api<{ items: TPerson[]; teams: { id: string; name: string }[] }>('/api/v1/coaching/agents', { signal }),
  });
}

export function useAgentCoaching(userId: string | undefined) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'coaching', 'agent', userId],
    enabled: Boolean(userId),
    queryFn: ({ signal }) => api<TAgentCoaching>(`/api/v1/coaching/agents/${userId}`, { signal }),
  });
}

export function useTeamCoaching(teamId: string | undefined) {
  const key = useWorkspaceKey();
  return useQuery({
    queryKey: [...key, 'coaching', 'team', teamId],
    enabled: Boolean(teamId),
    queryFn: ({ signal }) => api<TTeamCoaching>(`/api/v1/coaching/teams/${teamId}`, { signal }),
  });
}

export function useAddCoachingNote(userId: string) {
  const key = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      api<TCoachingNote>(`/api/v1/coaching/agents/${userId}/notes`, { method: 'POST', body: { text } }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...key, 'coaching', 'agent', userId] }),
  });
}
