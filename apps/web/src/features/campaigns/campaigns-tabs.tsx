import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The Campaigns area: campaigns, the email templates they send, and the next-best-action rules. */
export function CampaignsTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs page-tabs" aria-label={t('campaigns.tabsLabel')}>
      <NavLink to="/campaigns" end className="tab" data-testid="campaigns-tab-list">
        {t('campaigns.tabs.campaigns')}
      </NavLink>
      <NavLink to="/campaigns/templates" className="tab" data-testid="campaigns-tab-templates">
        {t('campaigns.tabs.templates')}
      </NavLink>
      <NavLink to="/campaigns/next-best-action" className="tab" data-testid="campaigns-tab-nba">
        {t('campaigns.tabs.nba')}
      </NavLink>
    </nav>
  );
}
