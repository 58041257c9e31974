import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import type { DomainEvent } from '../../platform/events';
import { createInvitation, findInvitableSurvey, type InvitationOutcome } from './invitations.service';

export interface TriggeredInvitation {
  workspaceId: string;
  surveyId: string;
  contactId: string;
  event: string;
  eventId: number;
  delayMinutes: number;
}

/** Published surveys with a trigger on this event name, and the delay of each matching trigger. */
export async function findTriggeredSurveys(
  ctx: AppContext,
  event: DomainEvent,
): Promise<TriggeredInvitation[]> {
  const name = String(event.payload.event ?? '');
  if (!name || !event.subjectId) return [];
  const surveys = await ctx.db
    .selectFrom('surveys')
    .select(['id', 'distribution'])
    .where('workspaceId', '=', event.workspaceId)
    .where('status', '=', 'published')
    .where(sql<boolean>`distribution -> 'triggers' @> ${JSON.stringify([{ event: name }])}::jsonb`)
    .execute();
  return surveys.flatMap((survey) =>
    survey.distribution.triggers
      .filter((trigger) => trigger.event === name)
      .map((trigger) => ({
        workspaceId: event.workspaceId,
        surveyId: survey.id,
        contactId: event.subjectId as string,
        event: name,
        eventId: Number(event.payload.eventId),
        delayMinutes: trigger.delayMinutes,
      })),
  );
}

/**
 * Runs when a trigger's delay has passed: the same budget-checked invitation as a manual send, marked
 * with the event that caused it. A contact without an email address is recorded as skipped.
 */
export async function inviteFromTrigger(
  ctx: AppContext,
  job: Omit<TriggeredInvitation, 'delayMinutes'>,
): Promise<InvitationOutcome | null> {
  return inTransaction(ctx, async (tx) => {
    const survey = await findInvitableSurvey(tx, job.workspaceId, job.surveyId);
    if (survey?.status !== 'published') return null;
    // One invitation per tracked event and survey, however often the job runs.
    const already = await tx
      .selectFrom('surveyInvitations')
      .select('id')
      .where('workspaceId', '=', job.workspaceId)
      .where('surveyId', '=', job.surveyId)
      .where('contactId', '=', job.contactId)
      .where('trigger', '=', `${job.event}#${job.eventId}`)
      .executeTakeFirst();
    if (already) return null;
    const contact = await tx
      .selectFrom('contacts')
      .select(['id', 'email', 'attributes', 'mergedInto'])
      .where('workspaceId', '=', job.workspaceId)
      .where('id', '=', job.contactId)
      .executeTakeFirst();
    if (!contact) return null;
    const contactId = contact.mergedInto ?? contact.id;
    const trigger = `${job.event}#${job.eventId}`;
    if (!contact.email) {
      await tx
        .insertInto('surveyInvitations')
        .values({
          workspaceId: job.workspaceId,
          id: crypto.randomUUID(),
          surveyId: job.surveyId,
          contactId,
          email: '',
          language: survey.definition.defaultLanguage,
          trigger,
          status: 'skipped',
          skipReason: 'no_email',
          error: 'The contact has no email address.',
        })
        .execute();
      return {
        status: 'skipped',
        invitationId: '',
        reason: 'no_email',
        detail: 'The contact has no email address.',
      };
    }
    const name = typeof contact.attributes.name === 'string' ? contact.attributes.name : null;
    const language =
      typeof contact.attributes.language === 'string' ? contact.attributes.language : undefined;
    return createInvitation(
      tx,
      survey,
      { contactId, email: contact.email, name, language },
      { remindAfterDays: null, trigger },
    );
  });
}
