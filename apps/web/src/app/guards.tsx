import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { ErrorState } from '../components/error-message';
import { LoadingState } from '../components/loading';
import { useMe } from '../features/auth/auth.api';
import { applyLocale, isLocale } from '../lib/i18n';

/** Only a path inside this app: no scheme, no protocol-relative `//host`. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

function FullPageLoading() {
  return (
    <main className="full-page-center">
      <LoadingState />
    </main>
  );
}

/** Renders the authenticated app, or sends the visitor to sign-in and back afterwards. */
export function RequireAuth() {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  const accountLocale = me?.user?.locale;

  // The account's language follows the person across devices.
  useEffect(() => {
    if (isLocale(accountLocale)) applyLocale(accountLocale);
  }, [accountLocale]);

  if (isPending) return <FullPageLoading />;
  if (error) {
    return (
      <main className="full-page-center">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </main>
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/sign-in${search}`} replace />;
  }
  // The workspace requires two-factor and this person has not set it up: the server refuses everything
  // else, so the app opens the set-up instead of pages that would only show errors.
  if (me.twoFactor?.setupRequired && location.pathname !== '/settings/security') {
    return <Navigate to="/settings/security" replace />;
  }
  return <Outlet />;
}

/** Sign-in and sign-up: a signed-in visitor goes straight to the app. */
export function PublicOnly() {
  const { data: me, isPending } = useMe();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  if (isPending) return <FullPageLoading />;
  if (me) return <Navigate to={safeNext(params.get('next'))} replace />;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <Outlet />
    </>
  );
}
