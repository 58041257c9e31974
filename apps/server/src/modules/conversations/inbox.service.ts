import {
  can,
  type TConversationDetail,
  type TConversationListQuery,
  type TConversationMessage,
  type TConversationSummary,
  type TUpdateConversationBody,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import type { PiiView } from '../../platform/pii-view';
import { createCase } from '../cases/index';
import { suggest } from './bot-port';
import {
  type ConversationRow,
  findConversation,
  insertMessage,
  listMessages,
  presentMessage,
  presentMessages,
  touchConversation,
} from './conversations.repository';
import { assignWaitingConversations, lockConversation, notifyAssigned } from './conversations.service';
import { Effects } from './effects';
import { pickAgent, queueOf } from './routing.service';
import { handBackText } from './texts';

// The agents' side: the inbox list, a conversation with its customer, replies and private notes, transfer,
// snooze, resolve, hand back to the bot, a linked case, suggested articles. Whatever frees capacity
// (resolve, transfer, unassign, hand back) then gives waiting conversations to available agents, in a
// transaction of its own right after.

const languageOf = (row: { language: string }) => (row.language === 'vi' ? ('vi' as const) : ('en' as const));

type SummaryRow = ConversationRow & {
  contactEmail: string | null;
  contactAttributes: Record<string, unknown> | null;
  assigneeName: string | null;
  teamName: string | null;
};

function contactName(attributes: Record<string, unknown> | null): string | null {
  const name = attributes?.name;
  return typeof name === 'string' && name.trim() ? name : null;
}

function summaryQuery(db: Db | Tx, workspaceId: string) {
  return db
    .selectFrom('conversations as c')
    .leftJoin('contacts as ct', (join) =>
      join.onRef('ct.workspaceId', '=', 'c.workspaceId').onRef('ct.id', '=', 'c.contactId'),
    )
    .leftJoin('users as u', 'u.id', 'c.assigneeUserId')
    .leftJoin('teams as t', (join) =>
      join.onRef('t.workspaceId', '=', 'c.workspaceId').onRef('t.id', '=', 'c.teamId'),
    )
    .selectAll('c')
    .select([
      'ct.email as contactEmail',
      'ct.attributes as contactAttributes',
      'u.name as assigneeName',
      't.name as teamName',
    ])
    .where('c.workspaceId', '=', workspaceId);
}

async function lastMessages(db: Db | Tx, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0)
    return new Map<
      string,
      { text: string; author: TConversationMessage['author']; createdAt: Date; private: boolean }
    >();
  const rows = await db
    .selectFrom('conversationMessages as m')
    .select(['m.conversationId', 'm.text', 'm.author', 'm.createdAt', 'm.private'])
    .distinctOn('m.conversationId')
    .where('m.workspaceId', '=', workspaceId)
    .where('m.conversationId', 'in', ids)
    .orderBy('m.conversationId')
    .orderBy('m.createdAt', 'desc')
    .orderBy('m.id', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.conversationId, r]));
}

async function presentSummaries(
  db: Db | Tx,
  rows: SummaryRow[],
  pii: PiiView,
): Promise<TConversationSummary[]> {
  const last = await lastMessages(
    db,
    rows[0]?.workspaceId ?? '',
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const name = contactName(row.contactAttributes);
    const known = [name, row.contactEmail];
    const message = last.get(row.id);
    return {
      id: row.id,
      status: row.status,
      channel: row.channel,
      contact: row.contactId
        ? {
            id: row.contactId,
            name: name === null ? null : pii.canReadContacts || pii.canReadPii ? name : '[name]',
            email: row.contactEmail === null ? null : pii.contactEmail(row.contactEmail),
          }
        : null,
      assignee: row.assigneeUserId ? { id: row.assigneeUserId, name: row.assigneeName ?? '' } : null,
      team: row.teamId ? { id: row.teamId, name: row.teamName ?? '' } : null,
      language: languageOf(row),
      lastMessage: message
        ? {
            text: pii.text(message.text, known),
            author: message.author,
            createdAt: message.createdAt.toISOString(),
            private: message.private,
          }
        : null,
      handoffReason: row.handoffReason,
      waitingSince:
        row.status === 'open' && row.handedOverAt && !row.firstResponseAt
          ? row.handedOverAt.toISOString()
          : null,
      firstResponseDueAt: row.firstResponseDueAt?.toISOString() ?? null,
      snoozedUntil: row.snoozedUntil?.toISOString() ?? null,
      caseId: row.caseId,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

/** The inbox: newest activity first, by status, team, assignee ('me', 'none' or an id) and text. */
export async function listConversations(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  query: TConversationListQuery,
  pii: PiiView,
) {
  const { workspaceId } = principal;
  let q = summaryQuery(ctx.db, workspaceId);
  if (query.status) q = q.where('c.status', '=', query.status);
  if (query.teamId) q = q.where('c.teamId', '=', query.teamId);
  if (query.assigneeId === 'none') q = q.where('c.assigneeUserId', 'is', null);
  else if (query.assigneeId === 'me') q = q.where('c.assigneeUserId', '=', principal.userId ?? '');
  else if (query.assigneeId) q = q.where('c.assigneeUserId', '=', query.assigneeId);
  if (query.q) {
    const needle = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('ct.email', 'ilike', needle),
        eb(sql<string>`ct.attributes->>'name'`, 'ilike', needle),
        // Searching inside messages would reveal redacted text to roles without pii.read.
        ...(pii.canReadPii
          ? [
              eb.exists(
                eb
                  .selectFrom('conversationMessages as m')
                  .select('m.id')
                  .whereRef('m.workspaceId', '=', 'c.workspaceId')
                  .whereRef('m.conversationId', '=', 'c.id')
                  .where('m.text', 'ilike', needle),
              ),
            ]
          : []),
      ]),
    );
  }
  const cursor = decodeCursor(query.cursor);
  if (cursor) {
    const [at, id] = cursor.split('|');
    if (!at || !id || Number.isNaN(Date.parse(at))) {
      throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', [
        { name: 'query.cursor', reason: 'not a cursor from this API' },
      ]);
    }
    q = q.where(sql<boolean>`(c.last_message_at, c.id) < (${new Date(at)}, ${id}::uuid)`);
  }
  const rows = (await q
    .orderBy('c.lastMessageAt', 'desc')
    .orderBy('c.id', 'desc')
    .limit(query.limit + 1)
    .execute()) as SummaryRow[];
  const page = toPage(
    rows,
    query.limit,
    (r) => `${r.lastMessageAt.toISOString()}|${r.id}`,
    (r) => r,
  );
  return { items: await presentSummaries(ctx.db, page.items, pii), nextCursor: page.nextCursor };
}

/** A conversation with its whole transcript (notes included), the bot's decisions and the customer 360. */
export async function getConversationDetail(
  ctx: AppContext,
  workspaceId: string,
  id: string,
  pii: PiiView,
): Promise<TConversationDetail> {
  const row = (await summaryQuery(ctx.db, workspaceId).where('c.id', '=', id).executeTakeFirst()) as
    | SummaryRow
    | undefined;
  if (!row) throw AppError.notFound('conversation');
  const [summary] = await presentSummaries(ctx.db, [row], pii);
  const name = contactName(row.contactAttributes);
  const known = [name, row.contactEmail];
  const messages = (
    await presentMessages(ctx.db, await listMessages(ctx.db, workspaceId, id, { includePrivate: true }))
  ).map((m) => ({ ...m, text: pii.text(m.text, known) }));
  const decisions = await ctx.db
    .selectFrom('conversationBotDecisions')
    .select(['messageId', 'confidence', 'handoff', 'reason', 'articleId', 'intent'])
    .where('workspaceId', '=', workspaceId)
    .where('conversationId', '=', id)
    .orderBy('createdAt')
    .execute();
  return {
    conversation: {
      ...(summary as TConversationSummary),
      handedOverAt: row.handedOverAt?.toISOString() ?? null,
      firstResponseAt: row.firstResponseAt?.toISOString() ?? null,
      resolvedAt: row.resolvedAt?.toISOString() ?? null,
      resolution: row.resolution,
      queue: await queueOf(ctx.db, row),
      unverifiedIdentity: unverifiedIdentityOf(row.claimedIdentity, pii),
    },
    messages,
    decisions,
    customer: row.contactId ? await customerOf(ctx.db, workspaceId, row.contactId, pii) : null,
  };
}

/** The visitor's unverified claim, through the reader's PII view like a contact's identifiers. */
function unverifiedIdentityOf(
  claim: { externalId?: string; email?: string; name?: string } | null,
  pii: PiiView,
): { externalId: string | null; email: string | null; name: string | null } | null {
  if (!claim) return null;
  const visible = pii.canReadContacts || pii.canReadPii;
  return {
    externalId: claim.externalId ?? null,
    email: claim.email ? pii.contactEmail(claim.email) : null,
    name: claim.name ? (visible ? claim.name : '[name]') : null,
  };
}

async function customerOf(db: Db, workspaceId: string, contactId: string, pii: PiiView) {
  const contact = await db
    .selectFrom('contacts')
    .select(['id', 'externalId', 'email', 'phone', 'attributes'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!contact) return null;
  const responses = await db
    .selectFrom('responses')
    .select(['id', 'surveyId', 'npsScore', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .orderBy('createdAt', 'desc')
    .limit(5)
    .execute();
  const cases = await db
    .selectFrom('cases')
    .select(['id', 'number', 'title', 'status'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .where('status', 'not in', ['resolved', 'closed'])
    .orderBy('createdAt', 'desc')
    .limit(10)
    .execute();
  const visible = pii.canReadContacts || pii.canReadPii;
  const name = contactName(contact.attributes);
  const known = [name, contact.email, contact.phone];
  return {
    contact: {
      id: contact.id,
      externalId: contact.externalId,
      email: contact.email === null ? null : pii.contactEmail(contact.email),
      phone: contact.phone === null ? null : visible ? contact.phone : '[phone]',
      name: name === null ? null : visible ? name : '[name]',
    },
    attributes: visible ? contact.attributes : {},
    recentResponses: responses.map((r) => ({
      id: r.id,
      surveyId: r.surveyId,
      score: r.npsScore,
      createdAt: r.createdAt.toISOString(),
    })),
    openCases: cases.map((c) => ({ ...c, title: pii.text(c.title, known) })),
  };
}

/**
 * An agent's message or private note. A reply (not a note) is the first response when none was given
 * since the hand-over; writing in a bot conversation takes it over from the bot (the agent joins).
 */
export async function sendAgentMessage(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  body: { text: string; private: boolean; clientMessageId?: string | undefined },
): Promise<TConversationMessage> {
  const { workspaceId } = principal;
  const effects = new Effects();
  const message = await inTransaction(ctx, async (tx) => {
    const conversation = await lockConversation(tx, workspaceId, id);
    const { row, created } = await insertMessage(tx, workspaceId, id, {
      author: 'agent',
      authorUserId: principal.userId,
      text: body.text,
      isPrivate: body.private,
      clientMessageId: body.clientMessageId ?? null,
    });
    if (!created) return (await presentMessages(tx, [row]))[0] as TConversationMessage;
    if (!body.private) {
      const now = row.createdAt;
      const joining = conversation.status === 'bot';
      await touchConversation(tx, workspaceId, id, {
        lastMessageAt: now,
        ...(conversation.handedOverAt && !conversation.firstResponseAt ? { firstResponseAt: now } : {}),
        ...(joining
          ? {
              status: 'open',
              handoffReason: 'agent_joined',
              handedOverAt: now,
              firstResponseAt: now,
              assigneeUserId: conversation.assigneeUserId ?? principal.userId,
            }
          : {}),
      });
      if (joining) {
        await recordEvent(tx, {
          workspaceId,
          type: 'conversation.handed_over',
          actor: actorOf(principal),
          subjectId: id,
          payload: {
            conversationId: id,
            reason: 'agent_joined',
            teamId: conversation.teamId,
            assigneeId: conversation.assigneeUserId ?? principal.userId,
            language: conversation.language,
            contactId: conversation.contactId,
            channel: conversation.channel,
          },
        });
      }
      await recordEvent(tx, {
        workspaceId,
        type: 'conversation.agent_replied',
        actor: actorOf(principal),
        subjectId: id,
        payload: { conversationId: id, messageId: row.id, channel: conversation.channel },
      });
      // Only a change of status concerns the customer's stream; a plain reply is its message notice alone
      // (each notice costs every open stream of the conversation reads).
      if (joining) effects.conversation(workspaceId, id);
    }
    const [presented] = await presentMessages(tx, [row]);
    effects.message(workspaceId, id, row.id, row.private, presented);
    return presented as TConversationMessage;
  });
  await effects.flush(ctx);
  return message;
}

async function assertWorkingMember(db: Db | Tx, workspaceId: string, userId: string): Promise<void> {
  const member = await db
    .selectFrom('memberships')
    .select(['role', 'deactivatedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  const reason = !member
    ? 'not a member of this workspace'
    : member.deactivatedAt
      ? 'this member is deactivated'
      : can(member.role, 'conversations.work')
        ? null
        : `a ${member.role} cannot work conversations`;
  if (reason)
    throw new AppError('VALIDATION_FAILED', `body.assigneeId: ${reason}`, [
      { name: 'body.assigneeId', reason },
    ]);
}

/**
 * Transfer (team and/or person), snooze, resolve, reopen, hand back. Resolving records who resolved it
 * (agent and team, for CSAT credit) and `conversation.resolved`. Capacity freed here is offered to waiting
 * conversations right after the commit.
 */
export async function updateConversation(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  body: TUpdateConversationBody,
): Promise<void> {
  const { workspaceId } = principal;
  if (body.status === 'bot') {
    await handBack(ctx, principal, id);
    return;
  }
  const effects = new Effects();
  const actor = actorOf(principal);
  await inTransaction(ctx, async (tx) => {
    let conversation = await lockConversation(tx, workspaceId, id);
    const before = conversation;
    const changes: Parameters<typeof touchConversation>[3] = {};
    let teamId = conversation.teamId;
    if (body.teamId !== undefined) {
      if (body.teamId) {
        const team = await tx
          .selectFrom('teams')
          .select('id')
          .where('workspaceId', '=', workspaceId)
          .where('id', '=', body.teamId)
          .executeTakeFirst();
        if (!team) {
          throw new AppError('VALIDATION_FAILED', 'body.teamId: no such team in this workspace', [
            { name: 'body.teamId', reason: 'no such team in this workspace' },
          ]);
        }
      }
      teamId = body.teamId;
      changes.teamId = teamId;
    }
    let assigneeId = conversation.assigneeUserId;
    if (body.assigneeId !== undefined) {
      if (body.assigneeId) await assertWorkingMember(tx, workspaceId, body.assigneeId);
      assigneeId = body.assigneeId;
    } else if (body.teamId !== undefined && teamId !== before.teamId) {
      // Moved to another team: whoever is available there takes it, else it waits in that team's queue.
      assigneeId = conversation.status === 'open' ? await pickAgent(tx, workspaceId, teamId) : null;
    }
    if (assigneeId !== before.assigneeUserId) changes.assigneeUserId = assigneeId;

    let status = body.status ?? conversation.status;
    if (body.snoozedUntil !== undefined) {
      changes.snoozedUntil = body.snoozedUntil ? new Date(body.snoozedUntil) : null;
      if (body.snoozedUntil && !body.status) status = 'pending';
    }
    // A person assigned to a bot conversation takes it over.
    if (status === 'bot' && body.assigneeId) status = 'open';
    if (status !== before.status) changes.status = status;
    const now = new Date();
    if (status === 'resolved' && before.status !== 'resolved') {
      Object.assign(changes, {
        resolvedAt: now,
        resolvedByUserId: principal.userId,
        resolvedByTeamId: teamId,
        resolution: 'agent' as const,
        snoozedUntil: null,
      });
    } else if (status !== 'resolved' && before.status === 'resolved') {
      Object.assign(changes, {
        resolvedAt: null,
        resolvedByUserId: null,
        resolvedByTeamId: null,
        resolution: null,
      });
    }
    if (status === 'open' && before.status !== 'open') {
      if (!before.handedOverAt) Object.assign(changes, { handedOverAt: now, handoffReason: 'agent_joined' });
      if (body.assigneeId === undefined && !assigneeId) {
        changes.assigneeUserId = await pickAgent(tx, workspaceId, teamId);
      }
    }
    if (Object.keys(changes).length === 0) return;
    conversation = await touchConversation(tx, workspaceId, id, changes);
    await recordEvent(tx, {
      workspaceId,
      type: 'conversation.updated',
      actor,
      subjectId: id,
      payload: {
        conversationId: id,
        changes: Object.fromEntries(
          Object.keys(changes).map((key) => [
            key,
            {
              from: before[key as keyof ConversationRow] ?? null,
              to: conversation[key as keyof ConversationRow] ?? null,
            },
          ]),
        ),
      },
    });
    if (conversation.status === 'resolved' && before.status !== 'resolved') {
      await recordEvent(tx, {
        workspaceId,
        type: 'conversation.resolved',
        actor,
        subjectId: id,
        payload: {
          conversationId: id,
          resolution: conversation.resolution,
          resolvedByUserId: conversation.resolvedByUserId,
          resolvedByTeamId: conversation.resolvedByTeamId,
          handedOver: conversation.handedOverAt !== null,
          contactId: conversation.contactId,
          language: conversation.language,
          channel: conversation.channel,
        },
      });
      effects.resolved(workspaceId, id);
    }
    if (conversation.assigneeUserId && conversation.assigneeUserId !== before.assigneeUserId) {
      if (conversation.assigneeUserId !== principal.userId) {
        await notifyAssigned(tx, workspaceId, id, conversation.assigneeUserId);
      }
    }
    effects.conversation(workspaceId, id, { queueMoved: true });
  });
  await effects.flush(ctx);
  await assignWaitingConversations(ctx, workspaceId);
}

/** Resolves a conversation for another module (e.g. the bot's "that answered it"): `bot_confirmed` / `bot_assumed`. */
export async function resolveConversation(
  ctx: AppContext,
  workspaceId: string,
  id: string,
  resolution: 'bot_confirmed' | 'bot_assumed' | 'agent',
  actor = 'system',
): Promise<boolean> {
  const effects = new Effects();
  const done = await inTransaction(ctx, async (tx) => {
    const conversation = await lockConversation(tx, workspaceId, id);
    if (conversation.status === 'resolved') return false;
    const updated = await touchConversation(tx, workspaceId, id, {
      status: 'resolved',
      resolvedAt: new Date(),
      resolvedByUserId: null,
      resolvedByTeamId: conversation.teamId,
      resolution,
      snoozedUntil: null,
    });
    await recordEvent(tx, {
      workspaceId,
      type: 'conversation.resolved',
      actor,
      subjectId: id,
      payload: {
        conversationId: id,
        resolution,
        resolvedByUserId: null,
        resolvedByTeamId: updated.resolvedByTeamId,
        handedOver: updated.handedOverAt !== null,
        contactId: updated.contactId,
        language: updated.language,
        channel: updated.channel,
      },
    });
    effects.resolved(workspaceId, id);
    effects.conversation(workspaceId, id, { queueMoved: conversation.status === 'open' });
    return true;
  });
  await effects.flush(ctx);
  if (done) await assignWaitingConversations(ctx, workspaceId);
  return done;
}

/** Back to the bot: it answers again; the agent's seat is freed. */
export async function handBack(ctx: AppContext, principal: WorkspacePrincipal, id: string): Promise<void> {
  const { workspaceId } = principal;
  const effects = new Effects();
  await inTransaction(ctx, async (tx) => {
    const conversation = await lockConversation(tx, workspaceId, id);
    if (conversation.status === 'bot') return;
    const { row } = await insertMessage(tx, workspaceId, id, {
      author: 'system',
      text: handBackText(languageOf(conversation)),
    });
    await touchConversation(tx, workspaceId, id, {
      status: 'bot',
      assigneeUserId: null,
      snoozedUntil: null,
      resolvedAt: null,
      resolvedByUserId: null,
      resolvedByTeamId: null,
      resolution: null,
      lastMessageAt: row.createdAt,
    });
    await recordEvent(tx, {
      workspaceId,
      type: 'conversation.handed_back',
      actor: actorOf(principal),
      subjectId: id,
      payload: { conversationId: id, previousAssigneeId: conversation.assigneeUserId },
    });
    effects.message(workspaceId, id, row.id, false, presentMessage(row));
    effects.conversation(workspaceId, id, { queueMoved: true });
  });
  await effects.flush(ctx);
  await assignWaitingConversations(ctx, workspaceId);
}

/** Opens a case from the conversation (once; the link is kept on both sides: the case's description names it). */
export async function createCaseFromConversation(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<{ caseId: string; created: boolean }> {
  const { workspaceId } = principal;
  return inTransaction(ctx, async (tx) => {
    const conversation = await lockConversation(tx, workspaceId, id);
    if (conversation.caseId) return { caseId: conversation.caseId, created: false };
    const firstCustomer = await tx
      .selectFrom('conversationMessages')
      .select('text')
      .where('workspaceId', '=', workspaceId)
      .where('conversationId', '=', id)
      .where('author', '=', 'customer')
      .orderBy('createdAt')
      .orderBy('id')
      .executeTakeFirst();
    const title = (firstCustomer?.text ?? 'Customer conversation').replace(/\s+/g, ' ').slice(0, 120);
    const created = await createCase(
      ctx,
      workspaceId,
      {
        title,
        description: `Opened from conversation ${id} (${ctx.publicUrl}/inbox/${id}).`,
        source: principal.via === 'api_key' ? 'api' : 'manual',
        actor: actorOf(principal),
        contactId: conversation.contactId,
        touchpointId: conversation.touchpointId,
        teamId: conversation.teamId,
        // The case lists the conversation among its feedback, and an alert rule firing on the conversation
        // later links to this case instead of opening another.
        items: [{ kind: 'conversation', id }],
      },
      tx,
    );
    await touchConversation(tx, workspaceId, id, { caseId: created.id });
    await recordEvent(tx, {
      workspaceId,
      type: 'conversation.case_created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { conversationId: id, caseId: created.id },
    });
    return { caseId: created.id, created: true };
  });
}

/** Knowledge-base articles for the customer's latest question. */
export async function suggestionsFor(ctx: AppContext, workspaceId: string, id: string) {
  const conversation = await findConversation(ctx.db, workspaceId, id);
  const last = await ctx.db
    .selectFrom('conversationMessages')
    .select('text')
    .where('workspaceId', '=', workspaceId)
    .where('conversationId', '=', id)
    .where('author', '=', 'customer')
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!last) return { items: [] };
  return { items: await suggest(ctx, workspaceId, last.text, languageOf(conversation), 5) };
}

/**
 * Snoozed conversations whose time came open again (back in the assignee's list, or in the queue), one
 * short transaction each; rows another process is waking are skipped (SKIP LOCKED).
 */
export async function wakeSnoozedConversations(ctx: AppContext, now = new Date()): Promise<number> {
  const due = await ctx.db
    .selectFrom('conversations')
    .select(['workspaceId', 'id'])
    .where('status', '=', 'pending')
    .where('snoozedUntil', '<=', now)
    .orderBy('snoozedUntil')
    .limit(500)
    .execute();
  const workspaces = new Set<string>();
  for (const { workspaceId, id } of due) {
    const effects = new Effects();
    const woke = await inTransaction(ctx, async (tx) => {
      const row = await tx
        .selectFrom('conversations')
        .selectAll()
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('snoozedUntil', '<=', now)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return false;
      await touchConversation(tx, workspaceId, id, { status: 'open', snoozedUntil: null });
      await recordEvent(tx, {
        workspaceId,
        type: 'conversation.snooze_ended',
        actor: 'system',
        subjectId: id,
        payload: { conversationId: id, assigneeId: row.assigneeUserId },
      });
      effects.conversation(workspaceId, id, { queueMoved: !row.assigneeUserId });
      return true;
    });
    await effects.flush(ctx);
    if (woke) workspaces.add(workspaceId);
  }
  for (const workspaceId of workspaces) await assignWaitingConversations(ctx, workspaceId);
  return workspaces.size === 0 ? 0 : due.length;
}
