import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureConversationLimits } from '../src/modules/conversations/limits';
import { signatureHeader } from '../src/modules/webhooks/signature';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, type SignedUp, signUp } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// What a review found, each with its regression: live streams are capped per address, per conversation
// and per workspace (429 problem+json); an agent's live stream ends when their session ends or they are
// deactivated; hand-over emails have a per-workspace budget (in-app notices still go); a stranger without
// the token cannot spend a customer's message budget; a signed inbound body without a messageId cannot be
// replayed.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let sink: SmtpSink;
let owner: SignedUp;
let workspaceId: string;
let base: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: sink.url, trustProxy: true });
  app = touchpoint.app as FastifyInstance;
  configureConversationLimits(touchpoint.ctx, {
    streamsPerIp: 2,
    streamsPerConversation: 1,
    streamsPerWorkspace: 3,
    agentRecheckMs: 200,
    messagesPerConversationPerMinute: 3,
    handoverEmailsPerWorkspacePerHour: 2,
  });
  owner = await signUp(app, 'Hardened chat');
  workspaceId = owner.me.workspace?.id as string;
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await touchpoint?.stop();
  await sink?.close();
});

async function startChat(ip = '198.51.100.1') {
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/public/conversations',
    headers: { 'x-forwarded-for': ip },
    payload: { workspaceId },
  });
  expect(created.statusCode).toBe(201);
  return created.json() as { id: string; token: string };
}

/** Opens a stream over real HTTP; resolves with the response (the body is left open). */
async function openStream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(`${base}${url}`, { headers, signal: controller.signal });
  return { response, close: () => controller.abort() };
}

const customerStream = (chat: { id: string; token: string }, ip: string) =>
  openStream(`/api/v1/public/conversations/${chat.id}/stream?token=${encodeURIComponent(chat.token)}`, {
    'x-forwarded-for': ip,
  });

const endings = new WeakMap<Response, Promise<void>>();

/** Whether the stream ends within `ms` (it is read in the background until it ends). */
async function endsWithin(response: Response, ms: number): Promise<boolean> {
  let ended = endings.get(response);
  if (!ended) {
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    ended = (async () => {
      for (;;) {
        const { done } = await reader.read().catch(() => ({ done: true }));
        if (done) return;
      }
    })();
    endings.set(response, ended);
  }
  return Promise.race([
    ended.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);
}

describe('live stream caps', { timeout: 60_000 }, () => {
  it('caps open streams per conversation, per address and per workspace with 429 problem+json', async () => {
    const [a, b, c, d] = [await startChat(), await startChat(), await startChat(), await startChat()];
    const first = await customerStream(a, '203.0.113.10');
    expect(first.response.status).toBe(200);

    // A second stream of the same conversation (another tab beyond the cap).
    const again = await customerStream(a, '203.0.113.11');
    expect(again.response.status).toBe(429);
    expect(again.response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await again.response.json()) as { detail: string }).detail).toContain('this conversation');

    // A second stream from the same address is fine; a third is over the address's cap.
    const second = await customerStream(b, '203.0.113.10');
    expect(second.response.status).toBe(200);
    const third = await customerStream(c, '203.0.113.10');
    expect(third.response.status).toBe(429);
    expect(((await third.response.json()) as { detail: string }).detail).toContain('your address');

    // From elsewhere c opens (the workspace's third stream); d would be the fourth.
    const elsewhere = await customerStream(c, '203.0.113.12');
    expect(elsewhere.response.status).toBe(200);
    const fourth = await customerStream(d, '203.0.113.13');
    expect(fourth.response.status).toBe(429);
    expect(((await fourth.response.json()) as { detail: string }).detail).toContain('this workspace');

    // A closed stream gives its slots back.
    first.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reopened = await customerStream(d, '203.0.113.13');
    expect(reopened.response.status).toBe(200);
    for (const s of [second, elsewhere, reopened]) s.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
});

describe('an agent stream lives as long as the access', { timeout: 60_000 }, () => {
  it('ends when the agent signs out, and when an admin deactivates them', async () => {
    const leaving = await addMember(owner.client, 'agent');
    const cookie = (leaving.client.credentials as { cookie: string }).cookie;
    const stream = await openStream('/api/v1/conversations/stream', { cookie });
    expect(stream.response.status).toBe(200);
    expect(await endsWithin(stream.response, 600)).toBe(false);
    const signedOut = await leaving.client.post('/api/v1/auth/sign-out', {});
    expect(signedOut.status).toBeLessThan(300);
    expect(await endsWithin(stream.response, 5_000)).toBe(true);

    const removed = await addMember(owner.client, 'agent');
    const second = await openStream('/api/v1/conversations/stream', {
      cookie: (removed.client.credentials as { cookie: string }).cookie,
    });
    expect(second.response.status).toBe(200);
    expect(await endsWithin(second.response, 600)).toBe(false);
    expect(
      (await owner.client.patch(`/api/v1/members/${removed.userId}`, { deactivated: true })).status,
    ).toBe(200);
    expect(await endsWithin(second.response, 5_000)).toBe(true);
  });
});

describe('message budget and hand-over emails', { timeout: 60_000 }, () => {
  it('wrong-token sends do not spend a conversation’s budget; the customer’s own sends do', async () => {
    const chat = await startChat();
    const send = (token: string, ip: string) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/public/conversations/${chat.id}/messages`,
        headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': ip },
        payload: { text: 'hello' },
      });
    for (let i = 0; i < 5; i++) expect((await send('not-the-token', '192.0.2.66')).statusCode).toBe(404);
    for (let i = 0; i < 3; i++) expect((await send(chat.token, '192.0.2.7')).statusCode).toBe(201);
    const over = await send(chat.token, '192.0.2.7');
    expect(over.statusCode).toBe(429);
    expect(over.headers['content-type']).toContain('application/problem+json');
  });

  it('emails away agents at most the workspace budget per hour; every hand-over still notifies in-app', async () => {
    const away = await addMember(owner.client, 'agent');
    expect((await away.client.request('PUT', '/api/v1/me/presence', { status: 'away' })).status).toBe(200);
    const email = away.me.user?.email as string;
    for (let i = 0; i < 4; i++) {
      const chat = await startChat(`198.51.100.${20 + i}`);
      const handoff = await app.inject({
        method: 'POST',
        url: `/api/v1/public/conversations/${chat.id}/handoff`,
        headers: { authorization: `Bearer ${chat.token}`, 'x-forwarded-for': `198.51.100.${20 + i}` },
      });
      expect(handoff.statusCode).toBe(200);
    }
    await sink.waitForTo(email);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const mails = sink.messages.filter((m) => JSON.stringify(m.to).includes(email));
    expect(mails).toHaveLength(2);
    const notices = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM notifications
      WHERE workspace_id = ${workspaceId} AND user_id = ${away.userId} AND kind = 'conversation.handed_over'`.execute(
      touchpoint.ctx.db,
    );
    expect(notices.rows[0]?.n).toBe(4);
  });
});

describe('inbound channel replays', { timeout: 60_000 }, () => {
  it('refuses the same signed body without a messageId; a fresh signature is a new message', async () => {
    const channel = await owner.client.post('/api/v1/channels', { name: 'Bridge', kind: 'api' });
    expect(channel.status).toBe(201);
    const { id, secret } = channel.body as { id: string; secret: string };
    const body = JSON.stringify({ externalConversationId: 'ext-1', text: 'Xin chào' });
    const post = (signature: string) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/channels/${id}/inbound`,
        headers: { 'content-type': 'application/json', 'touchpoint-signature': signature },
        payload: body,
      });
    const signature = signatureHeader(secret, body);
    expect((await post(signature)).statusCode).toBe(201);
    const replay = await post(signature);
    expect(replay.statusCode).toBe(409);
    expect(replay.headers['content-type']).toContain('application/problem+json');
    // Signed again a second later: a new request, a new message.
    const fresh = await post(signatureHeader(secret, body, new Date(Date.now() + 1_000)));
    expect(fresh.statusCode).toBeLessThan(300);
    const count = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM conversation_messages
      WHERE workspace_id = ${workspaceId} AND author = 'customer' AND text = 'Xin chào'`.execute(
      touchpoint.ctx.db,
    );
    expect(count.rows[0]?.n).toBe(2);
  });
});
