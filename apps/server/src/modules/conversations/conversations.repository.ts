import type { TConversationMessage } from '@touchpoint/schemas';
import type { Selectable, Updateable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Db, Tx } from '../../platform/db/database';
import type { Database } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';

// The SQL conversations reuse: finding a conversation (by token for customers, by workspace for agents),
// writing messages idempotently, and turning rows into the JSON the contract names.

export type ConversationRow = Selectable<Database['conversations']>;
export type MessageRow = Selectable<Database['conversationMessages']>;

export const CONVERSATION_NOT_FOUND = 'conversation';

/** An agent's view: the conversation of this workspace, or 404 exactly like a missing one. */
export async function findConversation(
  db: Db | Tx,
  workspaceId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ConversationRow> {
  let query = db
    .selectFrom('conversations')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw AppError.notFound(CONVERSATION_NOT_FOUND);
  return row;
}

/** Authors' display names for agent messages (one query for a transcript). */
export async function userNames(
  db: Db | Tx,
  userIds: readonly (string | null)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function presentMessage(
  row: MessageRow,
  names: Map<string, string> = new Map(),
): TConversationMessage {
  return {
    id: row.id,
    conversationId: row.conversationId,
    author: row.author,
    authorName: row.authorUserId ? (names.get(row.authorUserId) ?? null) : null,
    text: row.text,
    private: row.private,
    createdAt: row.createdAt.toISOString(),
    clientMessageId: row.clientMessageId,
  };
}

/** Messages presented with their authors' names. */
export async function presentMessages(
  db: Db | Tx,
  rows: readonly MessageRow[],
): Promise<TConversationMessage[]> {
  const names = await userNames(
    db,
    rows.map((r) => r.authorUserId),
  );
  return rows.map((row) => presentMessage(row, names));
}

/** The transcript in order; without private notes unless asked (never for the customer). */
export async function listMessages(
  db: Db | Tx,
  workspaceId: string,
  conversationId: string,
  options: { includePrivate: boolean; limit?: number },
): Promise<MessageRow[]> {
  let query = db
    .selectFrom('conversationMessages')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('conversationId', '=', conversationId);
  if (!options.includePrivate) query = query.where('private', '=', false);
  // The latest N, returned oldest first.
  const rows = await query
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit ?? 500)
    .execute();
  return rows.reverse();
}

export async function findMessage(
  db: Db | Tx,
  workspaceId: string,
  conversationId: string,
  messageId: string,
): Promise<MessageRow | undefined> {
  return db
    .selectFrom('conversationMessages')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('conversationId', '=', conversationId)
    .where('id', '=', messageId)
    .executeTakeFirst();
}

export interface NewMessage {
  author: MessageRow['author'];
  text: string;
  authorUserId?: string | null;
  isPrivate?: boolean;
  clientMessageId?: string | null;
  inReplyTo?: string | null;
  createdAt?: Date;
}

/**
 * Writes a message; with a client message id, a second write of the same id (a retry) writes nothing
 * and returns the first one (`created: false`) — when the same kind of author wrote it, else 409. The unique index decides, so concurrent retries agree.
 */
export async function insertMessage(
  tx: Tx,
  workspaceId: string,
  conversationId: string,
  message: NewMessage,
): Promise<{ row: MessageRow; created: boolean }> {
  const inserted = await tx
    .insertInto('conversationMessages')
    .values({
      workspaceId,
      id: uuidv7(),
      conversationId,
      author: message.author,
      authorUserId: message.authorUserId ?? null,
      text: message.text,
      private: message.isPrivate ?? false,
      clientMessageId: message.clientMessageId ?? null,
      inReplyTo: message.inReplyTo ?? null,
      createdAt: message.createdAt ?? new Date(),
    })
    .onConflict((oc) =>
      oc
        .columns(['workspaceId', 'conversationId', 'clientMessageId'])
        .where('clientMessageId', 'is not', null)
        .doNothing(),
    )
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { row: inserted, created: true };
  const existing = await tx
    .selectFrom('conversationMessages')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('conversationId', '=', conversationId)
    .where('clientMessageId', '=', message.clientMessageId ?? '')
    .executeTakeFirstOrThrow();
  // Customers and agents share the id space: a retry only ever gets back a message of its own author kind
  // (a customer must never receive an agent's reply or private note as "theirs", nor an agent's message be
  // swallowed by a customer's), and never a private note unless it asked for one.
  if (existing.author !== message.author || (existing.private && !message.isPrivate)) {
    throw new AppError(
      'CONFLICT',
      'clientMessageId is already used by another message in this conversation',
      [{ name: 'clientMessageId', reason: 'already used by another message' }],
    );
  }
  return { row: existing, created: false };
}

/** The bot and system messages that answered a customer message (a retried send gets them again). */
export async function repliesTo(
  db: Db | Tx,
  workspaceId: string,
  conversationId: string,
  messageId: string,
): Promise<MessageRow[]> {
  return db
    .selectFrom('conversationMessages')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('conversationId', '=', conversationId)
    .where('inReplyTo', '=', messageId)
    .where('private', '=', false)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export async function touchConversation(
  tx: Tx,
  workspaceId: string,
  id: string,
  changes: Updateable<Database['conversations']>,
): Promise<ConversationRow> {
  return tx
    .updateTable('conversations')
    .set({ ...changes, updatedAt: new Date() })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
