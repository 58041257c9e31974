import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSsoSettings, TUpdateSsoSettingsBody } from '@touchpoint/schemas/browser';
import { api } from '../../lib/api';

const SSO_KEY = ['workspace-sso'];

export function useSsoSettings(enabled: boolean) {
  return useQuery({
    queryKey: SSO_KEY,
    queryFn: () => api<TSsoSettings>('/api/v1/workspace/sso'),
    enabled,
  });
}

export function useSaveSsoSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateSsoSettingsBody) =>
      api<TSsoSettings>('/api/v1/workspace/sso', { method: 'PUT', body }),
    onSuccess: (data) => queryClient.setQueryData(SSO_KEY, data),
  });
}

/** Where the browser goes to start SSO sign-in (a full navigation: the provider's page follows). */
export function ssoStartUrl(by: { email: string } | { workspace: string }): string {
  const query = 'email' in by ? `email=${encodeURIComponent(by.email)}` : `workspace=${by.workspace}`;
  return `/api/v1/auth/sso/start?${query}`;
}
