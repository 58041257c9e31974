import { type FormEvent, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorState, FormError } from '../../components/error-message';
import { TextField } from '../../components/fields';
import { LoadingState } from '../../components/loading';
import { fieldErrorsOf } from '../../lib/api';
import type { TInvitationPreview } from '../../lib/types';
import { useAcceptInvitation, useInvitationPreview, useMe, useSignOut } from './auth.api';
import { AuthLayout } from './auth-layout';
import { MIN_PASSWORD_LENGTH } from './sign-up-page';

/** `/invite?token=…`: shows the invitation, then joins (new account, or the signed-in one). */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const preview = useInvitationPreview(token);
  const me = useMe();

  if (!token) {
    return (
      <AuthLayout title={t('invite.title')}>
        <div className="alert alert-error" role="alert" data-testid="invite-error">
          <p>{t('invite.missingToken')}</p>
        </div>
        <Link to="/sign-in">{t('invite.goToSignIn')}</Link>
      </AuthLayout>
    );
  }

  if (preview.isPending || me.isPending) {
    return (
      <AuthLayout title={t('invite.title')}>
        <LoadingState />
      </AuthLayout>
    );
  }

  if (preview.error) {
    return (
      <AuthLayout title={t('invite.title')}>
        <div data-testid="invite-error">
          <ErrorState error={preview.error} />
        </div>
        <p>{t('invite.invalidHelp')}</p>
        <Link to="/sign-in">{t('invite.goToSignIn')}</Link>
      </AuthLayout>
    );
  }

  const invitation = preview.data;
  const signedInEmail = me.data?.user?.email ?? null;
  const invitePath = `/invite?token=${encodeURIComponent(token)}`;

  return (
    <AuthLayout
      title={t('invite.joinTitle', { workspace: invitation.workspaceName })}
      subtitle={
        <Trans
          i18nKey="invite.summary"
          values={{ email: invitation.email, role: t(`roles.${invitation.role}`) }}
          components={{ strong: <strong /> }}
        />
      }
    >
      <div data-testid="invitation-preview">
        {signedInEmail && signedInEmail.toLowerCase() === invitation.email.toLowerCase() ? (
          <AcceptAsSignedIn token={token} invitation={invitation} />
        ) : signedInEmail ? (
          <WrongAccount signedInEmail={signedInEmail} invitation={invitation} />
        ) : invitation.hasAccount ? (
          <div className="stack">
            <p>{t('invite.hasAccount')}</p>
            <Link
              className="btn btn-primary btn-block"
              to={`/sign-in?next=${encodeURIComponent(invitePath)}&email=${encodeURIComponent(invitation.email)}`}
              data-testid="invite-sign-in"
            >
              {t('invite.signInToAccept')}
            </Link>
          </div>
        ) : (
          <AcceptWithNewAccount token={token} invitation={invitation} />
        )}
      </div>
    </AuthLayout>
  );
}

function AcceptAsSignedIn({ token, invitation }: { token: string; invitation: TInvitationPreview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  return (
    <div className="stack">
      <FormError error={accept.error} />
      <button
        type="button"
        className="btn btn-primary btn-block"
        disabled={accept.isPending}
        data-testid="accept-invitation"
        onClick={() => accept.mutate({ token }, { onSuccess: () => void navigate('/', { replace: true }) })}
      >
        {accept.isPending ? t('common.working') : t('invite.join', { workspace: invitation.workspaceName })}
      </button>
    </div>
  );
}

function WrongAccount({
  signedInEmail,
  invitation,
}: {
  signedInEmail: string;
  invitation: TInvitationPreview;
}) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <div className="stack">
      <div className="alert alert-warning" role="status">
        <p>{t('invite.wrongAccount', { current: signedInEmail, invited: invitation.email })}</p>
      </div>
      <FormError error={signOut.error} />
      <button
        type="button"
        className="btn btn-primary btn-block"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
        data-testid="invite-sign-out"
      >
        {t('invite.signOutToContinue')}
      </button>
      <Link to="/">{t('invite.backToApp')}</Link>
    </div>
  );
}

function AcceptWithNewAccount({ token, invitation }: { token: string; invitation: TInvitationPreview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(accept.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = t('validation.required');
    if (password.length < MIN_PASSWORD_LENGTH)
      errors.password = t('validation.passwordLength', { count: MIN_PASSWORD_LENGTH });
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    accept.mutate(
      { token, name: name.trim(), password },
      { onSuccess: () => void navigate('/', { replace: true }) },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="accept-invitation-form">
      <p>{t('invite.createAccount')}</p>
      <TextField label={t('auth.fields.email')} value={invitation.email} readOnly name="email" />
      <TextField
        label={t('auth.fields.name')}
        name="name"
        autoComplete="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={localErrors.name ?? serverErrors.name}
        maxLength={120}
        required
      />
      <TextField
        label={t('auth.fields.password')}
        type="password"
        name="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={localErrors.password ?? serverErrors.password}
        hint={t('auth.fields.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        required
      />
      <FormError error={accept.error} fields={['name', 'password']} testId="accept-error" />
      <button type="submit" className="btn btn-primary btn-block" disabled={accept.isPending}>
        {accept.isPending ? t('common.working') : t('invite.acceptAndJoin')}
      </button>
    </form>
  );
}
