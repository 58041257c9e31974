import { evaluateCondition, type LogicContext } from '@touchpoint/core';
import type { TMe } from '@touchpoint/schemas';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAnomalyRules } from '../src/modules/cases/index';
import { loadFeedbackFacts } from '../src/modules/feedback-facts/index';
import { analyzeStoredItems } from '../src/modules/text/index';
import type { Touchpoint } from '../src/touchpoint';
import { sessionOf, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// Alert rules: the API shape (the example verbatim), references checked against the workspace,
// the dry run ("would have fired N times"), and anomaly rules that fire once a day on a significant drop.

const SURVEY = {
  name: 'Checkout NPS',
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
    { id: 'q2', type: 'open_text', text: { en: 'Why?' } },
  ],
};
const DETRACTORS = { all: [{ field: 'nps', op: 'lte', value: 6 }] };

let touchpoint: Touchpoint;
let app: FastifyInstance;
let people = 0;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
});
afterAll(() => touchpoint?.stop());

/** A workspace of its own (from its own address: sign-up is limited per IP, which is not tested here). */
async function workspace(): Promise<{ client: TestClient; me: TMe; surveyId: string }> {
  people += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    headers: { 'x-forwarded-for': `203.0.113.${people}` },
    payload: {
      email: `rules.${people}.${Date.now()}@example.com`,
      password: 'correct horse battery',
      name: `Owner ${people}`,
      workspaceName: `Rules ${people}`,
    },
  });
  expect(response.statusCode).toBe(201);
  const me = response.json() as TMe;
  const client = new TestClient(app, sessionOf(response, me));
  const survey = await client.post('/api/v1/surveys', SURVEY);
  await client.post(`/api/v1/surveys/${survey.body.id}/publish`);
  return { client, me, surveyId: survey.body.id };
}

async function submit(client: TestClient, surveyId: string, score: number, text: string) {
  const response = await client.request('POST', `/api/v1/public/surveys/${surveyId}/responses`, {
    answers: { q1: score, q2: text },
    finished: true,
  });
  expect(response.status).toBeLessThan(300);
  return response.body.id as string;
}

describe('alert rules API', () => {
  it('accepts the issue’s rule shape and round-trips it', async () => {
    const { client, surveyId } = await workspace();
    const created = await client.post('/api/v1/alert-rules', {
      name: 'Detractors',
      surveyId,
      condition: { all: [{ field: 'nps', op: 'lte', value: 6 }] },
      createCase: { priority: 'high' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Detractors',
      kind: 'feedback',
      surveyId,
      condition: DETRACTORS,
      anomaly: null,
      createCase: { priority: 'high', teamId: null },
      notify: { teamIds: [], userIds: [] },
      active: true,
      firedLast7Days: 0,
    });
    const read = await client.get(`/api/v1/alert-rules/${created.body.id}`);
    expect(read.body).toEqual(created.body);
    const listed = await client.get('/api/v1/alert-rules');
    expect(listed.body).toMatchObject({ items: [{ id: created.body.id }], nextCursor: null });
  });

  it('updates, pauses and deletes; nested any/all conditions are kept as written', async () => {
    const { client } = await workspace();
    const team = await client.post('/api/v1/teams', { name: 'VIP desk' });
    const created = await client.post('/api/v1/alert-rules', {
      name: 'VIP unhappy',
      condition: {
        all: [
          { field: 'contact.vip', op: 'eq', value: true },
          {
            any: [
              { field: 'sentiment', op: 'eq', value: 'negative' },
              { field: 'csat', op: 'lte', value: 2 },
            ],
          },
        ],
      },
      notify: { teamIds: [team.body.id], userIds: [] },
    });
    expect(created.status).toBe(201);
    expect(created.body.createCase).toBeNull();
    const updated = await client.patch(`/api/v1/alert-rules/${created.body.id}`, {
      active: false,
      createCase: { priority: 'urgent', teamId: team.body.id },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      active: false,
      createCase: { priority: 'urgent', teamId: team.body.id },
    });
    expect(updated.body.condition).toEqual(created.body.condition);
    expect((await client.delete(`/api/v1/alert-rules/${created.body.id}`)).status).toBe(204);
    expect((await client.get(`/api/v1/alert-rules/${created.body.id}`)).status).toBe(404);
  });

  it('refuses references to another workspace and malformed rules with 400 problem+json', async () => {
    const mine = await workspace();
    const theirs = await workspace();
    const theirTeam = await theirs.client.post('/api/v1/teams', { name: 'Theirs' });
    const foreign = await mine.client.post('/api/v1/alert-rules', {
      name: 'Cross',
      surveyId: theirs.surveyId,
      condition: DETRACTORS,
      createCase: { priority: 'high', teamId: theirTeam.body.id },
      notify: { teamIds: [theirTeam.body.id], userIds: [theirs.me.user?.id] },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
    expect(foreign.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      'body.createCase.teamId',
      'body.notify.teamIds',
      'body.notify.userIds',
      'body.surveyId',
    ]);
    for (const body of [
      { name: 'No condition' },
      { name: 'Bad op', condition: { all: [{ field: 'nps', op: 'about', value: 6 }] } },
      { name: 'Bad priority', condition: DETRACTORS, createCase: { priority: 'asap' } },
      { name: '', condition: DETRACTORS },
      { name: 'Anomaly without metric', kind: 'anomaly' },
      { name: 'Extra', condition: DETRACTORS, colour: 'red' },
    ]) {
      const response = await mine.client.post('/api/v1/alert-rules', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.invalidParams.length).toBeGreaterThan(0);
    }
    const badTouchpoint = await mine.client.post('/api/v1/alert-rules', {
      name: 'Anomaly elsewhere',
      kind: 'anomaly',
      anomaly: { metric: 'nps', touchpointId: '00000000-0000-7000-8000-000000000000' },
    });
    expect(badTouchpoint.status).toBe(400);
    expect(badTouchpoint.body.invalidParams[0].name).toBe('body.anomaly.touchpointId');
  });

  it('a dry run counts what the condition would have matched in the last days, with samples', async () => {
    const { client, surveyId } = await workspace();
    for (const [score, text] of [
      [2, 'my refund has not arrived after three weeks'],
      [5, 'slow checkout'],
      [9, 'great'],
      [10, 'love it'],
    ] as const) {
      await submit(client, surveyId, score, text);
    }
    const dry = await client.post('/api/v1/alert-rules/test', { condition: DETRACTORS, surveyId, days: 7 });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ days: 7, checked: 4, matched: 2, truncated: false });
    expect(dry.body.samples.map((x: { nps: number }) => x.nps).sort()).toEqual([2, 5]);
    const refunds = await client.post('/api/v1/alert-rules/test', {
      condition: { all: [{ field: 'text', op: 'contains', value: 'refund' }] },
    });
    expect(refunds.body).toMatchObject({ matched: 1, days: 7 });
    // Nothing was created by a dry run.
    expect((await client.get('/api/v1/cases')).body.items).toEqual([]);
  });

  it('reads the effort signal and boolean contact attributes as the condition builder writes them', async () => {
    const { client, me, surveyId } = await workspace();
    const id = await submit(client, surveyId, 3, 'I called three times and nobody could help me');
    await analyzeStoredItems(touchpoint.ctx, me.workspace.id, 'response', [id]);
    await touchpoint.ctx.db
      .insertInto('contacts')
      .values({
        workspaceId: me.workspace.id,
        id: '01900000-0000-7000-8000-0000000000c1',
        attributes: '{"vip":true}',
      })
      .execute();
    await touchpoint.ctx.db
      .updateTable('responses')
      .set({ contactId: '01900000-0000-7000-8000-0000000000c1' })
      .where('id', '=', id)
      .execute();
    const [facts] = await loadFeedbackFacts(touchpoint.ctx.db, me.workspace.id, 'response', [id]);
    const holds = (field: string) =>
      evaluateCondition(
        { all: [{ field, op: 'eq', value: true }] },
        { answers: (facts?.values ?? {}) as LogicContext['answers'], hidden: facts?.hidden ?? {} },
      );
    expect(holds('effort')).toBe(true);
    expect(holds('contact.vip')).toBe(true);
  });

  it('viewers read rules but cannot write them', async () => {
    const { client } = await workspace();
    const key = await client.post('/api/v1/api-keys', { name: 'viewer', role: 'viewer' });
    const viewer = new TestClient(app, { apiKey: key.body.key });
    expect((await viewer.get('/api/v1/alert-rules')).status).toBe(200);
    const refused = await viewer.post('/api/v1/alert-rules', { name: 'x', condition: DETRACTORS });
    expect(refused.status).toBe(403);
  });
});

describe('feedback alerts in a batch', () => {
  it('a rule naming a deleted team still opens its case (routed normally), and another workspace in the same batch gets its case', async () => {
    const a = await workspace();
    const b = await workspace();
    const team = await a.client.post('/api/v1/teams', { name: 'Gone soon' });
    const ruleA = await a.client.post('/api/v1/alert-rules', {
      name: 'Detractors to a team',
      surveyId: a.surveyId,
      condition: DETRACTORS,
      createCase: { priority: 'high', teamId: team.body.id },
    });
    expect(ruleA.status).toBe(201);
    expect((await a.client.delete(`/api/v1/teams/${team.body.id}`)).status).toBe(204);
    const ruleB = await b.client.post('/api/v1/alert-rules', {
      name: 'Detractors',
      surveyId: b.surveyId,
      condition: DETRACTORS,
      createCase: { priority: 'high' },
    });
    expect(ruleB.status).toBe(201);
    const responseA = await submit(a.client, a.surveyId, 2, 'Nobody answered');
    const responseB = await submit(b.client, b.surveyId, 1, 'Broken again');

    // Both workspaces in one fetch of the queue, as the worker merges them (the background loop may have
    // fired them already: firing is idempotent, so this pass must simply succeed).
    const evaluate = touchpoint.jobs.evaluateFeedback;
    expect(evaluate.handleBatch).toBeDefined();
    await evaluate.handleBatch?.([
      { workspaceId: a.me.workspace.id, itemKind: 'response', itemIds: [responseA] },
      { workspaceId: b.me.workspace.id, itemKind: 'response', itemIds: [responseB] },
    ]);

    const caseOf = (workspaceId: string, itemId: string) =>
      touchpoint.ctx.db
        .selectFrom('caseItems as ci')
        .innerJoin('cases as c', (join) =>
          join.onRef('c.workspaceId', '=', 'ci.workspaceId').onRef('c.id', '=', 'ci.caseId'),
        )
        .select(['c.id', 'c.teamId', 'c.alertRuleId', 'c.priority'])
        .where('ci.workspaceId', '=', workspaceId)
        .where('ci.itemId', '=', itemId)
        .executeTakeFirst();
    expect(await caseOf(a.me.workspace.id, responseA)).toMatchObject({
      teamId: null,
      alertRuleId: ruleA.body.id,
      priority: 'high',
    });
    expect(await caseOf(b.me.workspace.id, responseB)).toMatchObject({ alertRuleId: ruleB.body.id });
  });
});

describe('anomaly rules', () => {
  const DAY = 86_400_000;
  const dayString = (offset: number, now: Date) =>
    new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);

  /** Writes daily rollups: `promoters`/`detractors` per day, for days [from, to) relative to now. */
  async function seedRollups(
    workspaceId: string,
    surveyId: string,
    now: Date,
    from: number,
    to: number,
    counts: { promoters: number; detractors: number },
  ) {
    const rows = [];
    for (let offset = from; offset < to; offset++) {
      const n = counts.promoters + counts.detractors;
      rows.push({
        workspaceId,
        day: dayString(offset, now),
        surveyId,
        questionId: 'q1',
        touchpointId: '00000000-0000-0000-0000-000000000000',
        channel: 'link',
        language: 'en',
        questionType: 'nps',
        n,
        sum: counts.promoters * 10 + counts.detractors * 2,
        sumSquares: counts.promoters * 100 + counts.detractors * 4,
        promoters: counts.promoters,
        passives: 0,
        detractors: counts.detractors,
        satisfied: 0,
        agree: 0,
      });
    }
    await touchpoint.ctx.db.insertInto('metricRollups').values(rows).execute();
  }

  it('fires once a day on a significant NPS drop against the baseline, and opens a case', async () => {
    const { client, me, surveyId } = await workspace();
    const now = new Date();
    // Baseline (28 days before the window): mostly promoters. Window (last 7 days incl. today): mostly detractors.
    await seedRollups(me.workspace.id, surveyId, now, -34, -6, { promoters: 8, detractors: 2 });
    await seedRollups(me.workspace.id, surveyId, now, -6, 1, { promoters: 2, detractors: 8 });
    const rule = await client.post('/api/v1/alert-rules', {
      name: 'NPS drop',
      kind: 'anomaly',
      surveyId,
      anomaly: { metric: 'nps' },
      createCase: { priority: 'urgent' },
    });
    expect(rule.status).toBe(201);
    expect(rule.body.anomaly).toEqual({ metric: 'nps', touchpointId: null, windowDays: 7, baselineDays: 28 });
    const steady = await client.post('/api/v1/alert-rules', {
      name: 'CSAT drop',
      kind: 'anomaly',
      anomaly: { metric: 'csat', windowDays: 3, baselineDays: 14 },
    });
    expect(steady.status).toBe(201);

    expect(await checkAnomalyRules(touchpoint.ctx, now)).toBeGreaterThanOrEqual(1);
    const alerts = await touchpoint.ctx.db
      .selectFrom('alerts')
      .selectAll()
      .where('workspaceId', '=', me.workspace.id)
      .execute();
    expect(alerts).toHaveLength(1); // the CSAT rule has no data: no test, no alert
    expect(alerts[0]).toMatchObject({
      ruleId: rule.body.id,
      subjectKind: 'metric',
      subjectKey: dayString(0, now),
    });
    expect(alerts[0]?.facts).toMatchObject({ metric: 'nps', baseline: 60, current: -60 });

    // The same day again: nothing new.
    await checkAnomalyRules(touchpoint.ctx, now);
    const again = await touchpoint.ctx.db
      .selectFrom('alerts')
      .select('id')
      .where('workspaceId', '=', me.workspace.id)
      .execute();
    expect(again).toHaveLength(1);
    const cases = await client.get('/api/v1/cases');
    expect(cases.body.items).toHaveLength(1);
    expect(cases.body.items[0]).toMatchObject({
      priority: 'urgent',
      source: 'alert',
      alertRuleId: rule.body.id,
    });
    expect(cases.body.items[0].title).toContain('NPS dropped 120 points');
  });

  it('a steady metric does not fire', async () => {
    const { client, me, surveyId } = await workspace();
    const now = new Date();
    await seedRollups(me.workspace.id, surveyId, now, -34, 1, { promoters: 6, detractors: 4 });
    const rule = await client.post('/api/v1/alert-rules', {
      name: 'NPS drop',
      kind: 'anomaly',
      anomaly: { metric: 'nps' },
    });
    // Without a saved rule "no alert" would prove nothing.
    expect(rule.status).toBe(201);
    await checkAnomalyRules(touchpoint.ctx, now);
    const alerts = await touchpoint.ctx.db
      .selectFrom('alerts')
      .select('id')
      .where('workspaceId', '=', me.workspace.id)
      .execute();
    expect(alerts).toEqual([]);
  });
});
