import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/error-message';
import { LoadingState } from '../../components/loading';
import { useProgrammeHealth } from './health-api';
import { healthPeriod } from './health-format';
import { HealthCards } from './health-page';
import './plans-styles.css';

/** A compact programme-health summary (last 30 days) for the overview page, linking to the full view. */
export function ProgrammeHealthCard() {
  const { t } = useTranslation();
  const health = useProgrammeHealth(healthPeriod(30));
  return (
    <section className="card" aria-labelledby="health-card-title" data-testid="health-card">
      <div className="section-header">
        <h2 id="health-card-title" className="section-title">
          {t('act.health.cardTitle')}
        </h2>
        <Link to="/cases/health">{t('act.health.open')}</Link>
      </div>
      <p className="muted">{t('act.health.cardLead')}</p>
      {health.isPending ? (
        <LoadingState />
      ) : health.error ? (
        <ErrorState error={health.error} onRetry={() => void health.refetch()} />
      ) : (
        <HealthCards health={health.data} />
      )}
    </section>
  );
}
