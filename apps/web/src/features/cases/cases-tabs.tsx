import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/**
 * The Cases area: the inbox of cases, the alert rules that open them, and (added by their features)
 * action plans, programme health and automations. Each feature adds its own entry here.
 */
export function CasesTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs page-tabs" aria-label={t('cases.tabsLabel')}>
      <NavLink to="/cases" end className="tab" data-testid="cases-tab-inbox">
        {t('cases.tabs.inbox')}
      </NavLink>
      <NavLink to="/cases/alert-rules" className="tab" data-testid="cases-tab-alert-rules">
        {t('cases.tabs.alertRules')}
      </NavLink>
      <NavLink to="/cases/plans" className="tab" data-testid="cases-tab-plans">
        {t('act.tabs.plans')}
      </NavLink>
      <NavLink to="/cases/health" className="tab" data-testid="cases-tab-health">
        {t('act.tabs.health')}
      </NavLink>
      <NavLink to="/cases/automations" className="tab" data-testid="cases-tab-automations">
        {t('automations.tab')}
      </NavLink>
    </nav>
  );
}
