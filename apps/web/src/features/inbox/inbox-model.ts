// The inbox's pure parts: the queues and what each asks the list for, canned-reply variables, keyboard
// movement through the list, and how a live event changes a cached page of conversations.

export type TConversationStatus = 'bot' | 'open' | 'pending' | 'resolved';
export type TMessageAuthor = 'customer' | 'bot' | 'agent' | 'system';

export interface TConversationMessage {
  id: string;
  conversationId: string;
  author: TMessageAuthor;
  authorName?: string | null;
  text: string;
  private: boolean;
  createdAt: string;
  clientMessageId?: string | null;
}

export interface TConversationSummary {
  id: string;
  status: TConversationStatus;
  contact: { id: string; name: string | null; email: string | null } | null;
  assignee: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
  language: string | null;
  lastMessage: { text: string; author: TMessageAuthor; createdAt: string } | null;
  handoffReason: string | null;
  waitingSince: string | null;
  updatedAt: string;
  firstResponseDueAt: string | null;
}

/** What `GET /api/v1/conversations/stream` sends about a conversation that changed. */
export interface TConversationEvent {
  id: string;
  status: TConversationStatus;
  assigneeId: string | null;
  teamId: string | null;
  lastMessage: TConversationSummary['lastMessage'];
  handoffReason: string | null;
}

export const QUEUES = ['bot', 'waiting', 'mine', 'team', 'open', 'pending', 'resolved'] as const;
export type TQueue = (typeof QUEUES)[number];

/** The list filters as they live in the URL ('' = not set). */
export interface TInboxFilters {
  queue: string;
  status: string;
  teamId: string;
  assigneeId: string;
  language: string;
  q: string;
}

export const INBOX_FILTER_NAMES = ['queue', 'status', 'teamId', 'assigneeId', 'language', 'q'] as const;

/** The queue shown when none is chosen: people waiting for someone. */
export const DEFAULT_QUEUE: TQueue = 'waiting';

export function isQueue(value: string): value is TQueue {
  return (QUEUES as readonly string[]).includes(value);
}

/**
 * The list query of a queue. The API filters by one team, so "my teams" asks for that team when the person
 * is in one, and otherwise for every open conversation, narrowed here by `localFilter`.
 */
export function queueQuery(queue: TQueue, myTeamIds: readonly string[]): Record<string, string> {
  switch (queue) {
    case 'bot':
      return { status: 'bot' };
    case 'waiting':
      return { status: 'open', assigneeId: 'none' };
    case 'mine':
      return { status: 'open', assigneeId: 'me' };
    case 'team':
      return myTeamIds.length === 1 && myTeamIds[0]
        ? { status: 'open', teamId: myTeamIds[0] }
        : { status: 'open' };
    case 'open':
      return { status: 'open' };
    case 'pending':
      return { status: 'pending' };
    case 'resolved':
      return { status: 'resolved' };
  }
}

/** The queue's query with the filter bar's choices on top (a chosen filter wins over the queue's own). */
export function listQuery(filters: TInboxFilters, myTeamIds: readonly string[]): Record<string, string> {
  const queue = isQueue(filters.queue) ? filters.queue : DEFAULT_QUEUE;
  const query = { ...queueQuery(queue, myTeamIds) };
  if (filters.status) query.status = filters.status;
  if (filters.teamId) query.teamId = filters.teamId;
  if (filters.assigneeId) query.assigneeId = filters.assigneeId;
  if (filters.q.trim()) query.q = filters.q.trim();
  return query;
}

/**
 * What the API cannot filter, filtered on the loaded rows: the conversation's language, and "my teams"
 * when the person is in several teams (or none: then the queue is empty). Null when nothing is left to do.
 */
export function localFilter(
  filters: Pick<TInboxFilters, 'queue' | 'teamId' | 'language'>,
  myTeamIds: readonly string[],
): ((item: Pick<TConversationSummary, 'team' | 'language'>) => boolean) | null {
  const queue = isQueue(filters.queue) ? filters.queue : DEFAULT_QUEUE;
  const byTeam = queue === 'team' && !filters.teamId && myTeamIds.length !== 1;
  if (!byTeam && !filters.language) return null;
  return (item) =>
    (!byTeam || (item.team !== null && myTeamIds.includes(item.team.id))) &&
    (!filters.language || item.language === filters.language);
}

/** Whether a conversation belongs in a queue (for counting and placing live updates). */
export function isInQueue(
  item: Pick<TConversationSummary, 'status'> & { assigneeId: string | null; teamId: string | null },
  queue: TQueue,
  me: { userId: string | null; teamIds: readonly string[] },
): boolean {
  switch (queue) {
    case 'bot':
      return item.status === 'bot';
    case 'waiting':
      return item.status === 'open' && !item.assigneeId;
    case 'mine':
      return item.status === 'open' && item.assigneeId !== null && item.assigneeId === me.userId;
    case 'team':
      return item.status === 'open' && item.teamId !== null && me.teamIds.includes(item.teamId);
    case 'open':
      return item.status === 'open';
    case 'pending':
      return item.status === 'pending';
    case 'resolved':
      return item.status === 'resolved';
  }
}

/**
 * Whether a changed conversation matches a list query (status, assignee with `me`/`none`, team),
 * so a live event can place it in the cached lists before their refetch. A text search cannot be judged
 * here: such a list only waits for its refetch.
 */
export function matchesListQuery(
  event: TConversationEvent,
  query: Record<string, string>,
  userId: string | null,
): boolean | null {
  if (query.q) return null;
  if (query.status && !query.status.split(',').includes(event.status)) return false;
  const assignee = query.assigneeId;
  if (assignee === 'none' && event.assigneeId) return false;
  if (assignee === 'me' && (!userId || event.assigneeId !== userId)) return false;
  if (assignee && assignee !== 'none' && assignee !== 'me' && event.assigneeId !== assignee) return false;
  if (query.teamId && event.teamId !== query.teamId) return false;
  return true;
}

/**
 * Fills `{{contact.name}}`, `{{agent.name}}` and other `{{path}}` variables from the values given; an
 * unknown or empty variable becomes '' (never the raw braces in front of a customer). Spaces inside the
 * braces are allowed.
 */
export function fillVariables(text: string, values: Record<string, string | null | undefined>): string {
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => values[name]?.trim() ?? '');
}

/**
 * The canned-reply shortcut being typed: `/word` at the start of the text or after a space, up to the
 * caret. Null when the caret is not in one.
 */
export function shortcutAt(text: string, caret: number): { query: string; start: number } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)\/([\p{L}\p{N}_-]*)$/u.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { query, start: caret - query.length - 1 };
}

/** The text with the shortcut from `start` to `caret` replaced by `insert`, and where the caret goes. */
export function replaceShortcut(
  text: string,
  start: number,
  caret: number,
  insert: string,
): { text: string; caret: number } {
  const next = text.slice(0, start) + insert + text.slice(caret);
  return { text: next, caret: start + insert.length };
}

/** The id `j` (delta 1) or `k` (delta -1) moves to, staying on the first or last item at the ends. */
export function moveSelection(ids: readonly string[], current: string | null, delta: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const index = current ? ids.indexOf(current) : -1;
  if (index === -1) return delta === 1 ? (ids[0] ?? null) : (ids[ids.length - 1] ?? null);
  const next = Math.min(ids.length - 1, Math.max(0, index + delta));
  return ids[next] ?? null;
}

/**
 * A cached list after a live event: the conversation's row is updated in place and moved to the top when
 * it still matches the queue, dropped when it no longer does, and a new one that matches is prepended
 * (with what the event knows; the next refetch fills the rest).
 */
export function applyConversationEvent(
  items: readonly TConversationSummary[],
  event: TConversationEvent,
  belongs: boolean,
): TConversationSummary[] {
  const existing = items.find((item) => item.id === event.id);
  const rest = items.filter((item) => item.id !== event.id);
  if (!belongs) return rest;
  const updated: TConversationSummary = existing
    ? {
        ...existing,
        status: event.status,
        lastMessage: event.lastMessage ?? existing.lastMessage,
        handoffReason: event.handoffReason,
        assignee: event.assigneeId === existing.assignee?.id ? existing.assignee : null,
        team: event.teamId === existing.team?.id ? existing.team : null,
        updatedAt: event.lastMessage?.createdAt ?? new Date().toISOString(),
      }
    : {
        id: event.id,
        status: event.status,
        contact: null,
        assignee: null,
        team: null,
        language: null,
        lastMessage: event.lastMessage,
        handoffReason: event.handoffReason,
        waitingSince: null,
        updatedAt: event.lastMessage?.createdAt ?? new Date().toISOString(),
        firstResponseDueAt: null,
      };
  return [updated, ...rest];
}

/** A transcript with a live message added once (the stream and the send answer may both bring it). */
export function appendMessage(
  messages: readonly TConversationMessage[],
  message: TConversationMessage,
): TConversationMessage[] {
  if (messages.some((m) => m.id === message.id)) return [...messages];
  return [...messages, message];
}
