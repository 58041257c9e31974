import { ROLES, type TSsoSettings } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/copy-field';
import { FormError } from '../../components/error-message';
import { SelectField, TextField } from '../../components/fields';
import { fieldErrorsOf } from '../../lib/api';
import { useSaveSsoSettings, useSsoSettings } from './sso.api';

const INVITE_ONLY = 'invite_only';

interface Draft {
  enabled: boolean;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string;
  requireSso: boolean;
  jitRole: string;
}

function draftOf(settings: TSsoSettings | undefined): Draft {
  return {
    enabled: settings?.configured ? settings.enabled : true,
    issuerUrl: settings?.issuerUrl ?? '',
    clientId: settings?.clientId ?? '',
    clientSecret: '',
    allowedDomains: settings?.allowedDomains.join('\n') ?? '',
    requireSso: settings?.requireSso ?? false,
    jitRole: settings?.jitRole ?? INVITE_ONLY,
  };
}

/** Settings → Security → Single sign-on (OpenID Connect), for admins. */
export function SsoSection() {
  const { t } = useTranslation();
  const settings = useSsoSettings(true);
  const save = useSaveSsoSettings();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const shown = draft ?? draftOf(settings.data);
  const serverErrors = fieldErrorsOf(save.error);
  const change = (patch: Partial<Draft>) => setDraft({ ...shown, ...patch });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const domains = shown.allowedDomains
      .split(/[\s,]+/)
      .map((domain) => domain.trim().replace(/^@/, ''))
      .filter(Boolean);
    if (!shown.issuerUrl.trim()) errors.issuerUrl = t('validation.required');
    if (!shown.clientId.trim()) errors.clientId = t('validation.required');
    if (!settings.data?.hasClientSecret && !shown.clientSecret)
      errors.clientSecret = t('validation.required');
    if (domains.length === 0) errors.allowedDomains = t('validation.required');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    save.mutate(
      {
        enabled: shown.enabled,
        issuerUrl: shown.issuerUrl.trim(),
        clientId: shown.clientId.trim(),
        ...(shown.clientSecret ? { clientSecret: shown.clientSecret } : {}),
        allowedDomains: domains,
        requireSso: shown.requireSso,
        jitRole: shown.jitRole === INVITE_ONLY ? null : shown.jitRole,
      },
      { onSuccess: () => setDraft(null) },
    );
  };

  return (
    <section className="card" aria-labelledby="sso-title" data-testid="sso-section">
      <h2 id="sso-title" className="section-title">
        {t('sso.settings.title')}
      </h2>
      <p className="section-lead">{t('sso.settings.lead')}</p>
      {settings.data && (
        <CopyField
          label={t('sso.settings.redirectUri')}
          value={settings.data.redirectUri}
          testId="sso-redirect-uri"
        />
      )}
      <form className="form narrow" onSubmit={submit} noValidate data-testid="sso-form">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={shown.enabled}
            onChange={(event) => change({ enabled: event.target.checked })}
            data-testid="sso-enabled"
          />
          {t('sso.settings.enabled')}
        </label>
        <TextField
          label={t('sso.settings.issuerUrl')}
          hint={t('sso.settings.issuerUrlHint')}
          name="issuerUrl"
          type="url"
          value={shown.issuerUrl}
          placeholder="https://accounts.google.com"
          onChange={(event) => change({ issuerUrl: event.target.value })}
          error={localErrors.issuerUrl ?? serverErrors.issuerUrl}
          data-testid="sso-issuer"
        />
        <TextField
          label={t('sso.settings.clientId')}
          name="clientId"
          value={shown.clientId}
          autoComplete="off"
          onChange={(event) => change({ clientId: event.target.value })}
          error={localErrors.clientId ?? serverErrors.clientId}
          data-testid="sso-client-id"
        />
        <TextField
          label={t('sso.settings.clientSecret')}
          hint={
            settings.data?.hasClientSecret
              ? t('sso.settings.clientSecretKept')
              : t('sso.settings.clientSecretHint')
          }
          name="clientSecret"
          type="password"
          autoComplete="new-password"
          value={shown.clientSecret}
          onChange={(event) => change({ clientSecret: event.target.value })}
          error={localErrors.clientSecret ?? serverErrors.clientSecret}
          data-testid="sso-client-secret"
        />
        <div className="field">
          <label htmlFor="sso-domains">{t('sso.settings.allowedDomains')}</label>
          <textarea
            id="sso-domains"
            rows={2}
            aria-describedby="sso-domains-hint"
            aria-invalid={localErrors.allowedDomains || serverErrors.allowedDomains ? true : undefined}
            value={shown.allowedDomains}
            placeholder="example.com"
            onChange={(event) => change({ allowedDomains: event.target.value })}
            data-testid="sso-domains"
          />
          <p id="sso-domains-hint" className="field-hint">
            {t('sso.settings.allowedDomainsHint')}
          </p>
          {(localErrors.allowedDomains ?? serverErrors.allowedDomains) && (
            <p className="field-error">{localErrors.allowedDomains ?? serverErrors.allowedDomains}</p>
          )}
        </div>
        <SelectField
          label={t('sso.settings.jitRole')}
          value={shown.jitRole}
          onChange={(event) => change({ jitRole: event.target.value })}
          data-testid="sso-jit-role"
        >
          <option value={INVITE_ONLY}>{t('sso.settings.inviteOnly')}</option>
          {ROLES.filter((role) => role !== 'admin').map((role) => (
            <option key={role} value={role}>
              {t('sso.settings.joinAs', { role: t(`roles.${role}`) })}
            </option>
          ))}
        </SelectField>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={shown.requireSso}
            onChange={(event) => change({ requireSso: event.target.checked })}
            data-testid="sso-require"
          />
          {t('sso.settings.requireSso')}
        </label>
        <p className="field-hint">{t('sso.settings.twoFactorNote')}</p>
        <FormError
          error={save.error}
          fields={['issuerUrl', 'clientId', 'clientSecret', 'allowedDomains']}
          testId="sso-error"
        />
        {save.isSuccess && draft === null && (
          <p className="alert alert-success" role="status" data-testid="sso-saved">
            {t('sso.settings.saved')}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={save.isPending || !settings.data}>
          {save.isPending ? t('common.working') : t('common.save')}
        </button>
      </form>
      {settings.data?.configured && (
        <CopyField
          label={t('sso.settings.signInUrl')}
          value={settings.data.signInUrl}
          testId="sso-sign-in-url"
        />
      )}
    </section>
  );
}
