import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RULE_TOPICS, PREVIEW_TIME_BUDGET_MS } from '../src/modules/text/topics.service';
import type { Touchpoint } from '../src/touchpoint';
import { apiKeyClient, signUp, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Issue 18, denial of service: one request (a topic-rule preview, a widget eligibility check without login)
// or one saved rule plus one anonymous comment must neither crash the process nor hold its event loop.
// Each hostile request runs while /healthz is probed: every probe must answer within a second.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let viewer: TestClient;
let visitor: TestClient;
let workspaceId: string;
let surveyId: string;

const words = (word: string, count: number) => Array.from({ length: count }, () => word).join(' ');
const group = `(${Array.from({ length: 30 }, () => 'the').join(' OR ')})`;
const nearGroups = (count: number) => Array.from({ length: count }, () => group).join(' NEAR/50 ');

let sequence = 0;
/** An anonymous finished response with this comment, from its own client address (public rate limits). */
async function comment(text: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/public/surveys/${surveyId}/responses`,
    headers: { 'x-forwarded-for': `198.51.100.${++sequence % 250}` },
    payload: { answers: { nps: 2, why: text }, finished: true },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Probes /healthz over and over while `hostile` runs; returns its result, how long it took and each probe. */
async function probeHealthWhile<T>(hostile: () => Promise<T>) {
  const started = performance.now();
  let isDone = false;
  const running = hostile().finally(() => {
    isDone = true;
  });
  const probes: number[] = [];
  while (!isDone) {
    const probeStarted = performance.now();
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    probes.push(performance.now() - probeStarted);
    expect(health.statusCode).toBe(200);
  }
  const result = await running;
  return { result, elapsedMs: performance.now() - started, probes };
}

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  const signedUp = await signUp(app, 'Hostile tenant');
  admin = signedUp.client;
  workspaceId = signedUp.me.workspace?.id as string;
  viewer = (await apiKeyClient(admin, 'viewer')).client;
  visitor = new TestClient(app);
  const survey = await admin.post('/api/v1/surveys', {
    name: 'Comments',
    questions: [
      { id: 'nps', type: 'nps', text: { en: 'Recommend us?' }, required: true },
      { id: 'why', type: 'open_text', text: { en: 'Why?' }, maxLength: 10_000 },
    ],
  });
  surveyId = survey.body.id;
  await admin.post(`/api/v1/surveys/${surveyId}/publish`);
});
afterAll(() => touchpoint.stop());

describe('topic rules cannot take the server down', () => {
  const THE_COMMENTS = 30;

  it('refuses the 1,293-character six-group NEAR query with a 400 problem+json, even from a viewer', async () => {
    const query = nearGroups(6);
    expect(query).toHaveLength(1_293);
    const response = await viewer.post('/api/v1/topics/preview', { query });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(response.body.invalidParams).toEqual([
      { name: 'body.query', reason: expect.stringMatching(/at most 100 words .*\(at character 723\)/) },
    ]);
    // Saving it is refused the same way.
    const saved = await admin.post('/api/v1/topics', { name: 'Hostile', query });
    expect(saved.status).toBe(400);
    expect(saved.body.invalidParams[0].name).toBe('body.query');
  });

  it('answers a three-group NEAR preview over comments of "the" ×1,900 while /healthz stays responsive', async () => {
    for (let i = 0; i < THE_COMMENTS; i++) await comment(words('the', 1_900));
    const comments = await until(
      () => admin.get('/api/v1/insights/comments?limit=100'),
      (r) => r.body.items?.length === THE_COMMENTS,
    );
    expect(comments.body.items).toHaveLength(THE_COMMENTS);

    const { result, elapsedMs, probes } = await probeHealthWhile(() =>
      viewer.post('/api/v1/topics/preview', { query: nearGroups(3), limit: 1 }),
    );
    expect(result.status, JSON.stringify(result.body).slice(0, 500)).toBe(200);
    expect(result.body).toMatchObject({ matched: THE_COMMENTS, total: THE_COMMENTS });
    expect(result.body.examples[0].spans).toHaveLength(1_900);
    expect(elapsedMs).toBeLessThan(PREVIEW_TIME_BUDGET_MS + 5_000);
    expect(probes.length).toBeGreaterThan(1);
    expect(Math.max(...probes)).toBeLessThan(1_000);
  });

  it('saves late NEAR/50 late NEAR/50 late and analyses "late" ×1,900 comments before and after', async () => {
    const before = await comment(words('late', 1_900));
    await until(
      () => admin.get('/api/v1/insights/comments?limit=100'),
      (r) => r.body.items?.some((item: { itemId: string }) => item.itemId === before),
    );
    // Saving re-matches the stored comments.
    const topic = await admin.post('/api/v1/topics', {
      name: 'Late',
      query: 'late NEAR/50 late NEAR/50 late',
    });
    expect(topic.status, JSON.stringify(topic.body)).toBe(201);
    expect(topic.body.mentions).toBe(1);

    // A new anonymous comment is analysed by the background job with the rule in place.
    const after = await comment(words('late', 1_900));
    const matched = await until(
      () => admin.get(`/api/v1/insights/comments?topicId=${topic.body.id}`),
      (r) => r.body.items?.length === 2,
    );
    expect(matched.body.items.map((item: { itemId: string }) => item.itemId).sort()).toEqual(
      [before, after].sort(),
    );
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('caps topics with a rule at 500 and analyses "late. " ×1,666 against them, /healthz meanwhile', async () => {
    const db = touchpoint.ctx.db;
    const existing = await db
      .selectFrom('topics')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workspaceId', '=', workspaceId)
      .where('query', 'is not', null)
      .executeTakeFirstOrThrow();
    const missing = MAX_RULE_TOPICS - 1 - Number(existing.n);
    await db
      .insertInto('topics')
      .values(
        Array.from({ length: missing }, (_, i) => ({
          workspaceId,
          id: randomUUID(),
          name: `Late ${i}`,
          description: '',
          query: 'late',
        })),
      )
      .execute();
    const last = await admin.post('/api/v1/topics', { name: 'Late, the last', query: 'late' });
    expect(last.status, JSON.stringify(last.body)).toBe(201);
    const refused = await admin.post('/api/v1/topics', { name: 'Late, one too many', query: 'late' });
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect(refused.body.invalidParams[0].name).toBe('body.query');

    // Each matched rule used to re-read every clause with a fresh budget: ~4.5 s per text at 1,000 rules.
    const { result, probes } = await probeHealthWhile(() =>
      admin.post('/api/v1/text/analyze', { texts: [{ text: 'late. '.repeat(1_666), lang: 'en' }] }),
    );
    expect(result.status, JSON.stringify(result.body).slice(0, 500)).toBe(200);
    expect(result.body.results[0].topics.length).toBeGreaterThanOrEqual(MAX_RULE_TOPICS);
    expect(Math.max(...probes)).toBeLessThan(1_000);
  });
});

describe('widget URL patterns cannot take the server down', () => {
  const eligible = (url: string) =>
    visitor.post('/api/v1/public/widget/eligible', { workspaceId, trigger: { type: 'page_view', url } });

  it('answers the eligibility of a 1,000-character URL against *a*a*a*b at once, /healthz meanwhile', async () => {
    const created = await admin.post('/api/v1/surveys', {
      name: 'Backtracking pattern',
      questions: [{ id: 'q1', type: 'csat', required: true, text: { en: 'How was it?' } }],
      distribution: { widget: { enabled: true, triggers: [{ type: 'page_view', urlPattern: '*a*a*a*b' }] } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await admin.post(`/api/v1/surveys/${created.body.id}/publish`)).status).toBe(200);

    const hostileUrl = `https://shop.example.com/${'a'.repeat(1_000 - 25)}`;
    expect(hostileUrl).toHaveLength(1_000);
    const { result, probes } = await probeHealthWhile(async () => {
      // Several at once, as one client address may send 360 a minute.
      const responses = await Promise.all(Array.from({ length: 5 }, () => eligible(hostileUrl)));
      return responses;
    });
    for (const response of result)
      expect(response.body).toEqual({ survey: null, reason: expect.any(String) });
    expect(Math.max(...probes)).toBeLessThan(1_000);

    // The pattern still means what it says.
    const shown = await eligible('https://shop.example.com/a/a/a/b');
    expect(shown.body.survey?.id).toBe(created.body.id);
  });

  it('refuses a URL over 2,000 characters and a pattern over 500 with a 400 problem+json', async () => {
    const long = await eligible(`https://shop.example.com/${'a'.repeat(2_000)}`);
    expect(long.status).toBe(400);
    expect(long.headers['content-type']).toContain('application/problem+json');
    expect(long.body.invalidParams.map((p: { name: string }) => p.name)).toContain('body.trigger.url');

    const pattern = await admin.post('/api/v1/surveys', {
      name: 'Long pattern',
      questions: [{ id: 'q1', type: 'csat', required: true, text: { en: 'How was it?' } }],
      distribution: {
        widget: { enabled: true, triggers: [{ type: 'page_view', urlPattern: `*${'a*'.repeat(250)}b` }] },
      },
    });
    expect(pattern.status).toBe(400);
    expect(pattern.headers['content-type']).toContain('application/problem+json');
    expect(pattern.body.invalidParams[0].name).toContain('urlPattern');
  });
});
