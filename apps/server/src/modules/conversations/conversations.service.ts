import { addBusinessMinutes, DEFAULT_SLA_POLICY } from '@touchpoint/core';
import type {
  TConversationLanguage,
  TConversationMessage,
  TConversationQueue,
  TConversationStatus,
  TCreatePublicConversationBody,
  TSendPublicMessageBody,
} from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashSecret, safeEqual } from '../../platform/crypto';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { normaliseIdentifiers } from '../contacts/index';
import { chatContactOfIdentity, screenPageIdentity } from '../identity-verification/index';
import { notifyTeam, notifyUsers } from '../notifications/index';
import { decide, greetingOf, type TBotDecision, type TBotInput } from './bot-port';
import {
  CONVERSATION_NOT_FOUND,
  type ConversationRow,
  findMessage,
  insertMessage,
  listMessages,
  type MessageRow,
  presentMessage,
  presentMessages,
  repliesTo,
  touchConversation,
} from './conversations.repository';
import { Effects } from './effects';
import { takeCustomerMessage } from './limits';
import { assignWaiting, isAvailable, pickAgent, queueOf, routeTeam } from './routing.service';
import { handoverText } from './texts';

// The customer's side of a conversation: start it, write, ask for a person, read the transcript. While the
// status is 'bot' each customer message is answered by the bot synchronously; a hand-over moves it to
// 'open', routes it to a team queue and an available agent, and from then on the bot stays silent until an
// agent hands it back. The bot runs between two short transactions, never inside one (the embedded
// database serves one session at a time, and a slow answer must not hold a row lock).

/** Hand-over reasons that make the first reply more urgent than usual. */
const URGENT_REASONS = new Set(['urgent', 'vip', 'at_risk', 'negative_sentiment']);
/** How much of the transcript the bot reads (it decides on the latest message in context). */
const BOT_HISTORY = 20;

const languageOf = (row: { language: string }): TConversationLanguage =>
  row.language === 'vi' ? 'vi' : 'en';

/**
 * The conversation a customer's token opens; 404 for a wrong or missing token and for another
 * conversation's token, exactly like a missing conversation (the hash is compared in constant time).
 */
export async function authorizeCustomer(
  db: Db | Tx,
  id: string,
  token: string | undefined,
): Promise<ConversationRow> {
  if (!token) throw AppError.notFound(CONVERSATION_NOT_FOUND);
  const row = await db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !safeEqual(row.tokenHash, hashSecret(token))) throw AppError.notFound(CONVERSATION_NOT_FOUND);
  return row;
}

/** The bearer token of `Authorization: Bearer <token>`, or the stream's `?token=` (EventSource sends no headers). */
export function bearerTokenOf(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}

export async function createPublicConversation(
  ctx: AppContext,
  body: TCreatePublicConversationBody,
): Promise<{ id: string; token: string; status: TConversationStatus; messages: TConversationMessage[] }> {
  const workspace = await ctx.db
    .selectFrom('workspaces')
    .select('id')
    .where('id', '=', body.workspaceId)
    .executeTakeFirst();
  if (!workspace) throw AppError.notFound('workspace');
  const workspaceId = workspace.id;
  const language: TConversationLanguage = body.language ?? 'en';
  const greeting = await greetingOf(ctx, workspaceId, language);
  // A page's identity joins a known contact only with a valid userHash (identity-verification module).
  const identity = await screenPageIdentity(ctx.db, ctx.secretBox, workspaceId, body.contact, body.userHash);
  const token = generateSecret();
  const effects = new Effects();
  const created = await inTransaction(ctx, async (tx) => {
    const { contactId, claimedIdentity } =
      (await chatContactOfIdentity(tx, workspaceId, identity, body.contact)) ??
      (await visitorContact(tx, workspaceId, body.contact));
    let touchpointId: string | null = null;
    if (body.touchpointId) {
      const touchpoint = await tx
        .selectFrom('touchpoints')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', body.touchpointId)
        .executeTakeFirst();
      if (!touchpoint) {
        throw new AppError('VALIDATION_FAILED', 'body.touchpointId: no such touchpoint in this workspace', [
          { name: 'body.touchpointId', reason: 'no such touchpoint in this workspace' },
        ]);
      }
      touchpointId = touchpoint.id;
    }
    const id = uuidv7();
    const now = new Date();
    const row = await tx
      .insertInto('conversations')
      .values({
        workspaceId,
        id,
        status: 'bot',
        contactId,
        claimedIdentity: claimedIdentity ? JSON.stringify(claimedIdentity) : null,
        language,
        tokenHash: hashSecret(token),
        channel: body.channel ?? 'widget',
        touchpointId,
        assigneeUserId: null,
        teamId: null,
        handoffReason: null,
        resolution: null,
        caseId: null,
        createdAt: now,
        updatedAt: now,
        lastMessageAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const messages: MessageRow[] = [];
    if (greeting) {
      const { row: message } = await insertMessage(tx, workspaceId, id, { author: 'bot', text: greeting });
      messages.push(message);
    }
    await recordEvent(tx, {
      workspaceId,
      type: 'conversation.created',
      actor: 'system',
      subjectId: id,
      payload: { conversationId: id, channel: row.channel, language, contactId, touchpointId },
    });
    effects.conversation(workspaceId, id);
    return { row, messages };
  });
  await effects.flush(ctx);
  return {
    id: created.row.id,
    token,
    status: created.row.status,
    messages: created.messages.map((m) => presentMessage(m)),
  };
}

type ClaimedIdentity = { externalId?: string; email?: string; name?: string };

/**
 * Who the visitor of an unauthenticated chat page says they are. Nothing proves it, so the claim never
 * reaches an existing profile: when the identifiers match a contact (or two — never merged here), the
 * conversation stays unlinked and keeps the claim as unverified for the agent to see; nothing is written
 * onto that contact. Only identifiers nobody has yet make a new contact (there is nothing to take over).
 */
async function visitorContact(
  tx: Tx,
  workspaceId: string,
  contact: TCreatePublicConversationBody['contact'],
): Promise<{ contactId: string | null; claimedIdentity: ClaimedIdentity | null }> {
  const ids = normaliseIdentifiers({ externalId: contact?.externalId, email: contact?.email });
  const name = contact?.name?.trim() || undefined;
  const claim: ClaimedIdentity = {
    ...(ids.externalId ? { externalId: ids.externalId } : {}),
    ...(ids.email ? { email: ids.email } : {}),
    ...(name ? { name } : {}),
  };
  if (!ids.externalId && !ids.email) {
    return { contactId: null, claimedIdentity: name ? claim : null };
  }
  const existing = await tx
    .selectFrom('contacts')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where((eb) =>
      eb.or([
        ...(ids.externalId ? [eb('externalId', '=', ids.externalId)] : []),
        ...(ids.email ? [eb('email', '=', ids.email)] : []),
      ]),
    )
    .executeTakeFirst();
  if (existing) return { contactId: null, claimedIdentity: claim };
  const id = uuidv7();
  const inserted = await tx
    .insertInto('contacts')
    .values({
      workspaceId,
      id,
      externalId: ids.externalId ?? null,
      email: ids.email ?? null,
      phone: null,
      attributes: JSON.stringify(name ? { name } : {}),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  // Someone took these identifiers a moment ago: theirs now, so the claim stays unverified.
  if (!inserted) return { contactId: null, claimedIdentity: claim };
  await recordEvent(tx, { workspaceId, type: 'contact.created', actor: 'system', subjectId: id });
  return { contactId: id, claimedIdentity: null };
}

export interface SendResult {
  message: TConversationMessage;
  replies: TConversationMessage[];
  status: TConversationStatus;
  queue: TConversationQueue | null;
  created: boolean;
}

/**
 * A customer message. Idempotent per `clientMessageId` (or Idempotency-Key): a retry gets the same message
 * and the same replies. Writing to a resolved conversation reopens it (to a person if one had handled it,
 * else to the bot); to a pending one opens it again. While the bot has it, the bot answers at once.
 */
export async function sendCustomerMessage(
  ctx: AppContext,
  conversationId: string,
  token: string | undefined,
  body: TSendPublicMessageBody,
  idempotencyKey: string | undefined,
): Promise<SendResult> {
  const authorized = await authorizeCustomer(ctx.db, conversationId, token);
  // Counted only now that the token is proven: a stranger's wrong-token requests cannot spend this
  // customer's budget (they are limited per address by the route instead).
  takeCustomerMessage(ctx, conversationId);
  const { workspaceId } = authorized;
  const clientMessageId = body.clientMessageId ?? idempotencyKey ?? null;
  const effects = new Effects();
  const first = await inTransaction(ctx, async (tx) => {
    const conversation = await lockConversation(tx, workspaceId, conversationId);
    const { row: message, created } = await insertMessage(tx, workspaceId, conversationId, {
      author: 'customer',
      text: body.text,
      clientMessageId,
    });
    if (!created) return { conversation, message, created };
    let updated: ConversationRow;
    if (conversation.status === 'resolved') {
      updated = await reopenIn(tx, conversation, message.createdAt, effects);
    } else {
      updated = await touchConversation(tx, workspaceId, conversationId, {
        lastMessageAt: message.createdAt,
        ...(conversation.status === 'pending' ? { status: 'open', snoozedUntil: null } : {}),
      });
      if (conversation.status === 'pending') effects.conversation(workspaceId, conversationId);
    }
    await recordEvent(tx, {
      workspaceId,
      type: 'conversation.message_received',
      actor: 'system',
      subjectId: conversationId,
      payload: {
        conversationId,
        messageId: message.id,
        text: message.text,
        language: updated.language,
        contactId: updated.contactId,
        channel: updated.channel,
        status: updated.status,
      },
    });
    effects.message(workspaceId, conversationId, message.id, false, presentMessage(message));
    return { conversation: updated, message, created };
  });
  await effects.flush(ctx);

  let conversation = first.conversation;
  let replies = await repliesTo(ctx.db, workspaceId, conversationId, first.message.id);
  // The bot answers a new message — and a retried one it never answered (the first attempt died between
  // storing the message and the answer), as long as nothing was written after it.
  if (conversation.status === 'bot' && replies.length === 0) {
    const later = first.created
      ? undefined
      : await ctx.db
          .selectFrom('conversationMessages')
          .select('id')
          .where('workspaceId', '=', workspaceId)
          .where('conversationId', '=', conversationId)
          .where('createdAt', '>', first.message.createdAt)
          .executeTakeFirst();
    if (!later) {
      conversation = await answerWithBot(ctx, conversation, first.message);
      replies = await repliesTo(ctx.db, workspaceId, conversationId, first.message.id);
    }
  }
  return {
    message: presentMessage(first.message),
    replies: await presentMessages(ctx.db, replies),
    status: conversation.status,
    queue: await queueOf(ctx.db, conversation),
    created: first.created,
  };
}

/** The bot's turn: decide outside any transaction, then store the answer or hand over (if still the bot's). */
async function answerWithBot(
  ctx: AppContext,
  conversation: ConversationRow,
  message: MessageRow,
): Promise<ConversationRow> {
  const { workspaceId, id } = conversation;
  const history = (
    await listMessages(ctx.db, workspaceId, id, { includePrivate: false, limit: BOT_HISTORY + 1 })
  )
    .filter((m) => m.id !== message.id)
    .slice(-BOT_HISTORY)
    .map((m) => ({ author: m.author, text: m.text }));
  const contact = conversation.contactId
    ? await ctx.db
        .selectFrom('contacts')
        .select(['id', 'attributes'])
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', conversation.contactId)
        .executeTakeFirst()
    : undefined;
  const input: TBotInput = {
    // The bot reads each message's own language (a customer may switch, or type Vietnamese without
    // diacritics in a chat the widget opened in English); the conversation follows it.
    text: message.text,
    history,
    contact: contact ? { id: contact.id, attributes: contact.attributes } : null,
  };
  let decision: TBotDecision;
  try {
    decision = await decide(ctx, workspaceId, input);
  } catch (error) {
    // A failing bot must never leave the customer alone: a person takes over.
    ctx.logger.error({ err: error, conversationId: id }, 'bot failed; handing over');
    decision = {
      answer: null,
      confidence: 0,
      handoff: true,
      reason: 'bot_disabled',
      language: languageOf(conversation),
    };
  }
  const effects = new Effects();
  const updated = await inTransaction(ctx, async (tx) => {
    let current = await lockConversation(tx, workspaceId, id);
    // A person took it meanwhile (or it was resolved): the bot stays silent. A concurrent retry of the
    // same message may have answered it already: once is enough.
    if (current.status !== 'bot') return current;
    if ((await repliesTo(tx, workspaceId, id, message.id)).length > 0) return current;
    if (decision.language !== current.language) {
      current = await touchConversation(tx, workspaceId, id, { language: decision.language });
    }
    if (decision.answer) {
      const { row: reply } = await insertMessage(tx, workspaceId, id, {
        author: 'bot',
        text: decision.answer,
        inReplyTo: message.id,
      });
      await recordDecision(tx, reply, decision);
      current = await touchConversation(tx, workspaceId, id, { lastMessageAt: reply.createdAt });
      effects.message(workspaceId, id, reply.id, false, presentMessage(reply));
    }
    if (decision.handoff) {
      current = await handOverIn(ctx, tx, current, decision.reason ?? 'low_confidence', 'system', effects, {
        inReplyTo: message.id,
        decision: decision.answer ? null : decision,
      });
    }
    return current;
  });
  await effects.flush(ctx);
  return updated;
}

async function recordDecision(tx: Tx, message: MessageRow, decision: TBotDecision): Promise<void> {
  await tx
    .insertInto('conversationBotDecisions')
    .values({
      workspaceId: message.workspaceId,
      messageId: message.id,
      conversationId: message.conversationId,
      confidence: Number.isFinite(decision.confidence) ? decision.confidence : 0,
      handoff: decision.handoff,
      reason: decision.reason,
      articleId: decision.articleId ?? null,
      intent: decision.intent ?? null,
    })
    .onConflict((oc) => oc.columns(['workspaceId', 'messageId']).doNothing())
    .execute();
}

export async function lockConversation(tx: Tx, workspaceId: string, id: string): Promise<ConversationRow> {
  const row = await tx
    .selectFrom('conversations')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw AppError.notFound(CONVERSATION_NOT_FOUND);
  return row;
}

/**
 * Hands a conversation to people, in the caller's transaction (the row locked by the caller): status
 * 'open', a system message in the conversation's language, routed to a team and an available agent (or
 * left waiting in the team's queue), a first-response due time in the team's business hours,
 * `conversation.handed_over` with the reason, and a notification to the assignee (else the team, else
 * every agent of the workspace), by email for those away. Already with people: nothing changes.
 */
export async function handOverIn(
  ctx: AppContext,
  tx: Tx,
  conversation: ConversationRow,
  reason: string,
  actor: string,
  effects: Effects,
  options: { inReplyTo?: string | null; decision?: TBotDecision | null } = {},
): Promise<ConversationRow> {
  if (conversation.status === 'open') return conversation;
  const { workspaceId, id } = conversation;
  const now = new Date();
  const teamId = conversation.teamId ?? (await routeTeam(tx, workspaceId, conversation));
  const assigneeId = await pickAgent(tx, workspaceId, teamId);
  const team = teamId
    ? await tx
        .selectFrom('teams')
        .select(['name', 'businessHours', 'slaPolicy'])
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', teamId)
        .executeTakeFirst()
    : undefined;
  const policy = team?.slaPolicy ?? DEFAULT_SLA_POLICY;
  const priority = URGENT_REASONS.has(reason) ? 'high' : 'normal';
  const dueAt = addBusinessMinutes(now, policy.firstAction[priority], team?.businessHours ?? null);
  const { row: system } = await insertMessage(tx, workspaceId, id, {
    author: 'system',
    text: handoverText(languageOf(conversation)),
    inReplyTo: options.inReplyTo ?? null,
    createdAt: now,
  });
  if (options.decision) await recordDecision(tx, system, options.decision);
  const updated = await touchConversation(tx, workspaceId, id, {
    status: 'open',
    handoffReason: reason,
    handedOverAt: now,
    firstResponseAt: null,
    firstResponseDueAt: dueAt,
    teamId,
    assigneeUserId: assigneeId,
    snoozedUntil: null,
    lastMessageAt: now,
  });
  await recordEvent(tx, {
    workspaceId,
    type: 'conversation.handed_over',
    actor,
    subjectId: id,
    payload: {
      conversationId: id,
      reason,
      teamId,
      assigneeId,
      language: updated.language,
      contactId: updated.contactId,
      channel: updated.channel,
    },
  });
  await notifyHandover(ctx, tx, updated, effects, now);
  effects.message(workspaceId, id, system.id, false, presentMessage(system));
  effects.conversation(workspaceId, id, { queueMoved: true });
  return updated;
}

/** In-app notice of a hand-over (idempotent per hand-over), and an email to those of them who are away. */
async function notifyHandover(
  _ctx: AppContext,
  tx: Tx,
  conversation: ConversationRow,
  effects: Effects,
  at: Date,
): Promise<void> {
  const { workspaceId, id } = conversation;
  const reason = conversation.handoffReason ?? 'asked';
  const link = `/inbox/${id}`;
  const notice = {
    kind: 'conversation.handed_over',
    title: conversation.assigneeUserId
      ? `A customer conversation is yours (${reason.replaceAll('_', ' ')})`
      : `A customer is waiting for a person (${reason.replaceAll('_', ' ')})`,
    link,
    sourceKey: `conversation:${id}:handover:${at.getTime()}`,
  };
  let userIds: string[];
  if (conversation.assigneeUserId) {
    userIds = [conversation.assigneeUserId];
    await notifyUsers(tx, workspaceId, userIds, notice);
  } else if (conversation.teamId) {
    const members = await tx
      .selectFrom('teamMembers')
      .select('userId')
      .where('workspaceId', '=', workspaceId)
      .where('teamId', '=', conversation.teamId)
      .execute();
    userIds = members.map((m) => m.userId);
    await notifyTeam(tx, workspaceId, conversation.teamId, notice);
  } else {
    const members = await tx
      .selectFrom('memberships')
      .select('userId')
      .where('workspaceId', '=', workspaceId)
      .where('deactivatedAt', 'is', null)
      .where('role', 'in', ['admin', 'cx_manager', 'team_member', 'agent'])
      .execute();
    userIds = members.map((m) => m.userId);
    await notifyUsers(tx, workspaceId, userIds, notice);
  }
  effects.emailAway({ workspaceId, userIds, subject: notice.title, text: notice.title, link });
}

/** Tells an agent a waiting conversation is now theirs. */
export async function notifyAssigned(tx: Tx, workspaceId: string, conversationId: string, userId: string) {
  await notifyUsers(tx, workspaceId, [userId], {
    kind: 'conversation.assigned',
    title: 'A waiting customer conversation is now yours',
    link: `/inbox/${conversationId}`,
    sourceKey: `conversation:${conversationId}:assigned:${userId}:${Date.now()}`,
  });
}

/**
 * A customer wrote after resolution: the same conversation opens again — to people if a person had handled
 * it (the previous assignee keeps it when available, else it is routed again), else to the bot.
 */
async function reopenIn(
  tx: Tx,
  conversation: ConversationRow,
  at: Date,
  effects: Effects,
): Promise<ConversationRow> {
  const { workspaceId, id } = conversation;
  const toPeople = conversation.handedOverAt !== null;
  let assigneeId: string | null = null;
  if (toPeople) {
    const previous = conversation.assigneeUserId;
    assigneeId =
      previous && (await isAvailable(tx, workspaceId, previous, conversation.teamId))
        ? previous
        : await pickAgent(tx, workspaceId, conversation.teamId);
  }
  const updated = await touchConversation(tx, workspaceId, id, {
    status: toPeople ? 'open' : 'bot',
    assigneeUserId: assigneeId,
    resolvedAt: null,
    resolvedByUserId: null,
    resolvedByTeamId: null,
    resolution: null,
    snoozedUntil: null,
    lastMessageAt: at,
  });
  await recordEvent(tx, {
    workspaceId,
    type: 'conversation.reopened',
    actor: 'system',
    subjectId: id,
    payload: { conversationId: id, status: updated.status, assigneeId, teamId: updated.teamId },
  });
  if (assigneeId) await notifyAssigned(tx, workspaceId, id, assigneeId);
  effects.conversation(workspaceId, id, { queueMoved: toPeople });
  return updated;
}

/** The customer asks for a person (the chat's button). Already with people: unchanged. */
export async function requestHandoff(
  ctx: AppContext,
  conversationId: string,
  token: string | undefined,
): Promise<{
  status: TConversationStatus;
  replies: TConversationMessage[];
  queue: TConversationQueue | null;
}> {
  const authorized = await authorizeCustomer(ctx.db, conversationId, token);
  const { workspaceId } = authorized;
  const effects = new Effects();
  let systemId: string | null = null;
  const conversation = await inTransaction(ctx, async (tx) => {
    const current = await lockConversation(tx, workspaceId, conversationId);
    if (current.status === 'open') return current;
    const updated = await handOverIn(ctx, tx, current, 'asked_for_person', 'system', effects);
    const last = await tx
      .selectFrom('conversationMessages')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('conversationId', '=', conversationId)
      .where('author', '=', 'system')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    systemId = last?.id ?? null;
    return updated;
  });
  await effects.flush(ctx);
  const system = systemId ? await findMessage(ctx.db, workspaceId, conversationId, systemId) : undefined;
  return {
    status: conversation.status,
    replies: system ? [presentMessage(system)] : [],
    queue: await queueOf(ctx.db, conversation),
  };
}

/** The customer's transcript (never private notes), status, place in line and whether CSAT was asked. */
export async function getPublicMessages(ctx: AppContext, conversationId: string, token: string | undefined) {
  const conversation = await authorizeCustomer(ctx.db, conversationId, token);
  const rows = await listMessages(ctx.db, conversation.workspaceId, conversationId, {
    includePrivate: false,
  });
  return {
    items: await presentMessages(ctx.db, rows),
    status: conversation.status,
    queue: await queueOf(ctx.db, conversation),
    csat: await csatState(ctx, conversation),
  };
}

export type CsatStateProvider = (
  ctx: AppContext,
  workspaceId: string,
  conversationId: string,
) => Promise<{ asked: boolean; answered: boolean }>;

let csatStateProvider: CsatStateProvider | null = null;

/**
 * The CSAT part (conversations-extra: survey, contact budget, answers) tells the chat whether the question
 * was asked and answered. Stateless, so one provider serves every app in the process.
 */
export function provideCsatState(provider: CsatStateProvider): void {
  csatStateProvider = provider;
}

async function csatState(ctx: AppContext, conversation: ConversationRow) {
  if (conversation.status !== 'resolved' || !csatStateProvider) return { asked: false, answered: false };
  return csatStateProvider(ctx, conversation.workspaceId, conversation.id);
}

/** After capacity freed or an agent came online: waiting conversations go to whoever can take them now. */
export async function assignWaitingConversations(ctx: AppContext, workspaceId: string): Promise<number> {
  const effects = new Effects();
  const assigned = await inTransaction(ctx, async (tx) => {
    const done = await assignWaiting(tx, workspaceId);
    for (const a of done) {
      await recordEvent(tx, {
        workspaceId,
        type: 'conversation.assigned',
        actor: 'system',
        subjectId: a.conversationId,
        payload: { conversationId: a.conversationId, assigneeId: a.assigneeId, teamId: a.teamId },
      });
      await notifyAssigned(tx, workspaceId, a.conversationId, a.assigneeId);
      effects.conversation(workspaceId, a.conversationId, { queueMoved: true });
    }
    return done;
  });
  await effects.flush(ctx);
  return assigned.length;
}
