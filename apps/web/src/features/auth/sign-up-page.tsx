import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { fieldErrorsOf } from '../../lib/api';
import { currentLocale } from '../../lib/i18n';
import { isSignUpPending, usePublicConfig, useSignUp } from './auth.api';
import { AuthLayout } from './auth-layout';

export const MIN_PASSWORD_LENGTH = 10;

interface SignUpValues {
  name: string;
  email: string;
  password: string;
  workspaceName: string;
}

export function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const signUp = useSignUp();
  const config = usePublicConfig();
  const [values, setValues] = useState<SignUpValues>({
    name: '',
    email: '',
    password: '',
    workspaceName: '',
  });
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof SignUpValues, string>>>({});
  const serverErrors = fieldErrorsOf(signUp.error);
  const next = params.get('next');

  const set = (key: keyof SignUpValues) => (event: { target: { value: string } }) =>
    setValues((old) => ({ ...old, [key]: event.target.value }));
  const errorOf = (key: keyof SignUpValues) => localErrors[key] ?? serverErrors[key];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Partial<Record<keyof SignUpValues, string>> = {};
    if (!values.name.trim()) errors.name = t('validation.required');
    if (!values.email.trim()) errors.email = t('validation.required');
    else if (!/^\S+@\S+\.\S+$/.test(values.email.trim())) errors.email = t('validation.email');
    if (values.password.length < MIN_PASSWORD_LENGTH)
      errors.password = t('validation.passwordLength', { count: MIN_PASSWORD_LENGTH });
    if (!values.workspaceName.trim()) errors.workspaceName = t('validation.required');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    signUp.mutate({
      name: values.name.trim(),
      email: values.email.trim(),
      password: values.password,
      workspaceName: values.workspaceName.trim(),
      locale: currentLocale(),
    });
  };

  const signInFooter = (
    <p>
      {t('auth.signUp.haveAccount')}{' '}
      <Link to={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>
        {t('auth.signUp.signIn')}
      </Link>
    </p>
  );

  if (isSignUpPending(signUp.data)) {
    return (
      <AuthLayout title={t('auth.signUp.pendingTitle')} footer={signInFooter}>
        <p role="status" data-testid="sign-up-pending">
          {t('auth.signUp.pendingBody', { email: values.email.trim() })}
        </p>
      </AuthLayout>
    );
  }

  if (config.data?.signUp === 'invite') {
    return (
      <AuthLayout title={t('auth.signUp.closedTitle')} footer={signInFooter}>
        <p data-testid="sign-up-closed">{t('auth.signUp.closedBody')}</p>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('auth.signUp.title')} subtitle={t('auth.signUp.subtitle')} footer={signInFooter}>
      <form className="form" onSubmit={submit} noValidate data-testid="sign-up-form">
        <TextField
          label={t('auth.fields.name')}
          name="name"
          autoComplete="name"
          value={values.name}
          onChange={set('name')}
          error={errorOf('name')}
          maxLength={120}
          required
        />
        <TextField
          label={t('auth.fields.workEmail')}
          type="email"
          name="email"
          autoComplete="email"
          value={values.email}
          onChange={set('email')}
          error={errorOf('email')}
          required
        />
        <TextField
          label={t('auth.fields.password')}
          type="password"
          name="password"
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={errorOf('password')}
          hint={t('auth.fields.passwordHint', { count: MIN_PASSWORD_LENGTH })}
          minLength={MIN_PASSWORD_LENGTH}
          required
        />
        <TextField
          label={t('auth.fields.workspaceName')}
          name="workspaceName"
          autoComplete="organization"
          value={values.workspaceName}
          onChange={set('workspaceName')}
          error={errorOf('workspaceName')}
          hint={t('auth.fields.workspaceHint')}
          maxLength={120}
          required
        />
        <FormError
          error={signUp.error}
          fields={['name', 'email', 'password', 'workspaceName', 'locale']}
          testId="sign-up-error"
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={signUp.isPending}>
          {signUp.isPending ? t('auth.signUp.submitting') : t('auth.signUp.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
