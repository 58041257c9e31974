import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeedbackFacts } from '../src/modules/feedback-facts/index';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Churn prediction: a model trained on a seeded history whose cause is planted (customers who left had
// their NPS fall), scores and readable reasons for the customers still here, the at-risk list, the
// contact profile, event labels, tenancy of every route, and 400s for labels that cannot train a model.

const SURVEY = {
  name: 'Relationship NPS',
  defaultLanguage: 'en',
  questions: [{ id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true }],
};
const DAY = 86_400_000;

let touchpoint: Touchpoint;
let app: FastifyInstance;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
});
afterAll(async () => {
  await touchpoint?.stop();
});

interface Workspace {
  client: TestClient;
  workspaceId: string;
  surveyId: string;
}

async function workspace(name: string): Promise<Workspace> {
  const signed = await signUp(app, name);
  const survey = await signed.client.post('/api/v1/surveys', SURVEY);
  expect(survey.status).toBe(201);
  await signed.client.post(`/api/v1/surveys/${survey.body.id}/publish`);
  return { client: signed.client, workspaceId: signed.me.workspace.id, surveyId: survey.body.id };
}

async function person(w: Workspace, email: string, attributes: Record<string, unknown>) {
  const response = await w.client.post('/api/v1/contacts/identify', { email, attributes });
  expect(response.status).toBe(200);
  return response.body.contact.id as string;
}

/** NPS answers straight into the table, dated in the past (the API stamps answers with the current time). */
async function npsHistory(w: Workspace, contactId: string, scores: [number, number][]) {
  await touchpoint.ctx.db
    .insertInto('responses')
    .values(
      scores.map(([score, daysAgo]) => ({
        workspaceId: w.workspaceId,
        id: uuidv7(),
        surveyId: w.surveyId,
        surveyVersion: 1,
        touchpointId: null,
        contactId,
        linkId: null,
        idempotencyKey: uuidv7(),
        channel: 'link',
        language: 'en',
        answers: JSON.stringify({ q1: score }),
        npsScore: score,
        finished: true,
        createdAt: new Date(Date.now() - daysAgo * DAY),
        finishedAt: new Date(Date.now() - daysAgo * DAY),
      })),
    )
    .execute();
}

async function trainAndWait(w: Workspace, label: unknown) {
  const started = await w.client.post('/api/v1/predictions/churn/train', { label });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  expect(started.body).toMatchObject({ status: 'training', label });
  const version = started.body.version as number;
  const deadline = Date.now() + 25_000;
  for (;;) {
    const overview = await w.client.get('/api/v1/predictions/churn');
    expect(overview.status).toBe(200);
    const model = overview.body.models.find((m: { version: number }) => m.version === version);
    if (model.status !== 'training') return { model, overview: overview.body };
    expect(model.progress).toBeGreaterThanOrEqual(0);
    expect(model.progress).toBeLessThanOrEqual(1);
    if (Date.now() > deadline) throw new Error(`model ${version} still training: ${JSON.stringify(model)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe('churn prediction', () => {
  let a: Workspace;
  let b: Workspace;
  const fell: string[] = [];
  const steady: string[] = [];

  beforeAll(async () => {
    a = await workspace('Churn A');
    b = await workspace('Churn B');
    // 60 customers with a known outcome: most who left had their NPS fall (to 2–5) a month ago; most
    // who stayed kept it. The plan attribute is noise; the name is an identifier and never a feature.
    let seed = 1;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 60; i++) {
      const churned = i % 2 === 0;
      const falls = churned ? random() < 0.85 : random() < 0.1;
      const id = await person(a, `known${i}@example.com`, {
        name: `Known Customer ${i}`,
        plan: random() < 0.5 ? 'basic' : 'pro',
        churned,
      });
      const before = 7 + Math.floor(random() * 4);
      const after = falls
        ? 2 + Math.floor(random() * 4)
        : Math.min(10, before + Math.floor(random() * 3) - 1);
      await npsHistory(a, id, [
        [before, 120],
        [after, 20],
      ]);
    }
    // Customers still here, not yet labelled: these are the ones scored.
    for (let i = 0; i < 6; i++) {
      const falls = i < 3;
      const id = await person(a, `current${i}@example.com`, { name: `Current ${i}`, plan: 'pro' });
      await npsHistory(
        a,
        id,
        falls
          ? [
              [9, 100],
              [4, 10],
            ]
          : [
              [9, 100],
              [9, 10],
            ],
      );
      (falls ? fell : steady).push(id);
    }
  });

  it('refuses labels that cannot train a model with 400', async () => {
    const unknown = await a.client.post('/api/v1/predictions/churn/train', {
      label: { attribute: 'left_us' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toMatch(/0 churned and 0 retained/);
    const noEvent = await a.client.post('/api/v1/predictions/churn/train', {
      label: { event: 'never.happened' },
    });
    expect(noEvent.status).toBe(400);
    for (const label of [
      {},
      { attribute: '' },
      { attribute: 'churned', event: 'x' },
      { attribute: 'a b' },
      'churned',
    ]) {
      const bad = await a.client.post('/api/v1/predictions/churn/train', { label });
      expect(bad.status, JSON.stringify(label)).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('trains on the labelled history, measures it on held-out customers and scores the rest with reasons', async () => {
    const { model, overview } = await trainAndWait(a, { attribute: 'churned' });
    expect(model.status, model.error).toBe('ready');
    expect(model.progress).toBe(1);
    expect(model.metrics.model.n).toBe(12);
    expect(model.metrics.model.rocAuc).toBeGreaterThan(0.7);
    expect(model.metrics.logisticRegression.n).toBe(12);
    expect(model.metrics.trainedOn).toBe(48);
    // Those who already left are not scored: 6 current customers plus the 30 who stayed.
    expect(model.contactsScored).toBe(36);
    expect(overview.current.version).toBe(model.version);
    expect(overview.rescoring).toMatch(/daily/);

    const risk = async (id: string) => {
      const response = await a.client.get(`/api/v1/contacts/${id}`);
      expect(response.status).toBe(200);
      return response.body.churnRisk;
    };
    for (const id of fell) {
      const r = await risk(id);
      expect(r.band).toBe('high');
      expect(r.reasons[0]).toMatchObject({ feature: 'nps', text: 'NPS fell from 9 to 4', kind: 'nps_fell' });
      expect(r.reasons[0].contribution).toBeGreaterThan(0);
    }
    for (const id of steady) {
      const r = await risk(id);
      expect(r.band).not.toBe('high');
      expect(r.score).toBeLessThan((await risk(fell[0] as string)).score);
      expect(r.reasons.map((x: { text: string }) => x.text)).not.toContain('NPS fell from 9 to 4');
    }
    // Alert rules and automations read the band as the feedback field `churnRisk`.
    const response = await touchpoint.ctx.db
      .selectFrom('responses')
      .select('id')
      .where('workspaceId', '=', a.workspaceId)
      .where('contactId', '=', fell[0] as string)
      .executeTakeFirstOrThrow();
    const [facts] = await loadFeedbackFacts(touchpoint.ctx.db, a.workspaceId, 'response', [response.id]);
    expect(facts?.values.churnRisk).toBe('high');
    // Becoming high is a contact event that event.tracked automations can react to.
    const events = await touchpoint.ctx.db
      .selectFrom('contactEvents')
      .select('contactId')
      .where('workspaceId', '=', a.workspaceId)
      .where('event', '=', 'churn_risk.became_high')
      .execute();
    expect(events.map((e) => e.contactId)).toEqual(expect.arrayContaining(fell));
  });

  it('lists customers at risk, riskiest first, a page at a time', async () => {
    const seen: { contactId: string; score: number; band: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: any } = await a.client.get(
        `/api/v1/predictions/churn/at-risk?band=high&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen.map((s) => s.contactId)).size).toBe(seen.length);
    expect(seen.map((s) => s.contactId)).toEqual(expect.arrayContaining(fell));
    expect(seen.every((s) => s.band === 'high')).toBe(true);
    const scores = seen.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    const first = (await a.client.get('/api/v1/predictions/churn/at-risk?limit=1')).body.items[0];
    expect(first.reasons[0].text).toEqual(expect.any(String));
    expect(first.email).toMatch(/@example\.com$/);
    const badCursor = await a.client.get('/api/v1/predictions/churn/at-risk?cursor=bm9wZQ');
    expect(badCursor.status).toBe(400);
  });

  it('learns from an event label, judging each leaver by what happened before they left', async () => {
    // Those who churned by the attribute also cancelled, 5 days ago.
    for (let i = 0; i < 60; i += 2) {
      const response = await a.client.post('/api/v1/contacts/track', {
        contact: { email: `known${i}@example.com` },
        event: 'subscription.cancelled',
        occurredAt: new Date(Date.now() - 5 * DAY).toISOString(),
      });
      expect(response.status).toBe(201);
    }
    const { model } = await trainAndWait(a, { event: 'subscription.cancelled' });
    expect(model.status, model.error).toBe('ready');
    expect(model.version).toBe(2);
    const gone = await a.client.get('/api/v1/contacts?q=known0%40example.com');
    const goneId = gone.body.items[0].id;
    expect((await a.client.get(`/api/v1/contacts/${goneId}`)).body.churnRisk).toBeNull();
    const r = (await a.client.get(`/api/v1/contacts/${fell[0]}`)).body.churnRisk;
    expect(r.modelVersion).toBe(2);
    expect(r.reasons[0].text).toBe('NPS fell from 9 to 4');
  });

  it('keeps every route to its own workspace', async () => {
    const overview = await b.client.get('/api/v1/predictions/churn');
    expect(overview.status).toBe(200);
    expect(overview.body).toMatchObject({
      current: null,
      models: [],
      counts: { low: 0, medium: 0, high: 0 },
    });
    const list = await b.client.get('/api/v1/predictions/churn/at-risk?band=low');
    expect(list.body).toEqual({ items: [], nextCursor: null });
    // A's contact is not B's to read, with or without a score; A's label data does not train B's model.
    expect((await b.client.get(`/api/v1/contacts/${fell[0]}`)).status).toBe(404);
    const train = await b.client.post('/api/v1/predictions/churn/train', { label: { attribute: 'churned' } });
    expect(train.status).toBe(400);
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/predictions/churn' });
    expect(anonymous.statusCode).toBe(401);
  });
});
