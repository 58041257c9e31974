import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { AREA_POINTS, type TArea } from './areas';

/** An honest placeholder for a product area that a later release will build. */
export function ComingSoonPage({ area }: { area: TArea }) {
  const { t } = useTranslation();
  return (
    <div className="page" data-testid={`area-${area}`}>
      <PageHeader title={t(`nav.${area}`)} description={t(`areas.${area}.lead`)} />
      <section className="card coming-soon" aria-labelledby="coming-soon-title">
        <div className="coming-soon-icon" aria-hidden="true">
          <Icon name={area} size={28} />
        </div>
        <div>
          <p className="badge badge-neutral">{t('areas.badge')}</p>
          <h2 id="coming-soon-title" className="section-title">
            {t('areas.willDo')}
          </h2>
          <ul className="checklist">
            {AREA_POINTS[area].map((point) => (
              <li key={point}>{t(`areas.${area}.points.${point}`)}</li>
            ))}
          </ul>
          <p className="muted">{t('areas.notYet')}</p>
          <p className="coming-soon-links">
            <Link to="/settings/members">{t('areas.meanwhileMembers')}</Link>
            <Link to="/api-reference">{t('areas.meanwhileApi')}</Link>
          </p>
        </div>
      </section>
    </div>
  );
}
