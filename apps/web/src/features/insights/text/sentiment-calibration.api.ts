import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSentimentCalibration, TSentimentCalibrationOverview } from '@touchpoint/schemas/browser';
import { api } from '../../../lib/api';
import { useWorkspaceKey } from '../../auth/auth.api';

function useCalibrationKey() {
  return [...useWorkspaceKey(), 'text', 'sentiment-calibration'] as const;
}

/** The workspace's calibrations; polled while one trains, so its progress and comparison appear. */
export function useSentimentCalibration() {
  return useQuery({
    queryKey: useCalibrationKey(),
    queryFn: ({ signal }) =>
      api<TSentimentCalibrationOverview>('/api/v1/text/sentiment-calibration', { signal }),
    refetchInterval: (query) =>
      query.state.data?.versions.some((v) => v.status === 'training' || v.progress < 1) ? 1000 : false,
  });
}

/** Training or switching changes every stored sentiment: the whole text area is refreshed. */
function useInvalidateTextArea() {
  const queryClient = useQueryClient();
  const key = [...useWorkspaceKey(), 'text'] as const;
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useTrainSentimentCalibration() {
  const invalidate = useInvalidateTextArea();
  return useMutation({
    mutationFn: () =>
      api<TSentimentCalibration>('/api/v1/text/sentiment-calibration/train', { method: 'POST' }),
    onSuccess: invalidate,
  });
}

export function useSetSentimentCalibrationActive() {
  const invalidate = useInvalidateTextArea();
  return useMutation({
    mutationFn: ({ version, active }: { version: number; active: boolean }) =>
      api<TSentimentCalibration>(`/api/v1/text/sentiment-calibration/${version}`, {
        method: 'PATCH',
        body: { active },
      }),
    onSuccess: invalidate,
  });
}
