import type { TTwoFactorSetup } from '@touchpoint/schemas/browser';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton, CopyField } from '../../components/copy-field';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { RowActions } from '../../components/row-actions';
import { fieldErrorsOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useCan, useSignedInMe, useSignOut } from '../auth/auth.api';
import {
  useChangePassword,
  useDisableTwoFactor,
  useEnableTwoFactor,
  useRegenerateRecoveryCodes,
  useRevokeSession,
  useSessions,
  useSignOutEverywhere,
  useStartTwoFactorSetup,
  useTwoFactorStatus,
  useUpdateWorkspaceSecurity,
  useWorkspaceSecurity,
} from './security.api';
import { SsoSection } from './sso-section';

/** Settings → Security: the person's own sign-in (two-factor, password, sessions) and the workspace policy. */
export function SecurityTab() {
  const canManage = useCan('members.manage');
  return (
    <div className="stack-lg" data-testid="security-tab">
      <TwoFactorSection />
      <PasswordSection />
      <SessionsSection />
      {canManage && <WorkspacePolicySection />}
      {canManage && <SsoSection />}
    </div>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-warning" role="status" data-testid="recovery-codes">
      <p>
        <strong>{t('security.recovery.title')}</strong>
      </p>
      <p>{t('security.recovery.lead')}</p>
      <ul className="mono recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <CopyButton value={codes.join('\n')} label={t('security.recovery.copy')} testId="copy-recovery-codes" />
    </div>
  );
}

function CodeForm({
  label,
  submitLabel,
  pending,
  error,
  onSubmit,
  testId,
}: {
  label: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (code: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) {
      setLocalError(t('validation.required'));
      return;
    }
    setLocalError(undefined);
    onSubmit(code.trim());
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate data-testid={testId}>
      <TextField
        label={label}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        maxLength={32}
        onChange={(event) => setCode(event.target.value)}
        error={localError ?? fieldErrorsOf(error).code}
      />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? t('common.working') : submitLabel}
      </button>
      <FormError error={error} fields={['code']} testId={`${testId}-error`} />
    </form>
  );
}

function TwoFactorSection() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const status = useTwoFactorStatus();
  const start = useStartTwoFactorSetup();
  const enable = useEnableTwoFactor();
  const disable = useDisableTwoFactor();
  const regenerate = useRegenerateRecoveryCodes();
  const [setup, setSetup] = useState<TTwoFactorSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [password, setPassword] = useState('');
  const isOn = status.data?.enabled ?? false;

  return (
    <section className="card" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title" className="section-title">
        {t('security.twoFactor.title')}
      </h2>
      <p className="section-lead">{t('security.twoFactor.lead')}</p>
      {me.twoFactor?.setupRequired && (
        <div className="alert alert-info" role="status" data-testid="two-factor-required">
          <p>{t('security.twoFactor.requiredByWorkspace', { workspace: me.workspace.name })}</p>
        </div>
      )}
      {status.data && (
        <p data-testid="two-factor-status">
          <span className={`badge ${isOn ? 'badge-status-accepted' : 'badge-status-revoked'}`}>
            {isOn ? t('security.twoFactor.on') : t('security.twoFactor.off')}
          </span>{' '}
          {isOn && t('security.twoFactor.codesLeft', { count: status.data.recoveryCodesLeft })}
        </p>
      )}
      {codes && <RecoveryCodes codes={codes} />}
      {!isOn && !setup && (
        <form
          className="inline-form"
          noValidate
          data-testid="two-factor-start"
          onSubmit={(event) => {
            event.preventDefault();
            if (password) start.mutate(password, { onSuccess: setSetup });
          }}
        >
          <TextField
            label={t('security.twoFactor.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldErrorsOf(start.error).password}
          />
          <button type="submit" className="btn btn-primary" disabled={start.isPending || !password}>
            {t('security.twoFactor.start')}
          </button>
        </form>
      )}
      <FormError error={start.error} fields={['password']} testId="two-factor-start-error" />
      {!isOn && setup && (
        <div className="stack" data-testid="two-factor-setup">
          <ol className="steps">
            <li>{t('security.twoFactor.scan')}</li>
            <li>{t('security.twoFactor.enterCode')}</li>
          </ol>
          <img
            className="qr-code"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`}
            alt={t('security.twoFactor.qrAlt')}
            width={180}
            height={180}
          />
          <CopyField label={t('security.twoFactor.secret')} value={setup.secret} testId="two-factor-secret" />
          <CodeForm
            label={t('security.twoFactor.code')}
            submitLabel={t('security.twoFactor.enable')}
            pending={enable.isPending}
            error={enable.error}
            testId="two-factor-enable-form"
            onSubmit={(code) =>
              enable.mutate(code, {
                onSuccess: (result) => {
                  setSetup(null);
                  setCodes(result.recoveryCodes);
                },
              })
            }
          />
        </div>
      )}
      {isOn && (
        <div className="stack">
          <CodeForm
            label={t('security.twoFactor.codeToRegenerate')}
            submitLabel={t('security.twoFactor.regenerate')}
            pending={regenerate.isPending}
            error={regenerate.error}
            testId="two-factor-regenerate-form"
            onSubmit={(code) =>
              regenerate.mutate(code, { onSuccess: (result) => setCodes(result.recoveryCodes) })
            }
          />
          {!me.twoFactor?.requiredByWorkspace && (
            <CodeForm
              label={t('security.twoFactor.codeToDisable')}
              submitLabel={t('security.twoFactor.disable')}
              pending={disable.isPending}
              error={disable.error}
              testId="two-factor-disable-form"
              onSubmit={(code) => disable.mutate(code, { onSuccess: () => setCodes(null) })}
            />
          )}
        </div>
      )}
    </section>
  );
}

function PasswordSection() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(change.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!current) errors.currentPassword = t('validation.required');
    if (next.length < 10) errors.newPassword = t('security.password.tooShort');
    setLocalErrors(errors);
    setDone(false);
    if (Object.keys(errors).length > 0) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setDone(true);
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title" className="section-title">
        {t('security.password.title')}
      </h2>
      <p className="section-lead">{t('security.password.lead')}</p>
      <form className="form narrow" onSubmit={submit} noValidate data-testid="change-password-form">
        <TextField
          label={t('security.password.current')}
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={localErrors.currentPassword ?? serverErrors.currentPassword}
        />
        <TextField
          label={t('security.password.new')}
          type="password"
          name="newPassword"
          autoComplete="new-password"
          value={next}
          hint={t('security.password.hint')}
          onChange={(event) => setNext(event.target.value)}
          error={localErrors.newPassword ?? serverErrors.newPassword ?? serverErrors.password}
        />
        <FormError error={change.error} fields={['currentPassword', 'newPassword', 'password']} />
        {done && (
          <p className="alert alert-success" role="status">
            {t('security.password.changed')}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={change.isPending}>
          {change.isPending ? t('common.working') : t('security.password.submit')}
        </button>
      </form>
    </section>
  );
}

function SessionsSection() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const signOut = useSignOut();
  const signOutEverywhere = useSignOutEverywhere();
  const query = {
    items: sessions.data?.items ?? [],
    isPending: sessions.isPending,
    error: sessions.error,
    refetch: sessions.refetch,
  };
  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="section-title">
        {t('security.sessions.title')}
      </h2>
      <p className="section-lead">{t('security.sessions.lead')}</p>
      <DataTable
        query={query}
        label={t('security.sessions.title')}
        testId="sessions-table"
        rowKey={(session) => session.id}
        rowProps={(session) => ({ 'data-testid': 'session-row', 'data-current': session.isCurrent })}
        empty={<EmptyState title={t('security.sessions.empty')} testId="sessions-empty" />}
        columns={[
          {
            id: 'device',
            header: t('security.sessions.device'),
            cell: (session) => (
              <>
                {session.userAgent ?? t('security.sessions.unknownDevice')}{' '}
                {session.isCurrent && <span className="badge">{t('security.sessions.current')}</span>}
              </>
            ),
          },
          {
            id: 'started',
            header: t('security.sessions.started'),
            className: 'nowrap',
            cell: (session) => formatDateTime(session.createdAt),
          },
          {
            id: 'lastSeen',
            header: t('security.sessions.lastSeen'),
            className: 'nowrap',
            cell: (session) => formatDateTime(session.lastSeenAt),
          },
          {
            id: 'actions',
            header: t('common.actions'),
            isHeaderHidden: true,
            className: 'cell-actions',
            cell: (session) => (
              <RowActions
                actions={[
                  {
                    id: 'revoke',
                    label: t('security.sessions.revoke'),
                    ariaLabel: t('security.sessions.revokeNamed', {
                      started: formatDateTime(session.createdAt),
                    }),
                    variant: 'danger',
                    isHidden: session.isCurrent,
                    onSelect: () => revoke.mutateAsync(session.id),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      <button
        type="button"
        className="btn btn-secondary"
        data-testid="sign-out-everywhere"
        disabled={signOutEverywhere.isPending}
        onClick={() => signOutEverywhere.mutate(undefined, { onSuccess: () => signOut.mutate() })}
      >
        {t('security.sessions.signOutEverywhere')}
      </button>
    </section>
  );
}

function WorkspacePolicySection() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const policy = useWorkspaceSecurity(true);
  const update = useUpdateWorkspaceSecurity();
  const saveOrigins = useUpdateWorkspaceSecurity();
  const [origins, setOrigins] = useState<string | null>(null);
  const isRequired = policy.data?.requireTwoFactor ?? false;
  const shownOrigins = origins ?? policy.data?.embedOrigins.join('\n') ?? '';
  const submitOrigins = (event: FormEvent) => {
    event.preventDefault();
    const list = shownOrigins
      .split(/[\s,]+/)
      .map((origin) => origin.trim())
      .filter(Boolean);
    saveOrigins.mutate({ embedOrigins: list }, { onSuccess: () => setOrigins(null) });
  };
  return (
    <section className="card" aria-labelledby="policy-title">
      <h2 id="policy-title" className="section-title">
        {t('security.policy.title')}
      </h2>
      <p className="section-lead">{t('security.policy.lead', { workspace: me.workspace.name })}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={isRequired}
          disabled={!policy.data || update.isPending}
          onChange={(event) => update.mutate({ requireTwoFactor: event.target.checked })}
          data-testid="require-two-factor"
        />
        {t('security.policy.requireTwoFactor')}
      </label>
      <FormError error={update.error} testId="policy-error" />
      <form className="form narrow" onSubmit={submitOrigins} noValidate data-testid="embed-origins-form">
        <div className="field">
          <label htmlFor="embed-origins">{t('security.policy.embedOrigins')}</label>
          <textarea
            id="embed-origins"
            aria-describedby="embed-origins-hint"
            rows={3}
            value={shownOrigins}
            disabled={!policy.data}
            placeholder="https://www.example.com"
            onChange={(event) => setOrigins(event.target.value)}
          />
          <p id="embed-origins-hint" className="field-hint">
            {t('security.policy.embedOriginsHint')}
          </p>
        </div>
        <FormError error={saveOrigins.error} testId="embed-origins-error" />
        <button
          type="submit"
          className="btn btn-secondary"
          disabled={saveOrigins.isPending || origins === null}
        >
          {saveOrigins.isPending ? t('common.working') : t('common.save')}
        </button>
      </form>
    </section>
  );
}
