import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../src/modules/webhooks/signature';
import { dispatchPendingEvents } from '../src/platform/events';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Webhooks end to end against a real HTTP receiver on loopback: the outbox, the signed POST, retries with
// (shortened) backoff, the dead-letter state, manual redelivery and the private-target guard.

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  raw: string;
}

/** A receiver whose paths behave differently: `/ok` always 200, `/flaky` 500 once then 200, `/down` 500 until recovered. */
class Receiver {
  readonly received: Received[] = [];
  recovered = false;
  private readonly server: Server;
  private flakyFailed = new Set<string>();

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        this.received.push({ path, headers: req.headers, raw });
        const deliveryId = String(req.headers['touchpoint-delivery']);
        let status = 200;
        if (path.startsWith('/flaky') && !this.flakyFailed.has(deliveryId)) {
          this.flakyFailed.add(deliveryId);
          status = 500;
        } else if (path.startsWith('/down') && !this.recovered) {
          status = 500;
        }
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'boom');
      });
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const SURVEY = {
  name: 'Delivery NPS',
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
    { id: 'q2', type: 'open_text', text: { en: 'Why?' } },
  ],
};
const RETRY_DELAYS_MS = [50, 50, 50, 50, 50];

let touchpoint: Touchpoint;
let app: FastifyInstance;
let receiver: Receiver;

beforeAll(async () => {
  receiver = new Receiver();
  await receiver.start();
  touchpoint = await startTestTouchpoint({ webhooks: { retryDelaysMs: RETRY_DELAYS_MS, timeoutMs: 5_000 } });
  app = touchpoint.app as FastifyInstance;
});
afterAll(async () => {
  await touchpoint?.stop();
  await receiver?.stop();
});

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, ms = 20_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A fresh workspace with a published survey, so each test's webhooks see only its own events. */
async function workspaceWithSurvey(): Promise<{ client: TestClient; workspaceId: string; surveyId: string }> {
  const { client, me } = await signUp(app);
  const survey = await client.post('/api/v1/surveys', SURVEY);
  expect(survey.status).toBe(201);
  await client.post(`/api/v1/surveys/${survey.body.id}/publish`);
  return { client, workspaceId: me.workspace.id, surveyId: survey.body.id };
}

async function completeResponse(client: TestClient, surveyId: string, score = 3) {
  const response = await client.request('POST', `/api/v1/public/surveys/${surveyId}/responses`, {
    answers: { q1: score, q2: 'My refund has not arrived after three weeks' },
    finished: true,
  });
  expect(response.status).toBeLessThan(300);
  return response.body.id as string;
}

async function deliveries(client: TestClient, webhookId: string, status?: string) {
  const response = await client.get(
    `/api/v1/webhooks/${webhookId}/deliveries${status ? `?status=${status}` : ''}`,
  );
  expect(response.status).toBe(200);
  return response.body.items as { id: string; status: string; attempts: number; [key: string]: unknown }[];
}

describe('webhooks', () => {
  it('returns the secret once on create and never again', async () => {
    const { client } = await workspaceWithSurvey();
    const created = await client.post('/api/v1/webhooks', {
      url: receiver.url('/ok'),
      events: ['response.completed', 'case.created', 'case.created'],
      description: 'CRM sync',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      url: receiver.url('/ok'),
      events: ['response.completed', 'case.created'],
      description: 'CRM sync',
      active: true,
    });
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const one = await client.get(`/api/v1/webhooks/${created.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).not.toHaveProperty('secret');
    const list = await client.get('/api/v1/webhooks');
    expect(list.body.items.map((w: { id: string }) => w.id)).toEqual([created.body.id]);
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret);

    const rotated = await client.post(`/api/v1/webhooks/${created.body.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);

    const updated = await client.patch(`/api/v1/webhooks/${created.body.id}`, {
      events: ['review.imported'],
      active: false,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      events: ['review.imported'],
      active: false,
      description: 'CRM sync',
    });

    const badEvent = await client.post('/api/v1/webhooks', { url: receiver.url('/ok'), events: ['nope'] });
    expect(badEvent.status).toBe(400);
    const noEvents = await client.post('/api/v1/webhooks', { url: receiver.url('/ok'), events: [] });
    expect(noEvents.status).toBe(400);
    const ftp = await client.post('/api/v1/webhooks', {
      url: 'ftp://example.com/x',
      events: ['case.created'],
    });
    expect(ftp.status).toBe(400);
    expect(ftp.body.invalidParams.map((p: { name: string }) => p.name)).toContain('body.url');

    expect((await client.delete(`/api/v1/webhooks/${created.body.id}`)).status).toBe(204);
    expect((await client.get(`/api/v1/webhooks/${created.body.id}`)).status).toBe(404);
  });

  it('delivers a completed response, signed over the raw body, with every header', async () => {
    const { client, workspaceId, surveyId } = await workspaceWithSurvey();
    const path = `/ok/${workspaceId}`;
    const created = await client.post('/api/v1/webhooks', {
      url: receiver.url(path),
      events: ['response.completed'],
    });
    const responseId = await completeResponse(client, surveyId);
    const [request] = await waitFor(
      () => (receiver.at(path).length > 0 ? receiver.at(path) : undefined),
      'delivery',
    );
    const received = request as Received;

    expect(received.headers['content-type']).toBe('application/json');
    expect(received.headers['user-agent']).toBe('Touchpoint-Webhooks/1');
    expect(received.headers['touchpoint-event']).toBe('response.completed');
    const signature = String(received.headers['touchpoint-signature']);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    // Verify exactly as a receiver would: HMAC of "<t>.<raw body>" with the secret from create.
    const [t, v1] = signature.split(',').map((part) => part.split('=')[1]);
    expect(v1).toBe(createHmac('sha256', created.body.secret).update(`${t}.${received.raw}`).digest('hex'));
    expect(verifySignature(created.body.secret, signature, received.raw).ok).toBe(true);

    const body = JSON.parse(received.raw);
    expect(body).toMatchObject({
      id: received.headers['touchpoint-delivery'],
      type: 'response.completed',
      workspaceId,
      data: {
        response: {
          id: responseId,
          surveyId,
          touchpointId: null,
          npsScore: 3,
          answers: { q1: 3, q2: 'My refund has not arrived after three weeks' },
          finished: true,
        },
      },
    });
    expect(new Date(body.occurredAt).toString()).not.toBe('Invalid Date');

    const list = await waitFor(async () => {
      const items = await deliveries(client, created.body.id);
      return items[0]?.status === 'delivered' ? items : undefined;
    }, 'delivered status');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: body.id,
      eventType: 'response.completed',
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
    });
    expect(list[0]?.deliveredAt).toEqual(expect.any(String));
  });

  it('retries a failed delivery with backoff: 500 then 200 succeeds on attempt 2', async () => {
    const { client, workspaceId, surveyId } = await workspaceWithSurvey();
    const path = `/flaky/${workspaceId}`;
    const created = await client.post('/api/v1/webhooks', {
      url: receiver.url(path),
      events: ['response.completed'],
    });
    await completeResponse(client, surveyId, 9);
    const [delivery] = await waitFor(async () => {
      const items = await deliveries(client, created.body.id);
      return items[0]?.status === 'delivered' ? items : undefined;
    }, 'a retried delivery');
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200 });
    const requests = receiver.at(path);
    expect(requests).toHaveLength(2);
    // The same delivery both times, so a receiver can deduplicate; each attempt is signed afresh.
    expect(requests.map((r) => r.headers['touchpoint-delivery'])).toEqual([delivery?.id, delivery?.id]);
    expect(requests[0]?.raw).toBe(requests[1]?.raw);
    for (const r of requests) {
      expect(verifySignature(created.body.secret, String(r.headers['touchpoint-signature']), r.raw).ok).toBe(
        true,
      );
    }
  });

  it('marks an always-failing delivery dead after the limit; manual redelivery works once the receiver recovers', async () => {
    const { client, workspaceId, surveyId } = await workspaceWithSurvey();
    const path = `/down/${workspaceId}`;
    const created = await client.post('/api/v1/webhooks', {
      url: receiver.url(path),
      events: ['response.completed'],
    });
    await completeResponse(client, surveyId);
    const [dead] = await waitFor(async () => {
      const items = await deliveries(client, created.body.id, 'dead');
      return items.length > 0 ? items : undefined;
    }, 'a dead delivery');
    expect(dead).toMatchObject({
      status: 'dead',
      attempts: RETRY_DELAYS_MS.length + 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
      nextAttemptAt: null,
      deliveredAt: null,
    });
    expect(receiver.at(path)).toHaveLength(RETRY_DELAYS_MS.length + 1);
    expect(await deliveries(client, created.body.id, 'delivered')).toEqual([]);

    receiver.recovered = true;
    const redelivered = await client.post(
      `/api/v1/webhooks/${created.body.id}/deliveries/${dead?.id}/redeliver`,
    );
    expect(redelivered.status).toBe(202);
    expect(redelivered.body).toMatchObject({ id: dead?.id, status: 'pending', attempts: 0 });
    const [done] = await waitFor(async () => {
      const items = await deliveries(client, created.body.id, 'delivered');
      return items.length > 0 ? items : undefined;
    }, 'the redelivery');
    expect(done).toMatchObject({ id: dead?.id, status: 'delivered', attempts: 1, lastStatusCode: 200 });
    expect(await deliveries(client, created.body.id, 'dead')).toEqual([]);
    expect(receiver.at(path)).toHaveLength(RETRY_DELAYS_MS.length + 2);
    receiver.recovered = false;
  });

  it('sends a webhook.test event on demand', async () => {
    const { client, workspaceId } = await workspaceWithSurvey();
    const path = `/ok/test/${workspaceId}`;
    const created = await client.post('/api/v1/webhooks', {
      url: receiver.url(path),
      events: ['case.created'],
    });
    const test = await client.post(`/api/v1/webhooks/${created.body.id}/test`);
    expect(test.status).toBe(202);
    expect(test.body).toMatchObject({ eventType: 'webhook.test', status: 'pending', attempts: 0 });
    const [request] = await waitFor(
      () => (receiver.at(path).length > 0 ? receiver.at(path) : undefined),
      'the test',
    );
    expect(request?.headers['touchpoint-event']).toBe('webhook.test');
    expect(request?.headers['touchpoint-delivery']).toBe(test.body.id);
    expect(JSON.parse(request?.raw ?? '{}')).toMatchObject({
      type: 'webhook.test',
      data: { webhook: { id: created.body.id } },
    });
  });

  it('delivers one review.imported per new review', async () => {
    const { client, workspaceId } = await workspaceWithSurvey();
    const path = `/ok/reviews/${workspaceId}`;
    await client.post('/api/v1/webhooks', { url: receiver.url(path), events: ['review.imported'] });
    const imported = await client.post('/api/v1/reviews', {
      items: [
        { source: 'google', externalId: 'g-1', text: 'Great', rating: 5, postedAt: '2026-11-01T00:00:00Z' },
        {
          source: 'google',
          externalId: 'g-2',
          text: 'Slow refund',
          rating: 2,
          postedAt: '2026-11-02T00:00:00Z',
        },
      ],
    });
    expect(imported.status).toBeLessThan(300);
    const requests = await waitFor(
      () => (receiver.at(path).length >= 2 ? receiver.at(path) : undefined),
      'reviews',
    );
    const bodies = requests.map((r) => JSON.parse(r.raw));
    expect(bodies.map((b) => b.type)).toEqual(['review.imported', 'review.imported']);
    expect(bodies.map((b) => b.data.review.externalId).sort()).toEqual(['g-1', 'g-2']);
  });

  it('creates one delivery when the same domain event is dispatched twice', async () => {
    const { client, workspaceId, surveyId } = await workspaceWithSurvey();
    const path = `/ok/idem/${workspaceId}`;
    const created = await client.post('/api/v1/webhooks', {
      url: receiver.url(path),
      events: ['response.completed'],
    });
    const responseId = await completeResponse(client, surveyId);
    await waitFor(
      async () => (await deliveries(client, created.body.id))[0]?.status === 'delivered',
      'delivery',
    );
    // Event dispatch is at least once: replay the very same event, as a crashed dispatcher would.
    await touchpoint.ctx.db
      .updateTable('domainEvents')
      .set({ dispatchedAt: null, leaseUntil: null })
      .where('workspaceId', '=', workspaceId)
      .where('type', '=', 'response.completed')
      .where('subjectId', '=', responseId)
      .execute();
    await dispatchPendingEvents(touchpoint.ctx.db, touchpoint.ctx.events, touchpoint.ctx.logger);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await deliveries(client, created.body.id)).toHaveLength(1);
    expect(receiver.at(path)).toHaveLength(1);
  });

  it("never shows, changes or redelivers another workspace's webhook", async () => {
    const a = await workspaceWithSurvey();
    const created = await a.client.post('/api/v1/webhooks', {
      url: receiver.url('/ok/a'),
      events: ['case.created'],
    });
    const test = await a.client.post(`/api/v1/webhooks/${created.body.id}/test`);
    const id = created.body.id;
    const b = await workspaceWithSurvey();
    expect((await b.client.get(`/api/v1/webhooks/${id}`)).status).toBe(404);
    expect((await b.client.patch(`/api/v1/webhooks/${id}`, { active: false })).status).toBe(404);
    expect((await b.client.post(`/api/v1/webhooks/${id}/rotate-secret`)).status).toBe(404);
    expect((await b.client.get(`/api/v1/webhooks/${id}/deliveries`)).status).toBe(404);
    expect((await b.client.post(`/api/v1/webhooks/${id}/deliveries/${test.body.id}/redeliver`)).status).toBe(
      404,
    );
    expect((await b.client.post(`/api/v1/webhooks/${id}/test`)).status).toBe(404);
    expect((await b.client.delete(`/api/v1/webhooks/${id}`)).status).toBe(404);
    expect((await b.client.get('/api/v1/webhooks')).body.items).toEqual([]);
    // B's own webhook cannot reach A's delivery either.
    const own = await b.client.post('/api/v1/webhooks', {
      url: receiver.url('/ok/b'),
      events: ['case.created'],
    });
    expect(
      (await b.client.post(`/api/v1/webhooks/${own.body.id}/deliveries/${test.body.id}/redeliver`)).status,
    ).toBe(404);
    expect((await a.client.get(`/api/v1/webhooks/${id}`)).body).toMatchObject({ active: true });
  });
});

describe('webhooks when private targets are not allowed', () => {
  let strict: Touchpoint;
  beforeAll(async () => {
    strict = await startTestTouchpoint({
      webhooks: { allowPrivate: false, retryDelaysMs: [50], timeoutMs: 2_000 },
    });
  });
  afterAll(() => strict?.stop());

  it('refuses private and loopback URLs with a 400 naming body.url, on create and on update', async () => {
    const { client } = await signUp(strict.app as FastifyInstance);
    for (const url of [
      receiver.url('/ok'),
      'http://localhost:8080/hook',
      'http://10.0.0.5/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:8080/hook',
    ]) {
      const response = await client.post('/api/v1/webhooks', { url, events: ['response.completed'] });
      expect(response.status, url).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.invalidParams, url).toEqual([{ name: 'body.url', reason: expect.any(String) }]);
    }
    const ok = await client.post('/api/v1/webhooks', {
      url: 'https://hooks.example.com/touchpoint',
      events: ['case.created'],
    });
    expect(ok.status).toBe(201);
    const update = await client.patch(`/api/v1/webhooks/${ok.body.id}`, { url: 'http://127.0.0.1/x' });
    expect(update.status).toBe(400);
    expect(update.body.invalidParams[0].name).toBe('body.url');
  });

  it('refuses again at delivery time, after resolving the address', async () => {
    const { client, me } = await signUp(strict.app as FastifyInstance);
    const ok = await client.post('/api/v1/webhooks', {
      url: 'https://hooks.example.com/touchpoint',
      events: ['case.created'],
    });
    // Stands in for a name that resolved to a public address when saved and to loopback now (rebinding).
    await strict.ctx.db
      .updateTable('webhooks')
      .set({ url: receiver.url('/ok/rebound') })
      .where('workspaceId', '=', me.workspace.id)
      .where('id', '=', ok.body.id)
      .execute();
    await client.post(`/api/v1/webhooks/${ok.body.id}/test`);
    const [dead] = await waitFor(async () => {
      const items = (await client.get(`/api/v1/webhooks/${ok.body.id}/deliveries?status=dead`)).body.items;
      return items.length > 0 ? items : undefined;
    }, 'a refused delivery');
    expect(dead).toMatchObject({ status: 'dead', attempts: 2, lastStatusCode: null });
    expect(dead.lastError).toMatch(/^refused: .*private address/);
    expect(receiver.at('/ok/rebound')).toEqual([]);
  });
});
