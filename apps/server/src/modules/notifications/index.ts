export { sendNotificationDigests } from './digest.service';
export { notificationRoutes } from './notifications.routes';
export { type NotificationInput, notifyTeam, notifyUsers } from './notify';
