import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TUpdateWorkspaceSettingsBody, TWorkspaceSettings } from '@touchpoint/schemas/browser';
import { api } from '../../lib/api';
import { ME_QUERY_KEY } from '../../lib/query-client';

const WORKSPACE_KEY = ['workspace', 'settings'] as const;
const SECRET_KEY = ['workspace', 'identity-secret'] as const;

/** Workspace settings; polled while a time-zone change rebuilds the metric days. */
export function useWorkspaceSettings() {
  return useQuery({
    queryKey: WORKSPACE_KEY,
    queryFn: () => api<TWorkspaceSettings>('/api/v1/workspace'),
    refetchInterval: (query) => {
      const status = query.state.data?.rollupRebuild.status;
      return status === 'queued' || status === 'running' ? 1000 : false;
    },
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (settings: TWorkspaceSettings) => {
    queryClient.setQueryData(WORKSPACE_KEY, settings);
    // Me carries the workspace name and time zone.
    void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY, exact: true });
  };
}

export function useUpdateWorkspaceSettings() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: TUpdateWorkspaceSettingsBody) =>
      api<TWorkspaceSettings>('/api/v1/workspace', { method: 'PATCH', body }),
    onSuccess: refresh,
  });
}

export function useUploadLogo() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { contentType: string; data: string }) =>
      api<TWorkspaceSettings>('/api/v1/workspace/logo', { method: 'PUT', body }),
    onSuccess: refresh,
  });
}

export function useIdentitySecret(enabled: boolean) {
  return useQuery({
    queryKey: SECRET_KEY,
    queryFn: () => api<{ secret: string | null }>('/api/v1/workspace/identity-secret'),
    enabled,
  });
}

export function useRotateIdentitySecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ secret: string }>('/api/v1/workspace/identity-secret', { method: 'POST' }),
    onSuccess: (result) => {
      queryClient.setQueryData(SECRET_KEY, result);
      void queryClient.invalidateQueries({ queryKey: WORKSPACE_KEY });
    },
  });
}
