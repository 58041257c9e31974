import type { TSkipReason } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import type { WorkspacePrincipal } from '../../platform/http/principal';
import { segmentContactIds } from '../segments/index';
import { createInvitation, deliverInvitationJob, type InvitableSurvey } from './invitations.service';

/** One call invites at most this many contacts of a segment (the size of a recipient list). */
export const MAX_SEGMENT_INVITATIONS = 1000;

/**
 * Invites the contacts of a segment as they are now: each goes through the same path as a listed
 * recipient (contact budget, unsubscribes, cadence), and a contact without an email is skipped with
 * `no_email`. A segment larger than one call can take answers 422 before anything is sent.
 */
export async function sendInvitationsToSegment(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  survey: InvitableSurvey,
  segmentId: string,
  remindAfterDays: number | null,
) {
  const contacts = await segmentContactIds(
    ctx.db,
    principal.workspaceId,
    segmentId,
    MAX_SEGMENT_INVITATIONS + 1,
  );
  if (contacts.length > MAX_SEGMENT_INVITATIONS) {
    throw new AppError(
      'UNPROCESSABLE',
      `This segment has more than ${MAX_SEGMENT_INVITATIONS} contacts; narrow its condition or invite a smaller segment.`,
      [{ name: 'body.segmentId', reason: `more than ${MAX_SEGMENT_INVITATIONS} contacts` }],
    );
  }
  const sent: { email: string; contactId: string; invitationId: string }[] = [];
  const skipped: { email: string; contactId: string; reason: TSkipReason; detail: string }[] = [];
  for (const contact of contacts) {
    if (!contact.email) {
      skipped.push({
        email: '',
        contactId: contact.id,
        reason: 'no_email',
        detail: 'This contact has no email address.',
      });
      continue;
    }
    const email = contact.email;
    const name = typeof contact.attributes.name === 'string' ? contact.attributes.name : null;
    const language =
      typeof contact.attributes.language === 'string' ? contact.attributes.language : undefined;
    const result = await inTransaction(ctx, (tx) =>
      createInvitation(
        tx,
        survey,
        { contactId: contact.id, email, name, language },
        { remindAfterDays, trigger: `segment:${segmentId}` },
      ),
    );
    if (result.status === 'queued') {
      sent.push({ email, contactId: contact.id, invitationId: result.invitationId });
      await ctx.jobs.send(deliverInvitationJob, {
        workspaceId: principal.workspaceId,
        invitationId: result.invitationId,
        kind: 'invitation',
      });
    } else {
      skipped.push({ email, contactId: contact.id, reason: result.reason, detail: result.detail });
    }
  }
  return { sent, skipped };
}
