import { chooseLanguage } from '@touchpoint/core';
import type { TSkipReason, TSurveyDefinition, TSurveyDistribution } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashSecret } from '../../platform/crypto';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { unsubscribeHeaders } from '../../platform/mail';
import type { PiiView } from '../../platform/pii-view';
import { resolveContact } from '../contacts/index';
import { sendEmployeeInvitations } from '../employees/employee-invitations';
import { decideForContact, recordTouch } from './contact-budget.service';
import { renderInvitationEmail } from './invitation-email';
import { sendInvitationsToSegment } from './segment-invitations';

const LINK_DAYS = 30;

/** The job that sends one invitation or reminder email (its handler is wired in the job registry). */
export const deliverInvitationJob = {
  name: 'invitations.deliver',
  payload: z.object({
    workspaceId: z.uuid(),
    invitationId: z.uuid(),
    kind: z.enum(['invitation', 'reminder']),
  }),
};
const DAY_MS = 86_400_000;

export interface InvitableSurvey {
  workspaceId: string;
  id: string;
  name: string;
  status: string;
  definition: TSurveyDefinition;
  distribution: TSurveyDistribution;
  audience: 'customers' | 'employees';
  anonymous: boolean;
}

export async function findInvitableSurvey(
  tx: Db,
  workspaceId: string,
  surveyId: string,
): Promise<InvitableSurvey | undefined> {
  return tx
    .selectFrom('surveys')
    .select(['workspaceId', 'id', 'name', 'status', 'definition', 'distribution', 'audience', 'anonymous'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
}

export type InvitationOutcome =
  | { status: 'queued'; invitationId: string }
  | { status: 'skipped'; invitationId: string; reason: TSkipReason; detail: string };

/**
 * The one path every email invitation takes (sent by hand or triggered by an event): the contact budget
 * decides, then a single-use personal link and the invitation are stored with the touch that the budget
 * will count next time. Skips are stored too, so the contact's timeline shows why nobody asked them.
 */
export async function createInvitation(
  tx: Tx,
  survey: InvitableSurvey,
  recipient: { contactId: string; email: string; name: string | null; language?: string | undefined },
  options: { remindAfterDays: number | null; trigger: string | null },
): Promise<InvitationOutcome> {
  const { workspaceId } = survey;
  const invitationId = uuidv7();
  const language = chooseLanguage(survey.definition, [recipient.language]);
  const decision = await decideForContact(tx, workspaceId, recipient.contactId, survey);
  if (!decision.allowed) {
    await tx
      .insertInto('surveyInvitations')
      .values({
        workspaceId,
        id: invitationId,
        surveyId: survey.id,
        contactId: recipient.contactId,
        email: recipient.email,
        name: recipient.name,
        language,
        trigger: options.trigger,
        status: 'skipped',
        skipReason: decision.reason,
        error: decision.detail,
      })
      .execute();
    return { status: 'skipped', invitationId, reason: decision.reason, detail: decision.detail };
  }
  const linkToken = generateSecret(24);
  const linkId = uuidv7();
  await tx
    .insertInto('surveyLinks')
    .values({
      workspaceId,
      id: linkId,
      surveyId: survey.id,
      tokenHash: hashSecret(linkToken),
      contactId: recipient.contactId,
      language,
      singleUse: true,
      expiresAt: new Date(Date.now() + LINK_DAYS * DAY_MS),
    })
    .execute();
  await tx
    .insertInto('surveyInvitations')
    .values({
      workspaceId,
      id: invitationId,
      surveyId: survey.id,
      contactId: recipient.contactId,
      linkId,
      linkToken,
      email: recipient.email,
      name: recipient.name,
      language,
      trigger: options.trigger,
      unsubscribeToken: generateSecret(24),
      reminderDueAt: options.remindAfterDays ? new Date(Date.now() + options.remindAfterDays * DAY_MS) : null,
    })
    .execute();
  await recordTouch(tx, workspaceId, recipient.contactId, survey, 'email');
  await recordEvent(tx, {
    workspaceId,
    type: 'survey.invitation_queued',
    actor: null,
    subjectId: invitationId,
    payload: { surveyId: survey.id, contactId: recipient.contactId, trigger: options.trigger },
  });
  return { status: 'queued', invitationId };
}

const ZEmailAddress = z.email();

export function assertMailConfigured(ctx: AppContext): void {
  if (!ctx.mailer) {
    throw new AppError(
      'UNPROCESSABLE',
      'Email is not configured on this server. Set SMTP_URL (for example smtp://user:password@mail.example.com:587) and restart.',
    );
  }
}

/** Sends a survey to a list of people by email; answers what was queued and what was skipped, and why. */
export async function sendInvitations(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  surveyId: string,
  body: {
    recipients?:
      | {
          email: string;
          name?: string | undefined;
          language?: string | undefined;
          externalId?: string | undefined;
        }[]
      | undefined;
    segmentId?: string | undefined;
    remindAfterDays: number | null;
    audience?: 'customers' | 'employees' | undefined;
    departments?: string[] | undefined;
  },
) {
  const survey = await findInvitableSurvey(ctx.db, principal.workspaceId, surveyId);
  if (!survey) throw AppError.notFound('survey');
  if (survey.status !== 'published') {
    throw new AppError('CONFLICT', 'Publish the survey before inviting people to it.');
  }
  assertMailConfigured(ctx);
  if (body.audience === 'employees') {
    return sendEmployeeInvitations(ctx, principal.workspaceId, survey, body, async (invitationId) => {
      await ctx.jobs.send(deliverInvitationJob, {
        workspaceId: principal.workspaceId,
        invitationId,
        kind: 'invitation',
      });
    });
  }
  if (survey.audience === 'employees') {
    // Staff are not customer contacts: an employee programme is sent to the employee directory.
    throw new AppError(
      'UNPROCESSABLE',
      'This is an employee programme: invite with {"audience": "employees"} (the employee directory).',
      [{ name: 'body.audience', reason: 'must be "employees" for an employee programme' }],
    );
  }
  if (body.segmentId) {
    return sendInvitationsToSegment(ctx, principal, survey, body.segmentId, body.remindAfterDays);
  }
  const sent: { email: string; contactId: string; invitationId: string }[] = [];
  const skipped: { email: string; reason: TSkipReason; detail: string }[] = [];
  const seen = new Set<string>();
  for (const recipient of body.recipients ?? []) {
    const email = recipient.email.trim().toLowerCase();
    if (!ZEmailAddress.safeParse(email).success) {
      skipped.push({
        email: recipient.email,
        reason: 'invalid_address',
        detail: 'This is not a valid email address.',
      });
      continue;
    }
    if (seen.has(email)) {
      skipped.push({ email, reason: 'duplicate', detail: 'This address is already in the list.' });
      continue;
    }
    seen.add(email);
    const outcome = await inTransaction(ctx, async (tx) => {
      const { contact } = await resolveContact(
        tx,
        principal.workspaceId,
        { email, externalId: recipient.externalId },
        recipient.name ? { name: recipient.name } : {},
        actorOf(principal),
      );
      const result = await createInvitation(
        tx,
        survey,
        { contactId: contact.id, email, name: recipient.name ?? null, language: recipient.language },
        { remindAfterDays: body.remindAfterDays, trigger: null },
      );
      return { contactId: contact.id, result };
    });
    if (outcome.result.status === 'queued') {
      sent.push({ email, contactId: outcome.contactId, invitationId: outcome.result.invitationId });
      await ctx.jobs.send(deliverInvitationJob, {
        workspaceId: principal.workspaceId,
        invitationId: outcome.result.invitationId,
        kind: 'invitation',
      });
    } else {
      skipped.push({ email, reason: outcome.result.reason, detail: outcome.result.detail });
    }
  }
  return { sent, skipped };
}

/**
 * Sends one invitation or its reminder over SMTP. Idempotent: an invitation already sent (or a reminder
 * already sent) is not sent again when the job is retried.
 */
export async function deliverInvitation(
  ctx: AppContext,
  payload: { workspaceId: string; invitationId: string; kind: 'invitation' | 'reminder' },
): Promise<void> {
  const row = await ctx.db
    .selectFrom('surveyInvitations')
    .innerJoin('surveys', (join) =>
      join
        .onRef('surveys.workspaceId', '=', 'surveyInvitations.workspaceId')
        .onRef('surveys.id', '=', 'surveyInvitations.surveyId'),
    )
    .innerJoin('workspaces', 'workspaces.id', 'surveyInvitations.workspaceId')
    // An employee invitation has no contact (and no unsubscribe link); a leaver is no longer asked.
    .leftJoin('contacts', (join) =>
      join
        .onRef('contacts.workspaceId', '=', 'surveyInvitations.workspaceId')
        .onRef('contacts.id', '=', 'surveyInvitations.contactId'),
    )
    .leftJoin('employees', (join) =>
      join
        .onRef('employees.workspaceId', '=', 'surveyInvitations.workspaceId')
        .onRef('employees.id', '=', 'surveyInvitations.employeeId'),
    )
    .select([
      'surveyInvitations.id',
      'surveyInvitations.employeeId',
      'employees.leftAt as employeeLeftAt',
      'surveys.anonymous',
      'surveyInvitations.surveyId',
      'surveyInvitations.email',
      'surveyInvitations.name',
      'surveyInvitations.language',
      'surveyInvitations.linkToken',
      'surveyInvitations.unsubscribeToken',
      'surveyInvitations.status',
      'surveyInvitations.remindedAt',
      'surveys.definition',
      'surveys.status as surveyStatus',
      'workspaces.name as workspaceName',
      'workspaces.brandColor',
      'workspaces.logoUrl',
      'workspaces.logoContentType',
      'contacts.unsubscribedAt',
    ])
    .where('surveyInvitations.workspaceId', '=', payload.workspaceId)
    .where('surveyInvitations.id', '=', payload.invitationId)
    .executeTakeFirst();
  if (!row?.linkToken || (!row.unsubscribeToken && !row.employeeId)) return;
  if (payload.kind === 'invitation' && row.status === 'sent') return;
  if (payload.kind === 'reminder' && row.remindedAt) return;
  // Honour an unsubscribe or a closed survey that happened after the invitation was queued.
  if (row.unsubscribedAt || row.employeeLeftAt || row.surveyStatus !== 'published') return;
  if (!ctx.mailer) throw new Error('SMTP is not configured; the invitation stays queued');
  const surveyUrl = `${ctx.publicUrl}/s/${row.surveyId}?${new URLSearchParams({ t: row.linkToken, lang: row.language, channel: 'email' })}`;
  const unsubscribeUrl = row.unsubscribeToken ? `${ctx.publicUrl}/u/${row.unsubscribeToken}` : null;
  const email = renderInvitationEmail({
    kind: payload.kind,
    language: row.language,
    name: row.name,
    workspaceName: row.workspaceName,
    definition: row.definition,
    surveyUrl,
    unsubscribeUrl,
    ...(row.employeeId ? { employee: { anonymous: row.anonymous } } : {}),
    brand: {
      color: row.brandColor,
      // An uploaded logo is served by this server; mail clients need its absolute address.
      logoUrl:
        row.logoUrl ??
        (row.logoContentType
          ? `${ctx.publicUrl}/api/v1/public/workspaces/${payload.workspaceId}/logo`
          : null),
    },
  });
  try {
    await ctx.mailer.send({
      to: row.email,
      ...email,
      ...(unsubscribeUrl ? { headers: unsubscribeHeaders(unsubscribeUrl) } : {}),
    });
  } catch (error) {
    await ctx.db
      .updateTable('surveyInvitations')
      .set({ error: error instanceof Error ? error.message.slice(0, 500) : 'send failed' })
      .where('workspaceId', '=', payload.workspaceId)
      .where('id', '=', payload.invitationId)
      .execute();
    throw error; // the job queue retries with backoff
  }
  const now = new Date();
  await ctx.db
    .updateTable('surveyInvitations')
    .set(payload.kind === 'invitation' ? { status: 'sent', sentAt: now, error: null } : { remindedAt: now })
    .where('workspaceId', '=', payload.workspaceId)
    .where('id', '=', payload.invitationId)
    .execute();
}

/** Invitations whose reminder is due, sent, unanswered and not unsubscribed (for the reminder sweep). */
export async function findDueReminders(ctx: AppContext, now = new Date()) {
  return (
    ctx.db
      .selectFrom('surveyInvitations')
      .leftJoin('contacts', (join) =>
        join
          .onRef('contacts.workspaceId', '=', 'surveyInvitations.workspaceId')
          .onRef('contacts.id', '=', 'surveyInvitations.contactId'),
      )
      .leftJoin('employees', (join) =>
        join
          .onRef('employees.workspaceId', '=', 'surveyInvitations.workspaceId')
          .onRef('employees.id', '=', 'surveyInvitations.employeeId'),
      )
      .select(['surveyInvitations.workspaceId', 'surveyInvitations.id'])
      .where('surveyInvitations.status', '=', 'sent')
      .where('surveyInvitations.reminderDueAt', '<=', now)
      .where('surveyInvitations.remindedAt', 'is', null)
      .where('contacts.unsubscribedAt', 'is', null)
      .where('employees.leftAt', 'is', null)
      // An anonymous answer carries no link: an employee's completion is recorded apart.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('employeeSurveyCompletions')
              .select('employeeSurveyCompletions.employeeId')
              .whereRef('employeeSurveyCompletions.workspaceId', '=', 'surveyInvitations.workspaceId')
              .whereRef('employeeSurveyCompletions.surveyId', '=', 'surveyInvitations.surveyId')
              .whereRef('employeeSurveyCompletions.employeeId', '=', 'surveyInvitations.employeeId'),
          ),
        ),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('responses')
              .select('responses.id')
              .whereRef('responses.workspaceId', '=', 'surveyInvitations.workspaceId')
              .whereRef('responses.linkId', '=', 'surveyInvitations.linkId')
              .where('responses.finished', '=', true),
          ),
        ),
      )
      .limit(500)
      .execute()
  );
}

export async function listSurveyInvitations(
  ctx: AppContext,
  workspaceId: string,
  surveyId: string,
  page: { limit: number; cursor?: string | undefined },
  pii: PiiView,
) {
  const before = decodeCursor(page.cursor);
  const rows = await ctx.db
    .selectFrom('surveyInvitations')
    .select([
      'id',
      'email',
      'contactId',
      'employeeId',
      'language',
      'status',
      'skipReason',
      'trigger',
      'sentAt',
      'reminderDueAt',
      'remindedAt',
      'error',
      'createdAt',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('responses')
              .select('responses.id')
              .whereRef('responses.workspaceId', '=', 'surveyInvitations.workspaceId')
              .whereRef('responses.linkId', '=', 'surveyInvitations.linkId')
              .where('responses.finished', '=', true),
          )
          .as('answered'),
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('employeeSurveyCompletions')
              .select('employeeSurveyCompletions.employeeId')
              .whereRef('employeeSurveyCompletions.workspaceId', '=', 'surveyInvitations.workspaceId')
              .whereRef('employeeSurveyCompletions.surveyId', '=', 'surveyInvitations.surveyId')
              .whereRef('employeeSurveyCompletions.employeeId', '=', 'surveyInvitations.employeeId'),
          )
          .as('completed'),
    ])
    .where('workspaceId', '=', workspaceId)
    .where('surveyId', '=', surveyId)
    .$if(Boolean(before), (q) => q.where('id', '<', before as string))
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return toPage(
    rows,
    page.limit,
    (r) => r.id,
    (r) => ({
      ...r,
      email: pii.contactEmail(r.email),
      // A mail server's refusal usually quotes the address.
      error: pii.optionalText(r.error, [r.email]),
      skipReason: r.skipReason as TSkipReason | null,
      answered: Boolean(r.answered) || Boolean(r.completed),
      completed: undefined,
      sentAt: r.sentAt?.toISOString() ?? null,
      reminderDueAt: r.reminderDueAt?.toISOString() ?? null,
      remindedAt: r.remindedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    }),
  );
}

/**
 * The unsubscribe URL of a contact, for emails that are not invitations (automations, "you said, we did"):
 * one token per contact, made the first time it is needed. It unsubscribes like an invitation's link.
 */
export async function contactUnsubscribeUrl(
  ctx: AppContext,
  workspaceId: string,
  contactId: string,
): Promise<string> {
  const row = await ctx.db
    .updateTable('contacts')
    .set((eb) => ({ unsubscribeToken: eb.fn.coalesce('unsubscribeToken', eb.val(generateSecret(24))) }))
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', contactId)
    .returning('unsubscribeToken')
    .executeTakeFirst();
  if (!row?.unsubscribeToken) throw AppError.notFound('contact');
  return `${ctx.publicUrl}/u/${row.unsubscribeToken}`;
}

/** Unsubscribe links work without sign-in: the token in the email is the proof. */
export async function findUnsubscribe(ctx: AppContext, token: string) {
  const row = await ctx.db
    .selectFrom('surveyInvitations')
    .innerJoin('contacts', (join) =>
      join
        .onRef('contacts.workspaceId', '=', 'surveyInvitations.workspaceId')
        .onRef('contacts.id', '=', 'surveyInvitations.contactId'),
    )
    .innerJoin('workspaces', 'workspaces.id', 'surveyInvitations.workspaceId')
    .select([
      'surveyInvitations.workspaceId',
      'surveyInvitations.contactId',
      'surveyInvitations.email',
      'workspaces.name',
      'contacts.unsubscribedAt',
    ])
    .where('surveyInvitations.unsubscribeToken', '=', token)
    .executeTakeFirst();
  if (row) return row;
  const contact = await ctx.db
    .selectFrom('contacts')
    .innerJoin('workspaces', 'workspaces.id', 'contacts.workspaceId')
    .select([
      'contacts.workspaceId',
      'contacts.id as contactId',
      'contacts.email',
      'workspaces.name',
      'contacts.unsubscribedAt',
    ])
    .where('contacts.unsubscribeToken', '=', token)
    .executeTakeFirst();
  if (!contact) throw AppError.notFound('unsubscribe link');
  return { ...contact, email: contact.email ?? '' };
}

export async function previewUnsubscribe(ctx: AppContext, token: string) {
  const row = await findUnsubscribe(ctx, token);
  return { workspaceName: row.name, email: row.email, unsubscribed: row.unsubscribedAt !== null };
}

/** Stops every survey to this contact, on every channel (the budget check refuses unsubscribed contacts). */
export async function unsubscribe(ctx: AppContext, token: string) {
  const row = await findUnsubscribe(ctx, token);
  if (!row.unsubscribedAt) {
    await inTransaction(ctx, async (tx) => {
      await tx
        .updateTable('contacts')
        .set({ unsubscribedAt: new Date() })
        .where('workspaceId', '=', row.workspaceId)
        .where('id', '=', row.contactId)
        .execute();
      await recordEvent(tx, {
        workspaceId: row.workspaceId,
        type: 'contact.unsubscribed',
        actor: `contact:${row.contactId}`,
        subjectId: row.contactId,
        payload: { via: 'email' },
      });
    });
  }
  return { workspaceName: row.name, email: row.email, unsubscribed: true };
}
