import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** The last line of defence: a render error shows a way back instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className="full-page-center">
      <div className="card auth-card" role="alert">
        <h1 className="page-title">{t('errors.crashTitle')}</h1>
        <p>{t('errors.crashBody')}</p>
        <pre className="code-block">{message}</pre>
        <a className="btn btn-primary" href="/">
          {t('notFound.home')}
        </a>
      </div>
    </main>
  );
}
