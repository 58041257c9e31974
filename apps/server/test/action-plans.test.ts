import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcePlan } from '../src/modules/action-plans/index';
import { createCase } from '../src/modules/cases/index';
import { rebuildRollups } from '../src/modules/metrics/index';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, signUp, type TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Action plans: linking cases, the metric before and after (checked against NPS worked out by hand from
// the fixture), and "you said, we did" notices reaching the SMTP sink exactly once per contact, skipping
// unsubscribed contacts, contacts over the contact budget and contacts without an email.

let touchpoint: Touchpoint;
let sink: SmtpSink;
let admin: TestClient;
let workspaceId: string;
let userId: string;
let touchpointId: string;
let otherTouchpointId: string;
let surveyId: string;
let topicId: string;
let outsider: TestClient;
let outsiderTopicId: string;
const contacts: Record<string, string> = {};
const cases: Record<string, string> = {};

const DAY_MS = 86_400_000;
const db = () => touchpoint.ctx.db;

/** NPS the plain way, the independent reference: % promoters (9–10) − % detractors (0–6). */
function nps(scores: number[]) {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return ((promoters - detractors) * 100) / scores.length;
}

// Before the plan (5–20 days ago) and after it (today), at the plan's touchpoint; plus noise elsewhere.
const BEFORE = [2, 9, 10, 10, 7, 8];
const AFTER = [9, 10, 8, 3];
/** Of those, the ones that mention the plan's topic. */
const BEFORE_TOPIC = [2, 9];
const AFTER_TOPIC = [3];

async function insertResponse(score: number, createdAt: Date, tp: string, contactId: string | null = null) {
  const id = randomUUID();
  await db()
    .insertInto('responses')
    .values({
      workspaceId,
      id,
      surveyId,
      surveyVersion: 1,
      touchpointId: tp,
      contactId,
      idempotencyKey: `plan-${id}`,
      channel: 'link',
      language: 'en',
      answers: JSON.stringify({ nps: score }),
      npsScore: score,
      finished: true,
      createdAt,
    })
    .execute();
  return id;
}

async function mentionTopic(responseId: string) {
  await db()
    .insertInto('textTopicMatches')
    .values({
      workspaceId,
      itemKind: 'response',
      itemId: responseId,
      field: 'why',
      topicId,
      source: 'rule',
      confidence: 1,
      modelVersion: null,
    })
    .execute();
}

beforeAll(async () => {
  sink = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: sink.url });
  const signed = await signUp(touchpoint.app as FastifyInstance, 'Acme Retail');
  admin = signed.client;
  workspaceId = signed.me.workspace.id;
  userId = signed.me.user?.id as string;
  const journey = await admin.post('/api/v1/journeys', {
    name: 'Retail',
    stages: [{ name: 'Delivery', touchpoints: [{ name: 'Courier' }, { name: 'Pick-up point' }] }],
  });
  touchpointId = journey.body.stages[0].touchpoints[0].id;
  otherTouchpointId = journey.body.stages[0].touchpoints[1].id;
  const survey = await admin.post('/api/v1/surveys', {
    name: 'Delivery NPS',
    touchpointId,
    questions: [
      { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
      { id: 'why', type: 'open_text', text: { en: 'Why?' } },
    ],
  });
  surveyId = survey.body.id;
  topicId = (await admin.post('/api/v1/topics', { name: 'Late delivery', query: 'late' })).body.id;

  const now = Date.now();
  const beforeIds: number[] = [];
  for (const [i, score] of BEFORE.entries()) {
    const id = await insertResponse(score, new Date(now - (5 + i * 3) * DAY_MS), touchpointId);
    if (BEFORE_TOPIC.includes(score) && !beforeIds.includes(score)) {
      beforeIds.push(score);
      await mentionTopic(id);
    }
  }
  for (const score of AFTER) {
    const id = await insertResponse(score, new Date(), touchpointId);
    if (AFTER_TOPIC.includes(score)) await mentionTopic(id);
  }
  // Noise: too old, and another touchpoint.
  await insertResponse(0, new Date(now - 45 * DAY_MS), touchpointId);
  await insertResponse(0, new Date(now - 6 * DAY_MS), otherTouchpointId);
  await rebuildRollups(touchpoint.ctx, workspaceId);

  // Contacts behind the feedback: one reachable, one unsubscribed, one without an email, one over budget.
  for (const name of ['happy', 'unsubscribed', 'budget']) {
    const identified = await admin.post('/api/v1/contacts/identify', { email: `${name}@example.com` });
    contacts[name] = identified.body.contact.id;
  }
  contacts.noEmail = (
    await admin.post('/api/v1/contacts/identify', { externalId: 'crm-42' })
  ).body.contact.id;
  contacts.topicOnly = (
    await admin.post('/api/v1/contacts/identify', { email: 'topic@example.com' })
  ).body.contact.id;
  await db()
    .updateTable('contacts')
    .set({ unsubscribedAt: new Date() })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', contacts.unsubscribed as string)
    .execute();
  expect(
    (await admin.request('PUT', '/api/v1/settings/contact-budget', { maxSurveys: 1, perDays: 30 })).status,
  ).toBe(200);
  await db()
    .insertInto('surveyTouches')
    .values({
      workspaceId,
      id: randomUUID(),
      contactId: contacts.budget as string,
      surveyId,
      priority: 'low',
      channel: 'email',
      at: new Date(now - 2 * DAY_MS),
    })
    .execute();
  // A contact whose feedback mentions the topic at the touchpoint, without a case.
  await mentionTopic(
    await insertResponse(4, new Date(now - 3 * DAY_MS), touchpointId, contacts.topicOnly as string),
  );
  await rebuildRollups(touchpoint.ctx, workspaceId);

  for (const name of ['happy', 'unsubscribed', 'noEmail', 'budget']) {
    cases[name] = (
      await createCase(touchpoint.ctx, workspaceId, {
        title: `Late parcel (${name})`,
        source: 'manual',
        actor: `user:${userId}`,
        contactId: contacts[name] as string,
      })
    ).id;
  }
  cases.noContact = (
    await createCase(touchpoint.ctx, workspaceId, { title: 'No contact', source: 'manual', actor: 'system' })
  ).id;

  const other = await signUp(touchpoint.app as FastifyInstance);
  outsider = other.client;
  outsiderTopicId = (await outsider.post('/api/v1/topics', { name: 'Theirs', query: 'x' })).body.id;
});
afterAll(async () => {
  await touchpoint.stop();
  await sink.close();
});

describe('action plans', () => {
  let planId: string;

  it('creates a plan and lists it; the detail shows the metric before and after, counted by hand', async () => {
    const created = await admin.post('/api/v1/action-plans', {
      title: 'Fix late deliveries',
      description: 'Switch courier for the south region',
      topicId,
      touchpointId,
      metric: 'nps',
      expectedEffect: 10,
      dueDate: '2027-01-31',
      status: 'in_progress',
    });
    expect(created.status).toBe(201);
    planId = created.body.id;
    expect(created.body).toMatchObject({
      title: 'Fix late deliveries',
      status: 'in_progress',
      dueDate: '2027-01-31',
      expectedEffect: 10,
      caseCount: 0,
      cases: [],
      completedAt: null,
    });
    const { impact } = created.body;
    expect(impact.scope).toBe('touchpoint');
    expect(impact.afterSince).toBe('creation');
    // Before: the six answers 5–20 days ago (the 45-day-old one and the other touchpoint's are outside),
    // plus the topic-only contact's 4 three days ago.
    const before = [...BEFORE, 4];
    expect(impact.before.n).toBe(before.length);
    expect(impact.before.value).toBeCloseTo(nps(before), 10);
    expect(impact.before.ci95[0]).toBeLessThan(impact.before.value);
    expect(impact.after.n).toBe(AFTER.length);
    expect(impact.after.value).toBeCloseTo(nps(AFTER), 10);

    const list = await admin.get('/api/v1/action-plans');
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([planId]);
    expect((await admin.get('/api/v1/action-plans?status=done')).body.items).toEqual([]);
  });

  it('measures a plan with only a topic on the responses that mention it', async () => {
    const topicPlan = await admin.post('/api/v1/action-plans', {
      title: 'Topic only',
      topicId,
      metric: 'nps',
    });
    expect(topicPlan.status).toBe(201);
    const { impact } = topicPlan.body;
    expect(impact.scope).toBe('topic');
    const before = [...BEFORE_TOPIC, 4];
    expect(impact.before).toMatchObject({ n: before.length });
    expect(impact.before.value).toBeCloseTo(nps(before), 10);
    expect(impact.after).toMatchObject({ n: AFTER_TOPIC.length, value: nps(AFTER_TOPIC) });
    const bare = await admin.post('/api/v1/action-plans', { title: 'Neither' });
    expect(bare.body.impact).toBeNull();
    for (const id of [topicPlan.body.id, bare.body.id]) {
      expect((await admin.delete(`/api/v1/action-plans/${id}`)).status).toBe(204);
    }
  });

  it('links cases (and unlinks them), refusing cases of another workspace', async () => {
    const linked = await admin.post(`/api/v1/action-plans/${planId}/cases`, {
      caseIds: [cases.happy, cases.unsubscribed, cases.noEmail, cases.budget, cases.noContact],
    });
    expect(linked.status).toBe(200);
    expect(linked.body.caseCount).toBe(5);
    expect(linked.body.cases.map((c: { id: string }) => c.id).sort()).toEqual(Object.values(cases).sort());
    const row = await db()
      .selectFrom('cases')
      .select('actionPlanId')
      .where('id', '=', cases.happy as string)
      .executeTakeFirstOrThrow();
    expect(row.actionPlanId).toBe(planId);

    // By number too: relinking is harmless; an unknown number links nothing.
    const noContactNumber = (
      await db()
        .selectFrom('cases')
        .select('number')
        .where('id', '=', cases.noContact as string)
        .executeTakeFirstOrThrow()
    ).number;
    const byNumber = await admin.post(`/api/v1/action-plans/${planId}/cases`, {
      caseNumbers: [noContactNumber],
    });
    expect(byNumber.status).toBe(200);
    expect(byNumber.body.caseCount).toBe(5);
    const unknownNumber = await admin.post(`/api/v1/action-plans/${planId}/cases`, { caseNumbers: [9999] });
    expect(unknownNumber.status).toBe(400);
    expect(unknownNumber.body.invalidParams[0].name).toBe('body.caseNumbers');

    const unlinked = await admin.delete(`/api/v1/action-plans/${planId}/cases/${cases.noContact}`);
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.caseCount).toBe(4);
    expect((await admin.delete(`/api/v1/action-plans/${planId}/cases/${cases.noContact}`)).status).toBe(404);

    const foreignCase = (
      await createCase(touchpoint.ctx, (await outsider.get('/api/v1/me')).body.workspace.id, {
        title: 'Theirs',
        source: 'manual',
        actor: 'system',
      })
    ).id;
    const refused = await admin.post(`/api/v1/action-plans/${planId}/cases`, {
      caseIds: [cases.noContact, foreignCase],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.invalidParams[0].name).toBe('body.caseIds');
    // All or nothing: the valid case was not linked either.
    expect((await admin.get(`/api/v1/action-plans/${planId}`)).body.caseCount).toBe(4);
    // And the outsider cannot link our case to a plan of theirs.
    const theirPlan = (await outsider.post('/api/v1/action-plans', { title: 'Theirs' })).body.id;
    expect(
      (await outsider.post(`/api/v1/action-plans/${theirPlan}/cases`, { caseIds: [cases.happy] })).status,
    ).toBe(400);
  });

  it('sends "you said, we did" once per contact when the plan is done, skipping who must be skipped', async () => {
    // A contact without a language of their own is written to in the workspace's default language.
    expect((await admin.patch('/api/v1/workspace', { defaultLanguage: 'vi' })).status).toBe(200);
    await admin.post('/api/v1/contacts/identify', {
      email: 'topic@example.com',
      attributes: { language: 'en' },
    });
    const done = await admin.patch(`/api/v1/action-plans/${planId}`, {
      status: 'done',
      announcementSubject: 'You said, we did: faster deliveries',
      announcementBody: 'You told us parcels were late.\n\nWe switched couriers in your region.',
    });
    expect(done.status).toBe(200);
    expect(done.body.completedAt).toEqual(expect.any(String));
    expect(done.body.impact.afterSince).toBe('completion');

    const [happy] = await sink.waitForTo('happy@example.com', 1);
    expect(happy?.subject).toBe('You said, we did: faster deliveries');
    expect(happy?.text).toContain('We switched couriers in your region.');
    expect(happy?.text).toContain('Acme Retail');
    expect(happy?.text).toContain('Bạn nhận được email này');
    const [topic] = await sink.waitForTo('topic@example.com', 1);
    expect(topic?.text).toContain('You are receiving this because');
    await admin.patch('/api/v1/workspace', { defaultLanguage: 'en' });
    await waitForAnnounceJobs(1);

    const detail = (await admin.get(`/api/v1/action-plans/${planId}`)).body;
    expect(detail.notices).toEqual({
      sent: 2,
      skipped: { unsubscribed: 1, budget: 1, noEmail: 1 },
      failed: 0,
    });
    expect(detail.announcedAt).toEqual(expect.any(String));

    // Done twice (reopened, then done again): the job runs again and mails nobody twice.
    await admin.patch(`/api/v1/action-plans/${planId}`, { status: 'in_progress' });
    await admin.patch(`/api/v1/action-plans/${planId}`, { status: 'done' });
    await waitForAnnounceJobs(2);
    expect(await announcePlan(touchpoint.ctx, { workspaceId, planId })).toEqual({
      sent: 0,
      skipped_unsubscribed: 0,
      skipped_budget: 0,
      skipped_no_email: 0,
      failed: 0,
    });
    const recipients = sink.messages.map((m) => JSON.stringify(m.to));
    expect(recipients.filter((to) => to.includes('happy@example.com'))).toHaveLength(1);
    expect(recipients.filter((to) => to.includes('topic@example.com'))).toHaveLength(1);
    expect(recipients.some((to) => to.includes('unsubscribed@') || to.includes('budget@'))).toBe(false);
    expect(sink.messages).toHaveLength(2);
    const notices = await db()
      .selectFrom('actionPlanNotices')
      .select(['contactId', 'status'])
      .where('workspaceId', '=', workspaceId)
      .where('planId', '=', planId)
      .execute();
    expect(Object.fromEntries(notices.map((n) => [n.contactId, n.status]))).toEqual({
      [contacts.happy as string]: 'sent',
      [contacts.topicOnly as string]: 'sent',
      [contacts.unsubscribed as string]: 'skipped_unsubscribed',
      [contacts.noEmail as string]: 'skipped_no_email',
      [contacts.budget as string]: 'skipped_budget',
    });
  });

  it('records domain events for the audit log', async () => {
    const events = await db()
      .selectFrom('domainEvents')
      .select('type')
      .where('workspaceId', '=', workspaceId)
      .where('subjectId', '=', planId)
      .execute();
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'action_plan.created',
      'action_plan.updated',
      'action_plan.cases_linked',
      'action_plan.case_unlinked',
      'action_plan.announced',
    ]) {
      expect(types.has(type), type).toBe(true);
    }
  });

  it('refuses bad input with 400', async () => {
    const bad: [string, string, unknown][] = [
      ['POST', '/api/v1/action-plans', { title: '' }],
      ['POST', '/api/v1/action-plans', { title: 'x', metric: 'revenue' }],
      ['POST', '/api/v1/action-plans', { title: 'x', status: 'archived' }],
      ['POST', '/api/v1/action-plans', { title: 'x', dueDate: '31/01/2027' }],
      ['POST', '/api/v1/action-plans', { title: 'x', topicId: outsiderTopicId }],
      ['POST', '/api/v1/action-plans', { title: 'x', ownerTeamId: randomUUID() }],
      ['POST', '/api/v1/action-plans', { title: 'x', unknown: 1 }],
      ['PATCH', `/api/v1/action-plans/${planId}`, { status: 'archived' }],
      ['PATCH', `/api/v1/action-plans/${planId}`, { touchpointId: 'nope' }],
      ['POST', `/api/v1/action-plans/${planId}/cases`, { caseIds: [] }],
      ['POST', `/api/v1/action-plans/${planId}/cases`, { caseIds: ['nope'] }],
      ['POST', `/api/v1/action-plans/${planId}/cases`, {}],
      ['POST', `/api/v1/action-plans/${planId}/cases`, { caseNumbers: [0] }],
      ['GET', '/api/v1/action-plans?status=archived', undefined],
      ['GET', '/api/v1/action-plans?cursor=bm90LWEtdXVpZA', undefined],
    ];
    for (const [method, url, body] of bad) {
      const response = await admin.request(method as 'POST', url, body);
      expect(response.status, `${method} ${url} ${JSON.stringify(body)}`).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('answers 404 for another workspace, and only managers may change plans', async () => {
    for (const [method, url, body] of [
      ['GET', `/api/v1/action-plans/${planId}`, undefined],
      ['PATCH', `/api/v1/action-plans/${planId}`, { title: 'Hijacked' }],
      ['DELETE', `/api/v1/action-plans/${planId}`, undefined],
      ['POST', `/api/v1/action-plans/${planId}/cases`, { caseIds: [cases.noContact] }],
      ['DELETE', `/api/v1/action-plans/${planId}/cases/${cases.happy}`, undefined],
    ] as const) {
      const response = await outsider.request(method, url, body);
      expect(response.status, `${method} ${url}`).toBe(404);
    }
    expect(
      (await outsider.get('/api/v1/action-plans')).body.items.map((p: { id: string }) => p.id),
    ).not.toContain(planId);
    const viewer = (await addMember(admin, 'viewer')).client;
    expect((await viewer.get(`/api/v1/action-plans/${planId}`)).status).toBe(200);
    expect((await viewer.patch(`/api/v1/action-plans/${planId}`, { title: 'x' })).status).toBe(403);
    const plan = (await admin.get(`/api/v1/action-plans/${planId}`)).body;
    expect(plan.title).toBe('Fix late deliveries');
  });

  it('deleting a plan keeps its cases, unlinked', async () => {
    expect((await admin.delete(`/api/v1/action-plans/${planId}`)).status).toBe(204);
    expect((await admin.get(`/api/v1/action-plans/${planId}`)).status).toBe(404);
    const row = await db()
      .selectFrom('cases')
      .select('actionPlanId')
      .where('id', '=', cases.happy as string)
      .executeTakeFirstOrThrow();
    expect(row.actionPlanId).toBeNull();
  });
});

/** Waits until `count` announce jobs have completed (pg-boss's own record), so "nothing more" is certain. */
async function waitForAnnounceJobs(count: number) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'action-plans.announce' AND state = 'completed'
    `.execute(db());
    if ((rows[0]?.n ?? 0) >= count) return;
    if (Date.now() > deadline)
      throw new Error(`expected ${count} completed announce jobs, got ${rows[0]?.n}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
