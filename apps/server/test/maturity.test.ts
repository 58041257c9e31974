import { MATURITY_QUESTIONS } from '@touchpoint/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// The CXM maturity self-assessment: scores checked against figures worked out by hand, evidence measured
// from the workspace's own data (a detractor with a closed case moves loop closure), history, the
// comparison of two people's views, 400s for bad answers, and another workspace never seeing A's.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let agent: TestClient;
let agentId: string;
let adminId: string;

const all = (value: number) => Object.fromEntries(MATURITY_QUESTIONS.map((q) => [q.id, value]));
const evidenceOf = (body: { evidence: { id: string }[] }, id: string) =>
  body.evidence.find((e) => e.id === id);

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  const signed = await signUp(app, 'Maturity A');
  admin = signed.client;
  adminId = signed.me.user?.id as string;
  const member = await addMember(admin, 'agent');
  agent = member.client;
  agentId = member.userId;
});
afterAll(() => touchpoint.stop());

describe('maturity questionnaire and scoring', () => {
  it('serves 14 bilingual questions with five options each and no latest assessment yet', async () => {
    const res = await agent.get('/api/v1/maturity');
    expect(res.status).toBe(200);
    expect(res.body.questions).toHaveLength(14);
    const first = res.body.questions[0];
    expect(first).toMatchObject({ id: 'strategy.vision', competency: 'strategy' });
    expect(first.text.vi).toMatch(/lãnh đạo/);
    expect(first.options.map((o: { value: number }) => o.value)).toEqual([1, 2, 3, 4, 5]);
    expect(res.body.latest).toBeNull();
  });

  it('scores an assessment as worked out by hand and records the role', async () => {
    // Strategy 1 and 2 (1.5, level 1), measurement 4 and 5 (4.5), everything else 3.
    // Mean = (1.5 + 4.5 + 5 × 3) / 7 = 3.0 → floor 3, capped at weakest level 1 + 1 = 2.
    const answers = {
      ...all(3),
      'strategy.vision': 1,
      'strategy.sponsor': 2,
      'measurement.metrics': 4,
      'measurement.use': 5,
    };
    const res = await admin.post('/api/v1/maturity/assessments', { answers });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ level: 2, mean: 3, role: 'admin', userId: adminId });
    const scores = Object.fromEntries(
      res.body.competencies.map((c: { id: string; score: number }) => [c.id, c.score]),
    );
    expect(scores).toEqual({
      strategy: 1.5,
      understanding: 3,
      journeys: 3,
      measurement: 4.5,
      action: 3,
      employees: 3,
      governance: 3,
    });
    // Weakest first: strategy at level 1 gets its level-1 step.
    expect(res.body.recommendations[0]).toMatchObject({ competency: 'strategy', level: 1 });
    expect(res.body.recommendations[0].text.en).toMatch(/vision/);
    expect(res.body.recommendations.at(-1)).toMatchObject({ competency: 'measurement', level: 4 });
  });

  it('answers 400 with invalidParams for unknown questions, values outside 1..5 and missing answers', async () => {
    const bad = { ...all(3), 'strategy.vision': 6, 'made.up': 3, 'action.rootCause': 0 } as Record<
      string,
      number
    >;
    delete bad['governance.incentives'];
    const res = await admin.post('/api/v1/maturity/assessments', { answers: bad });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.invalidParams).toEqual(
      expect.arrayContaining([
        { name: 'body.answers.strategy.vision', reason: 'must be an integer from 1 to 5' },
        { name: 'body.answers.action.rootCause', reason: 'must be an integer from 1 to 5' },
        { name: 'body.answers.made.up', reason: 'unknown question' },
        { name: 'body.answers.governance.incentives', reason: 'not answered' },
      ]),
    );
    expect(res.body.invalidParams).toHaveLength(4);
    const fraction = await admin.post('/api/v1/maturity/assessments', {
      answers: { ...all(3), 'journeys.owners': 2.5 },
    });
    expect(fraction.status).toBe(400);
    const text = await admin.post('/api/v1/maturity/assessments', {
      answers: { ...all(3), 'journeys.owners': '3' },
    });
    expect(text.status).toBe(400);
    // Nothing was stored by the refused attempts.
    expect((await admin.get('/api/v1/maturity/assessments')).body.items).toHaveLength(1);
  });

  it('keeps the history newest first, paged, and compares the latest view of each person', async () => {
    await admin.post('/api/v1/maturity/assessments', { answers: all(4) });
    // The agent sees acting on feedback lower: 2 and 2, everything else 4 → mean (2 + 24)/7 = 3.71 → 3.
    const agentView = await agent.post('/api/v1/maturity/assessments', {
      answers: { ...all(4), 'action.closeLoop': 2, 'action.rootCause': 2 },
    });
    expect(agentView.status).toBe(201);
    expect(agentView.body).toMatchObject({ level: 3, role: 'agent', userId: agentId });

    const page1 = await agent.get('/api/v1/maturity/assessments?limit=2');
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((a: { role: string; level: number }) => [a.role, a.level])).toEqual([
      ['agent', 3],
      ['admin', 4],
    ]);
    const page2 = await agent.get(`/api/v1/maturity/assessments?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((a: { level: number }) => a.level)).toEqual([2]);
    expect(page2.body.nextCursor).toBeNull();

    const overview = await agent.get('/api/v1/maturity');
    expect(overview.body.latest).toMatchObject({ id: agentView.body.id, level: 3 });

    const comparison = await agent.get('/api/v1/maturity/comparison');
    expect(comparison.status).toBe(200);
    // The admin's latest (all 4s) replaces their first assessment.
    expect(comparison.body.people.map((p: { role: string; level: number }) => [p.role, p.level])).toEqual([
      ['admin', 4],
      ['agent', 3],
    ]);
    const by = Object.fromEntries(
      comparison.body.competencies.map((c: { id: string }) => [c.id, c]),
    ) as Record<
      string,
      { min: number; max: number; spread: number; scores: { role: string; score: number }[] }
    >;
    expect(by.action).toMatchObject({ min: 2, max: 4, spread: 2 });
    expect(by.action?.scores).toEqual(
      expect.arrayContaining([
        { userId: adminId, role: 'admin', score: 4 },
        { userId: agentId, role: 'agent', score: 2 },
      ]),
    );
    expect(by.strategy).toMatchObject({ min: 4, max: 4, spread: 0 });
  });
});

describe('maturity evidence', () => {
  it('measures loop closure, response rate, owned touchpoints and an employee programme from the data', async () => {
    const before = (await admin.get('/api/v1/maturity')).body;
    expect(evidenceOf(before, 'loopClosureRate')).toMatchObject({ value: null, n: 0, suggestedLevel: null });
    expect(evidenceOf(before, 'touchpointsWithOwners')).toMatchObject({ value: null, suggestedLevel: null });
    expect(evidenceOf(before, 'automationsLive')).toMatchObject({ value: 0, suggestedLevel: 1 });
    expect(evidenceOf(before, 'employeeProgramme')).toMatchObject({ value: false, suggestedLevel: null });

    const team = await admin.post('/api/v1/teams', { name: 'Delivery' });
    const journey = await admin.post('/api/v1/journeys', {
      name: 'Retail',
      stages: [
        {
          name: 'Delivery',
          touchpoints: [{ name: 'Courier', ownerTeamId: team.body.id }, { name: 'Tracking page' }],
        },
      ],
    });
    expect(journey.status).toBe(201);
    const touchpointId = journey.body.stages[0].touchpoints[0].id;
    const survey = await admin.post('/api/v1/surveys', {
      name: 'Delivery NPS',
      touchpointId,
      questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
    });
    await admin.post(`/api/v1/surveys/${survey.body.id}/publish`);
    for (let i = 0; i < 4; i++) {
      await admin.post(`/api/v1/public/surveys/${survey.body.id}/displays`, { channel: 'link' });
    }
    const detractor = await admin.post(`/api/v1/public/surveys/${survey.body.id}/responses`, {
      answers: { nps: 2 },
      finished: true,
      channel: 'link',
    });
    expect(detractor.status).toBe(201);
    const detractorId = detractor.body.id ?? detractor.body.responseId;

    // One detractor, no case yet: loop closure 0 of 1 → level 1. Response rate 1 of 4 shown = 25 % → level 4.
    // One of two touchpoints owned = 50 % → level 3.
    const open = (await admin.get('/api/v1/maturity')).body;
    expect(evidenceOf(open, 'loopClosureRate')).toMatchObject({
      competency: 'action',
      value: 0,
      n: 1,
      suggestedLevel: 1,
    });
    expect(evidenceOf(open, 'responseRate')).toMatchObject({
      competency: 'measurement',
      value: 0.25,
      n: 4,
      suggestedLevel: 4,
    });
    expect(evidenceOf(open, 'touchpointsWithOwners')).toMatchObject({
      competency: 'journeys',
      value: 0.5,
      n: 2,
      suggestedLevel: 3,
    });

    // The detractor's case gets a recorded outcome: the loop is closed, 1 of 1 → level 5.
    const aCase = await admin.post('/api/v1/cases', {
      title: 'Late delivery',
      items: [{ kind: 'response', id: detractorId }],
    });
    expect(aCase.status).toBe(201);
    const closed = await admin.request('PATCH', `/api/v1/cases/${aCase.body.id}`, { outcome: 'resolved' });
    expect(closed.status).toBe(200);
    const after = (await admin.get('/api/v1/maturity')).body;
    expect(evidenceOf(after, 'loopClosureRate')).toMatchObject({ value: 1, n: 1, suggestedLevel: 5 });

    // An employee survey: a draft is no programme yet; once published, employee engagement gets evidence.
    const pulse = await admin.post('/api/v1/surveys', {
      name: 'Quarterly pulse',
      audience: 'employees',
      questions: [{ id: 'enps', type: 'nps', text: { en: 'Recommend us as a workplace?' }, required: true }],
    });
    expect(pulse.status).toBe(201);
    const draft = (await admin.get('/api/v1/maturity')).body;
    expect(evidenceOf(draft, 'employeeProgramme')).toMatchObject({ value: false, suggestedLevel: null });
    expect((await admin.post(`/api/v1/surveys/${pulse.body.id}/publish`)).status).toBe(200);
    const running = (await admin.get('/api/v1/maturity')).body;
    expect(evidenceOf(running, 'employeeProgramme')).toMatchObject({
      competency: 'employees',
      value: true,
      suggestedLevel: 3,
    });
  });
});

describe('maturity tenancy', () => {
  it("another workspace sees none of A's assessments and compares only its own", async () => {
    const b = await signUp(app, 'Maturity B');
    const overview = await b.client.get('/api/v1/maturity');
    expect(overview.body.latest).toBeNull();
    expect(evidenceOf(overview.body, 'loopClosureRate')).toMatchObject({ n: 0 });
    expect((await b.client.get('/api/v1/maturity/assessments')).body.items).toEqual([]);
    expect((await b.client.get('/api/v1/maturity/comparison')).body).toEqual({
      people: [],
      competencies: [],
    });
    const own = await b.client.post('/api/v1/maturity/assessments', { answers: all(5) });
    expect(own.body.level).toBe(5);
    const list = await b.client.get('/api/v1/maturity/assessments');
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([own.body.id]);
    const aList = await admin.get('/api/v1/maturity/assessments');
    expect(aList.body.items.map((a: { id: string }) => a.id)).not.toContain(own.body.id);
  });
});
