import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <EmptyState
        title={t('notFound.title')}
        action={
          <Link className="btn btn-primary" to="/">
            {t('notFound.home')}
          </Link>
        }
      >
        <p>{t('notFound.body')}</p>
      </EmptyState>
    </div>
  );
}
