import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields';
import { ssoStartUrl } from '../security/sso.api';

const FAILURES = [
  'not_configured',
  'ambiguous',
  'expired',
  'provider',
  'email',
  'domain',
  'not_member',
  'deactivated',
] as const;

/** Why the last SSO attempt came back to the sign-in page, in words (from `?sso_error=`). */
export function SsoErrorNotice({ reason }: { reason: string | null }) {
  const { t } = useTranslation();
  if (!reason) return null;
  const known = (FAILURES as readonly string[]).includes(reason) ? reason : 'provider';
  return (
    <p className="alert alert-error" role="alert" data-testid="sso-error-notice">
      {t(`sso.errors.${known}`)}
    </p>
  );
}

/**
 * "Sign in with SSO": the work email finds the workspace by its domain; the browser then goes to the
 * provider with a full navigation (a form post would be stopped there by the page's form-action policy).
 */
export function SsoSignIn({ initialEmail }: { initialEmail: string }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [email, setEmail] = useState(initialEmail);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) {
      setError(t('sso.signIn.emailNeeded'));
      return;
    }
    window.location.assign(ssoStartUrl({ email: email.trim() }));
  };
  if (!isOpen) {
    return (
      <button
        type="button"
        className="btn btn-secondary btn-block"
        onClick={() => setIsOpen(true)}
        data-testid="sso-open"
      >
        {t('sso.signIn.button')}
      </button>
    );
  }
  return (
    <form className="form" onSubmit={submit} noValidate data-testid="sso-sign-in-form">
      <TextField
        label={t('sso.signIn.email')}
        hint={t('sso.signIn.hint')}
        type="email"
        name="sso-email"
        autoComplete="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={error}
        autoFocus
        data-testid="sso-email"
      />
      <button type="submit" className="btn btn-primary btn-block" data-testid="sso-continue">
        {t('sso.signIn.continue')}
      </button>
    </form>
  );
}
