import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Icon } from '../../components/icons';
import { NAV_SECTIONS } from '../nav-items';

export function SideNav() {
  const { t } = useTranslation();
  return (
    <nav className="side-nav" aria-label={t('nav.label')} data-testid="side-nav">
      <NavLink to="/" end className="nav-link" data-testid="nav-home">
        <Icon name="home" />
        <span>{t('nav.home')}</span>
      </NavLink>
      {NAV_SECTIONS.map((section) => (
        <div key={section.id} className="nav-section">
          <p className="nav-section-title" id={`nav-section-${section.id}`}>
            {t(`nav.sections.${section.id}`)}
          </p>
          <ul aria-labelledby={`nav-section-${section.id}`}>
            {section.items.map((item) => (
              <li key={item.id}>
                <NavLink to={item.path} className="nav-link" data-testid={`nav-${item.id}`}>
                  <Icon name={item.icon} />
                  <span>{t(`nav.${item.id}`)}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
