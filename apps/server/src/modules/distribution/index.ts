export { decideForContact, recordTouch } from './contact-budget.service';
export { distributionRoutes } from './distribution.routes';
export { deliverInvitation, deliverInvitationJob, findDueReminders } from './invitations.service';
export { findTriggeredSurveys, inviteFromTrigger } from './triggers.service';
