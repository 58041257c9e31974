export { decideForContact, recordTouch } from './contact-budget.service';
export { distributionRoutes } from './distribution.routes';
export {
  contactUnsubscribeUrl,
  deliverInvitation,
  deliverInvitationJob,
  findDueReminders,
} from './invitations.service';
export { registerOneClickUnsubscribe } from './one-click-unsubscribe.routes';
export { findTriggeredSurveys, inviteFromTrigger } from './triggers.service';
