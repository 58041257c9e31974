import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wakeSnoozedConversations } from '../src/modules/conversations/index';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, type SignedUp, signUp, type TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Conversations end to end on a real database: the bot answers from the knowledge base, a customer who
// asks for a person ("gap nhan vien") is handed over with the reason, routed to an online agent under
// capacity — never to an offline or full one — or waits with an honest place in line; agents reply and
// write private notes the customer never sees; tokens and workspaces are walls (404); sends are
// idempotent; a resolved conversation reopens; a real HTTP stream (SSE) carries an agent's reply.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let owner: SignedUp;
let other: SignedUp;
let workspaceId: string;
const agents: Record<'online' | 'offline' | 'full', { client: TestClient; userId: string }> = {} as never;

let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: sink.url });
  app = touchpoint.app as FastifyInstance;
  owner = await signUp(app, 'Chat workspace');
  other = await signUp(app, 'Other workspace');
  workspaceId = owner.me.workspace?.id as string;
  const team = await owner.client.post('/api/v1/teams', { name: 'Support' });
  expect(team.status).toBe(201);
  for (const name of ['online', 'offline', 'full'] as const) {
    const member = await addMember(owner.client, 'agent');
    agents[name] = { client: member.client, userId: member.userId };
    expect(
      (await owner.client.post(`/api/v1/teams/${team.body.id}/members`, { userId: member.userId })).status,
    ).toBe(200);
  }
  const article = await owner.client.post('/api/v1/knowledge/articles', {
    title: { en: 'Refunds', vi: 'Hoàn tiền' },
    body: {
      en: 'Refunds reach your card within 5 working days.',
      vi: 'Tiền hoàn về thẻ của bạn trong vòng 5 ngày làm việc.',
    },
    questions: ['how long does a refund take', 'hoàn tiền mất bao lâu'],
  });
  expect(article.status).toBe(201);
});

afterAll(async () => {
  // Streams still open (the agents' one below) must not keep the app from stopping.
  await touchpoint?.stop();
  await sink?.close();
});

async function publicCall(
  method: 'GET' | 'POST',
  url: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await app.inject({
    method,
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: response.statusCode, body: response.body ? response.json() : null };
}

async function startChat(inWorkspace: string, language?: 'en' | 'vi') {
  const created = await publicCall('POST', '/api/v1/public/conversations', null, {
    workspaceId: inWorkspace,
    ...(language ? { language } : {}),
  });
  expect(created.status).toBe(201);
  return created.body as { id: string; token: string; status: string; messages: { text: string }[] };
}

const say = (chat: { id: string; token: string }, text: string, extra: Record<string, unknown> = {}) =>
  publicCall('POST', `/api/v1/public/conversations/${chat.id}/messages`, chat.token, { text, ...extra });
const read = (chat: { id: string; token: string }) =>
  publicCall('GET', `/api/v1/public/conversations/${chat.id}/messages`, chat.token);

describe('conversations', () => {
  let waiting: { id: string; token: string };
  let second: { id: string; token: string };

  it('the bot answers from the knowledge base, then hands over on "gap nhan vien" with the reason', async () => {
    const chat = await startChat(workspaceId);
    expect(chat.status).toBe('bot');
    expect(chat.messages[0]?.text).toBeTruthy(); // the greeting
    const answered = await say(chat, 'how long does a refund take?');
    expect(answered.status).toBe(201);
    expect(answered.body.status).toBe('bot');
    expect(answered.body.replies[0]).toMatchObject({ author: 'bot' });
    expect(answered.body.replies[0].text).toContain('5 working days');

    const handed = await say(chat, 'gap nhan vien');
    expect(handed.body.status).toBe('open');
    const system = handed.body.replies.find((m: { author: string }) => m.author === 'system');
    expect(system.text).toMatch(/nhân viên/); // in the customer's language
    // Nobody is online: it waits, first in line, and says so honestly.
    expect(handed.body.queue).toMatchObject({ position: 1, estimatedWaitMinutes: null });
    expect(handed.body.queue.message).toMatch(/chưa có nhân viên/);
    waiting = chat;

    const detail = await owner.client.get(`/api/v1/conversations/${chat.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.conversation).toMatchObject({
      status: 'open',
      handoffReason: 'asked_for_person',
      assignee: null,
    });
    expect(detail.body.conversation.firstResponseDueAt).toBeTruthy();
    expect(detail.body.decisions.map((d: { reason: string | null }) => d.reason)).toContain(
      'asked_for_person',
    );

    // After hand-over the bot stays silent.
    const silent = await say(chat, 'how long does a refund take?');
    expect(silent.body.replies).toEqual([]);

    // The handoff button puts a second customer behind the first.
    second = await startChat(workspaceId, 'en');
    const asked = await publicCall(
      'POST',
      `/api/v1/public/conversations/${second.id}/handoff`,
      second.token,
      {},
    );
    expect(asked.status).toBe(200);
    expect(asked.body.status).toBe('open');
    expect(asked.body.queue.position).toBe(2);
    expect(asked.body.queue.message).toMatch(/number 2 in line/);
  });

  it('routes to the online agent under capacity, never to the offline or full one', async () => {
    expect((await owner.client.patch(`/api/v1/agents/${agents.full.userId}`, { capacity: 0 })).status).toBe(
      200,
    );
    expect(
      (await agents.full.client.request('PUT', '/api/v1/me/presence', { status: 'online' })).status,
    ).toBe(200);
    expect(
      (await agents.offline.client.request('PUT', '/api/v1/me/presence', { status: 'offline' })).status,
    ).toBe(200);
    // Still nobody who can take it.
    expect(
      (await owner.client.get(`/api/v1/conversations/${waiting.id}`)).body.conversation.assignee,
    ).toBeNull();

    expect((await owner.client.patch(`/api/v1/agents/${agents.online.userId}`, { capacity: 1 })).status).toBe(
      200,
    );
    const online = await agents.online.client.request('PUT', '/api/v1/me/presence', { status: 'online' });
    expect(online.status).toBe(200);
    // Coming online takes the oldest waiting conversation, up to capacity (1): the second keeps waiting.
    const first = await owner.client.get(`/api/v1/conversations/${waiting.id}`);
    expect(first.body.conversation.assignee?.id).toBe(agents.online.userId);
    const next = await owner.client.get(`/api/v1/conversations/${second.id}`);
    expect(next.body.conversation.assignee).toBeNull();
    expect((await read(second)).body.queue.position).toBe(1);

    const list = await agents.online.client.get('/api/v1/conversations?assigneeId=me&status=open');
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([waiting.id]);
    const roster = await owner.client.get('/api/v1/agents');
    const online1 = roster.body.items.find((a: { userId: string }) => a.userId === agents.online.userId);
    expect(online1).toMatchObject({ presence: 'online', capacity: 1, openCount: 1 });

    // The assignee hears of it in-app.
    const notes = await agents.online.client.get('/api/v1/notifications');
    expect(JSON.stringify(notes.body)).toContain(`/inbox/${waiting.id}`);
  });

  it('shows agent replies to the customer, never private notes; the first reply is the first response', async () => {
    const reply = await agents.online.client.post(`/api/v1/conversations/${waiting.id}/messages`, {
      text: 'Xin chào, mình có thể giúp gì?',
    });
    expect(reply.status).toBe(201);
    const note = await agents.online.client.post(`/api/v1/conversations/${waiting.id}/messages`, {
      text: 'internal: VIP, be kind',
      private: true,
    });
    expect(note.status).toBe(201);
    const seen = await read(waiting);
    const texts = seen.body.items.map((m: { text: string }) => m.text);
    expect(texts).toContain('Xin chào, mình có thể giúp gì?');
    expect(texts).not.toContain('internal: VIP, be kind');
    const detail = await owner.client.get(`/api/v1/conversations/${waiting.id}`);
    expect(detail.body.messages.map((m: { text: string }) => m.text)).toContain('internal: VIP, be kind');
    expect(detail.body.conversation.firstResponseAt).toBeTruthy();
  });

  it('answers a retried send with the same message (clientMessageId or Idempotency-Key)', async () => {
    const a = await say(waiting, 'are you there?', { clientMessageId: 'retry-1' });
    const b = await say(waiting, 'are you there?', { clientMessageId: 'retry-1' });
    expect(a.status).toBe(201);
    expect(b.status).toBe(200);
    expect(b.body.message.id).toBe(a.body.message.id);
    const headers = { 'idempotency-key': 'key-00000001' };
    const c = await publicCall(
      'POST',
      `/api/v1/public/conversations/${waiting.id}/messages`,
      waiting.token,
      { text: 'hello?' },
      headers,
    );
    const d = await publicCall(
      'POST',
      `/api/v1/public/conversations/${waiting.id}/messages`,
      waiting.token,
      { text: 'hello?' },
      headers,
    );
    expect(d.body.message.id).toBe(c.body.message.id);
    const items = (await read(waiting)).body.items as { text: string }[];
    expect(items.filter((m) => m.text === 'are you there?')).toHaveLength(1);
    expect(items.filter((m) => m.text === 'hello?')).toHaveLength(1);
  });

  it("404s another conversation's token, a wrong token and another workspace", async () => {
    const url = `/api/v1/public/conversations/${waiting.id}/messages`;
    expect((await publicCall('GET', url, second.token)).status).toBe(404);
    expect((await publicCall('GET', url, 'not-a-token')).status).toBe(404);
    expect((await publicCall('GET', url, null)).status).toBe(404);
    expect((await publicCall('POST', url, second.token, { text: 'hi' })).status).toBe(404);
    const foreign = await startChat(other.me.workspace?.id as string);
    expect((await publicCall('GET', url, foreign.token)).status).toBe(404);
    expect((await other.client.get(`/api/v1/conversations/${waiting.id}`)).status).toBe(404);
    expect(
      (await other.client.post(`/api/v1/conversations/${waiting.id}/messages`, { text: 'x' })).status,
    ).toBe(404);
    expect(
      (await other.client.patch(`/api/v1/conversations/${waiting.id}`, { status: 'resolved' })).status,
    ).toBe(404);
    expect(
      (await other.client.get('/api/v1/conversations')).body.items.map((c: { id: string }) => c.id),
    ).not.toContain(waiting.id);
  });

  it('resolving frees capacity for the next waiting customer; writing again reopens the same conversation', async () => {
    const resolved = await agents.online.client.patch(`/api/v1/conversations/${waiting.id}`, {
      status: 'resolved',
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body.conversation.status).toBe('resolved');
    // The freed seat goes to the customer who waited.
    const next = await owner.client.get(`/api/v1/conversations/${second.id}`);
    expect(next.body.conversation.assignee?.id).toBe(agents.online.userId);

    const again = await say(waiting, 'one more thing');
    expect(again.status).toBe(201);
    expect(again.body.status).toBe('open'); // a person had handled it
    expect(again.body.replies).toEqual([]); // the bot stays silent
    const detail = await owner.client.get(`/api/v1/conversations/${waiting.id}`);
    expect(detail.body.conversation.id).toBe(waiting.id);
    expect(detail.body.conversation.resolvedAt).toBeNull();
    // The online agent is full (capacity 1), the others offline or full: it waits.
    expect(detail.body.conversation.assignee).toBeNull();

    // A conversation only the bot handled goes back to the bot.
    const botOnly = await startChat(workspaceId, 'en');
    await say(botOnly, 'how long does a refund take?');
    expect(
      (await owner.client.patch(`/api/v1/conversations/${botOnly.id}`, { status: 'resolved' })).status,
    ).toBe(200);
    const back = await say(botOnly, 'how long does a refund take?');
    expect(back.body.status).toBe('bot');
    expect(back.body.replies[0]?.author).toBe('bot');
  });

  it('streams an agent reply to the customer over a real HTTP connection (SSE), without private notes', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const controller = new AbortController();
    const response = await fetch(
      `http://127.0.0.1:${port}/api/v1/public/conversations/${second.id}/stream?token=${encodeURIComponent(second.token)}`,
      { signal: controller.signal },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const readUntil = async (needle: string) => {
      const deadline = Date.now() + 10_000;
      while (!buffer.includes(needle)) {
        if (Date.now() > deadline) throw new Error(`stream never said ${needle}: ${buffer}`);
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended: ${buffer}`);
        buffer += decoder.decode(value, { stream: true });
      }
    };
    await readUntil('event: status');
    await agents.online.client.post(`/api/v1/conversations/${second.id}/messages`, {
      text: 'secret note',
      private: true,
    });
    await agents.online.client.post(`/api/v1/conversations/${second.id}/messages`, {
      text: 'Hello from a person',
    });
    await readUntil('Hello from a person');
    expect(buffer).toContain('event: message');
    expect(buffer).not.toContain('secret note');
    controller.abort();
  });

  it('takes turns among online agents, never past capacity, even when hand-overs race', async () => {
    const admin = await signUp(app, 'Routing workspace');
    const id = admin.me.workspace?.id as string;
    const team = await admin.client.post('/api/v1/teams', { name: 'Queue' });
    const people = [];
    for (let i = 0; i < 3; i++) {
      const member = await addMember(admin.client, 'agent');
      await admin.client.post(`/api/v1/teams/${team.body.id}/members`, { userId: member.userId });
      await admin.client.patch(`/api/v1/agents/${member.userId}`, { capacity: 2 });
      people.push(member);
    }
    const [a, b, away] = people as [
      (typeof people)[number],
      (typeof people)[number],
      (typeof people)[number],
    ];
    await a.client.request('PUT', '/api/v1/me/presence', { status: 'online' });
    await b.client.request('PUT', '/api/v1/me/presence', { status: 'online' });
    await away.client.request('PUT', '/api/v1/me/presence', { status: 'away' });

    const chats = await Promise.all(Array.from({ length: 6 }, () => startChat(id, 'en')));
    const results = await Promise.all(
      chats.map((chat) =>
        publicCall('POST', `/api/v1/public/conversations/${chat.id}/handoff`, chat.token, {}),
      ),
    );
    expect(results.every((r) => r.status === 200 && r.body.status === 'open')).toBe(true);
    const roster = (await admin.client.get('/api/v1/agents')).body.items as {
      userId: string;
      openCount: number;
    }[];
    const count = (userId: string) => roster.find((r) => r.userId === userId)?.openCount;
    // Two seats each for the two online agents; the away agent gets none; two customers wait.
    expect(count(a.userId)).toBe(2);
    expect(count(b.userId)).toBe(2);
    expect(count(away.userId)).toBe(0);
    const waitingList = await admin.client.get('/api/v1/conversations?status=open&assigneeId=none');
    expect(waitingList.body.items).toHaveLength(2);
    const positions = await Promise.all(
      waitingList.body.items.map((c: { id: string }) => {
        const chat = chats.find((x) => x.id === c.id) as { id: string; token: string };
        return read(chat).then((r) => r.body.queue.position);
      }),
    );
    expect(positions.sort()).toEqual([1, 2]);

    // The team heard of the waiting customers in-app; the away agent by email too.
    const mail = await sink.waitForTo(away.me.user?.email as string);
    expect(mail[0]?.text).toContain('/inbox/');
    // Online agents are told in-app only.
    expect(
      sink.messages.filter((m) => JSON.stringify(m.to).includes(a.me.user?.email as string)),
    ).toHaveLength(0);

    // Snoozing frees nothing; when the snooze ends the conversation is open again.
    const mine = (await a.client.get('/api/v1/conversations?assigneeId=me')).body.items[0] as { id: string };
    const snoozed = await a.client.patch(`/api/v1/conversations/${mine.id}`, {
      snoozedUntil: new Date(Date.now() - 1000).toISOString(),
    });
    expect(snoozed.body.conversation.status).toBe('pending');
    expect(await wakeSnoozedConversations(touchpoint.ctx)).toBeGreaterThanOrEqual(1);
    expect((await a.client.get(`/api/v1/conversations/${mine.id}`)).body.conversation.status).toBe('open');
  });

  it("streams the workspace's conversations to agents (and an open stream does not block shutdown)", async () => {
    const { port } = app.server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/conversations/stream`, {
      headers: { cookie: (owner.client.credentials as { cookie: string }).cookie },
    });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const chat = await startChat(workspaceId, 'en');
    await say(chat, 'is anyone there?');
    const deadline = Date.now() + 10_000;
    while (!buffer.includes('is anyone there?')) {
      if (Date.now() > deadline) throw new Error(`agents' stream never got the message: ${buffer}`);
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
    }
    expect(buffer).toContain('event: conversation');
    expect(buffer).toContain('event: message');
    // Left open on purpose: afterAll stops the app with this stream connected.
  });

  it('fills canned replies for the conversation and opens one linked case', async () => {
    const created = await publicCall('POST', '/api/v1/public/conversations', null, {
      workspaceId,
      language: 'vi',
      contact: { email: 'lan@example.com', name: 'Lan' },
    });
    const chat = created.body as { id: string; token: string };
    await say(chat, 'gặp nhân viên');
    const canned = await owner.client.post('/api/v1/canned-replies', {
      shortcut: 'hi',
      title: 'Greeting',
      text: {
        en: 'Hi {{contact.name}}, {{agent.name}} here.',
        vi: 'Chào {{contact.name}}, mình là {{agent.name}}.',
      },
    });
    expect(canned.status).toBe(201);
    const list = await owner.client.get(`/api/v1/canned-replies?conversationId=${chat.id}`);
    const item = list.body.items.find((c: { id: string }) => c.id === canned.body.id);
    expect(item.filled).toBe(`Chào Lan, mình là ${owner.me.user?.name}.`);

    const first = await owner.client.post(`/api/v1/conversations/${chat.id}/case`);
    expect(first.status).toBe(201);
    expect(first.body.created).toBe(true);
    const again = await owner.client.post(`/api/v1/conversations/${chat.id}/case`);
    expect(again.body).toEqual({ caseId: first.body.caseId, created: false });
    const theCase = await owner.client.get(`/api/v1/cases/${first.body.caseId}`);
    expect(theCase.status).toBe(200);
    expect(theCase.body.title).toBe('gặp nhân viên');
    expect((await owner.client.get(`/api/v1/conversations/${chat.id}`)).body.conversation.caseId).toBe(
      first.body.caseId,
    );
  });

  it('never links, renames or merges existing contacts from identifiers an unauthenticated page claims', async () => {
    const bob = await owner.client.post('/api/v1/contacts/identify', {
      email: 'bob@example.com',
      attributes: { name: 'Bob' },
    });
    const carol = await owner.client.post('/api/v1/contacts/identify', {
      externalId: 'CUS-CAROL',
      attributes: { name: 'Carol' },
    });
    expect(bob.status).toBeLessThan(300);
    expect(carol.status).toBeLessThan(300);
    const created = await publicCall('POST', '/api/v1/public/conversations', null, {
      workspaceId,
      contact: { email: 'Bob@example.com', externalId: 'CUS-CAROL', name: 'Mallory' },
    });
    expect(created.status).toBe(201);
    const chat = created.body as { id: string; token: string };
    for (const [contact, name] of [
      [bob.body.contact, 'Bob'],
      [carol.body.contact, 'Carol'],
    ] as const) {
      const stored = await owner.client.get(`/api/v1/contacts/${contact.id}`);
      expect(stored.status).toBe(200);
      expect(stored.body.attributes.name).toBe(name); // not renamed
      const raw = await touchpoint.ctx.db
        .selectFrom('contacts')
        .select(['mergedInto', 'email', 'externalId'])
        .where('id', '=', contact.id)
        .executeTakeFirstOrThrow();
      expect(raw).toEqual({ mergedInto: null, email: contact.email, externalId: contact.externalId });
    }
    const detail = await owner.client.get(`/api/v1/conversations/${chat.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.conversation.contact).toBeNull();
    expect(detail.body.customer).toBeNull(); // nobody's 360 beside a stranger's chat
    expect(detail.body.conversation.unverifiedIdentity).toEqual({
      externalId: 'CUS-CAROL',
      email: 'bob@example.com',
      name: 'Mallory',
    });
    // Identifiers nobody has yet make a new contact, linked (nothing to take over).
    const fresh = await publicCall('POST', '/api/v1/public/conversations', null, {
      workspaceId,
      contact: { email: 'new.visitor@example.com', name: 'Nina' },
    });
    const freshDetail = await owner.client.get(`/api/v1/conversations/${fresh.body.id}`);
    expect(freshDetail.body.customer.contact).toMatchObject({
      email: 'new.visitor@example.com',
      name: 'Nina',
    });
    expect(freshDetail.body.conversation.unverifiedIdentity).toBeNull();
  });

  it("409s a customer retry that reuses an agent's clientMessageId, never handing back the note", async () => {
    const chat = await startChat(workspaceId);
    await say(chat, 'gap nhan vien');
    const note = await agents.online.client.post(`/api/v1/conversations/${chat.id}/messages`, {
      text: 'internal: refund fraud suspected',
      private: true,
      clientMessageId: 'shared-id-1',
    });
    expect(note.status).toBe(201);
    const stolen = await say(chat, 'hi', { clientMessageId: 'shared-id-1' });
    expect(stolen.status).toBe(409);
    expect(JSON.stringify(stolen.body)).not.toContain('refund fraud');
    const byHeader = await publicCall(
      'POST',
      `/api/v1/public/conversations/${chat.id}/messages`,
      chat.token,
      { text: 'hi' },
      { 'idempotency-key': 'shared-id-1' },
    );
    expect(byHeader.status).toBe(409);
    // The reverse: an agent's reply is never swallowed by a customer's message with the same id.
    expect((await say(chat, 'my order', { clientMessageId: 'shared-id-2' })).status).toBe(201);
    const reply = await agents.online.client.post(`/api/v1/conversations/${chat.id}/messages`, {
      text: 'Looking into it',
      clientMessageId: 'shared-id-2',
    });
    expect(reply.status).toBe(409);
    // Same-author retries still answer with the first message.
    const again = await agents.online.client.post(`/api/v1/conversations/${chat.id}/messages`, {
      text: 'internal: refund fraud suspected',
      private: true,
      clientMessageId: 'shared-id-1',
    });
    expect(again.body.id).toBe(note.body.id);
  });

  it('"that answered it" confirms only a conversation where the bot answered a question', async () => {
    const resolve = (chat: { id: string; token: string }) =>
      publicCall('POST', `/api/v1/public/conversations/${chat.id}/resolve`, chat.token, {});
    const empty = await startChat(workspaceId);
    expect((await resolve(empty)).status).toBe(409); // a greeting alone settles nothing
    const asked = await startChat(workspaceId);
    expect((await say(asked, 'how long does a refund take?')).body.replies[0].author).toBe('bot');
    const confirmed = await resolve(asked);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ status: 'resolved', resolution: 'bot_confirmed' });
  });

  it('lets the chat send its bearer token across origins (CORS preflight)', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: `/api/v1/public/conversations/${waiting.id}/messages`,
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('authorization');
  });
});
