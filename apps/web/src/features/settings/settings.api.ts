import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TApiKey, TInvitation, TMember, TRole, TTeam } from '@touchpoint/schemas/browser';
import { api, type Page } from '../../lib/api';
import type { TAuditEntry, TCreatedApiKey, TCreatedInvitation } from '../../lib/types';
import { useWorkspaceKey } from '../auth/auth.api';

const PAGE_SIZE = 50;

type TResource = 'members' | 'teams' | 'api-keys' | 'invitations' | 'audit-log';

/** A cursor-paginated list of the current workspace; `Load more` fetches the page after `nextCursor`. */
function usePagedList<T>(resource: TResource, options: { enabled?: boolean; pageSize?: number } = {}) {
  const workspaceKey = useWorkspaceKey();
  const limit = options.pageSize ?? PAGE_SIZE;
  const query = useInfiniteQuery({
    queryKey: [...workspaceKey, resource, { limit }],
    queryFn: ({ pageParam, signal }) =>
      api<Page<T>>(`/api/v1/${resource}`, {
        query: { limit, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

function useInvalidate(resource: TResource) {
  const queryClient = useQueryClient();
  const workspaceKey = useWorkspaceKey();
  return () => queryClient.invalidateQueries({ queryKey: [...workspaceKey, resource] });
}

// Members

export function useMembers(options: { pageSize?: number } = {}) {
  return usePagedList<TMember>('members', options);
}

export function useUpdateMemberRole() {
  const invalidate = useInvalidate('members');
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: TRole }) =>
      api<TMember>(`/api/v1/members/${encodeURIComponent(userId)}`, { method: 'PATCH', body: { role } }),
    onSettled: invalidate,
  });
}

/** Deactivating keeps the member's history and cases but stops their access and new assignments; undoable. */
export function useSetMemberDeactivated() {
  const invalidate = useInvalidate('members');
  return useMutation({
    mutationFn: ({ userId, deactivated }: { userId: string; deactivated: boolean }) =>
      api<TMember>(`/api/v1/members/${encodeURIComponent(userId)}`, {
        method: 'PATCH',
        body: { deactivated },
      }),
    onSettled: invalidate,
  });
}

export function useRemoveMember() {
  const invalidateMembers = useInvalidate('members');
  const invalidateTeams = useInvalidate('teams');
  return useMutation({
    mutationFn: (userId: string) =>
      api<void>(`/api/v1/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
    onSuccess: async () => {
      await Promise.all([invalidateMembers(), invalidateTeams()]);
    },
  });
}

// Invitations

export function useInvitations(enabled: boolean) {
  return usePagedList<TInvitation>('invitations', { enabled });
}

export function useCreateInvitation() {
  const invalidate = useInvalidate('invitations');
  return useMutation({
    mutationFn: (body: { email: string; role: TRole }) =>
      api<TCreatedInvitation>('/api/v1/invitations', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useRevokeInvitation() {
  const invalidate = useInvalidate('invitations');
  return useMutation({
    mutationFn: (id: string) =>
      api<void>(`/api/v1/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

// Teams

export function useTeams() {
  return usePagedList<TTeam>('teams');
}

export function useCreateTeam() {
  const invalidate = useInvalidate('teams');
  return useMutation({
    mutationFn: (body: { name: string; description: string }) =>
      api<TTeam>('/api/v1/teams', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateTeam() {
  const invalidate = useInvalidate('teams');
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: string; description?: string }) =>
      api<TTeam>(`/api/v1/teams/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

export function useDeleteTeam() {
  const invalidateTeams = useInvalidate('teams');
  const invalidateMembers = useInvalidate('members');
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/teams/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: async () => {
      await Promise.all([invalidateTeams(), invalidateMembers()]);
    },
  });
}

export function useAddTeamMember() {
  const invalidateTeams = useInvalidate('teams');
  const invalidateMembers = useInvalidate('members');
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) =>
      api<TTeam>(`/api/v1/teams/${encodeURIComponent(teamId)}/members`, { method: 'POST', body: { userId } }),
    onSuccess: async () => {
      await Promise.all([invalidateTeams(), invalidateMembers()]);
    },
  });
}

export function useRemoveTeamMember() {
  const invalidateTeams = useInvalidate('teams');
  const invalidateMembers = useInvalidate('members');
  return useMutation({
    mutationFn: ({ teamId, userId }: { teamId: string; userId: string }) =>
      api<TTeam>(`/api/v1/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(userId)}`, {
        method: 'DELETE',
      }),
    onSuccess: async () => {
      await Promise.all([invalidateTeams(), invalidateMembers()]);
    },
  });
}

// API keys

export function useApiKeys(enabled: boolean) {
  return usePagedList<TApiKey>('api-keys', { enabled });
}

export function useCreateApiKey() {
  const invalidate = useInvalidate('api-keys');
  return useMutation({
    mutationFn: (body: { name: string; role: TRole }) =>
      api<TCreatedApiKey>('/api/v1/api-keys', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useRevokeApiKey() {
  const invalidate = useInvalidate('api-keys');
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

// Audit log

export function useAuditLog(enabled: boolean) {
  return usePagedList<TAuditEntry>('audit-log', { enabled });
}
