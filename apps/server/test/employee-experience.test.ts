import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pearson } from '../src/modules/ex-cx/correlation';
import { analyzeStoredItems } from '../src/modules/text/index';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, signUp, type TestClient } from './support/client';
import { employeeLinkToken } from './support/employee-links';
import { startTestTouchpoint } from './support/test-touchpoint';

// Employee experience (issue 14): the EX–CX link through the confidentiality guard, coaching with its
// access rules (agents see only their own figures, managers their teams'), and the suggestion channel.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let workspaceId: string;
const team: Record<'support' | 'sales' | 'legal', string> = { support: '', sales: '', legal: '' };
const people = {} as Record<'agentA' | 'agentB' | 'agentC' | 'lead', { client: TestClient; userId: string }>;

const DEPARTMENTS = { Sales: 12, Support: 10, Legal: 4, Finance: 6, Ops: 8 } as const;
let pulseId = '';

async function customerAnswer(surveyId: string, csat: number, comment: string) {
  const answered = await admin.post(`/api/v1/public/surveys/${surveyId}/responses`, {
    answers: { csat, why: comment },
    hiddenFields: {},
    finished: true,
  });
  expect(answered.status, JSON.stringify(answered.body)).toBeLessThan(300);
  return answered.body.id as string;
}

async function resolvedCase(responseId: string, assigneeId: string, teamId: string) {
  const created = await admin.post('/api/v1/cases', {
    title: 'Customer unhappy',
    teamId,
    assigneeId,
    items: [{ kind: 'response', id: responseId }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const resolved = await admin.patch(`/api/v1/cases/${created.body.id}`, {
    status: 'resolved',
    outcome: 'resolved',
  });
  expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
}

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  const signed = await signUp(app, 'EX CX');
  admin = signed.client;
  workspaceId = signed.me.workspace.id;
  for (const [key, name] of [
    ['support', 'Support'],
    ['sales', 'Sales'],
    ['legal', 'Legal'],
  ] as const) {
    team[key] = (await admin.post('/api/v1/teams', { name })).body.id;
  }
  for (const [key, role, teamKey] of [
    ['agentA', 'agent', 'support'],
    ['agentB', 'agent', 'support'],
    ['agentC', 'agent', 'sales'],
    ['lead', 'team_member', 'support'],
  ] as const) {
    const member = await addMember(admin, role);
    people[key] = { client: member.client, userId: member.userId };
    expect(
      (await admin.post(`/api/v1/teams/${team[teamKey]}/members`, { userId: member.userId })).status,
    ).toBe(200);
  }

  // 40 staff in 5 departments (Legal has 4); Support and Sales staff are linked to their teams.
  const items = Object.entries(DEPARTMENTS).flatMap(([department, size]) =>
    Array.from({ length: size }, (_, i) => ({
      email: `${department.toLowerCase()}${i}@corp.example`,
      name: `${department} ${i}`,
      department,
      ...(department === 'Support' ? { teamId: team.support } : {}),
      ...(department === 'Sales' ? { teamId: team.sales } : {}),
    })),
  );
  const imported = await admin.post('/api/v1/employees/import', { items });
  expect(imported.body.created).toBe(40);
  const pulse = await admin.post('/api/v1/surveys', {
    name: 'eNPS pulse',
    defaultLanguage: 'en',
    audience: 'employees',
    anonymous: true,
    reportingAttributes: ['department'],
    questions: [
      { id: 'enps', type: 'nps', text: { en: 'Would you recommend working here?' }, required: true },
      { id: 'workload', type: 'rating', min: 1, max: 5, text: { en: 'My workload is manageable.' } },
    ],
  });
  expect(pulse.status, JSON.stringify(pulse.body)).toBe(201);
  pulseId = pulse.body.id;
  await admin.post(`/api/v1/surveys/${pulse.body.id}/publish`);
  for (const person of items) {
    // Support staff are promoters, Sales detractors, Legal (the 4) all 0: a leak of Legal would stand out.
    const enps =
      person.department === 'Support'
        ? 10
        : person.department === 'Legal'
          ? 0
          : person.department === 'Sales'
            ? 3
            : 8;
    const answered = await admin.post(`/api/v1/public/surveys/${pulse.body.id}/responses`, {
      answers: { enps, workload: person.department === 'Support' ? 5 : 2 },
      linkToken: await employeeLinkToken(touchpoint, workspaceId, pulse.body.id, person.email),
      hiddenFields: {},
      finished: true,
    });
    expect(answered.status, JSON.stringify(answered.body)).toBeLessThan(300);
  }
  expect((await admin.post(`/api/v1/surveys/${pulse.body.id}/close`)).status).toBe(200);

  // Customers: a touchpoint Support owns, a CSAT survey with a comment, and a "Refund policy" topic.
  const journey = await admin.post('/api/v1/journeys', {
    name: 'Retail',
    stages: [
      {
        name: 'After sale',
        touchpoints: [{ name: 'Returns desk', channels: ['web'], ownerTeamId: team.support }],
      },
    ],
  });
  expect(journey.status, JSON.stringify(journey.body)).toBe(201);
  const survey = await admin.post('/api/v1/surveys', {
    name: 'Returns CSAT',
    defaultLanguage: 'en',
    touchpointId: journey.body.stages[0].touchpoints[0].id,
    questions: [
      { id: 'csat', type: 'csat', text: { en: 'How satisfied are you?' }, required: true },
      { id: 'why', type: 'open_text', text: { en: 'Why?' } },
    ],
  });
  expect(survey.status, JSON.stringify(survey.body)).toBe(201);
  await admin.post(`/api/v1/surveys/${survey.body.id}/publish`);
  expect((await admin.post('/api/v1/topics', { name: 'Refund policy', query: 'refund' })).status).toBe(201);
  const responses: { id: string; agent: 'agentA' | 'agentB' | 'agentC' }[] = [];
  // Agent A: 4 unhappy refund customers; agent B: 1 unhappy refund customer and 2 happy delivery ones.
  for (let i = 0; i < 4; i++) {
    responses.push({
      id: await customerAnswer(survey.body.id, 1 + (i % 2), 'The refund took weeks'),
      agent: 'agentA',
    });
  }
  responses.push({ id: await customerAnswer(survey.body.id, 2, 'No refund yet'), agent: 'agentB' });
  for (let i = 0; i < 2; i++) {
    responses.push({ id: await customerAnswer(survey.body.id, 5, 'Fast delivery, thanks'), agent: 'agentB' });
  }
  responses.push({ id: await customerAnswer(survey.body.id, 4, 'Fine refund'), agent: 'agentC' });
  await analyzeStoredItems(
    touchpoint.ctx,
    workspaceId,
    'response',
    responses.map((r) => r.id),
  );
  for (const r of responses) {
    await resolvedCase(r.id, people[r.agent].userId, r.agent === 'agentC' ? team.sales : team.support);
  }
});
afterAll(async () => {
  await touchpoint?.stop();
});

describe('EX–CX link', () => {
  it('gives each team its eNPS with n and CI through the guard, beside its customer figures', async () => {
    const result = await admin.get('/api/v1/ex-cx');
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    const byName = Object.fromEntries(result.body.teams.map((t: { name: string }) => [t.name, t]));
    expect(byName.Support).toMatchObject({
      department: 'Support',
      enps: { suppressed: false, value: 100, n: 10 },
      engagement: { suppressed: false, value: 100, n: 10 },
    });
    expect(byName.Support.enps.ci95).toHaveLength(2);
    expect(byName.Sales.enps).toMatchObject({ suppressed: false, value: -100, n: 12 });
    // Legal is 4 people: suppressed, with no figure at all.
    expect(byName.Legal.department).toBe('Legal');
    expect(byName.Legal.enps).toEqual({ suppressed: true });
    expect(byName.Legal.engagement).toEqual({ suppressed: true });
    expect(JSON.stringify(result.body)).not.toMatch(/"n":4\b/);
    // Support owns the touchpoint (all 8 answers, 3 satisfied) and resolved 7 cases (2 satisfied).
    expect(byName.Support.customer.sources.touchpoints.csat.n).toBe(8);
    expect(byName.Support.customer.sources.cases.csat).toMatchObject({ n: 7 });
    expect(byName.Support.customer.csat.n).toBe(8);
    expect(byName.Support.customer.csat.value).toBeCloseTo(300 / 8, 5);
    expect(byName.Sales.customer.sources.cases.csat).toMatchObject({ n: 1, value: 100 });
    expect(result.body.periods).toHaveLength(1);
    // Two teams have both figures: too few pairs for a correlation, and it says so.
    expect(result.body.correlation.enpsCsat).toMatchObject({ n: 2, r: null, significant: false });
  });

  it('refuses a window that ends before it starts, and answers every role that reads results', async () => {
    const bad = await admin.get('/api/v1/ex-cx?from=2026-12-10&to=2026-12-01');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect((await admin.get('/api/v1/ex-cx?from=nonsense')).status).toBe(400);
    const asAgent = await people.agentA.client.get('/api/v1/ex-cx');
    expect(asAgent.status).toBe(200);
  });

  it('exports the pulse eNPS as CSV through the guard: the small department and its complement carry no figure', async () => {
    const csv = await admin.request(
      'GET',
      `/api/v1/surveys/${pulseId}/anonymous-results.csv?groupBy=department`,
    );
    expect(csv.status).toBe(200);
    const text = csv.body as string;
    const rows = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('group,enps,n,ci95_low,ci95_high,suppressed');
    expect(rows).toContain('Legal,,,,,true');
    // Finance (6) is the smallest other department: hidden too, so "all minus the rest" never gives Legal.
    expect(rows).toContain('Finance,,,,,true');
    expect(rows.find((r) => r.startsWith('Support,'))).toMatch(/^Support,100,10,[\d.]+,100,false$/);
    expect(rows.find((r) => r.startsWith('(all),'))).toMatch(/^\(all\),[-\d.]+,40,/);
    expect(
      (await people.agentA.client.request('GET', `/api/v1/surveys/${pulseId}/anonymous-results.csv`)).status,
    ).toBe(403);
    expect(
      (
        await admin.request(
          'GET',
          '/api/v1/surveys/00000000-0000-7000-8000-000000000000/anonymous-results.csv',
        )
      ).status,
    ).toBe(404);
    expect(
      (await admin.request('GET', `/api/v1/surveys/${pulseId}/anonymous-results.csv?groupBy=team`)).status,
    ).toBe(400);
  });

  it('correlates with a two-sided t-test', () => {
    const strong = pearson([
      [1, 2],
      [2, 4.1],
      [3, 5.9],
      [4, 8.2],
      [5, 9.9],
    ]);
    expect(strong.r).toBeGreaterThan(0.99);
    expect(strong.pValue).toBeLessThan(0.001);
    expect(strong.significant).toBe(true);
    const weak = pearson([
      [1, 3],
      [2, 1],
      [3, 4],
      [4, 1],
      [5, 3],
    ]);
    expect(weak.significant).toBe(false);
    // r = 0.5 over 10 pairs: t = 0.5·√8/√0.75 = 1.633, p ≈ 0.141.
    const known = pearson(
      [
        [1, 1],
        [2, 3],
        [3, 2],
        [4, 5],
        [5, 3],
        [6, 2],
        [7, 6],
        [8, 4],
        [9, 3],
        [10, 6],
      ].map(([x, y]) => [x as number, y as number] as [number, number]),
    );
    expect(known.r).not.toBeNull();
    const t = ((known.r as number) * Math.sqrt(8)) / Math.sqrt(1 - (known.r as number) ** 2);
    expect(t).toBeGreaterThan(0);
    expect(known.pValue).toBeGreaterThan(0);
    expect(known.pValue).toBeLessThan(1);
  });
});

describe('coaching', () => {
  it('shows an agent their own figures, the topics below the team and suggested training', async () => {
    const own = await people.agentA.client.get(`/api/v1/coaching/agents/${people.agentA.userId}`);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.figures.cases).toMatchObject({ resolved: 4, csat: { value: 0, n: 4 } });
    expect(own.body.figures.resolution.n).toBe(4);
    expect(own.body.figures.firstResponse.n).toBeGreaterThanOrEqual(0);
    expect(own.body.team.cases).toMatchObject({ resolved: 7, csat: { n: 7 } });
    const refund = own.body.topics.find((t: { name: string }) => t.name === 'Refund policy');
    expect(refund).toMatchObject({ lowCsat: 4, n: 4, teamAverageLowCsat: 2.5 });
    expect(own.body.suggestedTraining).toEqual([
      expect.objectContaining({ topic: 'Refund policy', lowCsat: 4, teamAverage: 2.5, days: 30 }),
    ]);
    expect(own.body.canCoach).toBe(false);
    // Agent B has one low-CSAT refund case: no training suggested.
    const b = await people.agentB.client.get(`/api/v1/coaching/agents/${people.agentB.userId}`);
    expect(b.body.suggestedTraining).toEqual([]);
  });

  it("refuses an agent someone else's figures; a team lead sees their team's, an admin everyone's", async () => {
    const peek = await people.agentA.client.get(`/api/v1/coaching/agents/${people.agentB.userId}`);
    expect(peek.status).toBe(403);
    expect(peek.body.code).toBe('FORBIDDEN');
    expect((await people.agentA.client.get(`/api/v1/coaching/teams/${team.support}`)).status).toBe(403);
    const lead = await people.lead.client.get(`/api/v1/coaching/agents/${people.agentA.userId}`);
    expect(lead.status).toBe(200);
    expect(lead.body.canCoach).toBe(true);
    expect((await people.lead.client.get(`/api/v1/coaching/agents/${people.agentC.userId}`)).status).toBe(
      403,
    );
    expect((await people.lead.client.get(`/api/v1/coaching/teams/${team.sales}`)).status).toBe(403);
    const teamView = await people.lead.client.get(`/api/v1/coaching/teams/${team.support}`);
    expect(teamView.status).toBe(200);
    expect(teamView.body.figures.cases.resolved).toBe(7);
    expect(
      teamView.body.agents.find((x: { userId: string }) => x.userId === people.agentA.userId).figures.cases
        .resolved,
    ).toBe(4);
    expect((await admin.get(`/api/v1/coaching/agents/${people.agentC.userId}`)).status).toBe(200);
    // The picker lists only whom the caller may open.
    const agentList = await people.agentA.client.get('/api/v1/coaching/agents');
    expect(agentList.body.items.map((x: { userId: string }) => x.userId)).toEqual([people.agentA.userId]);
    const leadList = await people.lead.client.get('/api/v1/coaching/agents');
    const leadIds = leadList.body.items.map((x: { userId: string }) => x.userId);
    expect(leadIds).toContain(people.agentB.userId);
    expect(leadIds).not.toContain(people.agentC.userId);
    // Unknown person: 404, never a figure.
    expect((await admin.get('/api/v1/coaching/agents/00000000-0000-7000-8000-000000000000')).status).toBe(
      404,
    );
  });

  it('lets a manager of the team record a coaching note the agent then sees; nobody else', async () => {
    const note = await people.lead.client.post(`/api/v1/coaching/agents/${people.agentA.userId}/notes`, {
      text: 'Walk through the refund policy together on Friday',
    });
    expect(note.status, JSON.stringify(note.body)).toBe(201);
    expect(
      (
        await people.agentA.client.post(`/api/v1/coaching/agents/${people.agentA.userId}/notes`, {
          text: 'I am great',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await people.agentB.client.post(`/api/v1/coaching/agents/${people.agentA.userId}/notes`, {
          text: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (await people.lead.client.post(`/api/v1/coaching/agents/${people.agentC.userId}/notes`, { text: 'x' }))
        .status,
    ).toBe(403);
    expect(
      (await people.lead.client.post(`/api/v1/coaching/agents/${people.agentA.userId}/notes`, { text: '' }))
        .status,
    ).toBe(400);
    const seen = await people.agentA.client.get(`/api/v1/coaching/agents/${people.agentA.userId}`);
    expect(seen.body.notes).toEqual([
      expect.objectContaining({
        id: note.body.id,
        text: 'Walk through the refund policy together on Friday',
      }),
    ]);
    const stored = await sql<{
      n: number;
    }>`select count(*)::int as n from coaching_notes where workspace_id = ${workspaceId}`.execute(
      touchpoint.ctx.db,
    );
    expect(stored.rows[0]?.n).toBe(1);
  });
});

describe('suggestion channel', () => {
  it('stores no author for an anonymous idea, analyses its text, takes one vote per person', async () => {
    const anonymous = await people.agentA.client.post('/api/v1/suggestions', {
      title: 'Simplify the refund approval',
      body: 'The refund approval is slow and frustrating for customers.',
      anonymous: true,
    });
    expect(anonymous.status, JSON.stringify(anonymous.body)).toBe(201);
    expect(anonymous.body).toMatchObject({ anonymous: true, author: null, votes: 0, status: 'open' });
    expect(anonymous.body.sentiment.label).toBe('negative');
    expect(anonymous.body.topics.map((t: { name: string }) => t.name)).toEqual(['Refund policy']);
    const row = await sql<{ authorUserId: string | null; createdAt: Date }>`
      select author_user_id, created_at from suggestions where id = ${anonymous.body.id}`.execute(
      touchpoint.ctx.db,
    );
    expect(row.rows[0]?.authorUserId).toBeNull();
    expect(row.rows[0]?.createdAt.toISOString()).toMatch(/T00:00:00\.000Z$/);

    const named = await people.agentB.client.post('/api/v1/suggestions', { title: 'Team lunch on Fridays' });
    expect(named.status).toBe(201);
    expect(named.body.author).toEqual({ userId: people.agentB.userId, name: expect.any(String) });

    const vote = await people.agentB.client.post(`/api/v1/suggestions/${anonymous.body.id}/votes`);
    expect(vote.status).toBe(201);
    expect(vote.body).toMatchObject({ votes: 1, votedByMe: true });
    const again = await people.agentB.client.post(`/api/v1/suggestions/${anonymous.body.id}/votes`);
    expect(again.status).toBe(409);
    expect((await people.lead.client.post(`/api/v1/suggestions/${anonymous.body.id}/votes`)).body.votes).toBe(
      2,
    );
    expect((await admin.post('/api/v1/suggestions/00000000-0000-7000-8000-000000000000/votes')).status).toBe(
      404,
    );

    const list = await people.agentC.client.get('/api/v1/suggestions');
    expect(list.body.items.map((s: { title: string }) => s.title)).toEqual([
      'Simplify the refund approval',
      'Team lunch on Fridays',
    ]);
    expect(list.body.items[0]).toMatchObject({ votes: 2, votedByMe: false, author: null });
  });

  it('lets managers answer in the open and mark planned / done; staff cannot', async () => {
    const idea = (
      await people.agentA.client.post('/api/v1/suggestions', { title: 'Quiet room', anonymous: true })
    ).body;
    expect(
      (await people.agentA.client.patch(`/api/v1/suggestions/${idea.id}`, { status: 'done' })).status,
    ).toBe(403);
    const planned = await admin.patch(`/api/v1/suggestions/${idea.id}`, {
      status: 'planned',
      answer: 'Yes: the second floor meeting room from January.',
    });
    expect(planned.status).toBe(200);
    expect(planned.body).toMatchObject({
      status: 'planned',
      answer: 'Yes: the second floor meeting room from January.',
    });
    expect(planned.body.answeredBy.userId).toBe(signedAdminId());
    const done = await admin.patch(`/api/v1/suggestions/${idea.id}`, { status: 'done' });
    expect(done.body.status).toBe('done');
    expect((await admin.patch(`/api/v1/suggestions/${idea.id}`, {})).status).toBe(400);
    expect((await admin.patch(`/api/v1/suggestions/${idea.id}`, { status: 'maybe' })).status).toBe(400);
    const filtered = await people.agentB.client.get('/api/v1/suggestions?status=done');
    expect(filtered.body.items.map((s: { id: string }) => s.id)).toEqual([idea.id]);
  });
});

let adminId = '';
function signedAdminId() {
  return adminId;
}
beforeAll(async () => {
  adminId = (await admin.get('/api/v1/me')).body.user.id;
});
