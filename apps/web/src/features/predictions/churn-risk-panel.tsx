import type { TContact } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { ChurnBandBadge, ChurnReasonList, formatScore } from './churn-reason';

/** The contact page's churn risk: score, band and the reasons behind it (nothing before a model scored them). */
export function ChurnRiskPanel({ contact }: { contact: TContact }) {
  const { t } = useTranslation();
  const risk = contact.churnRisk;
  return (
    <section className="card" aria-labelledby="churn-risk-title" data-testid="churn-risk-panel">
      <h2 id="churn-risk-title" className="section-title">
        {t('churn.panel.title')}
      </h2>
      {risk ? (
        <>
          <p>
            <ChurnBandBadge band={risk.band} />{' '}
            <strong data-testid="churn-score">{formatScore(risk.score)}</strong>{' '}
            <span className="muted small">
              {t('churn.panel.scored', { date: formatDateTime(risk.scoredAt), version: risk.modelVersion })}
            </span>
          </p>
          <h3 className="small muted">{t('churn.panel.why')}</h3>
          <ChurnReasonList reasons={risk.reasons} />
        </>
      ) : (
        <p className="muted">
          {t('churn.panel.none')} <Link to="/at-risk">{t('churn.panel.train')}</Link>
        </p>
      )}
    </section>
  );
}
