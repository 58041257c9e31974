import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TConfidentialitySettings } from '@touchpoint/schemas/browser';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { api, fieldErrorsOf } from '../../lib/api';
import { useCan, useWorkspaceKey } from '../auth/auth.api';

const PATH = '/api/v1/settings/confidentiality';

/** The workspace's confidentiality thresholds: the smallest group an anonymous result or comment is shown for. */
export function ConfidentialitySettingsCard() {
  const { t } = useTranslation();
  const canManage = useCan('settings.manage');
  const key = [...useWorkspaceKey(), 'confidentiality-settings'];
  const client = useQueryClient();
  const settings = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<TConfidentialitySettings>(PATH, { signal }),
  });
  const save = useMutation({
    mutationFn: (body: { minGroupSize: number | null; minCommentGroupSize: number | null }) =>
      api<TConfidentialitySettings>(PATH, { method: 'PUT', body }),
    onSuccess: (saved) => client.setQueryData(key, saved),
  });
  const [results, setResults] = useState('');
  const [comments, setComments] = useState('');
  const [isSaved, setIsSaved] = useState(false);
  const data = settings.data;
  useEffect(() => {
    if (!data) return;
    setResults(String(data.minGroupSize));
    setComments(String(data.minCommentGroupSize));
  }, [data]);
  if (!canManage) return null;
  const serverErrors = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSaved(false);
    save.mutate(
      {
        minGroupSize: results.trim() ? Number(results) : null,
        minCommentGroupSize: comments.trim() ? Number(comments) : null,
      },
      { onSuccess: () => setIsSaved(true) },
    );
  };
  return (
    <div className="stack-lg" data-testid="confidentiality-settings">
      <section className="card" aria-labelledby="confidentiality-title">
        <h2 id="confidentiality-title" className="section-title">
          {t('confidentialitySettings.title')}
        </h2>
        <p className="muted">{t('confidentialitySettings.lead')}</p>
        {settings.isPending ? (
          <LoadingState />
        ) : settings.error ? (
          <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <form className="stack" onSubmit={submit} noValidate data-testid="confidentiality-form">
            <div className="form-grid">
              <TextField
                label={t('confidentialitySettings.minGroupSize')}
                hint={t('confidentialitySettings.minGroupSizeHint', { floor: data?.floor ?? 3 })}
                type="number"
                inputMode="numeric"
                min={data?.floor ?? 3}
                value={results}
                onChange={(event) => setResults(event.target.value)}
                error={serverErrors.minGroupSize}
                data-testid="min-group-size"
              />
              <TextField
                label={t('confidentialitySettings.minCommentGroupSize')}
                hint={t('confidentialitySettings.minCommentGroupSizeHint')}
                type="number"
                inputMode="numeric"
                min={data?.floor ?? 3}
                value={comments}
                onChange={(event) => setComments(event.target.value)}
                error={serverErrors.minCommentGroupSize}
                data-testid="min-comment-group-size"
              />
            </div>
            <FormError
              error={save.error}
              fields={['minGroupSize', 'minCommentGroupSize']}
              testId="confidentiality-error"
            />
            <div className="button-row">
              <button
                type="submit"
                className="btn btn-primary"
                disabled={save.isPending}
                data-testid="confidentiality-save"
              >
                {save.isPending ? t('common.working') : t('common.save')}
              </button>
            </div>
            {isSaved && (
              <p className="alert alert-success" role="status">
                {t('confidentialitySettings.saved')}
              </p>
            )}
          </form>
        )}
      </section>
      <section className="card" aria-labelledby="confidentiality-how-title">
        <h2 id="confidentiality-how-title" className="section-title">
          {t('confidentialitySettings.how.title')}
        </h2>
        <ul className="checklist">
          <li>{t('confidentialitySettings.how.suppressed')}</li>
          <li>{t('confidentialitySettings.how.complementary')}</li>
          <li>{t('confidentialitySettings.how.waves')}</li>
          <li>{t('confidentialitySettings.how.everyone')}</li>
        </ul>
      </section>
    </div>
  );
}
