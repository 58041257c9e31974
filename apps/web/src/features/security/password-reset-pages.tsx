import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { fieldErrorsOf } from '../../lib/api';
import { AuthLayout } from '../auth/auth-layout';
import { useConfirmPasswordReset, useRequestPasswordReset } from './security.api';

/** Asks for a reset link by email; says the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) {
      setLocalError(t('validation.required'));
      return;
    }
    setLocalError(undefined);
    request.mutate(email.trim());
  };
  return (
    <AuthLayout
      title={t('security.reset.requestTitle')}
      subtitle={t('security.reset.requestLead')}
      footer={
        <p>
          <Link to="/sign-in">{t('security.reset.backToSignIn')}</Link>
        </p>
      }
    >
      {request.isSuccess ? (
        <p className="alert alert-success" role="status" data-testid="reset-requested">
          {t('security.reset.requested')}
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate data-testid="forgot-password-form">
          <TextField
            label={t('auth.fields.email')}
            type="email"
            name="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={localError ?? fieldErrorsOf(request.error).email}
            required
          />
          <FormError error={request.error} fields={['email']} />
          <button type="submit" className="btn btn-primary btn-block" disabled={request.isPending}>
            {request.isPending ? t('common.working') : t('security.reset.requestSubmit')}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}

/** Sets a new password from the emailed link (`/reset-password?token=…`). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < 10) {
      setLocalError(t('security.password.tooShort'));
      return;
    }
    setLocalError(undefined);
    confirm.mutate({ token, password });
  };
  return (
    <AuthLayout title={t('security.reset.confirmTitle')} subtitle={t('security.reset.confirmLead')}>
      {confirm.isSuccess ? (
        <div className="alert alert-success" role="status" data-testid="reset-done">
          <p>{t('security.reset.done')}</p>
          <p>
            <Link to="/sign-in">{t('security.reset.backToSignIn')}</Link>
          </p>
        </div>
      ) : (
        <form className="form" onSubmit={submit} noValidate data-testid="reset-password-form">
          <TextField
            label={t('security.password.new')}
            type="password"
            name="password"
            autoComplete="new-password"
            value={password}
            hint={t('security.password.hint')}
            onChange={(event) => setPassword(event.target.value)}
            error={localError ?? fieldErrorsOf(confirm.error).password}
            required
          />
          <FormError error={confirm.error} fields={['password']} />
          {!token && (
            <p className="alert alert-error" role="alert">
              {t('security.reset.missingToken')}
            </p>
          )}
          <button type="submit" className="btn btn-primary btn-block" disabled={confirm.isPending || !token}>
            {confirm.isPending ? t('common.working') : t('security.reset.confirmSubmit')}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
