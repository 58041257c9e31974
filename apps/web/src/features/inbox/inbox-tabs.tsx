import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

const TABS = [
  { id: 'conversations', to: '/inbox' },
  { id: 'knowledge', to: '/inbox/knowledge' },
  { id: 'bot', to: '/inbox/bot' },
] as const;

/** Which tab a path belongs to: conversations own /inbox and /inbox/:id, the others their own paths. */
function tabOf(pathname: string): (typeof TABS)[number]['id'] {
  if (/^\/inbox\/knowledge(\/|$)/.test(pathname)) return 'knowledge';
  if (/^\/inbox\/bot(\/|$)/.test(pathname)) return 'bot';
  return 'conversations';
}

/** The Inbox area: the conversations, the knowledge base the bot answers from, and the bot's settings. */
export function InboxTabs() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = tabOf(pathname);
  return (
    <nav className="tabs page-tabs" aria-label={t('inbox.tabsLabel')}>
      {TABS.map((tab) => (
        <Link
          key={tab.id}
          to={tab.to}
          className={`tab${current === tab.id ? ' active' : ''}`}
          aria-current={current === tab.id ? 'page' : undefined}
          data-testid={`inbox-tab-${tab.id}`}
        >
          {t(`inbox.tabs.${tab.id}`)}
        </Link>
      ))}
    </nav>
  );
}
