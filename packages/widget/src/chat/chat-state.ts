/**
 * The chat's state and the pure steps that change it: messages arrive from three places (the answer to
 * a GET, the live stream and the visitor's own sends, first shown as pending), possibly twice and out of
 * order, so they are merged by id, ordered by time, and a pending message is settled when the server's
 * copy (same clientMessageId) arrives.
 */
import type { TChatStrings } from './chat-strings';
import { fill } from './chat-strings';

export type TChatAuthor = 'customer' | 'bot' | 'agent' | 'system';
export type TChatStatus = 'bot' | 'open' | 'pending' | 'resolved';

/** A message as the public API returns it. */
export interface TChatMessage {
  id: string;
  conversationId?: string;
  author: TChatAuthor;
  authorName?: string | null;
  text: string;
  createdAt: string;
  clientMessageId?: string | null;
}

export interface TChatQueue {
  position: number;
  estimatedWaitMinutes: number | null;
  message?: string | null;
}

/** A message the visitor wrote that the server has not confirmed yet (kept in the outbox meanwhile). */
export interface TPendingMessage {
  clientMessageId: string;
  text: string;
  createdAt: string;
}

export interface TChatState {
  messages: TChatMessage[];
  pending: TPendingMessage[];
  status: TChatStatus | null;
  queue: TChatQueue | null;
  csat: { asked: boolean; answered: boolean; question: string | null };
}

/** `GET /api/v1/public/conversations/:id/messages`. */
export interface TConversationRead {
  items: TChatMessage[];
  status: TChatStatus;
  queue?: TChatQueue | null;
  csat?: { asked: boolean; answered: boolean } | null;
}

export function emptyState(): TChatState {
  return {
    messages: [],
    pending: [],
    status: null,
    queue: null,
    csat: { asked: false, answered: false, question: null },
  };
}

function isMessage(value: unknown): value is TChatMessage {
  const message = value as TChatMessage | null;
  return (
    !!message &&
    typeof message.id === 'string' &&
    typeof message.text === 'string' &&
    typeof message.author === 'string'
  );
}

/** Adds messages (unknown ones, or newer copies of known ones), in time order; settles pending sends. */
export function mergeMessages(state: TChatState, incoming: readonly unknown[]): TChatState {
  const byId = new Map(state.messages.map((message) => [message.id, message]));
  for (const message of incoming) if (isMessage(message)) byId.set(message.id, message);
  const messages = [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || 0);
  const confirmed = new Set(messages.map((message) => message.clientMessageId).filter(Boolean));
  return {
    ...state,
    messages,
    pending: state.pending.filter((pending) => !confirmed.has(pending.clientMessageId)),
  };
}

/** A full read of the conversation: its messages, status, queue place and CSAT state. */
export function applyRead(state: TChatState, read: TConversationRead): TChatState {
  const merged = mergeMessages(state, read.items ?? []);
  return {
    ...merged,
    status: read.status ?? merged.status,
    queue: read.queue ?? null,
    csat: {
      asked: !!read.csat?.asked,
      answered: !!read.csat?.answered,
      question: state.csat.question,
    },
  };
}

/** A `status` event of the stream. */
export function applyStatus(
  state: TChatState,
  event: { status?: TChatStatus; queue?: TChatQueue | null },
): TChatState {
  const status = event.status ?? state.status;
  // A conversation that is resolved again after a reopening asks for a new rating.
  const csat = status === 'resolved' ? state.csat : { asked: false, answered: false, question: null };
  return { ...state, status, queue: event.queue ?? null, csat };
}

/** What the status line says: offline, the queue place with an honest wait, or the resolution. */
export function statusLine(state: TChatState, s: TChatStrings, isOnline: boolean): string {
  if (!isOnline && state.pending.length > 0) return s.offline;
  if (state.status === 'resolved') return state.csat.answered ? s.csatThanks : s.resolved;
  if (state.status === 'open' && state.queue) {
    const { position, estimatedWaitMinutes, message } = state.queue;
    // The server's wording knows business hours and staffing; ours is the fallback.
    if (message) return message;
    if (estimatedWaitMinutes !== null && estimatedWaitMinutes !== undefined) {
      return fill(s.queueWait, position, Math.max(1, Math.round(estimatedWaitMinutes)));
    }
    return position > 0 ? `${fill(s.queue, position)} ${s.queueSoon}` : s.queueSoon;
  }
  return '';
}

/** Whether the CSAT question shows: asked after the resolution and not answered yet. */
export function showsCsat(state: TChatState): boolean {
  return state.status === 'resolved' && state.csat.asked && !state.csat.answered;
}
