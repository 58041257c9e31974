import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Responses and passive sources (reviews) side by side: everything customers said, in one area. */
export function ResponsesTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs page-tabs" aria-label={t('responses.tabsLabel')}>
      <NavLink to="/responses" end className="tab" data-testid="responses-tab-responses">
        {t('responses.tabs.responses')}
      </NavLink>
      <NavLink to="/responses/reviews" className="tab" data-testid="responses-tab-reviews">
        {t('responses.tabs.reviews')}
      </NavLink>
    </nav>
  );
}
