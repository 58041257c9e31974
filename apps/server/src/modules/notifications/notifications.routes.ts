import {
  ZMarkNotificationsReadBody,
  ZMarkNotificationsReadResult,
  ZNotification,
  ZNotificationSettings,
  ZNotificationsQuery,
  ZUnreadCount,
  ZUpdateNotificationSettingsBody,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { type Principal, requireUser, requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  countUnread,
  getNotificationSettings,
  listNotifications,
  markRead,
  type NotificationOwner,
  updateNotificationSettings,
} from './notifications.service';

/** Notifications belong to a person in a workspace: API keys have none. */
function ownerOf(principal: Principal | null): NotificationOwner {
  const user = requireUser(principal);
  return { userId: user.userId, workspaceId: requireWorkspace(user).workspaceId };
}

export function notificationRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/notifications',
      tag: 'Notifications',
      summary: 'Your in-app notifications in this workspace, newest first (unread=true for unread only)',
      access: 'user',
      query: ZNotificationsQuery,
      responses: { 200: zPage(ZNotification) },
      handler: ({ query, principal }) => listNotifications(ctx, ownerOf(principal), query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/notifications/unread-count',
      tag: 'Notifications',
      summary: 'How many of your notifications are unread',
      access: 'user',
      responses: { 200: ZUnreadCount },
      handler: ({ principal }) => countUnread(ctx, ownerOf(principal)),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/notifications/read',
      tag: 'Notifications',
      summary: 'Mark some ({ids}) or all ({all: true}) of your notifications read',
      access: 'user',
      body: ZMarkNotificationsReadBody,
      responses: { 200: ZMarkNotificationsReadResult },
      handler: ({ body, principal }) => markRead(ctx, ownerOf(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/me/notification-settings',
      tag: 'Notifications',
      summary: 'Your notification settings in this workspace (the daily email digest)',
      access: 'user',
      responses: { 200: ZNotificationSettings },
      handler: ({ principal }) => getNotificationSettings(ctx, ownerOf(principal)),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/me/notification-settings',
      tag: 'Notifications',
      summary: 'Turn the daily digest email of unread notifications on or off',
      access: 'user',
      body: ZUpdateNotificationSettingsBody,
      responses: { 200: ZNotificationSettings },
      handler: ({ body, principal }) => updateNotificationSettings(ctx, ownerOf(principal), body),
    }),
  ];
}
