import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TLocale, TMe, TPermission, TPublicConfig, TSignUpPending } from '@touchpoint/schemas/browser';
import { api, isApiError, setCsrfToken } from '../../lib/api';
import { ME_QUERY_KEY } from '../../lib/query-client';
import type { TInvitationPreview } from '../../lib/types';
import { setWorkspaceTimeZone } from '../../lib/workspace-time';

/** The signed-in caller, or null when nobody is signed in. */
export async function fetchMe(): Promise<TMe | null> {
  try {
    return await api<TMe>('/api/v1/me');
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

/** The signed-in caller; only for components rendered inside the authenticated shell. */
export function useSignedInMe(): TMe {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe used outside the authenticated shell');
  // Date ranges the app asks for are days of the workspace's time zone, as the API counts them.
  setWorkspaceTimeZone(data.workspace.timeZone);
  return data;
}

export function useWorkspaceKey(): readonly ['ws', string] {
  const me = useSignedInMe();
  return ['ws', me.workspace.id] as const;
}

/** Replaces the cached Me and drops every workspace-scoped query (a new session or workspace). */
function useSetSession() {
  const queryClient = useQueryClient();
  return (me: TMe | null) => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    queryClient.setQueryData(ME_QUERY_KEY, me);
  };
}

export function useSignIn() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (body: { email: string; password: string; code?: string }) =>
      api<TMe>('/api/v1/auth/sign-in', { method: 'POST', body }),
    onSuccess: setSession,
  });
}

/** Server settings the public pages need (whether anyone may sign up); fetched once per page load. */
export function usePublicConfig() {
  return useQuery({
    queryKey: ['public-config'],
    queryFn: () => api<TPublicConfig>('/api/v1/public/config'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Whether a sign-up answer is "check your inbox" (202) rather than a new signed-in account. */
export function isSignUpPending(result: TMe | TSignUpPending | undefined): result is TSignUpPending {
  return Boolean(result && 'status' in result && result.status === 'check_email');
}

/** The browser's IANA time zone, e.g. Asia/Ho_Chi_Minh (undefined where the browser does not say). */
function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

export function useSignUp() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (body: {
      email: string;
      password: string;
      name: string;
      workspaceName: string;
      locale: TLocale;
    }) =>
      api<TMe | TSignUpPending>('/api/v1/auth/sign-up', {
        method: 'POST',
        // The new workspace's days (metrics, digests) start at midnight where its creator is.
        body: { ...body, timeZone: browserTimeZone() },
      }),
    // A new account is signed in at once; for an email that already has one the server only says
    // "check your inbox" (it does not tell whether the email is taken), and there is no session to set.
    onSuccess: (result) => {
      if (!isSignUpPending(result)) setSession(result);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api<void>('/api/v1/auth/sign-out', { method: 'POST' });
      } catch (error) {
        // Already signed out on the server: finishing the sign-out here is still right.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}

export function useSwitchWorkspace() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (workspaceId: string) =>
      api<TMe>('/api/v1/auth/switch-workspace', { method: 'POST', body: { workspaceId } }),
    onSuccess: setSession,
  });
}

export function useCreateWorkspace() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (name: string) => api<TMe>('/api/v1/workspaces', { method: 'POST', body: { name } }),
    onSuccess: setSession,
  });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; locale?: TLocale }) =>
      api<TMe>('/api/v1/me', { method: 'PATCH', body }),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}

export function useInvitationPreview(token: string | null) {
  return useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => api<TInvitationPreview>('/api/v1/invitations/lookup', { query: { token: token ?? '' } }),
    enabled: Boolean(token),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAcceptInvitation() {
  const setSession = useSetSession();
  return useMutation({
    mutationFn: (body: { token: string; name?: string; password?: string }) =>
      api<TMe>('/api/v1/invitations/accept', { method: 'POST', body }),
    onSuccess: setSession,
  });
}

/** Whether the caller's role allows a permission (from `me.permissions`, the server's own table). */
export function useCan(permission: TPermission): boolean {
  const me = useSignedInMe();
  return me.permissions.includes(permission);
}
