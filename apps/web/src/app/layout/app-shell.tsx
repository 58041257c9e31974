import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { Icon, Logo } from '../../components/icons';
import { LanguageSwitch } from '../../features/auth/language-switch';
import { NotificationBell } from '../../features/notifications/notification-bell';
import { SideNav } from './side-nav';
import { UserMenu } from './user-menu';
import { WorkspaceSwitcher } from './workspace-switcher';

/** The signed-in frame: navigation on the left, workspace and account controls on top. */
export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const [isNavOpen, setIsNavOpen] = useState(false);

  // On small screens the navigation is a drawer: close it after every navigation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on route change by design
  useEffect(() => {
    setIsNavOpen(false);
  }, [location.pathname]);

  return (
    <div className={`shell${isNavOpen ? ' shell-nav-open' : ''}`} data-testid="app-shell">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <div className="sidebar" id="sidebar">
        <div className="sidebar-brand">
          <Logo />
          <span className="brand-name">Touchpoint</span>
        </div>
        <SideNav />
      </div>
      {isNavOpen && (
        <button
          type="button"
          className="sidebar-scrim"
          aria-label={t('nav.close')}
          onClick={() => setIsNavOpen(false)}
        />
      )}
      <div className="shell-main">
        <header className="topbar">
          <button
            type="button"
            className="icon-button nav-toggle"
            aria-expanded={isNavOpen}
            aria-controls="sidebar"
            aria-label={isNavOpen ? t('nav.close') : t('nav.open')}
            onClick={() => setIsNavOpen((open) => !open)}
          >
            <Icon name={isNavOpen ? 'close' : 'menu'} />
          </button>
          <WorkspaceSwitcher />
          <div className="topbar-spacer" />
          <LanguageSwitch />
          <NotificationBell />
          <UserMenu />
        </header>
        <main id="main" className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
