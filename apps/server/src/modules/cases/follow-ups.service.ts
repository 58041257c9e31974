import type { TCaseFollowUp, TCreateFollowUpBody, TFollowUpTemplate } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashSecret } from '../../platform/crypto';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { addActivity, isHumanActor, markFirstAction, setOutcomeIn } from './cases.service';
import { fillPlaceholders, followUpLanguage, renderFollowUpEmail, renderTemplate } from './follow-up-email';

/** Sends one follow-up; the row's status (queued → sent/failed) is the durable record. */
export const sendFollowUpJob = {
  name: 'cases.send-follow-up',
  payload: z.object({ workspaceId: z.uuid(), followUpId: z.uuid() }),
};

/** The workspace's default language: what a follow-up uses when the customer's own language is unknown. */
const languageOf = (workspaceDefault: string): 'en' | 'vi' => (workspaceDefault === 'vi' ? 'vi' : 'en');

const FOLLOW_UP_COLUMNS = [
  'id',
  'caseId',
  'channel',
  'toAddress',
  'subject',
  'body',
  'status',
  'error',
  'feltHeard',
  'customerComment',
  'answeredAt',
  'createdBy',
  'createdAt',
  'sentAt',
] as const;

type FollowUpRow = {
  id: string;
  caseId: string;
  channel: 'email';
  toAddress: string;
  subject: string;
  body: string;
  status: 'queued' | 'sent' | 'failed';
  error: string | null;
  feltHeard: boolean | null;
  customerComment: string | null;
  answeredAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

export function presentFollowUp(row: FollowUpRow): TCaseFollowUp {
  return {
    ...row,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

export async function listFollowUps(db: Db, workspaceId: string, caseId: string): Promise<TCaseFollowUp[]> {
  const rows = await db
    .selectFrom('caseFollowUps')
    .select(FOLLOW_UP_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('caseId', '=', caseId)
    .orderBy('createdAt')
    .execute();
  return rows.map(presentFollowUp);
}

/** Who the follow-up goes to, in which language, and the values of the placeholders. */
async function followUpContext(ctx: AppContext, workspaceId: string, caseId: string, actor: string) {
  const row = await ctx.db
    .selectFrom('cases')
    .leftJoin('contacts', (join) =>
      join
        .onRef('contacts.workspaceId', '=', 'cases.workspaceId')
        .onRef('contacts.id', '=', 'cases.contactId'),
    )
    .innerJoin('workspaces', 'workspaces.id', 'cases.workspaceId')
    .select([
      'cases.id',
      'cases.number',
      'contacts.email',
      'contacts.attributes',
      'contacts.unsubscribedAt',
      'workspaces.name as workspaceName',
      'workspaces.defaultLanguage',
    ])
    .where('cases.workspaceId', '=', workspaceId)
    .where('cases.id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('case');
  const attributes = row.attributes ?? {};
  const language = followUpLanguage(
    attributes.language ?? attributes.locale,
    languageOf(row.defaultLanguage),
  );
  const userId = actor.startsWith('user:') ? actor.slice(5) : null;
  const user = userId
    ? await ctx.db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst()
    : undefined;
  return {
    number: row.number,
    language,
    toAddress: row.email && !row.unsubscribedAt ? row.email : null,
    placeholders: {
      customerName: typeof attributes.name === 'string' ? attributes.name : null,
      caseNumber: row.number,
      agentName: user?.name ?? row.workspaceName,
    },
  };
}

/** What a template would say to this case's customer (the composer's preview). */
export async function previewFollowUp(
  ctx: AppContext,
  workspaceId: string,
  caseId: string,
  template: TFollowUpTemplate,
  actor: string,
) {
  const context = await followUpContext(ctx, workspaceId, caseId, actor);
  return {
    template,
    language: context.language,
    toAddress: context.toAddress,
    ...renderTemplate(template, context.language, context.placeholders),
  };
}

/**
 * Writes a follow-up to the case's customer and queues it for sending (202): a template, or the agent's
 * own subject/body (placeholders filled either way). A customer without an email we may write to (none,
 * or unsubscribed) is a 409. Counts as the case's first action.
 */
export async function createFollowUp(
  ctx: AppContext,
  workspaceId: string,
  caseId: string,
  body: TCreateFollowUpBody,
  actor: string,
): Promise<TCaseFollowUp> {
  const context = await followUpContext(ctx, workspaceId, caseId, actor);
  if (!context.toAddress) {
    throw new AppError(
      'CONFLICT',
      'This case has no customer email we may write to (no contact, no email address, or they unsubscribed).',
    );
  }
  const template = renderTemplate(body.template ?? 'check_in', context.language, context.placeholders);
  const subject = body.subject
    ? fillPlaceholders(body.subject, context.language, context.placeholders)
    : template.subject;
  const text = body.body
    ? fillPlaceholders(body.body, context.language, context.placeholders)
    : template.body;
  const id = uuidv7();
  const row = await inTransaction(ctx, async (tx) => {
    const inserted = await tx
      .insertInto('caseFollowUps')
      .values({
        workspaceId,
        id,
        caseId,
        toAddress: context.toAddress as string,
        subject,
        body: text,
        // The reply token is issued by the send job (only its hash is ever stored); until then the row holds
        // the hash of a secret nobody knows.
        tokenHash: hashSecret(generateSecret()),
        createdBy: actor,
      })
      .returning(FOLLOW_UP_COLUMNS)
      .executeTakeFirstOrThrow();
    await addActivity(tx, workspaceId, caseId, {
      kind: 'follow_up',
      actor,
      body: subject,
      data: { followUpId: id, template: body.template ?? null, language: context.language },
    });
    if (isHumanActor(actor)) await markFirstAction(tx, workspaceId, caseId, new Date());
    await tx
      .updateTable('cases')
      .set({ updatedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', caseId)
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'case.updated',
      actor,
      subjectId: caseId,
      payload: { caseId, changes: { followUp: { from: null, to: id } } },
    });
    return inserted;
  });
  await ctx.jobs.send(sendFollowUpJob, { workspaceId, followUpId: id });
  return presentFollowUp(row);
}

/** The send job: SMTP, then `sent`; without SMTP or on an SMTP error the row says why (`failed`). */
export async function sendFollowUp(
  ctx: AppContext,
  payload: { workspaceId: string; followUpId: string },
): Promise<void> {
  const { workspaceId, followUpId } = payload;
  const row = await ctx.db
    .selectFrom('caseFollowUps')
    .innerJoin('cases', (join) =>
      join
        .onRef('cases.workspaceId', '=', 'caseFollowUps.workspaceId')
        .onRef('cases.id', '=', 'caseFollowUps.caseId'),
    )
    .innerJoin('workspaces', 'workspaces.id', 'caseFollowUps.workspaceId')
    .leftJoin('contacts', (join) =>
      join
        .onRef('contacts.workspaceId', '=', 'cases.workspaceId')
        .onRef('contacts.id', '=', 'cases.contactId'),
    )
    .select([
      'workspaces.defaultLanguage',
      'caseFollowUps.id',
      'caseFollowUps.caseId',
      'caseFollowUps.toAddress',
      'caseFollowUps.subject',
      'caseFollowUps.body',
      'caseFollowUps.status',
      'contacts.attributes',
      'contacts.unsubscribedAt',
    ])
    .where('caseFollowUps.workspaceId', '=', workspaceId)
    .where('caseFollowUps.id', '=', followUpId)
    .executeTakeFirst();
  if (!row || row.status === 'sent') return;
  const fail = async (error: string) => {
    await inTransaction(ctx, async (tx) => {
      await tx
        .updateTable('caseFollowUps')
        .set({ status: 'failed', error })
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', followUpId)
        .execute();
      await addActivity(tx, workspaceId, row.caseId, {
        kind: 'follow_up_failed',
        actor: 'system',
        body: error,
        data: { followUpId },
      });
    });
  };
  if (row.unsubscribedAt) {
    await fail('The customer unsubscribed before the email was sent.');
    return;
  }
  if (!ctx.mailer) {
    await fail('Email is not configured on this server (SMTP_URL is not set).');
    return;
  }
  // A fresh reply token per attempt: the raw token exists only in the email, the row keeps its hash.
  const token = generateSecret();
  await ctx.db
    .updateTable('caseFollowUps')
    .set({ tokenHash: hashSecret(token) })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', followUpId)
    .execute();
  const attributes = row.attributes ?? {};
  const email = renderFollowUpEmail({
    language: followUpLanguage(attributes.language ?? attributes.locale, languageOf(row.defaultLanguage)),
    subject: row.subject,
    body: row.body,
    replyUrl: `${ctx.publicUrl}/f/${token}`,
  });
  try {
    await ctx.mailer.send({ to: row.toAddress, ...email });
  } catch (error) {
    await fail(error instanceof Error ? error.message.slice(0, 500) : 'send failed');
    throw error; // the queue retries with backoff; a later success marks it sent
  }
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('caseFollowUps')
      .set({ status: 'sent', sentAt: new Date(), error: null })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', followUpId)
      .execute();
    await addActivity(tx, workspaceId, row.caseId, {
      kind: 'follow_up_sent',
      actor: 'system',
      body: row.toAddress,
      data: { followUpId },
    });
  });
}

async function findByToken(ctx: AppContext, token: string) {
  const row = await ctx.db
    .selectFrom('caseFollowUps')
    .innerJoin('cases', (join) =>
      join
        .onRef('cases.workspaceId', '=', 'caseFollowUps.workspaceId')
        .onRef('cases.id', '=', 'caseFollowUps.caseId'),
    )
    .innerJoin('workspaces', 'workspaces.id', 'caseFollowUps.workspaceId')
    .leftJoin('contacts', (join) =>
      join
        .onRef('contacts.workspaceId', '=', 'cases.workspaceId')
        .onRef('contacts.id', '=', 'cases.contactId'),
    )
    .select([
      'workspaces.defaultLanguage',
      'caseFollowUps.workspaceId',
      'caseFollowUps.id',
      'caseFollowUps.caseId',
      'caseFollowUps.subject',
      'caseFollowUps.feltHeard',
      'caseFollowUps.answeredAt',
      'cases.number',
      'workspaces.name as workspaceName',
      'contacts.attributes',
    ])
    .where('caseFollowUps.tokenHash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row) throw AppError.notFound('follow-up link');
  return row;
}

function presentPublic(row: Awaited<ReturnType<typeof findByToken>>) {
  const attributes = row.attributes ?? {};
  return {
    language: followUpLanguage(attributes.language ?? attributes.locale, languageOf(row.defaultLanguage)),
    workspaceName: row.workspaceName,
    caseNumber: row.number,
    subject: row.subject,
    answered: row.answeredAt !== null,
    feltHeard: row.feltHeard,
  };
}

/** What the reply page shows (the token from the email is the proof). */
export async function previewPublicFollowUp(ctx: AppContext, token: string) {
  return presentPublic(await findByToken(ctx, token));
}

/**
 * The customer's answer: felt heard (the case's outcome becomes `resolved`) or not (`not_resolved`).
 * Answering again changes nothing — the first answer stands.
 */
export async function answerFollowUp(
  ctx: AppContext,
  token: string,
  answer: { feltHeard: boolean; comment?: string | undefined },
) {
  const found = await findByToken(ctx, token);
  if (found.answeredAt) return presentPublic(found);
  await inTransaction(ctx, async (tx) => {
    const updated = await tx
      .updateTable('caseFollowUps')
      .set({ feltHeard: answer.feltHeard, customerComment: answer.comment ?? null, answeredAt: new Date() })
      .where('workspaceId', '=', found.workspaceId)
      .where('id', '=', found.id)
      .where('answeredAt', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!updated) return; // answered meanwhile
    const outcome = answer.feltHeard ? 'resolved' : 'not_resolved';
    const current = await tx
      .selectFrom('cases')
      .select('outcome')
      .where('workspaceId', '=', found.workspaceId)
      .where('id', '=', found.caseId)
      .executeTakeFirstOrThrow();
    await setOutcomeIn(tx, found.workspaceId, found.caseId, outcome, answer.comment ?? null, 'customer');
    await recordEvent(tx, {
      workspaceId: found.workspaceId,
      type: 'case.updated',
      actor: 'customer',
      subjectId: found.caseId,
      payload: {
        caseId: found.caseId,
        changes: { outcome: { from: current.outcome, to: outcome } },
        followUpId: found.id,
        feltHeard: answer.feltHeard,
      },
    });
  });
  return presentPublic(await findByToken(ctx, token));
}
