import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TMe } from '@touchpoint/schemas';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../src/modules/webhooks/signature';
import type { Touchpoint } from '../src/touchpoint';
import { apiKeyClient, sessionOf, TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// The inner loop end to end: a detractor's response fires an alert rule, a case opens, is routed to the
// team that owns the touchpoint (or the topic) and assigned round-robin among its active members; people
// work it through its life cycle, write notes, follow up by email (a real SMTP sink) and the customer's
// answer records the outcome; webhooks hear of it; other workspaces never see it.

const SURVEY = {
  name: 'Delivery NPS',
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
    { id: 'q2', type: 'open_text', text: { en: 'Why?' } },
  ],
};
const REFUND = 'my refund has not arrived after three weeks';

let touchpoint: Touchpoint;
let app: FastifyInstance;
let sink: SmtpSink;
let receiver: Receiver;

interface Received {
  headers: IncomingHttpHeaders;
  raw: string;
}

class Receiver {
  readonly received: Received[] = [];
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      this.received.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200).end('ok');
    });
  });
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }
  url() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

beforeAll(async () => {
  sink = await startSmtpSink();
  receiver = new Receiver();
  await receiver.start();
  touchpoint = await startTestTouchpoint({ smtpUrl: sink.url });
  app = touchpoint.app as FastifyInstance;
});
afterAll(async () => {
  await touchpoint?.stop();
  await sink?.close();
  await receiver?.stop();
});

// This file creates many people; each comes from its own address, as they would, so the per-IP limits on
// sign-up and invitation acceptance (which this file does not test) are not what it measures.
let people = 0;
function nextIp(): string {
  people += 1;
  return `198.51.${Math.floor(people / 250)}.${(people % 250) + 1}`;
}

async function signUp(application: FastifyInstance): Promise<{ client: TestClient; me: TMe }> {
  const response = await application.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    headers: { 'x-forwarded-for': nextIp() },
    payload: {
      email: `owner.${people}.${Date.now()}@example.com`,
      password: 'correct horse battery',
      name: `Owner ${people}`,
      workspaceName: `Cases ${people}`,
    },
  });
  expect(response.statusCode).toBe(201);
  const me = response.json() as TMe;
  return { client: new TestClient(application, sessionOf(response, me)), me };
}

async function addMember(admin: TestClient, role: string): Promise<{ client: TestClient; userId: string }> {
  const email = `member.${people}.${Date.now()}@example.com`;
  const invitation = await admin.post('/api/v1/invitations', { email, role });
  expect(invitation.status).toBe(201);
  const response = await admin.app.inject({
    method: 'POST',
    url: '/api/v1/invitations/accept',
    headers: { 'x-forwarded-for': nextIp() },
    payload: { token: invitation.body.token, name: `Member ${people}`, password: 'correct horse battery' },
  });
  expect(response.statusCode).toBe(200);
  const me = response.json() as TMe;
  return { client: new TestClient(admin.app, sessionOf(response, me)), userId: me.user?.id as string };
}

async function waitFor<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  ms = 25_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Setup {
  admin: TestClient;
  workspaceId: string;
  teamId: string;
  /** Team members in user-id order (the round-robin order). */
  agents: { client: TestClient; userId: string }[];
  touchpointId: string;
  surveyId: string;
}

/** A workspace whose touchpoint (or not) is owned by a team of `agentCount` agents, with a published survey. */
async function setUp(options: { agentCount?: number; ownTouchpoint?: boolean } = {}): Promise<Setup> {
  const { client: admin, me } = await signUp(app);
  const team = await admin.post('/api/v1/teams', { name: 'Customer care' });
  expect(team.status).toBe(201);
  const agents: { client: TestClient; userId: string }[] = [];
  for (let i = 0; i < (options.agentCount ?? 2); i++) {
    const agent = await addMember(admin, 'agent');
    expect((await admin.post(`/api/v1/teams/${team.body.id}/members`, { userId: agent.userId })).status).toBe(
      200,
    );
    agents.push({ client: agent.client, userId: agent.userId });
  }
  agents.sort((x, y) => (x.userId < y.userId ? -1 : 1));
  const journey = await admin.post('/api/v1/journeys', {
    name: 'Orders',
    stages: [
      {
        name: 'After purchase',
        touchpoints: [
          { name: 'Refunds', ownerTeamId: options.ownTouchpoint === false ? null : team.body.id },
        ],
      },
    ],
  });
  expect(journey.status).toBe(201);
  const touchpointId = journey.body.stages[0].touchpoints[0].id as string;
  const survey = await admin.post('/api/v1/surveys', { ...SURVEY, touchpointId });
  expect(survey.status).toBe(201);
  expect((await admin.post(`/api/v1/surveys/${survey.body.id}/publish`)).status).toBe(200);
  return {
    admin,
    workspaceId: me.workspace.id,
    teamId: team.body.id,
    agents,
    touchpointId,
    surveyId: survey.body.id,
  };
}

async function detractorRule(s: Setup) {
  // Exactly the shape the issue promises the API accepts.
  const rule = await s.admin.post('/api/v1/alert-rules', {
    name: 'Detractors',
    surveyId: s.surveyId,
    condition: { all: [{ field: 'nps', op: 'lte', value: 6 }] },
    createCase: { priority: 'high' },
  });
  expect(rule.status).toBe(201);
  return rule.body.id as string;
}

async function submit(s: Setup, score: number, text: string, email?: string) {
  const response = await s.admin.request('POST', `/api/v1/public/surveys/${s.surveyId}/responses`, {
    answers: { q1: score, q2: text },
    finished: true,
    ...(email ? { contact: { email } } : {}),
  });
  expect(response.status).toBeLessThan(300);
  return response.body.id as string;
}

async function listCases(client: TestClient, query = '') {
  const response = await client.get(`/api/v1/cases${query}`);
  expect(response.status).toBe(200);
  return response.body.items as Record<string, any>[];
}

async function alertsOf(workspaceId: string) {
  return touchpoint.ctx.db.selectFrom('alerts').selectAll().where('workspaceId', '=', workspaceId).execute();
}

/** Runs the feedback evaluation job's handler directly (as a redelivery of the job would). */
async function evaluate(workspaceId: string, responseId: string) {
  await touchpoint.jobs.evaluateFeedback.handler({
    workspaceId,
    itemKind: 'response',
    itemIds: [responseId],
  });
}

describe('alerts open cases routed to the owning team', () => {
  it('a detractor fires the rule: one alert, one case for the touchpoint owner, given to an active member', async () => {
    const s = await setUp({ agentCount: 2 });
    const ruleId = await detractorRule(s);
    // The first agent in rotation order is deactivated: routing must skip them.
    const deactivated = await s.admin.patch(`/api/v1/members/${s.agents[0]?.userId}`, { deactivated: true });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.deactivatedAt).not.toBeNull();

    const responseId = await submit(s, 2, REFUND, 'dana@example.com');
    const [created] = await waitFor(async () => {
      const items = await listCases(s.admin);
      return items.length > 0 ? items : undefined;
    }, 'the alert case');
    expect(created).toMatchObject({
      number: 1,
      status: 'new',
      priority: 'high',
      source: 'alert',
      alertRuleId: ruleId,
      teamId: s.teamId,
      teamName: 'Customer care',
      assigneeId: s.agents[1]?.userId,
      touchpointId: s.touchpointId,
      contactLabel: 'dana@example.com',
      isOverdue: false,
    });
    expect(created?.title).toContain('Detractors');
    expect(Date.parse(created?.firstActionDueAt)).toBeGreaterThan(Date.parse(created?.createdAt));
    expect(Date.parse(created?.resolveDueAt)).toBeGreaterThan(Date.parse(created?.firstActionDueAt));

    const alerts = await alertsOf(s.workspaceId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      ruleId,
      subjectKind: 'response',
      subjectKey: responseId,
      caseId: created?.id,
    });

    const detail = await s.admin.get(`/api/v1/cases/${created?.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.items).toEqual([
      expect.objectContaining({ kind: 'response', id: responseId, nps: 2, text: REFUND }),
    ]);
    expect(detail.body.customer).toMatchObject({ email: 'dana@example.com', isContactable: true });
    expect(detail.body.team).toEqual({ id: s.teamId, name: 'Customer care' });
    expect(detail.body.assignee.id).toBe(s.agents[1]?.userId);
    expect(detail.body.activities.map((a: { kind: string }) => a.kind)).toEqual(['created']);
    expect(detail.body.allowedTransitions).toEqual([
      'in_progress',
      'waiting_on_customer',
      'resolved',
      'closed',
    ]);

    // The rule knows it fired; the assignee was notified.
    const rule = await s.admin.get(`/api/v1/alert-rules/${ruleId}`);
    expect(rule.body.firedLast7Days).toBe(1);
    const notes = await touchpoint.ctx.db
      .selectFrom('notifications')
      .select(['userId', 'link'])
      .where('workspaceId', '=', s.workspaceId)
      .execute();
    expect(notes).toEqual([{ userId: s.agents[1]?.userId, link: `/cases/${created?.id}` }]);

    // Redelivery of the same job changes nothing: still one alert and one case.
    await evaluate(s.workspaceId, responseId);
    expect(await alertsOf(s.workspaceId)).toHaveLength(1);
    expect(await listCases(s.admin)).toHaveLength(1);

    // A second rule matching the same item fires its own alert but links it to the same case.
    const second = await s.admin.post('/api/v1/alert-rules', {
      name: 'Refund trouble',
      condition: {
        any: [
          { field: 'text', op: 'contains', value: 'refund' },
          { field: 'nps', op: 'eq', value: 0 },
        ],
      },
      createCase: { priority: 'urgent' },
    });
    expect(second.status).toBe(201);
    await evaluate(s.workspaceId, responseId);
    const both = await alertsOf(s.workspaceId);
    expect(both).toHaveLength(2);
    expect(new Set(both.map((a) => a.caseId))).toEqual(new Set([created?.id]));
    expect(await listCases(s.admin)).toHaveLength(1);
  });

  it('a promoter does not fire', async () => {
    const s = await setUp();
    await detractorRule(s);
    const responseId = await submit(s, 10, 'Fast and friendly, thank you');
    await evaluate(s.workspaceId, responseId);
    expect(await alertsOf(s.workspaceId)).toEqual([]);
    expect(await listCases(s.admin)).toEqual([]);
  });

  it('routes to the topic owner when the touchpoint has no owner', async () => {
    const s = await setUp({ ownTouchpoint: false, agentCount: 1 });
    const billing = await s.admin.post('/api/v1/teams', { name: 'Billing' });
    const payer = await addMember(s.admin, 'team_member');
    await s.admin.post(`/api/v1/teams/${billing.body.id}/members`, { userId: payer.userId });
    const topic = await s.admin.post('/api/v1/topics', {
      name: 'Refunds',
      query: 'refund*',
      ownerTeamId: billing.body.id,
    });
    expect(topic.status).toBe(201);
    await detractorRule(s);
    const responseId = await submit(s, 1, REFUND);
    await evaluate(s.workspaceId, responseId);
    const [routed] = await listCases(s.admin);
    expect(routed).toMatchObject({
      teamId: billing.body.id,
      assigneeId: payer.userId,
      topicId: topic.body.id,
    });
  });

  it('round-robin alternates between the team members', async () => {
    const s = await setUp({ agentCount: 2 });
    const assignees: string[] = [];
    for (let i = 0; i < 4; i++) {
      const created = await s.admin.post('/api/v1/cases', {
        title: `Call back ${i}`,
        touchpointId: s.touchpointId,
      });
      expect(created.status).toBe(201);
      expect(created.body.teamId).toBe(s.teamId);
      assignees.push(created.body.assigneeId);
    }
    const [first, second] = s.agents.map((a) => a.userId);
    expect(assignees).toEqual([first, second, first, second]);
    // Numbers are per workspace and sequential.
    expect((await listCases(s.admin)).map((c) => c.number)).toEqual([4, 3, 2, 1]);
  });

  it('deactivating a member re-routes their open cases and locks them out of the workspace', async () => {
    const s = await setUp({ agentCount: 2 });
    const [leaving, staying] = s.agents;
    const created = await s.admin.post('/api/v1/cases', {
      title: 'Refund chase',
      teamId: s.teamId,
      assigneeId: leaving?.userId,
    });
    expect(created.body.assigneeId).toBe(leaving?.userId);
    expect((await (leaving as { client: TestClient }).client.get('/api/v1/cases')).status).toBe(200);
    expect((await s.admin.patch(`/api/v1/members/${leaving?.userId}`, { deactivated: true })).status).toBe(
      200,
    );
    const refused = await (leaving as { client: TestClient }).client.get('/api/v1/cases');
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const moved = await waitFor(async () => {
      const detail = await s.admin.get(`/api/v1/cases/${created.body.id}`);
      return detail.body.assigneeId === staying?.userId ? detail.body : undefined;
    }, 're-routing');
    expect(moved.activities.at(-1)).toMatchObject({ kind: 'assigned', actor: 'system' });
    // And a deactivated member cannot be given a case by hand.
    const refusedAssign = await s.admin.patch(`/api/v1/cases/${created.body.id}`, {
      assigneeId: leaving?.userId,
    });
    expect(refusedAssign.status).toBe(400);
    expect(refusedAssign.body.invalidParams[0].name).toBe('body.assigneeId');
  });
});

describe('working a case', () => {
  it('moves through its life cycle, refuses invalid moves with 409, and reopens', async () => {
    const s = await setUp({ agentCount: 1 });
    const agent = s.agents[0] as { client: TestClient; userId: string };
    const created = await agent.client.post('/api/v1/cases', { title: 'Refund missing', priority: 'low' });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.firstActionAt).toBeNull();

    const started = await agent.client.patch(`/api/v1/cases/${id}`, { status: 'in_progress' });
    expect(started.status).toBe(200);
    expect(started.body.status).toBe('in_progress');
    expect(started.body.firstActionAt).not.toBeNull();
    const firstAction = started.body.firstActionAt;

    const back = await agent.client.patch(`/api/v1/cases/${id}`, { status: 'new' });
    expect(back.status).toBe(409);
    expect(back.headers['content-type']).toContain('application/problem+json');
    expect(back.body.detail).toContain('cannot move to new');

    for (const status of ['waiting_on_customer', 'resolved']) {
      const moved = await agent.client.patch(`/api/v1/cases/${id}`, { status });
      expect(moved.status).toBe(200);
    }
    const resolved = await agent.client.get(`/api/v1/cases/${id}`);
    expect(resolved.body).toMatchObject({ status: 'resolved', firstActionAt: firstAction });
    expect(resolved.body.resolvedAt).not.toBeNull();
    expect((await agent.client.patch(`/api/v1/cases/${id}`, { status: 'waiting_on_customer' })).status).toBe(
      409,
    );

    const reopened = await agent.client.patch(`/api/v1/cases/${id}`, { status: 'in_progress' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'in_progress', resolvedAt: null });
    const closed = await agent.client.patch(`/api/v1/cases/${id}`, {
      status: 'closed',
      outcome: 'resolved',
      outcomeNote: 'Refund reissued',
      priority: 'urgent',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      outcome: 'resolved',
      outcomeNote: 'Refund reissued',
    });
    expect(closed.body.priority).toBe('urgent');
    expect(Date.parse(closed.body.resolveDueAt)).toBeLessThan(Date.parse(created.body.resolveDueAt));
    expect(closed.body.activities.map((a: { kind: string }) => a.kind)).toEqual([
      'created',
      'status',
      'status',
      'status',
      'reopened',
      'priority',
      'status',
      'outcome',
    ]);

    // Every change went out as case.updated with what changed.
    const events = await touchpoint.ctx.db
      .selectFrom('domainEvents')
      .select(['type', 'payload'])
      .where('workspaceId', '=', s.workspaceId)
      .where('subjectId', '=', id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['case.created', ...Array(5).fill('case.updated')]);
    expect(events[1]?.payload).toEqual({
      caseId: id,
      changes: { status: { from: 'new', to: 'in_progress' } },
    });
    expect(Object.keys(events[5]?.payload.changes as object).sort()).toEqual([
      'outcome',
      'priority',
      'status',
    ]);
  });

  it('notes are internal, count as the first action, and show in the timeline with their author', async () => {
    const s = await setUp({ agentCount: 1 });
    const agent = s.agents[0] as { client: TestClient; userId: string };
    const created = await s.admin.post('/api/v1/cases', { title: 'Late parcel', teamId: s.teamId });
    expect(created.body.assigneeId).toBe(agent.userId);
    const noted = await agent.client.post(`/api/v1/cases/${created.body.id}/notes`, {
      body: 'Called the courier; parcel is at the depot.',
    });
    expect(noted.status).toBe(201);
    expect(noted.body.firstActionAt).not.toBeNull();
    expect(noted.body.activities.at(-1)).toMatchObject({
      kind: 'note',
      actor: `user:${agent.userId}`,
      actorName: expect.stringMatching(/^Member/),
      body: 'Called the courier; parcel is at the depot.',
    });
    const empty = await agent.client.post(`/api/v1/cases/${created.body.id}/notes`, { body: '   ' });
    expect(empty.status).toBe(400);
  });

  it('assignments are checked: the assignee must be in the team, the team in the workspace', async () => {
    const s = await setUp({ agentCount: 1 });
    const outsider = await addMember(s.admin, 'agent'); // in the workspace, not in the team
    const created = await s.admin.post('/api/v1/cases', { title: 'Check', teamId: s.teamId });
    const wrong = await s.admin.patch(`/api/v1/cases/${created.body.id}`, { assigneeId: outsider.userId });
    expect(wrong.status).toBe(400);
    expect(wrong.body.invalidParams).toEqual([
      { name: 'body.assigneeId', reason: 'not a member of the case’s team' },
    ]);
    const other = await signUp(app);
    const otherTeam = await other.client.post('/api/v1/teams', { name: 'Elsewhere' });
    const foreign = await s.admin.patch(`/api/v1/cases/${created.body.id}`, { teamId: otherTeam.body.id });
    expect(foreign.status).toBe(400);
    // Moving to no team and to the outsider works; the activity records both sides.
    const moved = await s.admin.patch(`/api/v1/cases/${created.body.id}`, {
      teamId: null,
      assigneeId: outsider.userId,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ teamId: null, assigneeId: outsider.userId });
    expect(moved.body.activities.at(-1)).toMatchObject({
      kind: 'assigned',
      data: { from: { teamId: s.teamId }, to: { teamId: null, assigneeId: outsider.userId } },
    });
  });
});

describe('follow-ups with the customer', () => {
  it('emails the customer with a reply link; their answer records the outcome once', async () => {
    const s = await setUp({ agentCount: 1 });
    const agent = s.agents[0] as { client: TestClient; userId: string };
    const email = `follow.${Date.now()}@example.com`;
    await s.admin.post('/api/v1/contacts/identify', { email, attributes: { name: 'Linh', language: 'vi' } });
    await detractorRule(s);
    const responseId = await submit(s, 3, REFUND, email);
    await evaluate(s.workspaceId, responseId);
    const [theCase] = await listCases(s.admin);
    const id = theCase?.id as string;

    const preview = await agent.client.get(`/api/v1/cases/${id}/follow-ups/preview?template=apology`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ language: 'vi', toAddress: email });
    expect(preview.body.body).toContain('Chào Linh,');
    expect(preview.body.subject).toContain(`#${theCase?.number}`);

    const queued = await agent.client.post(`/api/v1/cases/${id}/follow-ups`, { template: 'apology' });
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({ status: 'queued', toAddress: email, subject: preview.body.subject });

    const [mail] = await sink.waitForTo(email);
    expect(mail?.subject).toBe(preview.body.subject);
    expect(mail?.text).toContain('Chào Linh,');
    const link = /http:\/\/touchpoint\.test\/f\/([A-Za-z0-9_-]+)\?answer=yes/.exec(mail?.text ?? '');
    expect(link).not.toBeNull();
    const token = link?.[1] as string;

    const sent = await waitFor(async () => {
      const detail = await agent.client.get(`/api/v1/cases/${id}`);
      return detail.body.followUps[0]?.status === 'sent' ? detail.body : undefined;
    }, 'the follow-up marked sent');
    expect(sent.firstActionAt).not.toBeNull();

    const publicClient = new TestClient(app);
    const page = await publicClient.get(`/api/v1/public/follow-ups/${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ language: 'vi', caseNumber: theCase?.number, answered: false });
    const answered = await publicClient.post(`/api/v1/public/follow-ups/${token}`, {
      feltHeard: true,
      comment: 'Cảm ơn!',
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ answered: true, feltHeard: true });
    // Answering again keeps the first answer.
    const again = await publicClient.post(`/api/v1/public/follow-ups/${token}`, { feltHeard: false });
    expect(again.body).toMatchObject({ answered: true, feltHeard: true });

    const after = await agent.client.get(`/api/v1/cases/${id}`);
    expect(after.body.outcome).toBe('resolved');
    expect(after.body.followUps[0]).toMatchObject({ feltHeard: true, customerComment: 'Cảm ơn!' });
    expect(after.body.activities.filter((a: { kind: string }) => a.kind === 'outcome')).toHaveLength(1);
    expect((await publicClient.get('/api/v1/public/follow-ups/not-a-real-token-at-all-123')).status).toBe(
      404,
    );
  });

  it("writes to a customer without a known language in the workspace's default language", async () => {
    const s = await setUp({ agentCount: 1 });
    const agent = s.agents[0] as { client: TestClient; userId: string };
    const email = `default.lang.${Date.now()}@example.com`;
    // No `language` attribute: before, the follow-up was always English.
    await s.admin.post('/api/v1/contacts/identify', { email, attributes: { name: 'Minh' } });
    expect((await s.admin.patch('/api/v1/workspace', { defaultLanguage: 'vi' })).status).toBe(200);
    await detractorRule(s);
    await evaluate(s.workspaceId, await submit(s, 2, REFUND, email));
    const [theCase] = await listCases(s.admin);
    const id = theCase?.id as string;

    const preview = await agent.client.get(`/api/v1/cases/${id}/follow-ups/preview?template=apology`);
    expect(preview.body).toMatchObject({ language: 'vi' });
    expect(preview.body.body).toContain('Chào Minh,');
    expect((await agent.client.post(`/api/v1/cases/${id}/follow-ups`, { template: 'apology' })).status).toBe(
      202,
    );
    const [mail] = await sink.waitForTo(email);
    expect(mail?.text).toContain('Chào Minh,');
    const token = /\/f\/([A-Za-z0-9_-]+)\?answer=yes/.exec(mail?.text ?? '')?.[1] as string;
    expect((await new TestClient(app).get(`/api/v1/public/follow-ups/${token}`)).body.language).toBe('vi');

    // Back to English: the same customer is now written to in English.
    await s.admin.patch('/api/v1/workspace', { defaultLanguage: 'en' });
    const english = await agent.client.get(`/api/v1/cases/${id}/follow-ups/preview?template=apology`);
    expect(english.body).toMatchObject({ language: 'en' });
    expect(english.body.body).not.toContain('Chào Minh,');
  });

  it('a case without a contactable customer cannot be followed up (409)', async () => {
    const s = await setUp({ agentCount: 1 });
    const noContact = await s.admin.post('/api/v1/cases', { title: 'Walk-in complaint' });
    const refused = await s.admin.post(`/api/v1/cases/${noContact.body.id}/follow-ups`, {
      template: 'check_in',
    });
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');

    const identified = await s.admin.post('/api/v1/contacts/identify', {
      email: `gone.${Date.now()}@example.com`,
    });
    await touchpoint.ctx.db
      .updateTable('contacts')
      .set({ unsubscribedAt: new Date() })
      .where('id', '=', identified.body.contact.id)
      .execute();
    const unsubscribed = await s.admin.post('/api/v1/cases', {
      title: 'Unsubscribed customer',
      contactId: identified.body.contact.id,
    });
    expect(unsubscribed.body.customer.isContactable).toBe(false);
    expect((await s.admin.post(`/api/v1/cases/${unsubscribed.body.id}/follow-ups`, {})).status).toBe(409);
  });
});

describe('webhooks, isolation and bad input', () => {
  it('delivers case.created and alert.fired to a subscribed webhook, signed', async () => {
    const s = await setUp({ agentCount: 1 });
    const webhook = await s.admin.post('/api/v1/webhooks', {
      url: receiver.url(),
      events: ['case.created', 'case.updated', 'alert.fired'],
    });
    expect(webhook.status).toBe(201);
    const ruleId = await detractorRule(s);
    await submit(s, 0, REFUND);
    const bodies = await waitFor(async () => {
      const mine = receiver.received
        .map((r) => ({ ...r, body: JSON.parse(r.raw) }))
        .filter((r) => r.body.workspaceId === s.workspaceId);
      const types = new Set(mine.map((r) => r.body.type));
      return types.has('case.created') && types.has('alert.fired') ? mine : undefined;
    }, 'case.created and alert.fired deliveries');
    const createdDelivery = bodies.find((b) => b.body.type === 'case.created');
    expect(createdDelivery?.body.data.case).toMatchObject({
      number: 1,
      status: 'new',
      priority: 'high',
      source: 'alert',
    });
    expect(
      verifySignature(
        webhook.body.secret,
        createdDelivery?.headers['touchpoint-signature'] as string,
        createdDelivery?.raw as string,
      ).ok,
    ).toBe(true);
    const alertDelivery = bodies.find((b) => b.body.type === 'alert.fired');
    expect(alertDelivery?.body.data.alert).toMatchObject({
      ruleId,
      ruleName: 'Detractors',
      caseId: createdDelivery?.body.data.case.id,
    });
  });

  it("another workspace's cases and rules answer 404 and never show in its lists", async () => {
    const s = await setUp({ agentCount: 1 });
    const ruleId = await detractorRule(s);
    const created = await s.admin.post('/api/v1/cases', { title: 'Private case' });
    const other = await signUp(app);
    const key = await apiKeyClient(other.client, 'admin');
    for (const client of [other.client, key.client]) {
      expect((await client.get(`/api/v1/cases/${created.body.id}`)).status).toBe(404);
      expect((await client.patch(`/api/v1/cases/${created.body.id}`, { status: 'closed' })).status).toBe(404);
      expect((await client.post(`/api/v1/cases/${created.body.id}/notes`, { body: 'x' })).status).toBe(404);
      expect((await client.get(`/api/v1/alert-rules/${ruleId}`)).status).toBe(404);
      expect((await client.delete(`/api/v1/alert-rules/${ruleId}`)).status).toBe(404);
      expect(JSON.stringify((await client.get('/api/v1/cases')).body)).not.toContain(created.body.id);
      expect(JSON.stringify((await client.get('/api/v1/alert-rules')).body)).not.toContain(ruleId);
    }
    // A's team, touchpoint and response cannot be referenced from B.
    const crossRef = await other.client.post('/api/v1/cases', {
      title: 'x',
      teamId: s.teamId,
      touchpointId: s.touchpointId,
    });
    expect(crossRef.status).toBe(400);
  });

  it('bad input is a 400 problem+json listing what is wrong', async () => {
    const s = await setUp({ agentCount: 1 });
    for (const [method, url, body] of [
      ['POST', '/api/v1/cases', {}],
      ['POST', '/api/v1/cases', { title: 'x', priority: 'asap' }],
      ['GET', '/api/v1/cases?status=open', undefined],
      ['GET', '/api/v1/cases?assigneeId=someone', undefined],
      ['PATCH', '/api/v1/cases/00000000-0000-7000-8000-000000000000', {}],
      ['POST', '/api/v1/cases/not-a-uuid/notes', { body: 'x' }],
    ] as const) {
      const response = await s.admin.request(method, url, body);
      expect(response.status, `${method} ${url}`).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.invalidParams.length, `${method} ${url}`).toBeGreaterThan(0);
    }
  });

  it('lists filter by status, team, assignee (me), priority and overdue, with cursor pagination', async () => {
    const s = await setUp({ agentCount: 2 });
    const [first, second] = s.agents as { client: TestClient; userId: string }[];
    for (let i = 0; i < 5; i++) {
      await s.admin.post('/api/v1/cases', {
        title: `Case ${i}`,
        teamId: s.teamId,
        priority: i === 0 ? 'urgent' : 'normal',
      });
    }
    const all = await listCases(s.admin);
    expect(all).toHaveLength(5);
    expect(await listCases((first as { client: TestClient }).client)).toHaveLength(5);
    const assignedToMe = await (first as { client: TestClient }).client.get('/api/v1/cases?assigneeId=me');
    expect(assignedToMe.body.items.every((c: { assigneeId: string }) => c.assigneeId === first?.userId)).toBe(
      true,
    );
    expect(assignedToMe.body.items).toHaveLength(3);
    expect(await listCases(s.admin, `?assigneeId=${second?.userId}`)).toHaveLength(2);
    expect(await listCases(s.admin, '?priority=urgent')).toHaveLength(1);
    expect(await listCases(s.admin, `?teamId=${s.teamId}&status=new,in_progress`)).toHaveLength(5);
    expect(await listCases(s.admin, '?status=resolved')).toHaveLength(0);
    expect(await listCases(s.admin, '?q=case 3')).toHaveLength(1);
    expect(await listCases(s.admin, '?q=%233')).toHaveLength(1);

    // Overdue: one case whose first-action deadline has passed.
    await touchpoint.ctx.db
      .updateTable('cases')
      .set({ firstActionDueAt: new Date(Date.now() - 60_000) })
      .where('workspaceId', '=', s.workspaceId)
      .where('number', '=', 2)
      .execute();
    const overdue = await listCases(s.admin, '?overdue=true');
    expect(overdue.map((c) => [c.number, c.isOverdue])).toEqual([[2, true]]);

    const page1 = await s.admin.get('/api/v1/cases?limit=2');
    expect(page1.body.items.map((c: { number: number }) => c.number)).toEqual([5, 4]);
    const page2 = await s.admin.get(`/api/v1/cases?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((c: { number: number }) => c.number)).toEqual([3, 2]);
    const page3 = await s.admin.get(`/api/v1/cases?limit=2&cursor=${page2.body.nextCursor}`);
    expect(page3.body).toMatchObject({ items: [expect.objectContaining({ number: 1 })], nextCursor: null });
  });
});
