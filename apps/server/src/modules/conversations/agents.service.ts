import {
  DEFAULT_AGENT_CAPACITY,
  PERMISSIONS,
  type TAgentPresence,
  type TCannedReply,
  type TConversationSettings,
} from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { assignWaitingConversations } from './conversations.service';
import { openCounts } from './routing.service';

// Agents' availability (presence, capacity), canned replies and the routing rules. Coming online or
// gaining capacity offers waiting conversations at once, in the same request.

const WORKING_ROLES = [...PERMISSIONS['conversations.work']];

export async function setPresence(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  presence: TAgentPresence,
): Promise<{ userId: string; presence: TAgentPresence; capacity: number }> {
  const userId = principal.userId;
  if (!userId) throw new AppError('FORBIDDEN', 'Presence is for signed-in people, not API keys.');
  const row = await inTransaction(ctx, async (tx) => {
    const saved = await tx
      .insertInto('agentPresence')
      .values({ workspaceId: principal.workspaceId, userId, presence, lastSeenAt: new Date() })
      .onConflict((oc) =>
        oc.columns(['workspaceId', 'userId']).doUpdateSet({ presence, lastSeenAt: new Date() }),
      )
      .returning(['userId', 'presence', 'capacity'])
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'agent.presence_changed',
      actor: actorOf(principal),
      subjectId: userId,
      payload: { userId, presence },
    });
    return saved;
  });
  if (presence === 'online') await assignWaitingConversations(ctx, principal.workspaceId);
  return row;
}

/** Every member who can work conversations, with presence, capacity and open conversations. */
export async function listAgents(ctx: AppContext, workspaceId: string) {
  const rows = await ctx.db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.userId')
    .leftJoin('agentPresence as p', (join) =>
      join.onRef('p.workspaceId', '=', 'm.workspaceId').onRef('p.userId', '=', 'm.userId'),
    )
    .select(['m.userId', 'u.name', 'p.presence', 'p.capacity', 'p.lastSeenAt'])
    .where('m.workspaceId', '=', workspaceId)
    .where('m.deactivatedAt', 'is', null)
    .where('m.role', 'in', WORKING_ROLES)
    .orderBy('u.name')
    .execute();
  const counts = await openCounts(
    ctx.db,
    workspaceId,
    rows.map((r) => r.userId),
  );
  return {
    items: rows.map((r) => ({
      userId: r.userId,
      name: r.name,
      presence: r.presence ?? 'offline',
      capacity: r.capacity ?? DEFAULT_AGENT_CAPACITY,
      openCount: counts.get(r.userId) ?? 0,
      lastSeenAt: r.lastSeenAt?.toISOString() ?? null,
    })),
  };
}

export async function setCapacity(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  userId: string,
  capacity: number,
) {
  const { workspaceId } = principal;
  const member = await ctx.db
    .selectFrom('memberships')
    .select('role')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .where('deactivatedAt', 'is', null)
    .executeTakeFirst();
  if (!member) throw AppError.notFound('agent');
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('agentPresence')
      .values({ workspaceId, userId, capacity })
      .onConflict((oc) => oc.columns(['workspaceId', 'userId']).doUpdateSet({ capacity }))
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'agent.capacity_changed',
      actor: actorOf(principal),
      subjectId: userId,
      payload: { userId, capacity },
    });
  });
  await assignWaitingConversations(ctx, workspaceId);
  const agents = await listAgents(ctx, workspaceId);
  const agent = agents.items.find((a) => a.userId === userId);
  if (!agent) throw AppError.notFound('agent');
  return agent;
}

// ---- Canned replies ----

type CannedRow = {
  id: string;
  shortcut: string;
  title: string;
  text: { en: string; vi?: string | undefined };
  createdAt: Date;
  updatedAt: Date;
};

function presentCanned(row: CannedRow): TCannedReply {
  return {
    id: row.id,
    shortcut: row.shortcut,
    title: row.title,
    text: row.text.vi ? { en: row.text.en, vi: row.text.vi } : { en: row.text.en },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Fills `{{contact.name}}` and `{{agent.name}}` (unknown values become empty, never the raw placeholder). */
export function fillCannedReply(
  text: string,
  values: { contactName: string | null; agentName: string | null },
): string {
  return text
    .replace(/\{\{\s*contact\.name\s*\}\}/g, values.contactName ?? '')
    .replace(/\{\{\s*agent\.name\s*\}\}/g, values.agentName ?? '')
    .replace(/[ \t]+([,.!?])/g, '$1');
}

export async function listCannedReplies(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  query: { q?: string | undefined; conversationId?: string | undefined },
) {
  const { workspaceId } = principal;
  let q = ctx.db
    .selectFrom('cannedReplies')
    .select(['id', 'shortcut', 'title', 'text', 'createdAt', 'updatedAt'])
    .where('workspaceId', '=', workspaceId);
  if (query.q) {
    const needle = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('shortcut', 'ilike', needle), eb('title', 'ilike', needle)]));
  }
  const rows = await q.orderBy('shortcut').limit(500).execute();
  let fill: ((row: CannedRow) => string) | null = null;
  if (query.conversationId) {
    const conversation = await ctx.db
      .selectFrom('conversations as c')
      .leftJoin('contacts as ct', (join) =>
        join.onRef('ct.workspaceId', '=', 'c.workspaceId').onRef('ct.id', '=', 'c.contactId'),
      )
      .select(['c.language', 'ct.attributes'])
      .where('c.workspaceId', '=', workspaceId)
      .where('c.id', '=', query.conversationId)
      .executeTakeFirst();
    if (!conversation) throw AppError.notFound('conversation');
    const agent = principal.userId
      ? await ctx.db.selectFrom('users').select('name').where('id', '=', principal.userId).executeTakeFirst()
      : undefined;
    const name = conversation.attributes?.name;
    const values = { contactName: typeof name === 'string' ? name : null, agentName: agent?.name ?? null };
    fill = (row) =>
      fillCannedReply(conversation.language === 'vi' && row.text.vi ? row.text.vi : row.text.en, values);
  }
  return { items: rows.map((row) => ({ ...presentCanned(row), ...(fill ? { filled: fill(row) } : {}) })) };
}

function shortcutTaken(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}

export async function createCannedReply(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: { shortcut: string; title: string; text: { en: string; vi?: string | undefined } },
) {
  try {
    const row = await ctx.db
      .insertInto('cannedReplies')
      .values({
        workspaceId: principal.workspaceId,
        id: uuidv7(),
        shortcut: body.shortcut,
        title: body.title,
        text: JSON.stringify(body.text),
        createdBy: principal.userId,
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .returning(['id', 'shortcut', 'title', 'text', 'createdAt', 'updatedAt'])
      .executeTakeFirstOrThrow();
    return presentCanned(row);
  } catch (error) {
    if (shortcutTaken(error))
      throw new AppError('CONFLICT', `The shortcut "${body.shortcut}" is already used.`);
    throw error;
  }
}

export async function updateCannedReply(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  body: {
    shortcut?: string | undefined;
    title?: string | undefined;
    text?: { en: string; vi?: string | undefined } | undefined;
  },
) {
  try {
    const row = await ctx.db
      .updateTable('cannedReplies')
      .set({
        ...(body.shortcut !== undefined ? { shortcut: body.shortcut } : {}),
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.text !== undefined ? { text: JSON.stringify(body.text) } : {}),
        updatedAt: new Date(),
      })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .returning(['id', 'shortcut', 'title', 'text', 'createdAt', 'updatedAt'])
      .executeTakeFirst();
    if (!row) throw AppError.notFound('canned reply');
    return presentCanned(row);
  } catch (error) {
    if (shortcutTaken(error))
      throw new AppError('CONFLICT', `The shortcut "${body.shortcut}" is already used.`);
    throw error;
  }
}

export async function deleteCannedReply(ctx: AppContext, principal: WorkspacePrincipal, id: string) {
  const deleted = await ctx.db
    .deleteFrom('cannedReplies')
    .where('workspaceId', '=', principal.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw AppError.notFound('canned reply');
}

// ---- Routing settings ----

export async function getConversationSettings(
  ctx: AppContext,
  workspaceId: string,
): Promise<TConversationSettings> {
  const row = await ctx.db
    .selectFrom('conversationSettings')
    .select('routing')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return { routing: row?.routing ?? [] };
}

export async function putConversationSettings(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: TConversationSettings,
): Promise<TConversationSettings> {
  const { workspaceId } = principal;
  const teamIds = [...new Set(body.routing.map((r) => r.teamId))];
  if (teamIds.length > 0) {
    const found = await ctx.db
      .selectFrom('teams')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', teamIds)
      .execute();
    const known = new Set(found.map((t) => t.id));
    const index = body.routing.findIndex((r) => !known.has(r.teamId));
    if (index >= 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        `body.routing.${index}.teamId: no such team in this workspace`,
        [{ name: `body.routing.${index}.teamId`, reason: 'no such team in this workspace' }],
      );
    }
  }
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('conversationSettings')
      .values({ workspaceId, routing: JSON.stringify(body.routing), updatedAt: new Date() })
      .onConflict((oc) =>
        oc
          .column('workspaceId')
          .doUpdateSet({ routing: JSON.stringify(body.routing), updatedAt: new Date() }),
      )
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'conversation_settings.updated',
      actor: actorOf(principal),
      payload: { routing: body.routing },
    });
  });
  return getConversationSettings(ctx, workspaceId);
}
