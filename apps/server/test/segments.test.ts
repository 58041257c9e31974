import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeStoredItems } from '../src/modules/text/index';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Segments: membership follows the data as it arrives (answers, events, cases), static lists, paging,
// invitations to a segment under the contact budget, metrics grouped by segment membership, tenancy, and
// 400s for conditions the catalogue does not know.

const SURVEY = {
  name: 'Relationship NPS',
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
    { id: 'q2', type: 'csat', text: { en: 'How satisfied are you?' } },
    { id: 'q3', type: 'open_text', text: { en: 'Why?' } },
  ],
};

let touchpoint: Touchpoint;
let app: FastifyInstance;
let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: smtp.url });
  app = touchpoint.app as FastifyInstance;
});
afterAll(async () => {
  await touchpoint?.stop();
  await smtp?.close();
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

async function person(w: Workspace, email: string, attributes: Record<string, unknown> = {}) {
  const response = await w.client.post('/api/v1/contacts/identify', { email, attributes });
  expect(response.status).toBe(200);
  return response.body.contact.id as string;
}

async function answer(w: Workspace, email: string, nps: number, extra: Record<string, unknown> = {}) {
  const response = await w.client.post(`/api/v1/public/surveys/${w.surveyId}/responses`, {
    answers: { q1: nps, ...extra },
    contact: { email },
    finished: true,
  });
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
  return response.body.id as string;
}

async function track(w: Workspace, email: string, event: string, daysAgo = 0) {
  const response = await w.client.post('/api/v1/contacts/track', {
    contact: { email },
    event,
    occurredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
  });
  expect(response.status).toBe(201);
}

async function preview(w: Workspace, condition: unknown) {
  const response = await w.client.post('/api/v1/segments/preview', { condition, sampleSize: 50 });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return {
    count: response.body.count as number,
    emails: (response.body.sample as { email: string }[]).map((c) => c.email).sort(),
  };
}

describe('dynamic segments', () => {
  it('a detractor answer puts a contact in, a later promoter answer moves them out', async () => {
    const w = await workspace('Segments Membership');
    await person(w, 'an@example.com', { plan: 'enterprise' });
    await person(w, 'binh@example.com', { plan: 'starter' });
    const created = await w.client.post('/api/v1/segments', {
      name: 'Detractors',
      condition: { field: 'npsBand', op: 'eq', value: 'detractor' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ name: 'Detractors', kind: 'dynamic', count: 0 });
    const id = created.body.id as string;

    await answer(w, 'an@example.com', 3);
    await answer(w, 'binh@example.com', 8);
    expect((await w.client.get(`/api/v1/segments/${id}`)).body.count).toBe(1);
    let members = await w.client.get(`/api/v1/segments/${id}/contacts`);
    expect(members.body.items.map((c: { email: string }) => c.email)).toEqual(['an@example.com']);

    // The latest answer decides: An becomes a promoter and leaves, Binh turns detractor and joins.
    await answer(w, 'an@example.com', 10);
    await answer(w, 'binh@example.com', 2);
    members = await w.client.get(`/api/v1/segments/${id}/contacts`);
    expect(members.body.items.map((c: { email: string }) => c.email)).toEqual(['binh@example.com']);

    // Negation includes those who never answered (exactly "not eq").
    await person(w, 'chi@example.com');
    expect(await preview(w, { field: 'npsBand', op: 'neq', value: 'detractor' })).toEqual({
      count: 2,
      emails: ['an@example.com', 'chi@example.com'],
    });
    expect(await preview(w, { field: 'latestNps', op: 'gte', value: 9 })).toEqual({
      count: 1,
      emails: ['an@example.com'],
    });
    expect(await preview(w, { field: 'responseCount', op: 'eq', value: 0 })).toEqual({
      count: 1,
      emails: ['chi@example.com'],
    });
  });

  it('combines attributes, event windows, open cases, CSAT and sentiment in one condition', async () => {
    const w = await workspace('Segments Facts');
    const an = await person(w, 'an@example.com', { plan: 'Enterprise', seats: 120, renewal: '2027-01-15' });
    await person(w, 'binh@example.com', { plan: 'starter', seats: '8' });
    await person(w, 'chi@example.com', { plan: 'enterprise', seats: 40 });

    await track(w, 'an@example.com', 'order.delivered', 2);
    await track(w, 'an@example.com', 'order.delivered', 10);
    await track(w, 'binh@example.com', 'order.delivered', 45);
    expect(await preview(w, { field: 'event.order.delivered.count30d', op: 'gte', value: 1 })).toEqual({
      count: 1,
      emails: ['an@example.com'],
    });
    expect(await preview(w, { field: 'event.order.delivered.count30d', op: 'eq', value: 2 })).toMatchObject({
      count: 1,
    });
    expect(await preview(w, { field: 'event.order.delivered.count', op: 'gte', value: 1 })).toMatchObject({
      count: 2,
    });
    // Zero counts: contacts without the event in the window are selected by "lt 1".
    expect(await preview(w, { field: 'event.order.delivered.count30d', op: 'lt', value: 1 })).toEqual({
      count: 2,
      emails: ['binh@example.com', 'chi@example.com'],
    });
    expect(await preview(w, { field: 'event.order.delivered.daysSince', op: 'gt', value: 30 })).toEqual({
      count: 1,
      emails: ['binh@example.com'],
    });

    // Attributes: numbers compare by value whether stored as number or text; contains ignores case.
    expect(await preview(w, { field: 'contact.seats', op: 'gte', value: 40 })).toMatchObject({ count: 2 });
    expect(await preview(w, { field: 'contact.seats', op: 'eq', value: 8 })).toMatchObject({
      emails: ['binh@example.com'],
    });
    expect(await preview(w, { field: 'contact.plan', op: 'contains', value: 'enterPRISE' })).toMatchObject({
      count: 2,
    });
    expect(await preview(w, { field: 'contact.renewal', op: 'lt', value: '2027-02-01' })).toMatchObject({
      emails: ['an@example.com'],
    });

    // Open cases count; a resolved case no longer does.
    const kase = await w.client.post('/api/v1/cases', { title: 'Late delivery', contactId: an });
    expect(kase.status).toBe(201);
    const openCase = { field: 'openCases', op: 'gte', value: 1 };
    expect(await preview(w, openCase)).toEqual({ count: 1, emails: ['an@example.com'] });

    // The three-condition segment of the benchmark, nested with any/not.
    await answer(w, 'an@example.com', 4, { q2: 2, q3: 'The courier was rude and the parcel was late' });
    const [responseId] = (await w.client.get(`/api/v1/contacts/${an}/timeline`)).body.items
      .filter((i: { kind: string }) => i.kind === 'response')
      .map((i: { id: string }) => i.id);
    await analyzeStoredItems(touchpoint.ctx, w.workspaceId, 'response', [responseId]);
    expect(await preview(w, { field: 'latestCsat', op: 'lte', value: 2 })).toMatchObject({
      emails: ['an@example.com'],
    });
    expect(await preview(w, { field: 'sentiment', op: 'eq', value: 'negative' })).toMatchObject({
      emails: ['an@example.com'],
    });
    const combined = {
      all: [
        { field: 'npsBand', op: 'eq', value: 'detractor' },
        openCase,
        { any: [{ field: 'contact.plan', op: 'in', value: ['Enterprise', 'enterprise'] }] },
        { not: { field: 'contact.email', op: 'contains', value: 'binh' } },
      ],
    };
    expect(await preview(w, combined)).toEqual({ count: 1, emails: ['an@example.com'] });
    await w.client.patch(`/api/v1/cases/${kase.body.id}`, { status: 'resolved' });
    expect(await preview(w, openCase)).toEqual({ count: 0, emails: [] });
    expect(await preview(w, combined)).toEqual({ count: 0, emails: [] });
  });

  it('rejects unknown fields, wrong operators and wrong values with 400 naming each', async () => {
    const w = await workspace('Segments Errors');
    const bad = await w.client.post('/api/v1/segments', {
      name: 'Bad',
      condition: {
        all: [
          { field: 'shoeSize', op: 'eq', value: 42 },
          { field: 'npsBand', op: 'gt', value: 'detractor' },
          { field: 'npsBand', op: 'eq', value: 'angry' },
          { field: 'event.order.delivered.count30d', op: 'gte', value: 'many' },
          { field: 'lastResponseAt', op: 'gte', value: 'last week' },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'body.condition.all.0.field',
      'body.condition.all.1.op',
      'body.condition.all.2.value',
      'body.condition.all.3.value',
      'body.condition.all.4.value',
    ]);
    const noCondition = await w.client.post('/api/v1/segments', { name: 'Empty' });
    expect(noCondition.status).toBe(400);
    const previewBad = await w.client.post('/api/v1/segments/preview', {
      condition: { field: 'topics', op: 'gt', value: 3 },
    });
    expect(previewBad.status).toBe(400);
    expect(previewBad.body.invalidParams[0].name).toBe('body.condition.op');
  });

  it('refuses a condition over the size caps (conditions, list values, depth) and still runs a normal one', async () => {
    const w = await workspace('Segments Caps');
    await person(w, 'an@example.com', { plan: 'enterprise' });
    const reasons = async (condition: unknown) => {
      const response = await w.client.post('/api/v1/segments/preview', { condition });
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.headers['content-type']).toContain('application/problem+json');
      return response.body.invalidParams as { name: string; reason: string }[];
    };
    const leaf = (i: number) => ({ field: 'contact.plan', op: 'eq', value: `p${i}` });
    const leaves = (n: number, from = 0) => Array.from({ length: n }, (_, i) => leaf(from + i));
    expect(await reasons({ all: [{ any: leaves(30) }, { any: leaves(30, 30) }] })).toEqual([
      { name: 'body.condition', reason: 'more than 50 conditions (60)' },
    ]);
    // Each value of a topics "contains" list is its own subquery, so it counts as a condition.
    const topics = Array.from({ length: 100 }, (_, i) => `topic ${i}`);
    expect(await reasons({ field: 'topics', op: 'contains', value: topics.slice(0, 60) })).toEqual([
      { name: 'body.condition', reason: 'more than 50 conditions (60)' },
    ]);
    const inList = { field: 'contact.plan', op: 'in', value: topics };
    expect(await reasons({ any: [inList, inList, inList] })).toEqual([
      { name: 'body.condition', reason: 'more than 200 list values in total (300)' },
    ]);
    let deep: unknown = leaf(0);
    for (let i = 0; i < 7; i++) deep = { not: deep };
    expect(await reasons(deep)).toEqual([
      { name: 'body.condition', reason: 'groups nest more than 6 levels deep' },
    ]);
    // Saving is capped the same way.
    const saved = await w.client.post('/api/v1/segments', {
      name: 'Huge',
      condition: { all: [{ any: leaves(26) }, { any: leaves(25, 26) }] },
    });
    expect(saved.status).toBe(400);
    expect(saved.body.invalidParams[0].reason).toBe('more than 50 conditions (51)');
    // At the caps a condition still compiles and runs.
    let nested: unknown = {
      any: [
        { field: 'contact.plan', op: 'in', value: ['enterprise', ...topics.slice(1)] },
        inList,
        ...leaves(48),
      ],
    };
    for (let i = 0; i < 5; i++) nested = { all: [nested] };
    expect(await preview(w, nested)).toEqual({ count: 1, emails: ['an@example.com'] });
    expect(await preview(w, { any: [{ any: leaves(25) }, { any: leaves(25, 25) }] })).toEqual({
      count: 0,
      emails: [],
    });
  });
});

describe('account fields, churn risk and merged profiles', () => {
  it('reads the contact’s accounts, its churn score, and answers moved over by a merge', async () => {
    const w = await workspace('Segments Accounts');
    const account = await w.client.post('/api/v1/accounts', {
      name: 'Acme',
      externalId: 'acme',
      attributes: { plan: 'enterprise', arr: 120000 },
    });
    expect(account.status, JSON.stringify(account.body)).toBe(201);
    const link = async (email: string, accountRole: string) => {
      const response = await w.client.post('/api/v1/contacts/identify', {
        email,
        account: { externalId: 'acme' },
        accountRole,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body.contact.id as string;
    };
    const ceo = await link('ceo@acme.example', 'decision_maker');
    await link('dev@acme.example', 'technical');
    await person(w, 'solo@example.com', { plan: 'enterprise' });
    expect(await preview(w, { field: 'account.plan', op: 'eq', value: 'enterprise' })).toEqual({
      count: 2,
      emails: ['ceo@acme.example', 'dev@acme.example'],
    });
    expect(await preview(w, { field: 'account.role', op: 'eq', value: 'decision_maker' })).toEqual({
      count: 1,
      emails: ['ceo@acme.example'],
    });
    expect(await preview(w, { field: 'account.arr', op: 'gte', value: 100000 })).toMatchObject({ count: 2 });
    expect(await preview(w, { field: 'account.name', op: 'answered' })).toMatchObject({ count: 2 });

    // Churn scores as the prediction module stores them.
    await sql`INSERT INTO churn_models (workspace_id, version, label) VALUES (${w.workspaceId}, 1, '{}')`.execute(
      touchpoint.ctx.db,
    );
    await sql`INSERT INTO contact_churn_scores (workspace_id, contact_id, score, band, model_version)
      VALUES (${w.workspaceId}, ${ceo}, 0.82, 'high', 1)`.execute(touchpoint.ctx.db);
    expect(await preview(w, { field: 'churnRisk', op: 'eq', value: 'high' })).toEqual({
      count: 1,
      emails: ['ceo@acme.example'],
    });
    expect(await preview(w, { field: 'churnScore', op: 'gte', value: 0.5 })).toMatchObject({ count: 1 });
    expect(await preview(w, { field: 'churnRisk', op: 'skipped' })).toMatchObject({ count: 2 });

    // A detractor answer given under another profile counts for the survivor once the two are merged.
    await person(w, 'merged@example.com');
    const other = await w.client.post('/api/v1/contacts/identify', { externalId: 'crm-42' });
    await w.client.post(`/api/v1/public/surveys/${w.surveyId}/responses`, {
      answers: { q1: 1 },
      contact: { externalId: 'crm-42' },
      finished: true,
    });
    const detractors = { field: 'npsBand', op: 'eq', value: 'detractor' };
    expect((await preview(w, detractors)).count).toBe(1);
    const merged = await w.client.post('/api/v1/contacts/identify', {
      email: 'merged@example.com',
      externalId: 'crm-42',
    });
    expect(merged.body.mergedContactIds).toEqual([other.body.contact.id]);
    expect(await preview(w, detractors)).toEqual({ count: 1, emails: ['merged@example.com'] });
  });
});

describe('static segments and paging', () => {
  it('stores a list, adds and removes members, and pages through them', async () => {
    const w = await workspace('Segments Static');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await person(w, `p${i}@example.com`));
    const created = await w.client.post('/api/v1/segments', {
      name: 'Beta testers',
      kind: 'static',
      contactIds: ids.slice(0, 5),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'static', condition: null, count: 5 });
    const id = created.body.id as string;

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/segments/${id}/contacts?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await w.client.get(url);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((c: { id: string }) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(ids.slice(0, 5).sort());

    const updated = await w.client.patch(`/api/v1/segments/${id}`, {
      name: 'Beta',
      addContactIds: [ids[5]],
      removeContactIds: [ids[0], ids[1]],
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'Beta', count: 4 });
    // A static segment has no condition; a dynamic one no list.
    expect(
      (
        await w.client.patch(`/api/v1/segments/${id}`, {
          condition: { field: 'latestNps', op: 'gte', value: 9 },
        })
      ).status,
    ).toBe(400);

    // Listing and deleting.
    const list = await w.client.get('/api/v1/segments?q=bet');
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([id]);
    expect((await w.client.delete(`/api/v1/segments/${id}`)).status).toBe(204);
    expect((await w.client.get(`/api/v1/segments/${id}`)).status).toBe(404);
  });
});

describe('tenancy', () => {
  it('another workspace’s segment is 404, and conditions never see another workspace’s contacts', async () => {
    const mine = await workspace('Segments Mine');
    const theirs = await workspace('Segments Theirs');
    const theirContact = await person(theirs, 'secret@example.com', { plan: 'enterprise' });
    await answer(theirs, 'secret@example.com', 1);
    await person(mine, 'own@example.com', { plan: 'starter' });
    const segment = await theirs.client.post('/api/v1/segments', {
      name: 'Their detractors',
      condition: { field: 'npsBand', op: 'eq', value: 'detractor' },
    });
    expect(segment.body.count).toBe(1);
    for (const request of [
      mine.client.get(`/api/v1/segments/${segment.body.id}`),
      mine.client.get(`/api/v1/segments/${segment.body.id}/contacts`),
      mine.client.patch(`/api/v1/segments/${segment.body.id}`, { name: 'Taken' }),
      mine.client.delete(`/api/v1/segments/${segment.body.id}`),
    ]) {
      expect((await request).status).toBe(404);
    }
    expect(await preview(mine, { field: 'npsBand', op: 'eq', value: 'detractor' })).toEqual({
      count: 0,
      emails: [],
    });
    expect(await preview(mine, { field: 'contact.plan', op: 'answered' })).toEqual({
      count: 1,
      emails: ['own@example.com'],
    });
    // Listing another workspace's contact in a static segment is refused.
    const stolen = await mine.client.post('/api/v1/segments', {
      name: 'Stolen',
      kind: 'static',
      contactIds: [theirContact],
    });
    expect(stolen.status).toBe(400);
    // Inviting another workspace's segment is 404 like a missing one.
    const invite = await mine.client.post(`/api/v1/surveys/${mine.surveyId}/invitations`, {
      channel: 'email',
      segmentId: segment.body.id,
    });
    expect(invite.status).toBe(404);
  });
});

describe('segments where a "who" is chosen', () => {
  it('invites a segment under the contact budget, reporting skips with their reason', async () => {
    const w = await workspace('Segments Invitations');
    await person(w, 'gold1@example.com', { tier: 'gold' });
    await person(w, 'gold2@example.com', { tier: 'gold' });
    await w.client.post('/api/v1/contacts/identify', {
      externalId: 'gold-no-email',
      attributes: { tier: 'gold' },
    });
    await person(w, 'silver@example.com', { tier: 'silver' });
    const segment = await w.client.post('/api/v1/segments', {
      name: 'Gold',
      condition: { field: 'contact.tier', op: 'eq', value: 'gold' },
    });
    expect(segment.body.count).toBe(3);

    await w.client.request('PUT', '/api/v1/settings/contact-budget', { maxSurveys: 1, perDays: 7 });
    const other = await w.client.post('/api/v1/surveys', { ...SURVEY, name: 'Other' });
    await w.client.post(`/api/v1/surveys/${other.body.id}/publish`);
    const first = await w.client.post(`/api/v1/surveys/${other.body.id}/invitations`, {
      channel: 'email',
      recipients: [{ email: 'gold1@example.com' }],
    });
    expect(first.body.sent).toHaveLength(1);

    const sent = await w.client.post(`/api/v1/surveys/${w.surveyId}/invitations`, {
      channel: 'email',
      segmentId: segment.body.id,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.sent.map((s: { email: string }) => s.email)).toEqual(['gold2@example.com']);
    expect(
      sent.body.skipped.map((s: { email: string; reason: string }) => `${s.email}:${s.reason}`).sort(),
    ).toEqual([':no_email', 'gold1@example.com:over_budget']);
    await smtp.waitForTo('gold2@example.com');

    const both = await w.client.post(`/api/v1/surveys/${w.surveyId}/invitations`, {
      channel: 'email',
      segmentId: segment.body.id,
      recipients: [{ email: 'x@example.com' }],
    });
    expect(both.status).toBe(400);
  });

  it('groups metrics by segment membership: a response counts in every segment its contact is in', async () => {
    const w = await workspace('Segments Metrics');
    await person(w, 'a@example.com', { plan: 'enterprise' });
    await person(w, 'b@example.com', { plan: 'enterprise' });
    await person(w, 'c@example.com', { plan: 'starter' });
    await answer(w, 'a@example.com', 10);
    await answer(w, 'b@example.com', 2);
    await answer(w, 'c@example.com', 9);
    await w.client.post(`/api/v1/public/surveys/${w.surveyId}/responses`, {
      answers: { q1: 0 },
      finished: true,
    });
    const enterprise = await w.client.post('/api/v1/segments', {
      name: 'Enterprise',
      condition: { field: 'contact.plan', op: 'eq', value: 'enterprise' },
    });
    const promoters = await w.client.post('/api/v1/segments', {
      name: 'Promoters',
      condition: { field: 'npsBand', op: 'eq', value: 'promoter' },
    });
    const metrics = await w.client.get(`/api/v1/metrics?metric=nps&groupBy=segment&smallSampleFloor=1`);
    expect(metrics.status, JSON.stringify(metrics.body)).toBe(200);
    // Overall: every response once (10, 2, 9, 0 → 2 promoters, 2 detractors → NPS 0).
    expect(metrics.body).toMatchObject({ source: 'raw', n: 4, value: 0 });
    const groups = Object.fromEntries(
      metrics.body.groups.map((g: { key: string; label: string; n: number; value: number }) => [
        g.label,
        { key: g.key, n: g.n, value: g.value },
      ]),
    );
    // a (10) is in both segments; b (2) in Enterprise only; c (9) in Promoters only; the anonymous 0 in none.
    expect(groups).toEqual({
      Enterprise: { key: enterprise.body.id, n: 2, value: 0 },
      Promoters: { key: promoters.body.id, n: 2, value: 100 },
    });
  });
});
