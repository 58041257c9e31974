import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The analytics views side by side. */
export function InsightsTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs page-tabs" aria-label={t('insights.tabsLabel')}>
      <NavLink to="/insights/trend" className="tab" data-testid="insights-tab-trend">
        {t('insights.tabs.trend')}
      </NavLink>
      <NavLink to="/insights/drivers" className="tab" data-testid="insights-tab-drivers">
        {t('insights.tabs.drivers')}
      </NavLink>
    </nav>
  );
}
