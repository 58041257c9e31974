import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { fieldErrorsOf, isApiError } from '../../lib/api';
import { usePublicConfig, useSignIn } from './auth.api';
import { AuthLayout } from './auth-layout';
import { SsoErrorNotice, SsoSignIn } from './sso-sign-in';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const config = usePublicConfig();
  const [email, setEmail] = useState(() => params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // Asked for once the server says this account has two-factor on; stays for the rest of the attempt.
  const [needsCode, setNeedsCode] = useState(false);
  const errorCode = isApiError(signIn.error) ? signIn.error.code : null;
  if (!needsCode && (errorCode === 'TWO_FACTOR_REQUIRED' || errorCode === 'INVALID_TWO_FACTOR_CODE')) {
    setNeedsCode(true);
  }
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(signIn.error);
  const next = params.get('next');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!email.trim()) errors.email = t('validation.required');
    if (!password) errors.password = t('validation.required');
    if (needsCode && !code.trim()) errors.code = t('validation.required');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    // On success the cached Me changes and the public-only guard redirects to `next`.
    signIn.mutate({ email: email.trim(), password, ...(needsCode ? { code: code.trim() } : {}) });
  };

  return (
    <AuthLayout
      title={t('auth.signIn.title')}
      subtitle={t('auth.signIn.subtitle')}
      footer={
        config.data?.signUp === 'invite' ? (
          <p data-testid="sign-up-invite-only">{t('auth.signIn.inviteOnly')}</p>
        ) : (
          <p>
            {t('auth.signIn.noAccount')}{' '}
            <Link to={next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'}>
              {t('auth.signIn.createAccount')}
            </Link>
          </p>
        )
      }
    >
      <SsoErrorNotice reason={params.get('sso_error')} />
      <form className="form" onSubmit={submit} noValidate data-testid="sign-in-form">
        <TextField
          label={t('auth.fields.email')}
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={localErrors.email ?? serverErrors.email}
          required
        />
        <TextField
          label={t('auth.fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={localErrors.password ?? serverErrors.password}
          required
        />
        {needsCode && (
          <TextField
            label={t('auth.signIn.code')}
            hint={t('auth.signIn.codeHint')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            maxLength={32}
            onChange={(event) => setCode(event.target.value)}
            error={localErrors.code}
            autoFocus
            data-testid="sign-in-code"
          />
        )}
        {errorCode === 'TWO_FACTOR_REQUIRED' ? (
          <p className="alert alert-info" role="status" data-testid="sign-in-code-needed">
            {t('auth.signIn.codeNeeded')}
          </p>
        ) : (
          <FormError error={signIn.error} fields={['email', 'password']} testId="sign-in-error" />
        )}
        <button type="submit" className="btn btn-primary btn-block" disabled={signIn.isPending}>
          {signIn.isPending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
        <p>
          <Link to="/forgot-password" data-testid="forgot-password-link">
            {t('auth.signIn.forgotPassword')}
          </Link>
        </p>
      </form>
      <p className="muted">{t('sso.signIn.or')}</p>
      <SsoSignIn initialEmail={email} />
    </AuthLayout>
  );
}
