import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// B2B accounts: role-weighted health against figures worked out by hand, decision-maker coverage, the
// trend, identify linking people to accounts, metrics grouped by the account entity, list sorting, and
// tenancy and validation of every account route.

let touchpoint: Touchpoint;
let admin: TestClient;
let outsider: TestClient;
let workspaceId: string;
let surveyId: string;
const people: Record<string, string> = {};
const accounts: Record<string, string> = {};
const DAY_MS = 86_400_000;
const names = (body: { items: { name: string }[] }) => body.items.map((x) => x.name);

/** Latest answers in the last 90 days (the worked example of packages/core's weightedNps test). */
const ACME = [
  { name: 'dm1', role: 'decision_maker' },
  { name: 'dm2', role: 'decision_maker' },
  { name: 'dm3', role: 'decision_maker' },
  { name: 'inf', role: 'influencer' },
  { name: 'usr', role: 'user' },
  { name: 'fin', role: 'finance' },
  { name: 'tech', role: 'technical' },
];
/** [person, NPS, CSAT or null, days ago]. */
const RESPONSES: [string, number, number | null, number][] = [
  ['dm1', 10, 5, 10],
  ['dm1', 2, null, 30], // older in the window: the latest (10) counts
  ['dm1', 3, null, 100], // previous window
  ['dm2', 8, null, 95], // previous window only: dm2 is silent in the last 90 days
  ['inf', 3, 4, 20],
  ['usr', 8, 2, 40],
  ['usr', 7, null, 200], // outside both windows
  ['fin', 9, null, 5],
  ['tech', 6, null, 60],
  ['b1', 10, null, 3],
  ['b2', 9, null, 4],
  ['loner', 0, null, 2],
];

async function insertResponse(
  contactId: string,
  nps: number,
  csat: number | null,
  daysAgo: number,
  i: number,
) {
  await touchpoint.ctx.db
    .insertInto('responses')
    .values({
      workspaceId,
      id: crypto.randomUUID(),
      surveyId,
      surveyVersion: 1,
      touchpointId: null,
      contactId,
      idempotencyKey: `accounts-${i}`,
      channel: 'link',
      language: 'en',
      answers: JSON.stringify(csat === null ? { nps } : { nps, csat }),
      npsScore: nps,
      finished: true,
      createdAt: new Date(Date.now() - daysAgo * DAY_MS),
    })
    .execute();
}

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  const app = touchpoint.app as FastifyInstance;
  const signed = await signUp(app);
  admin = signed.client;
  workspaceId = signed.me.workspace.id;
  outsider = (await signUp(app)).client;
  const survey = await admin.post('/api/v1/surveys', {
    name: 'Relationship',
    questions: [
      { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
      { id: 'csat', type: 'csat', text: { en: 'Satisfied?' } },
    ],
  });
  surveyId = survey.body.id;
  await admin.post(`/api/v1/surveys/${surveyId}/publish`);

  for (const person of ACME) {
    const identified = await admin.post('/api/v1/contacts/identify', {
      email: `${person.name}@acme.example`,
      account: { externalId: 'acme', name: 'Acme' },
      accountRole: person.role,
    });
    expect(identified.status).toBe(200);
    people[person.name] = identified.body.contact.id;
  }
  const acme = await admin.get('/api/v1/accounts?q=acme');
  accounts.acme = acme.body.items[0].id;
  await admin.patch(`/api/v1/accounts/${accounts.acme}`, {
    domain: 'acme.example',
    attributes: { arr: 20000, renewal_date: '2027-06-30', plan: 'enterprise' },
  });
  const beta = await admin.post('/api/v1/accounts', {
    name: 'Beta',
    externalId: 'beta',
    attributes: { arr: 5000, renewal_date: '2027-01-15' },
  });
  expect(beta.status).toBe(201);
  accounts.beta = beta.body.id;
  const gamma = await admin.post('/api/v1/accounts', { name: 'Gamma' });
  accounts.gamma = gamma.body.id;
  for (const name of ['b1', 'b2', 'loner']) {
    people[name] = (
      await admin.post('/api/v1/contacts/identify', { email: `${name}@example.com` })
    ).body.contact.id;
  }
  for (const name of ['b1', 'b2']) {
    const put = await admin.request('PUT', `/api/v1/accounts/${accounts.beta}/contacts/${people[name]}`, {
      role: 'user',
    });
    expect(put.status).toBe(200);
  }
  let i = 0;
  for (const [name, nps, csat, daysAgo] of RESPONSES)
    await insertResponse(people[name] as string, nps, csat, daysAgo, i++);
  const aCase = await admin.post('/api/v1/cases', { title: 'Invoice wrong', contactId: people.inf });
  expect(aCase.status).toBe(201);
});
afterAll(() => touchpoint.stop());

describe('account health', () => {
  it('weights each person’s latest answer by role, with n and a Kish-effective-n CI', async () => {
    const response = await admin.get(`/api/v1/accounts/${accounts.acme}`);
    expect(response.status).toBe(200);
    const { health } = response.body;
    // dm1 10 (w3), inf 3 (w2), usr 8 (w1), fin 9 (w2), tech 6 (w1): Σw 9, NPS (5 − 3)/9 = 22.2222;
    // variance 68/81, n_eff 81/19, half-width 86.97498 → CI [−64.75276, 100].
    expect(health.nps.n).toBe(5);
    expect(health.nps.value).toBeCloseTo(200 / 9, 8);
    expect(health.nps.effectiveN).toBeCloseTo(81 / 19, 8);
    expect(health.nps.ci[0]).toBeCloseTo(-64.75276, 4);
    expect(health.nps.ci[1]).toBe(100);
    // CSAT: dm1 5 (w3), inf 4 (w2), usr 2 (w1) → 5/6 = 83.3333, CI low 37.78268.
    expect(health.csat.n).toBe(3);
    expect(health.csat.value).toBeCloseTo(500 / 6, 8);
    expect(health.csat.ci[0]).toBeCloseTo(37.78268, 4);
    // Previous 90 days: dm1 3 (w3) and dm2 8 (w3) → (0 − 3)/6 = −50; change 22.22 + 50.
    expect(health.trend.nps.previous).toBeCloseTo(-50, 8);
    expect(health.trend.nps.change).toBeCloseTo(200 / 9 + 50, 8);
    expect(health.coverage.decisionMakers).toEqual({ answered: 1, total: 3 });
    expect(health.coverage.text).toBe('1 of 3 decision makers answered in the last 90 days');
    expect(health.coverage.people).toEqual({ answered: 5, total: 7 });
    expect(health.openCases).toBe(1);
    expect(health.renewalDate).toBe('2027-06-30');
    expect(health.churnRisk).toBeNull();
    expect(response.body.openCases.map((c: { title: string }) => c.title)).toEqual(['Invoice wrong']);
  });

  it('lists the people with their role, weight and latest scores, decision makers first', async () => {
    const { people: list } = (await admin.get(`/api/v1/accounts/${accounts.acme}`)).body;
    expect(list).toHaveLength(7);
    expect(list.slice(0, 3).map((p: { accountRole: string }) => p.accountRole)).toEqual([
      'decision_maker',
      'decision_maker',
      'decision_maker',
    ]);
    const dm1 = list.find((p: { id: string }) => p.id === people.dm1);
    expect(dm1).toMatchObject({ accountRole: 'decision_maker', weight: 3, email: 'dm1@acme.example' });
    expect(dm1.latestScores.nps.value).toBe(10);
    expect(dm1.latestScores.csat.value).toBe(5);
    const dm2 = list.find((p: { id: string }) => p.id === people.dm2);
    expect(dm2.latestScores.nps.value).toBe(8); // latest overall, outside the health window
    const dm3 = list.find((p: { id: string }) => p.id === people.dm3);
    expect(dm3.latestScores).toEqual({ nps: null, csat: null, ces: null });
    expect(dm3.lastAnsweredAt).toBeNull();
  });

  it('uses the workspace’s role weights, and gives workspace roles weight 1', async () => {
    const put = await admin.request('PUT', '/api/v1/account-role-weights', {
      weights: { decision_maker: 1, influencer: 1, finance: 1 },
    });
    expect(put.status).toBe(200);
    expect(put.body.weights).toMatchObject({ decision_maker: 1, influencer: 1, finance: 1, user: 1 });
    // Equal weights: plain NPS of 10, 3, 8, 9, 6 = (2 − 2)/5 = 0.
    expect((await admin.get(`/api/v1/accounts/${accounts.acme}`)).body.health.nps.value).toBeCloseTo(0, 10);
    await admin.request('PUT', '/api/v1/account-role-weights', {
      weights: { decision_maker: 3, influencer: 2 },
    });
    // A workspace role: the technical contact becomes a "champion" (weight 1, as technical was).
    await admin.request('PUT', `/api/v1/accounts/${accounts.acme}/contacts/${people.tech}`, {
      role: 'champion',
    });
    const detail = (await admin.get(`/api/v1/accounts/${accounts.acme}`)).body;
    expect(detail.people.find((p: { id: string }) => p.id === people.tech)).toMatchObject({
      accountRole: 'champion',
      weight: 1,
    });
    expect(detail.health.nps.value).toBeCloseTo(200 / 9, 8);
    await admin.request('PUT', `/api/v1/accounts/${accounts.acme}/contacts/${people.tech}`, {
      role: 'technical',
    });
  });
});

describe('churn risk', () => {
  it('takes the riskiest person and the role-weighted mean of the churn model’s scores', async () => {
    const db = touchpoint.ctx.db;
    await sql`INSERT INTO churn_models (workspace_id, version, label, status) VALUES (${workspaceId}, 1, '{}', 'ready')`.execute(
      db,
    );
    // dm1 0.2 (w 3), inf 0.8 (w 2) → max 0.8 (inf, high), weighted (0.6 + 1.6) / 5 = 0.44.
    for (const [name, score, band] of [
      ['dm1', 0.2, 'low'],
      ['inf', 0.8, 'high'],
    ] as const) {
      await sql`INSERT INTO contact_churn_scores (workspace_id, contact_id, score, band, model_version)
        VALUES (${workspaceId}, ${people[name]}, ${score}, ${band}, 1)`.execute(db);
    }
    const { health } = (await admin.get(`/api/v1/accounts/${accounts.acme}`)).body;
    expect(health.churnRisk.score).toBeCloseTo(0.8, 6);
    expect(health.churnRisk.weighted).toBeCloseTo(0.44, 6);
    expect(health.churnRisk).toMatchObject({ band: 'high', contactId: people.inf });
    const list = (await admin.get('/api/v1/accounts?sort=risk')).body.items;
    expect(list[0]).toMatchObject({ name: 'Acme' });
    expect(list[0].risk).toBeCloseTo(0.8, 6);
    await sql`DELETE FROM contact_churn_scores WHERE workspace_id = ${workspaceId}`.execute(db);
    expect((await admin.get(`/api/v1/accounts/${accounts.acme}`)).body.health.churnRisk).toBeNull();
  });
});

describe('identify with an account', () => {
  it('creates the account once, links the person, and keeps their role unless told', async () => {
    const acme = (await admin.get(`/api/v1/accounts/${accounts.acme}`)).body;
    expect(acme).toMatchObject({ name: 'Acme', externalId: 'acme', domain: 'acme.example' });
    const contact = await admin.get(`/api/v1/contacts/${people.dm1}`);
    expect(contact.body.account).toEqual({ id: accounts.acme, name: 'Acme', role: 'decision_maker' });
    const again = await admin.post('/api/v1/contacts/identify', {
      email: 'dm1@acme.example',
      account: { externalId: 'acme' },
    });
    expect(again.body.contact.account).toEqual({ id: accounts.acme, name: 'Acme', role: 'decision_maker' });
    const list = await admin.get('/api/v1/accounts?q=acme');
    expect(list.body.items).toHaveLength(1);
    expect((await admin.get(`/api/v1/contacts/${people.loner}`)).body.account).toBeNull();
  });

  it('refuses a role without an account', async () => {
    const response = await admin.post('/api/v1/contacts/identify', {
      email: 'x@example.com',
      accountRole: 'user',
    });
    expect(response.status).toBe(400);
    expect(response.body.invalidParams[0].name).toBe('body.account');
  });
});

describe('metrics by account', () => {
  it('groups NPS by the account entity of the response’s contact', async () => {
    const result = (await admin.get('/api/v1/metrics?metric=nps&groupBy=account')).body;
    expect(result.source).toBe('raw');
    const byKey = Object.fromEntries(result.groups.map((g: { key: string }) => [g.key, g]));
    // Acme, every answer: 10, 2, 3, 8, 3, 8, 7, 9, 6 → promoters 2, detractors 4 → (2 − 4)/9.
    expect(byKey[accounts.acme as string]).toMatchObject({ label: 'Acme', n: 9 });
    expect(byKey[accounts.acme as string].value).toBeCloseTo(-200 / 9, 8);
    expect(byKey[accounts.beta as string]).toMatchObject({ label: 'Beta', n: 2, value: 100 });
    expect(byKey['(none)']).toMatchObject({ label: null, n: 1, value: -100 });
    expect(result.n).toBe(RESPONSES.length);
  });
});

describe('accounts list', () => {
  it('sorts by health (worst first), spend, renewal and risk, nulls last', async () => {
    const health = await admin.get('/api/v1/accounts?sort=health');
    expect(names(health.body)).toEqual(['Acme', 'Beta', 'Gamma']);
    expect(health.body.items[0]).toMatchObject({ people: 7, healthN: 5, spend: 20000 });
    expect(health.body.items[0].health).toBeCloseTo(200 / 9, 8);
    expect(health.body.items[2]).toMatchObject({ health: null, people: 0 });
    expect(names((await admin.get('/api/v1/accounts?sort=spend')).body)).toEqual(['Acme', 'Beta', 'Gamma']);
    expect(names((await admin.get('/api/v1/accounts?sort=renewal')).body)).toEqual(['Beta', 'Acme', 'Gamma']);
    expect(names((await admin.get('/api/v1/accounts?sort=risk')).body)).toEqual(['Acme', 'Beta', 'Gamma']);
  });

  it('pages with a cursor', async () => {
    const first = await admin.get('/api/v1/accounts?sort=renewal&limit=2');
    expect(names(first.body)).toEqual(['Beta', 'Acme']);
    const second = await admin.get(`/api/v1/accounts?sort=renewal&limit=2&cursor=${first.body.nextCursor}`);
    expect(names(second.body)).toEqual(['Gamma']);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('360 profile', () => {
  it('has the latest scores with dates, open cases and the account', async () => {
    const profile = await admin.get(`/api/v1/contacts/${people.inf}/profile`);
    expect(profile.status).toBe(200);
    expect(profile.body.latestScores.nps.value).toBe(3);
    expect(profile.body.latestScores.csat.value).toBe(4);
    expect(Date.parse(profile.body.latestScores.nps.at)).toBeGreaterThan(Date.now() - 21 * DAY_MS);
    expect(profile.body.openCases.map((c: { title: string }) => c.title)).toEqual(['Invoice wrong']);
    expect(profile.body.accounts).toEqual([{ id: accounts.acme, name: 'Acme', role: 'influencer' }]);
  });

  it('filters the timeline by kind', async () => {
    const cases = await admin.get(`/api/v1/contacts/${people.inf}/timeline?kinds=case`);
    expect(cases.body.items.map((x: { kind: string; name: string }) => [x.kind, x.name])).toEqual([
      ['case', 'Invoice wrong'],
    ]);
    const both = await admin.get(`/api/v1/contacts/${people.inf}/timeline?kinds=response,case`);
    expect(both.body.items.map((x: { kind: string }) => x.kind).sort()).toEqual(['case', 'response']);
    expect((await admin.get(`/api/v1/contacts/${people.inf}/timeline?kinds=bogus`)).status).toBe(400);
  });
});

describe('merging two profiles', () => {
  it('folds the newer into the older, with its account membership, case and responses', async () => {
    const older = (await admin.post('/api/v1/contacts/identify', { email: 'old@gamma.example' })).body
      .contact;
    const newer = (await admin.post('/api/v1/contacts/identify', { email: 'new@gamma.example' })).body
      .contact;
    await admin.request('PUT', `/api/v1/accounts/${accounts.gamma}/contacts/${newer.id}`, {
      role: 'finance',
    });
    await admin.post('/api/v1/cases', { title: 'Gamma billing', contactId: newer.id });
    await insertResponse(newer.id, 2, null, 1, 1000);
    // Identify cannot join these two: each has only an email.
    const merged = await admin.post(`/api/v1/contacts/${newer.id}/merge`, { contactId: older.id });
    expect(merged.status).toBe(200);
    expect(merged.body.contact.id).toBe(older.id);
    expect(merged.body.contact.email).toBe('old@gamma.example');
    expect(merged.body.mergedContactIds).toEqual([newer.id]);
    const gamma = (await admin.get(`/api/v1/accounts/${accounts.gamma}`)).body;
    expect(gamma.people.map((p: { id: string; accountRole: string }) => [p.id, p.accountRole])).toEqual([
      [older.id, 'finance'],
    ]);
    expect(gamma.health.nps).toMatchObject({ n: 1, value: -100 });
    const profile = (await admin.get(`/api/v1/contacts/${newer.id}/profile`)).body;
    expect(profile.openCases.map((c: { title: string }) => c.title)).toEqual(['Gamma billing']);
    expect(profile.latestScores.nps.value).toBe(2);
    expect((await admin.get(`/api/v1/contacts/${newer.id}`)).body.id).toBe(older.id);
    // Merged already, or itself: refused.
    expect((await admin.post(`/api/v1/contacts/${older.id}/merge`, { contactId: newer.id })).status).toBe(
      404,
    );
    expect((await admin.post(`/api/v1/contacts/${older.id}/merge`, { contactId: older.id })).status).toBe(
      400,
    );
    expect(
      (await outsider.post(`/api/v1/contacts/${older.id}/merge`, { contactId: people.loner })).status,
    ).toBe(404);
  });
});

describe('tenancy and validation', () => {
  it('answers 404 to another workspace on every account route, like a missing account', async () => {
    const { body: bContact } = await outsider.post('/api/v1/contacts/identify', { email: 'b@example.com' });
    const { body: bAccount } = await outsider.post('/api/v1/accounts', { name: 'B Co' });
    const a = accounts.acme as string;
    const missing = '00000000-0000-7000-8000-000000000000';
    const calls: [string, 'GET' | 'PATCH' | 'DELETE' | 'PUT', string, unknown?][] = [
      ['get', 'GET', `/api/v1/accounts/${a}`],
      ['patch', 'PATCH', `/api/v1/accounts/${a}`, { name: 'Mine' }],
      ['put contact', 'PUT', `/api/v1/accounts/${a}/contacts/${bContact.contact.id}`, { role: 'user' }],
      ['delete contact', 'DELETE', `/api/v1/accounts/${a}/contacts/${people.dm1}`],
      ['delete', 'DELETE', `/api/v1/accounts/${a}`],
      ['profile', 'GET', `/api/v1/contacts/${people.dm1}/profile`],
      [
        'A contact into B account',
        'PUT',
        `/api/v1/accounts/${bAccount.id}/contacts/${people.dm1}`,
        { role: 'user' },
      ],
    ];
    for (const [label, method, url, body] of calls) {
      const response = await outsider.request(method, url, body);
      expect(response.status, label).toBe(404);
      const absent = await outsider.request(method, url.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, missing), body);
      expect(absent.status, `${label} (missing)`).toBe(404);
    }
    const list = await outsider.get('/api/v1/accounts');
    expect(names(list.body)).toEqual(['B Co']);
    const metrics = JSON.stringify((await outsider.get('/api/v1/metrics?metric=nps&groupBy=account')).body);
    expect(metrics).not.toContain(a);
    // A's account is intact.
    const detail = await admin.get(`/api/v1/accounts/${a}`);
    expect(detail.body.name).toBe('Acme');
    expect(detail.body.people).toHaveLength(7);
  });

  it('answers 400 to bad input and 409 to a taken external id', async () => {
    const bad: [string, 'POST' | 'PATCH' | 'PUT' | 'GET', string, unknown?][] = [
      ['no name', 'POST', '/api/v1/accounts', {}],
      ['arr not a number', 'POST', '/api/v1/accounts', { name: 'X', attributes: { arr: 'lots' } }],
      ['bad renewal date', 'POST', '/api/v1/accounts', { name: 'X', attributes: { renewal_date: 'soon' } }],
      ['bad domain', 'POST', '/api/v1/accounts', { name: 'X', domain: 'not a domain' }],
      ['unknown field', 'POST', '/api/v1/accounts', { name: 'X', colour: 'red' }],
      [
        'foreign team',
        'POST',
        '/api/v1/accounts',
        { name: 'X', ownerTeamId: '00000000-0000-7000-8000-000000000000' },
      ],
      ['empty patch', 'PATCH', `/api/v1/accounts/${accounts.gamma}`, {}],
      [
        'bad role',
        'PUT',
        `/api/v1/accounts/${accounts.gamma}/contacts/${people.loner}`,
        { role: 'Decision Maker' },
      ],
      ['bad sort', 'GET', '/api/v1/accounts?sort=mood'],
      ['bad cursor', 'GET', '/api/v1/accounts?cursor=bm90LWEtbnVtYmVy'],
      ['not an id', 'GET', '/api/v1/accounts/abc'],
      ['negative weight', 'PUT', '/api/v1/account-role-weights', { weights: { user: -1 } }],
    ];
    for (const [label, method, url, body] of bad) {
      const response = await admin.request(method, url, body);
      expect(response.status, label).toBe(400);
      expect(response.body.code, label).toBe('VALIDATION_FAILED');
    }
    const taken = await admin.post('/api/v1/accounts', { name: 'Other', externalId: 'beta' });
    expect(taken.status).toBe(409);
  });

  it('deletes an account and keeps its people', async () => {
    const removed = await admin.delete(`/api/v1/accounts/${accounts.beta}/contacts/${people.b2}`);
    expect(removed.status).toBe(204);
    expect((await admin.get(`/api/v1/accounts/${accounts.beta}`)).body.people).toHaveLength(1);
    expect((await admin.delete(`/api/v1/accounts/${accounts.beta}`)).status).toBe(204);
    expect((await admin.get(`/api/v1/accounts/${accounts.beta}`)).status).toBe(404);
    expect((await admin.get(`/api/v1/contacts/${people.b1}`)).body.account).toBeNull();
  });
});
