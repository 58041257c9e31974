import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TRecoveryCodes,
  TSession,
  TTwoFactorSetup,
  TTwoFactorStatus,
  TUpdateWorkspaceSecurityBody,
  TWorkspaceSecurity,
} from '@touchpoint/schemas/browser';
import { api } from '../../lib/api';
import { ME_QUERY_KEY } from '../../lib/query-client';

const TWO_FACTOR_KEY = ['me', '2fa'] as const;
const SESSIONS_KEY = ['me', 'sessions'] as const;

export function useTwoFactorStatus() {
  return useQuery({ queryKey: TWO_FACTOR_KEY, queryFn: () => api<TTwoFactorStatus>('/api/v1/me/2fa') });
}

/** After two-factor changes, the status and Me (its `twoFactor` flags, the set-up gate) are read again. */
function useRefreshTwoFactor() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: TWO_FACTOR_KEY });
    void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY, exact: true });
  };
}

export function useStartTwoFactorSetup() {
  return useMutation({
    mutationFn: (password: string) =>
      api<TTwoFactorSetup>('/api/v1/me/2fa/setup', { method: 'POST', body: { password } }),
  });
}

export function useEnableTwoFactor() {
  const refresh = useRefreshTwoFactor();
  return useMutation({
    mutationFn: (code: string) =>
      api<TRecoveryCodes>('/api/v1/me/2fa/enable', { method: 'POST', body: { code } }),
    onSuccess: refresh,
  });
}

export function useDisableTwoFactor() {
  const refresh = useRefreshTwoFactor();
  return useMutation({
    mutationFn: (code: string) => api<void>('/api/v1/me/2fa/disable', { method: 'POST', body: { code } }),
    onSuccess: refresh,
  });
}

export function useRegenerateRecoveryCodes() {
  const refresh = useRefreshTwoFactor();
  return useMutation({
    mutationFn: (code: string) =>
      api<TRecoveryCodes>('/api/v1/me/2fa/recovery-codes', { method: 'POST', body: { code } }),
    onSuccess: refresh,
  });
}

export function useSessions() {
  return useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: () => api<{ items: TSession[] }>('/api/v1/me/sessions'),
  });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/me/sessions/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}

/** Ends every session on the server; the caller then clears this browser's state (as a sign-out does). */
export function useSignOutEverywhere() {
  return useMutation({
    mutationFn: () => api<void>('/api/v1/auth/sign-out-everywhere', { method: 'POST' }),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<void>('/api/v1/me/password', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}

export function useWorkspaceSecurity(enabled: boolean) {
  return useQuery({
    queryKey: ['workspace-security'],
    queryFn: () => api<TWorkspaceSecurity>('/api/v1/workspace/security'),
    enabled,
  });
}

export function useUpdateWorkspaceSecurity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateWorkspaceSecurityBody) =>
      api<TWorkspaceSecurity>('/api/v1/workspace/security', { method: 'PATCH', body }),
    onSuccess: (data) => {
      queryClient.setQueryData(['workspace-security'], data);
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY, exact: true });
    },
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      api<{ status: 'check_email' }>('/api/v1/auth/password-reset', { method: 'POST', body: { email } }),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      api<void>('/api/v1/auth/password-reset/confirm', { method: 'POST', body }),
  });
}
