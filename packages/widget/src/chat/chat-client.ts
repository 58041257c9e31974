/**
 * The public conversation API as the chat uses it. Every call resolves or rejects; none throws. A 404
 * means the conversation (or its token) is gone: the chat then forgets it and starts a new one.
 */
import type { TWidgetContact } from '../widget-types';
import type { TChatMessage, TConversationRead } from './chat-state';

/** A conversation this browser holds: its id, the token that proves it, and whether the panel is open. */
export interface TChatSession {
  id: string;
  token: string;
  open?: boolean;
}

export class ChatGoneError extends Error {}

export interface TChatClient {
  start(input: {
    contact?: TWidgetContact;
    language: 'en' | 'vi';
    channel: 'widget' | 'help_center';
  }): Promise<TChatSession & { messages: TChatMessage[] }>;
  read(session: TChatSession): Promise<TConversationRead>;
  /** Asks for a person; the answer has the system message and the place in line. */
  handoff(session: TChatSession): Promise<{
    status?: TConversationRead['status'];
    replies?: TChatMessage[];
    queue?: TConversationRead['queue'];
  } | null>;
  csat(session: TChatSession, score: number, comment: string): Promise<void>;
  /** Where a message is POSTed (through the outbox, so it needs the URL and the headers). */
  messagesUrl(session: TChatSession): string;
  headers(session: TChatSession): Record<string, string>;
  streamUrl(session: TChatSession): string;
}

export function chatClient(
  api: string,
  workspaceId: string,
  send: (url: string, init: RequestInit) => Promise<Response>,
): TChatClient {
  const base = `${api}/api/v1/public/conversations`;
  const path = (session: TChatSession) => `${base}/${encodeURIComponent(session.id)}`;
  const headers = (session: TChatSession): Record<string, string> => ({
    authorization: `Bearer ${session.token}`,
  });
  const call = async (url: string, init: RequestInit): Promise<unknown> => {
    const response = await send(url, init);
    if (response.status === 404) throw new ChatGoneError();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.status === 204 ? null : response.json().catch(() => null);
  };
  const post = (url: string, body: unknown, session?: TChatSession) =>
    call(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(session ? headers(session) : {}) },
      body: JSON.stringify(body),
    });
  return {
    async start({ contact, language, channel }) {
      const body: Record<string, unknown> = { workspaceId, language, channel };
      // The conversation knows a contact by external id or email (a phone number is the surveys' only).
      const known = { externalId: contact?.externalId, email: contact?.email };
      if (known.externalId || known.email) body.contact = JSON.parse(JSON.stringify(known));
      if (contact?.userHash) body.userHash = contact.userHash;
      const created = (await post(base, body)) as {
        id?: string;
        token?: string;
        messages?: TChatMessage[];
      } | null;
      if (!created?.id || !created.token) throw new Error('No conversation in the answer');
      return { id: created.id, token: created.token, messages: created.messages ?? [] };
    },
    async read(session) {
      const read = (await call(`${path(session)}/messages`, { headers: headers(session) })) as
        | (TConversationRead & { items: TChatMessage[] })
        | null;
      if (!read || !Array.isArray(read.items)) throw new Error('No messages in the answer');
      return read;
    },
    async handoff(session) {
      return (await post(`${path(session)}/handoff`, {}, session)) as Awaited<
        ReturnType<TChatClient['handoff']>
      >;
    },
    async csat(session, score, comment) {
      const body: { score: number; comment?: string } = { score };
      if (comment.trim()) body.comment = comment.trim();
      await post(`${path(session)}/csat`, body, session);
    },
    messagesUrl: (session) => `${path(session)}/messages`,
    headers,
    streamUrl: (session) => `${path(session)}/stream?token=${encodeURIComponent(session.token)}`,
  };
}
