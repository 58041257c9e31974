import type { TPermission } from '@touchpoint/schemas/browser';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useSignedInMe } from '../auth/auth.api';

const TABS: {
  id: 'members' | 'teams' | 'contactBudget' | 'apiKeys' | 'webhooks' | 'auditLog' | 'security' | 'privacy';
  path: string;
  permission?: TPermission;
}[] = [
  { id: 'members', path: 'members' },
  { id: 'teams', path: 'teams' },
  { id: 'contactBudget', path: 'contact-budget', permission: 'settings.manage' },
  { id: 'apiKeys', path: 'api-keys', permission: 'apiKeys.manage' },
  { id: 'webhooks', path: 'webhooks', permission: 'webhooks.manage' },
  { id: 'auditLog', path: 'audit-log', permission: 'auditLog.read' },
  { id: 'security', path: 'security' },
  { id: 'privacy', path: 'privacy', permission: 'settings.manage' },
];

/** Time zone, language, brand and identity verification (everyone reads; settings managers change). */
const WORKSPACE_TAB = { id: 'workspace' as const, path: 'workspace', permission: undefined };

export function SettingsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const tabs = [WORKSPACE_TAB, ...TABS].filter(
    (tab) => !tab.permission || me.permissions.includes(tab.permission),
  );
  return (
    <div className="page" data-testid="settings-page">
      <PageHeader
        title={t('settings.title')}
        description={t('settings.lead', { workspace: me.workspace.name })}
      />
      <nav className="tabs" aria-label={t('settings.tabsLabel')}>
        {tabs.map((tab) => (
          <NavLink key={tab.id} to={tab.path} className="tab" data-testid={`settings-tab-${tab.path}`}>
            {t(`settings.tabs.${tab.id}`)}
          </NavLink>
        ))}
      </nav>
      <div className="tab-panel">
        <Outlet />
      </div>
    </div>
  );
}

/** Shown instead of a tab the caller's role cannot open. */
export function NoAccess() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  return (
    <div className="alert alert-info" role="status" data-testid="no-access">
      <p>{t('settings.noAccess', { role: t(`roles.${me.role}`) })}</p>
    </div>
  );
}
