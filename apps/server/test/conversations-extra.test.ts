import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepIdleBotConversations } from '../src/modules/conversations/bot-resolution.service';
import { signatureHeader, verifySignature } from '../src/modules/webhooks/signature';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Around conversations: the CSAT after resolution (a real survey response credited to the resolving agent
// and team, counted against the contact budget), the inbox metrics against hand-computed figures, webhooks,
// the idle sweep, signed inbound channels (api and email) with replies going back out, and tenancy.

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
}

let touchpoint: Touchpoint;
let app: FastifyInstance;
let smtp: SmtpSink;
let server: Server;
const received: Received[] = [];
const receiverUrl = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        path: req.url ?? '/',
        headers: req.headers,
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  touchpoint = await startTestTouchpoint({ smtpUrl: smtp.url });
  app = touchpoint.app as FastifyInstance;
});
afterAll(async () => {
  await touchpoint?.stop();
  await smtp?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function waitFor<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, what: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const anonymous = () => new TestClient(app);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A workspace whose admin is an online agent of a team (routing hands conversations to them). */
async function staffedWorkspace() {
  const { client, me } = await signUp(app);
  const userId = me.user?.id as string;
  const team = await client.post('/api/v1/teams', { name: 'Support' });
  expect(team.status).toBe(201);
  expect((await client.post(`/api/v1/teams/${team.body.id}/members`, { userId })).status).toBeLessThan(300);
  expect((await client.request('PUT', '/api/v1/me/presence', { status: 'online' })).status).toBeLessThan(300);
  return { client, workspaceId: me.workspace?.id as string, userId, teamId: team.body.id as string };
}

/** A customer's conversation handed to a person, answered and resolved by the agent. */
async function resolvedByAgent(client: TestClient, workspaceId: string, email: string) {
  const created = await anonymous().post('/api/v1/public/conversations', {
    workspaceId,
    contact: { email, name: 'Lan' },
  });
  expect(created.status).toBe(201);
  const { id, token } = created.body as { id: string; token: string };
  const customer = anonymous();
  await customer.request(
    'POST',
    `/api/v1/public/conversations/${id}/messages`,
    { text: 'My order never came' },
    bearer(token),
  );
  const handoff = await customer.request(
    'POST',
    `/api/v1/public/conversations/${id}/handoff`,
    {},
    bearer(token),
  );
  expect(handoff.status).toBeLessThan(300);
  expect(
    (await client.post(`/api/v1/conversations/${id}/messages`, { text: 'Sorry! It ships today.' })).status,
  ).toBe(201);
  const resolved = await client.patch(`/api/v1/conversations/${id}`, { status: 'resolved' });
  expect(resolved.status).toBe(200);
  return { id, token };
}

describe('CSAT after resolution', () => {
  it('stores a survey response credited to the resolving agent and team, once, and spends a budget touch', async () => {
    const { client, workspaceId, userId, teamId } = await staffedWorkspace();
    const { id, token } = await resolvedByAgent(client, workspaceId, 'lan@example.com');
    const customer = anonymous();
    // The question is decided after the resolution event (contact budget); the public GET reports it.
    await waitFor(async () => {
      const state = await customer.request(
        'GET',
        `/api/v1/public/conversations/${id}/messages`,
        undefined,
        bearer(token),
      );
      return state.body.csat?.asked === true;
    }, 'the CSAT question');

    const answer = await customer.request(
      'POST',
      `/api/v1/public/conversations/${id}/csat`,
      { score: 5, comment: 'Quick and kind' },
      bearer(token),
    );
    expect(answer.status).toBe(201);
    const { responseId, surveyId } = answer.body as { responseId: string; surveyId: string };

    // A real response of the workspace's "Conversation satisfaction" survey, visible to the survey APIs.
    const survey = await client.get(`/api/v1/surveys/${surveyId}`);
    expect(survey.body).toMatchObject({ name: 'Conversation satisfaction', status: 'published' });
    const stored = await touchpoint.ctx.db
      .selectFrom('responses')
      .select(['answers', 'hiddenFields', 'finished', 'contactId', 'channel'])
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', responseId)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      finished: true,
      channel: 'chat',
      answers: { csat: 5, comment: 'Quick and kind' },
      hiddenFields: { conversation_id: id, agent_id: userId, team_id: teamId },
    });
    expect(stored.contactId).not.toBeNull();
    // Asking spent one touch of the contact's budget, like any survey.
    const touches = await touchpoint.ctx.db
      .selectFrom('surveyTouches')
      .select(['surveyId'])
      .where('workspaceId', '=', workspaceId)
      .where('contactId', '=', stored.contactId as string)
      .execute();
    expect(touches).toEqual([{ surveyId }]);

    // The same answer again is harmless; another score for the same resolution is refused.
    const again = await customer.request(
      'POST',
      `/api/v1/public/conversations/${id}/csat`,
      { score: 5, comment: 'Quick and kind' },
      bearer(token),
    );
    expect(again.status).toBe(201);
    expect(again.body.responseId).toBe(responseId);
    const changed = await customer.request(
      'POST',
      `/api/v1/public/conversations/${id}/csat`,
      { score: 1 },
      bearer(token),
    );
    expect(changed.status).toBe(409);
    const state = await customer.request(
      'GET',
      `/api/v1/public/conversations/${id}/messages`,
      undefined,
      bearer(token),
    );
    expect(state.body.csat).toEqual({ asked: true, answered: true });

    // The inbox metrics credit the agent and the team.
    const metrics = await client.get('/api/v1/conversations/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body.csat).toMatchObject({ value: 100, n: 1 });
    expect(metrics.body.csat.byAgent).toMatchObject([{ id: userId, value: 100, n: 1 }]);
    expect(metrics.body.csat.byTeam).toMatchObject([{ id: teamId, name: 'Support', value: 100, n: 1 }]);
    expect(metrics.body.csat.ci[0]).toBeLessThan(100);

    // The CSAT survey is a system survey: the public survey routes treat it as missing, so nobody can
    // post answers naming an agent or team of their choosing.
    const forged = await anonymous().post(`/api/v1/public/surveys/${surveyId}/responses`, {
      answers: { csat: 1 },
      hiddenFields: { conversation_id: id, agent_id: userId, team_id: teamId },
      channel: 'link',
      finished: true,
    });
    expect(forged.status).toBe(404);
    expect((await anonymous().get(`/api/v1/public/surveys/${surveyId}`)).status).toBe(404);
    // Even a response that reached the table some other way is not credited: only the linked one counts.
    await touchpoint.ctx.db
      .insertInto('responses')
      .values({
        workspaceId,
        id: uuidv7(),
        surveyId,
        surveyVersion: (
          await touchpoint.ctx.db
            .selectFrom('surveys')
            .select('version')
            .where('id', '=', surveyId)
            .executeTakeFirstOrThrow()
        ).version,
        touchpointId: null,
        contactId: null,
        linkId: null,
        idempotencyKey: `forged-${uuidv7()}`,
        channel: 'link',
        language: 'en',
        answers: JSON.stringify({ csat: 1 }),
        hiddenFields: JSON.stringify({ conversation_id: id, agent_id: userId, team_id: teamId }),
        meta: '{}',
        npsScore: null,
        finished: true,
        finishedAt: new Date(),
      })
      .execute();
    const still = await client.get('/api/v1/conversations/metrics');
    expect(still.body.csat).toMatchObject({ value: 100, n: 1 });
    expect(still.body.csat.byAgent).toMatchObject([{ id: userId, value: 100, n: 1 }]);
  });

  it('answers 404 for a wrong token and 409 before the conversation is resolved', async () => {
    const { workspaceId } = await staffedWorkspace();
    const created = await anonymous().post('/api/v1/public/conversations', { workspaceId });
    const { id, token } = created.body as { id: string; token: string };
    const wrong = await anonymous().request(
      'POST',
      `/api/v1/public/conversations/${id}/csat`,
      { score: 4 },
      bearer('x'.repeat(43)),
    );
    expect(wrong.status).toBe(404);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    const early = await anonymous().request(
      'POST',
      `/api/v1/public/conversations/${id}/csat`,
      { score: 4 },
      bearer(token),
    );
    expect(early.status).toBe(409);
    const bad = await anonymous().request(
      'POST',
      `/api/v1/public/conversations/${id}/csat`,
      { score: 9 },
      bearer(token),
    );
    expect(bad.status).toBe(400);
  });
});

describe('inbox metrics', () => {
  it('counts containment honestly (come-back within 7 days, confirmed vs assumed) and matches hand-computed figures', async () => {
    const { client, workspaceId } = await staffedWorkspace();
    const db = touchpoint.ctx.db;
    const day = 86_400_000;
    const base = Date.now() - 20 * day;
    const at = (offsetSeconds: number) => new Date(base + offsetSeconds * 1000);
    const contacts = [uuidv7(), uuidv7(), uuidv7()];
    await db
      .insertInto('contacts')
      .values(contacts.map((id, i) => ({ workspaceId, id, email: `c${i}@example.com` })))
      .execute();
    const conversation = (fields: Record<string, unknown>) => ({
      workspaceId,
      id: uuidv7(),
      status: 'resolved' as const,
      language: 'en' as const,
      tokenHash: 'x',
      channel: 'widget',
      createdAt: at(0),
      updatedAt: at(0),
      lastMessageAt: at(0),
      ...fields,
    });
    const rows = [
      // A: the customer confirmed; never came back → contained (confirmed).
      conversation({ contactId: contacts[0], resolution: 'bot_confirmed', resolvedAt: at(300) }),
      // B: assumed from silence, but the same customer wrote again 3 days later → not contained.
      conversation({ contactId: contacts[1], resolution: 'bot_assumed', resolvedAt: at(300) }),
      // C: assumed; the customer wrote again only 10 days later → contained (assumed).
      conversation({ contactId: contacts[2], resolution: 'bot_assumed', resolvedAt: at(300) }),
      // D, F: handed over; first reply 60 s / 120 s after the hand-over; resolved 600 s / 1,200 s after it.
      conversation({
        handedOverAt: at(100),
        handoffReason: 'asked_for_person',
        firstResponseAt: at(160),
        resolution: 'agent',
        resolvedAt: at(700),
      }),
      conversation({
        handedOverAt: at(100),
        handoffReason: 'low_confidence',
        firstResponseAt: at(220),
        resolution: 'agent',
        resolvedAt: at(1300),
      }),
    ];
    // E: B's customer coming back (still with the bot: undecided, not counted itself).
    const comeBack = conversation({ contactId: contacts[1], status: 'bot', createdAt: at(3 * 86_400) });
    const later = conversation({ contactId: contacts[2], status: 'bot', createdAt: at(10 * 86_400) });
    await db
      .insertInto('conversations')
      .values([...rows, comeBack, later])
      .execute();
    await db
      .insertInto('conversationMessages')
      .values([
        {
          workspaceId,
          id: uuidv7(),
          conversationId: comeBack.id,
          author: 'customer',
          text: 'Still broken',
          createdAt: at(3 * 86_400),
        },
        {
          workspaceId,
          id: uuidv7(),
          conversationId: later.id,
          author: 'customer',
          text: 'New question',
          createdAt: at(10 * 86_400),
        },
      ])
      .execute();

    const metrics = await client.get('/api/v1/conversations/metrics');
    expect(metrics.status).toBe(200);
    // 5 decided conversations; A and C contained; B came back.
    expect(metrics.body.containment).toMatchObject({
      rate: 40,
      n: 5,
      confirmed: 1,
      assumed: 1,
      cameBack: 1,
      provisional: 0,
    });
    expect(metrics.body.handover).toMatchObject({
      rate: 40,
      n: 5,
      reasons: [
        { reason: 'asked_for_person', count: 1 },
        { reason: 'low_confidence', count: 1 },
      ],
    });
    expect(metrics.body.firstResponse).toEqual({ p50Seconds: 90, p90Seconds: 114, n: 2 });
    expect(metrics.body.resolution).toEqual({ p50Seconds: 900, p90Seconds: 1140, n: 2 });
    // A period before everything is empty; a team filter with no team's conversations too.
    const before = await client.get('/api/v1/conversations/metrics?from=2020-01-01&to=2020-01-31');
    expect(before.body.containment).toMatchObject({ n: 0, rate: null, ci: null });
  });

  it('resolves bot conversations idle for 30 minutes as assumed, never a greeting-only one', async () => {
    const { workspaceId } = await staffedWorkspace();
    const db = touchpoint.ctx.db;
    const old = new Date(Date.now() - 3_600_000);
    const make = () => ({
      workspaceId,
      id: uuidv7(),
      status: 'bot' as const,
      language: 'en' as const,
      tokenHash: 'x',
      channel: 'widget',
      createdAt: old,
      updatedAt: old,
      lastMessageAt: old,
    });
    const answered = make();
    const greetingOnly = make();
    await db.insertInto('conversations').values([answered, greetingOnly]).execute();
    const message = (conversationId: string, author: 'customer' | 'bot', seconds: number) => ({
      workspaceId,
      id: uuidv7(),
      conversationId,
      author,
      text: author === 'bot' ? 'Refunds take 5 days.' : 'How long is a refund?',
      createdAt: new Date(old.getTime() + seconds * 1000),
    });
    await db
      .insertInto('conversationMessages')
      .values([
        message(greetingOnly.id, 'bot', 0),
        message(answered.id, 'bot', 0),
        message(answered.id, 'customer', 1),
        message(answered.id, 'bot', 2),
      ])
      .execute();
    expect(await sweepIdleBotConversations(touchpoint.ctx)).toBeGreaterThanOrEqual(1);
    const states = await db
      .selectFrom('conversations')
      .select(['id', 'status', 'resolution'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    expect(states.find((s) => s.id === answered.id)).toMatchObject({
      status: 'resolved',
      resolution: 'bot_assumed',
    });
    expect(states.find((s) => s.id === greetingOnly.id)).toMatchObject({ status: 'bot', resolution: null });
  });
});

describe('webhooks for conversations', () => {
  it('delivers conversation.created, handed_over and resolved to a subscribed endpoint', async () => {
    const { client, workspaceId } = await staffedWorkspace();
    const hook = await client.post('/api/v1/webhooks', {
      url: receiverUrl(`/hooks/${workspaceId}`),
      events: ['conversation.created', 'conversation.handed_over', 'conversation.resolved'],
    });
    expect(hook.status).toBe(201);
    const { id } = await resolvedByAgent(client, workspaceId, 'minh@example.com');
    const types = await waitFor(() => {
      const mine = received.filter((r) => r.path === `/hooks/${workspaceId}`);
      const seen = mine.map(
        (r) => JSON.parse(r.raw) as { type: string; data: { conversation: { id: string } } },
      );
      return seen.length >= 3 ? seen : undefined;
    }, 'three conversation webhooks');
    expect(types.map((t) => t.type).sort()).toEqual([
      'conversation.created',
      'conversation.handed_over',
      'conversation.resolved',
    ]);
    expect(types.every((t) => t.data.conversation.id === id)).toBe(true);
  });
});

describe('inbound channels', () => {
  const post = (channelId: string, body: string, signature?: string) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/channels/${channelId}/inbound`,
      headers: {
        'content-type': 'application/json',
        ...(signature ? { 'touchpoint-signature': signature } : {}),
      },
      payload: body,
    });
  const countConversations = async (workspaceId: string) =>
    Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM conversations WHERE workspace_id = ${workspaceId}`.execute(
          touchpoint.ctx.db,
        )
      ).rows[0]?.n,
    );

  it('a signed api message creates then continues a conversation; a bad signature stores nothing; replies go out signed', async () => {
    const { client, workspaceId } = await staffedWorkspace();
    const created = await client.post('/api/v1/channels', {
      name: 'Zalo bridge',
      kind: 'api',
      replyUrl: receiverUrl(`/bridge/${workspaceId}`),
    });
    expect(created.status).toBe(201);
    const { id: channelId, secret } = created.body as { id: string; secret: string };
    expect(secret).toMatch(/^whsec_/);
    expect(JSON.stringify((await client.get('/api/v1/channels')).body)).not.toContain(secret);

    const body = JSON.stringify({
      externalConversationId: 'zalo-42',
      from: { externalId: 'zalo-user-7', name: 'Hoa' },
      text: 'Tôi muốn gặp nhân viên',
      messageId: 'm-1',
    });
    const forged = await post(channelId, body, signatureHeader('whsec_wrong', body));
    expect(forged.statusCode).toBe(401);
    expect(forged.headers['content-type']).toContain('application/problem+json');
    expect((await post(channelId, body)).statusCode).toBe(401);
    expect(await countConversations(workspaceId)).toBe(0);

    const first = await post(channelId, body, signatureHeader(secret, body));
    expect(first.statusCode).toBe(201);
    const result = first.json() as { conversationId: string; created: boolean; duplicate: boolean };
    expect(result).toMatchObject({ created: true, duplicate: false });
    const retry = await post(channelId, body, signatureHeader(secret, body));
    expect(retry.json()).toMatchObject({ conversationId: result.conversationId, duplicate: true });
    const next = JSON.stringify({
      externalConversationId: 'zalo-42',
      text: 'Đơn hàng 123',
      messageId: 'm-2',
    });
    expect((await post(channelId, next, signatureHeader(secret, next))).json()).toMatchObject({
      conversationId: result.conversationId,
      created: false,
    });
    expect(await countConversations(workspaceId)).toBe(1);

    const detail = await client.get(`/api/v1/conversations/${result.conversationId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.conversation.channel).toBe(`api:${channelId}`);
    const customerTexts = (detail.body.messages as { author: string; text: string }[])
      .filter((m) => m.author === 'customer')
      .map((m) => m.text);
    expect(customerTexts).toEqual(['Tôi muốn gặp nhân viên', 'Đơn hàng 123']);

    // An agent's reply reaches the bridge as a signed conversation.reply webhook.
    if (detail.body.conversation.status === 'bot') {
      await client.patch(`/api/v1/conversations/${result.conversationId}`, { status: 'open' });
    }
    expect(
      (
        await client.post(`/api/v1/conversations/${result.conversationId}/messages`, {
          text: 'Chào chị Hoa!',
        })
      ).status,
    ).toBe(201);
    const delivery = await waitFor(
      () => received.find((r) => r.path === `/bridge/${workspaceId}`),
      'the reply webhook',
    );
    expect(verifySignature(secret, delivery.headers['touchpoint-signature'] as string, delivery.raw).ok).toBe(
      true,
    );
    expect(JSON.parse(delivery.raw)).toMatchObject({
      type: 'conversation.reply',
      data: { externalConversationId: 'zalo-42', message: { text: 'Chào chị Hoa!', author: 'agent' } },
    });

    // Tenancy: another workspace sees none of it.
    const other = await signUp(app);
    expect((await other.client.get(`/api/v1/channels/${channelId}`)).status).toBe(404);
    expect((await other.client.delete(`/api/v1/channels/${channelId}`)).status).toBe(404);
    expect((await other.client.get('/api/v1/channels')).body.items).toEqual([]);
    expect((await other.client.get(`/api/v1/conversations/${result.conversationId}`)).status).toBe(404);
    const theirMetrics = await other.client.get('/api/v1/conversations/metrics');
    expect(theirMetrics.body.containment.n + theirMetrics.body.handover.n).toBe(0);

    expect((await client.delete(`/api/v1/channels/${channelId}`)).status).toBe(204);
    expect((await post(channelId, next, signatureHeader(secret, next))).statusCode).toBe(404);
  });

  it('an email thread: inbound creates a conversation, the agent replies by email, the reply to it threads back', async () => {
    const { client, workspaceId } = await staffedWorkspace();
    const created = await client.post('/api/v1/channels', { name: 'Support inbox', kind: 'email' });
    expect(created.status).toBe(201);
    const { id: channelId, secret } = created.body as { id: string; secret: string };
    const email = JSON.stringify({
      from: 'Mai Tran <mai@example.com>',
      to: 'support@shop.example',
      subject: 'Broken blender',
      text: 'My blender stopped working after a week. I want to talk to a person.',
      messageId: '<first-1@mail.example.com>',
    });
    const first = await post(channelId, email, signatureHeader(secret, email));
    expect(first.statusCode).toBe(201);
    const { conversationId } = first.json() as { conversationId: string };
    const detail = await client.get(`/api/v1/conversations/${conversationId}`);
    expect(detail.body.conversation.channel).toBe('email');
    if (detail.body.conversation.status === 'bot') {
      await client.patch(`/api/v1/conversations/${conversationId}`, { status: 'open' });
    }
    const before = smtp.messages.length;
    expect(
      (await client.post(`/api/v1/conversations/${conversationId}/messages`, { text: 'We will replace it.' }))
        .status,
    ).toBe(201);
    const mails = await waitFor(() => {
      const mine = smtp.messages.slice(before).filter((m) => m.text?.includes('We will replace it.'));
      return mine.length > 0 ? mine : undefined;
    }, 'the reply email');
    const reply = mails[0];
    expect(reply?.subject).toBe('Re: Broken blender');
    // Threaded under the customer's first email (the hand-over notice may have been emailed in between).
    expect(reply?.inReplyTo).toBeTruthy();
    expect([reply?.references ?? []].flat()).toContain('<first-1@mail.example.com>');
    expect(JSON.stringify(reply?.to)).toContain('mai@example.com');

    const answer = JSON.stringify({
      from: 'mai@example.com',
      subject: 'Re: Broken blender',
      text: 'Thank you!\n\nOn Mon, Support wrote:\n> We will replace it.',
      messageId: '<second-2@mail.example.com>',
      inReplyTo: reply?.messageId,
    });
    const second = await post(channelId, answer, signatureHeader(secret, answer));
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ conversationId, created: false });
    const after = await client.get(`/api/v1/conversations/${conversationId}`);
    const texts = (after.body.messages as { author: string; text: string }[])
      .filter((m) => m.author === 'customer')
      .map((m) => m.text);
    expect(texts.at(-1)).toBe('Thank you!');
    expect(await countConversations(workspaceId)).toBe(1);

    // A third party quoting the thread's Message-IDs, or writing to its reply address, is not threaded in:
    // they start their own conversation and the agent's next reply still goes to the customer.
    const intruder = JSON.stringify({
      from: 'eve@attacker.example',
      to: 'support@shop.example',
      subject: 'Re: Broken blender',
      text: 'Please send the replacement to my address instead.',
      messageId: '<third-3@attacker.example>',
      inReplyTo: reply?.messageId,
      references: `<first-1@mail.example.com> <second-2@mail.example.com> ${reply?.messageId ?? ''}`,
    });
    const third = await post(channelId, intruder, signatureHeader(secret, intruder));
    expect(third.statusCode).toBe(201);
    expect(third.json()).toMatchObject({ created: true });
    expect(third.json().conversationId).not.toBe(conversationId);
    const viaToken = JSON.stringify({
      from: 'eve@attacker.example',
      to: `support+c-${conversationId}@shop.example`,
      subject: 'Re: Broken blender',
      text: 'Me again.',
      messageId: '<fourth-4@attacker.example>',
    });
    const fourth = await post(channelId, viaToken, signatureHeader(secret, viaToken));
    expect(fourth.json().conversationId).not.toBe(conversationId);
    const customerTexts = (
      (await client.get(`/api/v1/conversations/${conversationId}`)).body.messages as {
        author: string;
        text: string;
      }[]
    )
      .filter((m) => m.author === 'customer')
      .map((m) => m.text);
    expect(customerTexts.at(-1)).toBe('Thank you!');
    const mark = smtp.messages.length;
    expect(
      (await client.post(`/api/v1/conversations/${conversationId}/messages`, { text: 'Shipped today.' }))
        .status,
    ).toBe(201);
    const followUp = await waitFor(
      () => smtp.messages.slice(mark).find((m) => m.text?.includes('Shipped today.')),
      'the follow-up email',
    );
    expect(JSON.stringify(followUp.to)).toContain('mai@example.com');
    expect(JSON.stringify(followUp.to)).not.toContain('attacker');
  });
});
