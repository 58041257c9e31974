import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TConsent, TErasure, TPrivacySettings, TRetentionCounts } from '@touchpoint/schemas/browser';
import { api } from '../../lib/api';
import { useWorkspaceKey } from '../auth/auth.api';

/** The ZIP of one person's data (export.json and a CSV per section); a plain link lets the browser save it. */
export function contactExportZipUrl(contactId: string): string {
  return `/api/v1/contacts/${encodeURIComponent(contactId)}/export?format=zip`;
}

export function useConsents(contactId: string) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'contacts', 'consents', contactId],
    queryFn: ({ signal }) =>
      api<{ items: TConsent[] }>(`/api/v1/contacts/${encodeURIComponent(contactId)}/consents`, { signal }),
  });
}

export function useRecordConsent(contactId: string) {
  const workspaceKey = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { channel: TConsent['channel']; purpose: string; granted: boolean; source: string }) =>
      api<TConsent>(`/api/v1/contacts/${encodeURIComponent(contactId)}/consents`, { method: 'POST', body }),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: [...workspaceKey, 'contacts', 'consents', contactId] }),
  });
}

export function useWithdrawConsent(contactId: string) {
  const workspaceKey = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (consentId: string) =>
      api<TConsent>(
        `/api/v1/contacts/${encodeURIComponent(contactId)}/consents/${encodeURIComponent(consentId)}/withdraw`,
        { method: 'POST' },
      ),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: [...workspaceKey, 'contacts', 'consents', contactId] }),
  });
}

/** Starts erasing a person; the answer is the job to follow with `useErasure`. */
export function useEraseContact(contactId: string) {
  return useMutation({
    mutationFn: () =>
      api<TErasure>(`/api/v1/contacts/${encodeURIComponent(contactId)}`, { method: 'DELETE' }),
  });
}

/** Polls an erasure every 500 ms until it is done or failed. */
export function useErasure(id: string | null) {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'privacy', 'erasure', id],
    queryFn: ({ signal }) =>
      api<TErasure>(`/api/v1/privacy/erasures/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : 500;
    },
  });
}

export function usePrivacySettings() {
  const workspaceKey = useWorkspaceKey();
  return useQuery({
    queryKey: [...workspaceKey, 'privacy', 'settings'],
    queryFn: ({ signal }) => api<TPrivacySettings>('/api/v1/privacy/settings', { signal }),
  });
}

export type TRetentionChanges = Partial<
  Pick<
    TPrivacySettings,
    'retentionMode' | 'responsesDays' | 'conversationsDays' | 'eventsDays' | 'selfServiceEnabled'
  >
>;

export function useUpdatePrivacySettings() {
  const workspaceKey = useWorkspaceKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TRetentionChanges) =>
      api<TPrivacySettings>('/api/v1/privacy/settings', { method: 'PATCH', body }),
    onSuccess: (data) => client.setQueryData([...workspaceKey, 'privacy', 'settings'], data),
  });
}

/** The dry run: counts of what the given (unsaved) retention would delete or anonymise. */
export function useRetentionPreview() {
  return useMutation({
    mutationFn: (body: TRetentionChanges) =>
      api<TRetentionCounts>('/api/v1/privacy/retention/preview', { method: 'POST', body }),
  });
}
