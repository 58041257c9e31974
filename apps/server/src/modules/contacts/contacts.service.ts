import type { TContact, TIMELINE_KINDS } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import type { PiiView } from '../../platform/pii-view';
import { accountOfContact, linkContactToAccount } from '../accounts/index';
import { churnRiskOf } from '../predictions/index';
import { type Identifiers, mergeTwoContacts, presentContact, resolveContact } from './identity-resolution';

export async function identifyContact(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: Identifiers & {
    attributes: Record<string, unknown>;
    account?: { externalId: string; name?: string | undefined } | undefined;
    accountRole?: string | undefined;
  },
) {
  const { attributes, account, accountRole, ...ids } = input;
  if (!ids.externalId && !ids.email && !ids.phone) {
    throw new AppError('VALIDATION_FAILED', 'Give at least one of externalId, email, phone.', [
      { name: 'body', reason: 'give at least one of externalId, email, phone' },
    ]);
  }
  if (accountRole && !account) {
    throw new AppError('VALIDATION_FAILED', 'accountRole needs account: {externalId} to say which account.', [
      { name: 'body.account', reason: 'required with accountRole' },
    ]);
  }
  const result = await inTransaction(ctx, async (tx) => {
    const resolved = await resolveContact(tx, principal.workspaceId, ids, attributes, actorOf(principal));
    const linked = account
      ? await linkContactToAccount(
          tx,
          principal.workspaceId,
          resolved.contact.id,
          account,
          accountRole,
          actorOf(principal),
        )
      : undefined;
    return { ...resolved, linked };
  });
  return {
    contact: { ...presentContact(result.contact), ...(result.linked ? { account: result.linked } : {}) },
    created: result.created,
    mergedContactIds: result.mergedContactIds,
  };
}

export async function trackEvent(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: {
    contact: Identifiers;
    event: string;
    properties: Record<string, unknown>;
    occurredAt?: string | undefined;
  },
) {
  return inTransaction(ctx, async (tx) => {
    const { contact } = await resolveContact(
      tx,
      principal.workspaceId,
      input.contact,
      {},
      actorOf(principal),
    );
    const row = await tx
      .insertInto('contactEvents')
      .values({
        workspaceId: principal.workspaceId,
        contactId: contact.id,
        event: input.event,
        properties: JSON.stringify(input.properties),
        occurredAt: input.occurredAt ? new Date(input.occurredAt) : new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Other modules (event-triggered surveys, automations) react to this after commit.
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'contact.event_tracked',
      actor: actorOf(principal),
      subjectId: contact.id,
      payload: { event: input.event, eventId: row.id },
    });
    return { contactId: contact.id, eventId: row.id };
  });
}

type TimelineKind = (typeof TIMELINE_KINDS)[number];

const CONTACT_COLUMNS = [
  'id',
  'externalId',
  'email',
  'phone',
  'attributes',
  'createdAt',
  'updatedAt',
] as const;

export async function listContacts(
  ctx: AppContext,
  workspaceId: string,
  query: { limit: number; cursor?: string | undefined; q?: string | undefined },
) {
  const after = decodeCursor(query.cursor);
  const needle = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await ctx.db
    .selectFrom('contacts')
    .select(CONTACT_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('mergedInto', 'is', null)
    .$if(Boolean(after), (q) => q.where('id', '<', after as string))
    .$if(Boolean(needle), (q) =>
      q.where((eb) =>
        eb.or([
          eb('email', 'ilike', needle as string),
          eb('externalId', 'ilike', needle as string),
          eb('phone', 'ilike', needle as string),
        ]),
      ),
    )
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const shown = rows.slice(0, query.limit);
  return {
    items: shown.map(presentContact),
    nextCursor: rows.length > query.limit ? encodeCursor((shown.at(-1) as { id: string }).id) : null,
  };
}

/** A contact by id; an id that was merged resolves to the profile it was merged into. */
export async function getContact(ctx: AppContext, workspaceId: string, id: string): Promise<TContact> {
  const row = await ctx.db
    .selectFrom('contacts')
    .select(['id', 'mergedInto'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('contact');
  const live = await ctx.db
    .selectFrom('contacts')
    .select(CONTACT_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', row.mergedInto ?? row.id)
    .executeTakeFirstOrThrow();
  return {
    ...presentContact(live),
    account: await accountOfContact(ctx.db, workspaceId, live.id),
    churnRisk: await churnRiskOf(ctx.db, workspaceId, live.id),
  };
}

/** Events and survey responses of one person, newest first, merged profiles included. */
export async function getTimeline(
  ctx: AppContext,
  workspaceId: string,
  id: string,
  query: { limit: number; cursor?: string | undefined; kinds?: TimelineKind[] | undefined },
  pii: PiiView,
) {
  const contact = await getContact(ctx, workspaceId, id);
  const before = decodeCursor(query.cursor);
  const beforeDate = before ? new Date(before) : undefined;
  const wants = (kind: TimelineKind) => !query.kinds || query.kinds.includes(kind);
  const [events, responses, invitations, cases] = await Promise.all([
    ctx.db
      .selectFrom('contactEvents')
      .select(['id', 'event', 'properties', 'occurredAt'])
      .where('workspaceId', '=', workspaceId)
      .where('contactId', '=', contact.id)
      .$if(!wants('event'), (q) => q.where(sql<boolean>`false`))
      .$if(Boolean(beforeDate), (q) => q.where('occurredAt', '<', beforeDate as Date))
      .orderBy('occurredAt', 'desc')
      .limit(query.limit + 1)
      .execute(),
    ctx.db
      .selectFrom('responses')
      .innerJoin('surveys', (join) =>
        join
          .onRef('surveys.workspaceId', '=', 'responses.workspaceId')
          .onRef('surveys.id', '=', 'responses.surveyId'),
      )
      .select([
        'responses.id',
        'surveys.name',
        'responses.answers',
        'responses.finished',
        'responses.npsScore',
        'responses.createdAt',
      ])
      .where('responses.workspaceId', '=', workspaceId)
      .where('responses.contactId', '=', contact.id)
      .$if(!wants('response'), (q) => q.where(sql<boolean>`false`))
      .$if(Boolean(beforeDate), (q) => q.where('responses.createdAt', '<', beforeDate as Date))
      .orderBy('responses.createdAt', 'desc')
      .limit(query.limit + 1)
      .execute(),
    ctx.db
      .selectFrom('surveyInvitations')
      .innerJoin('surveys', (join) =>
        join
          .onRef('surveys.workspaceId', '=', 'surveyInvitations.workspaceId')
          .onRef('surveys.id', '=', 'surveyInvitations.surveyId'),
      )
      .select([
        'surveyInvitations.id',
        'surveys.name',
        'surveyInvitations.status',
        'surveyInvitations.skipReason',
        'surveyInvitations.error',
        'surveyInvitations.trigger',
        'surveyInvitations.channel',
        'surveyInvitations.createdAt',
      ])
      .where('surveyInvitations.workspaceId', '=', workspaceId)
      .where('surveyInvitations.contactId', '=', contact.id)
      .$if(!wants('invitation'), (q) => q.where(sql<boolean>`false`))
      .$if(Boolean(beforeDate), (q) => q.where('surveyInvitations.createdAt', '<', beforeDate as Date))
      .orderBy('surveyInvitations.createdAt', 'desc')
      .limit(query.limit + 1)
      .execute(),
    ctx.db
      .selectFrom('cases')
      .select(['id', 'number', 'title', 'status', 'priority', 'createdAt'])
      .where('workspaceId', '=', workspaceId)
      .where('contactId', '=', contact.id)
      .$if(!wants('case'), (q) => q.where(sql<boolean>`false`))
      .$if(Boolean(beforeDate), (q) => q.where('createdAt', '<', beforeDate as Date))
      .orderBy('createdAt', 'desc')
      .limit(query.limit + 1)
      .execute(),
  ]);
  const items = [
    ...events.map((e) => ({
      kind: 'event' as const,
      id: String(e.id),
      occurredAt: e.occurredAt,
      name: e.event,
      data: e.properties,
    })),
    ...responses.map((r) => ({
      kind: 'response' as const,
      id: r.id,
      occurredAt: r.createdAt,
      name: r.name,
      // Free-text answers follow pii.read like everywhere else (contacts.read alone does not grant it).
      data: { answers: pii.values(r.answers), finished: r.finished, npsScore: r.npsScore },
    })),
    ...invitations.map((i) => ({
      kind: 'invitation' as const,
      id: i.id,
      occurredAt: i.createdAt,
      name: i.name,
      data: {
        status: i.status,
        skipReason: i.skipReason,
        detail: pii.optionalText(i.error),
        trigger: i.trigger,
        channel: i.channel,
      },
    })),
    ...cases.map((c) => ({
      kind: 'case' as const,
      id: c.id,
      occurredAt: c.createdAt,
      name: c.title,
      data: { number: c.number, status: c.status, priority: c.priority },
    })),
  ].sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
  const shown = items.slice(0, query.limit);
  return {
    items: shown.map((item) => ({ ...item, occurredAt: item.occurredAt.toISOString() })),
    nextCursor:
      items.length > query.limit
        ? encodeCursor((shown.at(-1) as { occurredAt: Date }).occurredAt.toISOString())
        : null,
  };
}

/** Merges another profile into this one (the older of the two survives); 404 when either is not live. */
export async function mergeContacts(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  otherId: string,
) {
  if (id === otherId)
    throw new AppError('VALIDATION_FAILED', 'Choose a different profile to merge with.', [
      { name: 'body.contactId', reason: 'the same profile' },
    ]);
  const result = await inTransaction(ctx, (tx) =>
    mergeTwoContacts(tx, principal.workspaceId, [id, otherId], actorOf(principal)),
  );
  if (!result) throw AppError.notFound('contact');
  return {
    contact: presentContact(result.contact),
    created: false,
    mergedContactIds: result.mergedContactIds,
  };
}
