import type { TPrivacySettings, TRetentionCounts } from '@touchpoint/schemas/browser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/copy-field';
import { ConfirmDialog } from '../../components/dialog';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { formatDateTime } from '../../lib/format';
import { useCan } from '../auth/auth.api';
import {
  type TRetentionChanges,
  usePrivacySettings,
  useRetentionPreview,
  useUpdatePrivacySettings,
} from './privacy.api';

const KINDS = ['responsesDays', 'conversationsDays', 'eventsDays'] as const;

/** Settings → Privacy: retention limits (with a dry run before saving) and the self-service data request page. */
export function PrivacyTab() {
  const { t } = useTranslation();
  const canManage = useCan('settings.manage');
  const settings = usePrivacySettings();
  if (!canManage) return <p className="muted">{t('privacy.settings.noAccess')}</p>;
  if (settings.isPending) return <LoadingState />;
  if (settings.error) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <div className="stack-lg" data-testid="privacy-settings">
      <RetentionForm settings={settings.data} />
      <SelfService settings={settings.data} />
    </div>
  );
}

function RetentionForm({ settings }: { settings: TPrivacySettings }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState(settings.retentionMode);
  const [days, setDays] = useState<Record<(typeof KINDS)[number], string>>({
    responsesDays: settings.responsesDays?.toString() ?? '',
    conversationsDays: settings.conversationsDays?.toString() ?? '',
    eventsDays: settings.eventsDays?.toString() ?? '',
  });
  const preview = useRetentionPreview();
  const update = useUpdatePrivacySettings();
  const [counts, setCounts] = useState<TRetentionCounts | null>(null);
  const changes: TRetentionChanges = {
    retentionMode: mode,
    ...Object.fromEntries(KINDS.map((k) => [k, days[k].trim() ? Number(days[k]) : null])),
  };
  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title" className="section-title">
        {t('privacy.retention.title')}
      </h2>
      <p className="muted">{t('privacy.retention.lead')}</p>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          // The dry run first: the counts are shown before anything is saved.
          preview.mutate(changes, { onSuccess: setCounts });
        }}
      >
        <SelectField
          label={t('privacy.retention.mode')}
          value={mode}
          onChange={(event) => setMode(event.target.value as TPrivacySettings['retentionMode'])}
          data-testid="retention-mode"
        >
          <option value="anonymise">{t('privacy.retention.modes.anonymise')}</option>
          <option value="delete">{t('privacy.retention.modes.delete')}</option>
        </SelectField>
        {KINDS.map((kind) => (
          <TextField
            key={kind}
            label={t(`privacy.retention.fields.${kind}`)}
            hint={t('privacy.retention.daysHint')}
            type="number"
            min={1}
            inputMode="numeric"
            value={days[kind]}
            onChange={(event) => setDays((current) => ({ ...current, [kind]: event.target.value }))}
            data-testid={`retention-${kind}`}
          />
        ))}
        <FormError error={preview.error} fields={[...KINDS, 'retentionMode']} />
        {settings.lastRetentionRunAt && (
          <p className="muted small">
            {t('privacy.retention.lastRun', { when: formatDateTime(settings.lastRetentionRunAt) })}
          </p>
        )}
        <div>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={preview.isPending}
            data-testid="retention-save"
          >
            {preview.isPending ? t('common.working') : t('privacy.retention.review')}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={counts !== null}
        title={t('privacy.retention.confirmTitle')}
        isDestructive={counts !== null && counts.responses + counts.conversations + counts.events > 0}
        body={
          counts && (
            <div className="stack" data-testid="retention-preview">
              <p>{t(`privacy.retention.confirmLead.${counts.mode}`)}</p>
              <ul>
                <li>{t('privacy.retention.counts.responses', { count: counts.responses })}</li>
                <li>{t('privacy.retention.counts.conversations', { count: counts.conversations })}</li>
                <li>{t('privacy.retention.counts.events', { count: counts.events })}</li>
              </ul>
              <p className="muted small">{t('privacy.retention.daily')}</p>
            </div>
          )
        }
        confirmLabel={t('common.save')}
        isPending={update.isPending}
        error={update.error}
        onCancel={() => setCounts(null)}
        onConfirm={() => update.mutate(changes, { onSuccess: () => setCounts(null) })}
      />
    </section>
  );
}

function SelfService({ settings }: { settings: TPrivacySettings }) {
  const { t } = useTranslation();
  const update = useUpdatePrivacySettings();
  return (
    <section className="card stack" aria-labelledby="self-service-title">
      <h2 id="self-service-title" className="section-title">
        {t('privacy.selfService.title')}
      </h2>
      <p className="muted">{t('privacy.selfService.lead')}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.selfServiceEnabled}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ selfServiceEnabled: event.target.checked })}
          data-testid="self-service-toggle"
        />
        {t('privacy.selfService.enable')}
      </label>
      {settings.selfServiceUrl && (
        <CopyField
          label={t('privacy.selfService.url')}
          value={settings.selfServiceUrl}
          testId="self-service-url"
        />
      )}
      <FormError error={update.error} />
    </section>
  );
}
