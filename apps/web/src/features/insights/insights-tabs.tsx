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
      <NavLink to="/insights/loyalty" className="tab" data-testid="insights-tab-loyalty">
        {t('insights.tabs.loyalty')}
      </NavLink>
      <NavLink to="/insights/topics" className="tab" data-testid="insights-tab-topics">
        {t('insights.text.tabs.topics')}
      </NavLink>
      <NavLink to="/insights/pain-points" className="tab" data-testid="insights-tab-pain-points">
        {t('insights.text.tabs.painPoints')}
      </NavLink>
      <NavLink to="/insights/themes" className="tab" data-testid="insights-tab-themes">
        {t('insights.text.tabs.themes')}
      </NavLink>
      <NavLink to="/insights/comments" className="tab" data-testid="insights-tab-comments">
        {t('insights.text.tabs.comments')}
      </NavLink>
    </nav>
  );
}
