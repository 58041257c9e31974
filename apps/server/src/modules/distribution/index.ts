export { decideForContact, recordTouch } from './contact-budget.service';
export { distributionRoutes } from './distribution.routes';
export {
  assertMailConfigured,
  contactUnsubscribeUrl,
  createInvitation,
  deliverInvitation,
  deliverInvitationJob,
  findDueReminders,
  findInvitableSurvey,
  type InvitableSurvey,
} from './invitations.service';
export { registerOneClickUnsubscribe } from './one-click-unsubscribe.routes';
export { findTriggeredSurveys, inviteFromTrigger } from './triggers.service';
