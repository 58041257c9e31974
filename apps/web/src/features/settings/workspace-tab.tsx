import { type ChangeEvent, type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/copy-field';
import { ErrorState, FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { fieldErrorsOf } from '../../lib/api';
import { useCan } from '../auth/auth.api';
import { NoAccess } from './settings-page';
import {
  useIdentitySecret,
  useRotateIdentitySecret,
  useUpdateWorkspaceSettings,
  useUploadLogo,
  useWorkspaceSettings,
} from './workspace-settings.api';

/** Every IANA zone the browser knows (the server checks the name again). */
function timeZones(current: string): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return [...new Set(['UTC', current, ...zones])].sort();
}

/** Settings → Workspace: time zone, default language, brand and identity verification. */
export function WorkspaceTab() {
  const { t } = useTranslation();
  const canManage = useCan('settings.manage');
  const settings = useWorkspaceSettings();
  if (settings.isPending) return <LoadingState label={t('workspaceSettings.loading')} />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <div className="stack-lg" data-testid="workspace-tab">
      <GeneralSection canManage={canManage} />
      <BrandSection canManage={canManage} />
      {canManage ? <IdentitySection /> : <NoAccess />}
    </div>
  );
}

function GeneralSection({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const settings = useWorkspaceSettings().data;
  const update = useUpdateWorkspaceSettings();
  const [draft, setDraft] = useState<{ timeZone?: string; defaultLanguage?: 'en' | 'vi' }>({});
  const zones = useMemo(() => timeZones(settings?.timeZone ?? 'UTC'), [settings?.timeZone]);
  if (!settings) return null;
  const timeZone = draft.timeZone ?? settings.timeZone;
  const defaultLanguage = draft.defaultLanguage ?? settings.defaultLanguage;
  const rebuild = settings.rollupRebuild;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(draft, { onSuccess: () => setDraft({}) });
  };
  return (
    <section className="card" aria-labelledby="ws-general-title">
      <h2 id="ws-general-title" className="section-title">
        {t('workspaceSettings.general.title')}
      </h2>
      <p className="section-lead">{t('workspaceSettings.general.lead')}</p>
      <form className="form narrow" onSubmit={submit} noValidate data-testid="workspace-general-form">
        <SelectField
          label={t('workspaceSettings.general.timeZone')}
          value={timeZone}
          disabled={!canManage}
          onChange={(event) => setDraft((old) => ({ ...old, timeZone: event.target.value }))}
          error={fieldErrorsOf(update.error).timeZone}
          data-testid="workspace-time-zone"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('workspaceSettings.general.defaultLanguage')}
          value={defaultLanguage}
          disabled={!canManage}
          onChange={(event) =>
            setDraft((old) => ({ ...old, defaultLanguage: event.target.value === 'vi' ? 'vi' : 'en' }))
          }
          data-testid="workspace-default-language"
        >
          <option value="en">{t('workspaceSettings.languages.en')}</option>
          <option value="vi">{t('workspaceSettings.languages.vi')}</option>
        </SelectField>
        {rebuild.status !== 'idle' && (
          <p
            className={rebuild.status === 'failed' ? 'field-error' : 'field-hint'}
            role="status"
            data-testid="rollup-rebuild"
          >
            {rebuild.status === 'failed'
              ? t('workspaceSettings.general.rebuildFailed')
              : t('workspaceSettings.general.rebuilding', { percent: Math.round(rebuild.progress * 100) })}
          </p>
        )}
        <FormError
          error={update.error}
          fields={['timeZone', 'defaultLanguage']}
          testId="workspace-general-error"
        />
        {canManage && (
          <button
            type="submit"
            className="btn btn-primary"
            disabled={update.isPending || Object.keys(draft).length === 0}
          >
            {update.isPending ? t('common.working') : t('common.save')}
          </button>
        )}
      </form>
    </section>
  );
}

function BrandSection({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const settings = useWorkspaceSettings().data;
  const update = useUpdateWorkspaceSettings();
  const upload = useUploadLogo();
  const [color, setColor] = useState<string | null>(null);
  const [logoUrl, setLogoUrl] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  if (!settings) return null;
  const shownColor = color ?? settings.brand.color ?? '';
  const shownLogo = logoUrl ?? (settings.brand.logoUrl?.startsWith('https://') ? settings.brand.logoUrl : '');
  const errors = fieldErrorsOf(update.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        ...(color === null ? {} : { brandColor: color.trim() || null }),
        ...(logoUrl === null ? {} : { logoUrl: logoUrl.trim() || null }),
      },
      {
        onSuccess: () => {
          setColor(null);
          setLogoUrl(null);
        },
      },
    );
  };
  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > 256 * 1024) {
      setFileError(t('workspaceSettings.brand.logoTooLarge'));
      return;
    }
    setFileError(undefined);
    const reader = new FileReader();
    reader.onload = () => {
      const data = String(reader.result ?? '').replace(/^data:[^,]*,/, '');
      upload.mutate({ contentType: file.type || 'application/octet-stream', data });
    };
    reader.readAsDataURL(file);
  };
  return (
    <section className="card" aria-labelledby="ws-brand-title">
      <h2 id="ws-brand-title" className="section-title">
        {t('workspaceSettings.brand.title')}
      </h2>
      <p className="section-lead">{t('workspaceSettings.brand.lead')}</p>
      {settings.brand.logoUrl && (
        <img
          src={settings.brand.logoUrl}
          alt={t('workspaceSettings.brand.logoPreview')}
          style={{ maxHeight: 48, maxWidth: 200 }}
          data-testid="brand-logo-preview"
        />
      )}
      <form className="form narrow" onSubmit={submit} noValidate data-testid="workspace-brand-form">
        <TextField
          label={t('workspaceSettings.brand.color')}
          hint={t('workspaceSettings.brand.colorHint')}
          value={shownColor}
          placeholder="#0f766e"
          disabled={!canManage}
          onChange={(event) => setColor(event.target.value)}
          error={errors.brandColor}
          data-testid="brand-color"
        />
        <TextField
          label={t('workspaceSettings.brand.logoUrl')}
          hint={t('workspaceSettings.brand.logoUrlHint')}
          type="url"
          value={shownLogo}
          placeholder="https://www.example.com/logo.png"
          disabled={!canManage}
          onChange={(event) => setLogoUrl(event.target.value)}
          error={errors.logoUrl}
          data-testid="brand-logo-url"
        />
        {canManage && (
          <div className="field">
            <label htmlFor="brand-logo-file">{t('workspaceSettings.brand.upload')}</label>
            <input
              id="brand-logo-file"
              type="file"
              accept="image/png,image/jpeg,image/webp,image/gif,image/svg+xml"
              onChange={chooseFile}
              disabled={upload.isPending}
              data-testid="brand-logo-file"
            />
            {fileError && <p className="field-error">{fileError}</p>}
          </div>
        )}
        <FormError
          error={update.error ?? upload.error}
          fields={['brandColor', 'logoUrl']}
          testId="brand-error"
        />
        {canManage && (
          <button
            type="submit"
            className="btn btn-primary"
            disabled={update.isPending || (color === null && logoUrl === null)}
          >
            {update.isPending ? t('common.working') : t('common.save')}
          </button>
        )}
      </form>
    </section>
  );
}

function IdentitySection() {
  const { t } = useTranslation();
  const settings = useWorkspaceSettings().data;
  const secret = useIdentitySecret(true);
  const rotate = useRotateIdentitySecret();
  const update = useUpdateWorkspaceSettings();
  const [confirming, setConfirming] = useState(false);
  if (!settings) return null;
  const value = secret.data?.secret ?? null;
  return (
    <section className="card" aria-labelledby="ws-identity-title" data-testid="identity-verification">
      <h2 id="ws-identity-title" className="section-title">
        {t('workspaceSettings.identity.title')}
      </h2>
      <p className="section-lead">{t('workspaceSettings.identity.lead')}</p>
      {value ? (
        <CopyField label={t('workspaceSettings.identity.secret')} value={value} testId="identity-secret" />
      ) : (
        <p data-testid="identity-no-secret">{t('workspaceSettings.identity.noSecret')}</p>
      )}
      {confirming ? (
        <div className="alert alert-warning" role="alert">
          <p>{t('workspaceSettings.identity.rotateWarning')}</p>
          <div className="row">
            <button
              type="button"
              className="btn btn-danger"
              disabled={rotate.isPending}
              onClick={() => rotate.mutate(undefined, { onSuccess: () => setConfirming(false) })}
              data-testid="identity-rotate-confirm"
            >
              {t('workspaceSettings.identity.rotateConfirm')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="btn btn-secondary"
          disabled={rotate.isPending}
          onClick={() => (value ? setConfirming(true) : rotate.mutate())}
          data-testid="identity-generate"
        >
          {value ? t('workspaceSettings.identity.rotate') : t('workspaceSettings.identity.generate')}
        </button>
      )}
      <FormError error={rotate.error} testId="identity-rotate-error" />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.identityVerification.required}
          disabled={update.isPending || !settings.identityVerification.secretSet}
          onChange={(event) => update.mutate({ requireIdentityVerification: event.target.checked })}
          data-testid="require-identity-verification"
        />
        {t('workspaceSettings.identity.require')}
      </label>
      <p className="field-hint">
        {settings.identityVerification.required
          ? t('workspaceSettings.identity.requiredHint')
          : t('workspaceSettings.identity.notRequiredHint')}
      </p>
      <FormError error={update.error} testId="identity-require-error" />
    </section>
  );
}
