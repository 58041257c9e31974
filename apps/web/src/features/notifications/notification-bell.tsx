import type { TNotification } from '@touchpoint/schemas/browser';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, FormError } from '../../components/error-message';
import { LoadMore } from '../../components/load-more';
import { LoadingState } from '../../components/loading';
import { usePopover } from '../../components/use-popover';
import { formatDateTime } from '../../lib/format';
import { useSignedInMe } from '../auth/auth.api';
import {
  useMarkRead,
  useNotificationSettings,
  useNotifications,
  useUnreadCount,
  useUpdateNotificationSettings,
} from './notifications.api';
import './notifications.css';

function BellIcon() {
  return (
    <svg
      width={20}
      height={20}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The count as shown on the bell: at most two digits, so the badge stays round. */
export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

/**
 * The in-app notifications of the signed-in person: a bell in the top bar with the unread count (polled
 * every 30 s) and a popover listing them, newest first, with "mark read", "mark all read" and the daily
 * email digest switch. API keys have no notifications, so the bell shows for sessions only.
 */
export function NotificationBell() {
  const me = useSignedInMe();
  if (me.via !== 'session' || !me.user) return null;
  return <Bell />;
}

function Bell() {
  const { t } = useTranslation();
  const popover = usePopover();
  const panelId = useId();
  const headingId = useId();
  const count = useUnreadCount();
  const unread = count.data?.unread ?? 0;
  const list = useNotifications(popover.isOpen);
  const markRead = useMarkRead();

  return (
    <div className="popover-container" ref={popover.containerRef}>
      <button
        type="button"
        ref={popover.triggerRef}
        className="icon-button notification-bell"
        aria-expanded={popover.isOpen}
        aria-controls={panelId}
        aria-label={
          unread > 0 ? t('act.notifications.bellUnread', { count: unread }) : t('act.notifications.bell')
        }
        onClick={popover.toggle}
        data-testid="notification-bell"
      >
        <BellIcon />
        {unread > 0 && (
          <span className="notification-count" aria-hidden="true" data-testid="notification-count">
            {badgeText(unread)}
          </span>
        )}
      </button>
      {popover.isOpen && (
        <section
          className="popover popover-right notification-panel"
          id={panelId}
          aria-labelledby={headingId}
          data-testid="notification-panel"
        >
          <div className="notification-panel-header">
            <h2 id={headingId} className="popover-heading">
              {t('act.notifications.title')}
            </h2>
            <button
              type="button"
              className="btn btn-secondary btn-small"
              disabled={unread === 0 || markRead.isPending}
              onClick={() => markRead.mutate({ all: true })}
              data-testid="notifications-mark-all"
            >
              {t('act.notifications.markAllRead')}
            </button>
          </div>
          <FormError error={markRead.error} />
          {list.isPending ? (
            <LoadingState />
          ) : list.error ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : list.items.length === 0 ? (
            <p className="muted notification-empty" data-testid="notifications-empty">
              {t('act.notifications.empty')}
            </p>
          ) : (
            <ul className="notification-list" data-testid="notification-list">
              {list.items.map((item) => (
                <NotificationItem
                  key={item.id}
                  item={item}
                  onOpen={() => {
                    if (!item.readAt) markRead.mutate({ ids: [item.id] });
                    popover.close();
                  }}
                  onMarkRead={() => markRead.mutate({ ids: [item.id] })}
                  isMarking={markRead.isPending}
                />
              ))}
            </ul>
          )}
          <LoadMore
            hasNextPage={list.hasNextPage}
            isFetchingNextPage={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
          <DigestSwitch />
        </section>
      )}
    </div>
  );
}

function NotificationItem({
  item,
  onOpen,
  onMarkRead,
  isMarking,
}: {
  item: TNotification;
  onOpen: () => void;
  onMarkRead: () => void;
  isMarking: boolean;
}) {
  const { t } = useTranslation();
  const isUnread = !item.readAt;
  const content = (
    <>
      <span className="notification-title">{item.title}</span>
      {item.body && <span className="notification-body">{item.body}</span>}
      <time className="popover-item-meta" dateTime={item.createdAt}>
        {formatDateTime(item.createdAt)}
      </time>
    </>
  );
  return (
    <li
      className={`notification-item${isUnread ? ' notification-unread' : ''}`}
      data-testid="notification-item"
      data-unread={isUnread}
    >
      {isUnread && <span className="visually-hidden">{t('act.notifications.unread')}</span>}
      {item.link?.startsWith('/') ? (
        <Link to={item.link} className="notification-link" onClick={onOpen}>
          {content}
        </Link>
      ) : (
        <div className="notification-link">{content}</div>
      )}
      {isUnread && (
        <button
          type="button"
          className="btn btn-secondary btn-small notification-mark"
          onClick={onMarkRead}
          disabled={isMarking}
          aria-label={t('act.notifications.markReadNamed', { title: item.title })}
          data-testid="notification-mark-read"
        >
          {t('act.notifications.markRead')}
        </button>
      )}
    </li>
  );
}

function DigestSwitch() {
  const { t } = useTranslation();
  const settings = useNotificationSettings(true);
  const update = useUpdateNotificationSettings();
  if (!settings.data) return null;
  return (
    <div className="popover-footer notification-digest">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.data.digest === 'daily'}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ digest: event.target.checked ? 'daily' : 'off' })}
          data-testid="notification-digest"
        />
        {t('act.notifications.digest')}
      </label>
      <FormError error={update.error} />
    </div>
  );
}
