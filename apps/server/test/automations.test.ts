import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepElapsedAutomations } from '../src/modules/automations/index';
import { changeCaseStatus, createCase } from '../src/modules/cases/index';
import { verifySignature } from '../src/modules/webhooks/signature';
import { inTransaction } from '../src/platform/db/transaction';
import { dispatchPendingEvents, recordEvent } from '../src/platform/events';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Automation rules end to end: feedback through the public submission API fires rules whose emails
// reach a real SMTP sink (a recovery coupon from a pool, a thank-you) exactly once however often the
// events and jobs run again; dry-runs over back-dated data; loop prevention; tracked events; time
// elapsed on cases; signed webhook calls; workspace isolation and bad input.

const SURVEY = {
  name: 'Delivery NPS',
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
    { id: 'q2', type: 'open_text', text: { en: 'Why?' } },
  ],
};

interface Received {
  headers: IncomingHttpHeaders;
  raw: string;
}

let touchpoint: Touchpoint;
let app: FastifyInstance;
let sink: SmtpSink;
let receiver: Server;
const received: Received[] = [];

beforeAll(async () => {
  sink = await startSmtpSink();
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  touchpoint = await startTestTouchpoint({ smtpUrl: sink.url });
  app = touchpoint.app as FastifyInstance;
});
afterAll(async () => {
  await touchpoint?.stop();
  await sink?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until every domain event is dispatched and no job that automations start is waiting or running. */
async function settle() {
  let quietInARow = 0;
  await waitFor(async () => {
    const events = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM domain_events WHERE dispatched_at IS NULL`.execute(touchpoint.ctx.db);
    const jobs = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pgboss.job
      WHERE state IN ('created', 'retry', 'active')
        AND name IN ('domain-events.dispatch', 'feedback.evaluate', 'automations.on-event',
                     'automations.send-email', 'invitations.deliver', 'webhooks.deliver', 'text.analyze')`.execute(
      touchpoint.ctx.db,
    );
    quietInARow = (events.rows[0]?.n ?? 1) + (jobs.rows[0]?.n ?? 1) === 0 ? quietInARow + 1 : 0;
    return quietInARow >= 3 ? true : undefined;
  }, 'automations to settle');
}

async function workspaceWithSurvey(): Promise<{
  client: TestClient;
  workspaceId: string;
  userId: string;
  surveyId: string;
}> {
  const { client, me } = await signUp(app);
  const survey = await client.post('/api/v1/surveys', SURVEY);
  expect(survey.status).toBe(201);
  expect((await client.post(`/api/v1/surveys/${survey.body.id}/publish`)).status).toBe(200);
  return {
    client,
    workspaceId: me.workspace.id,
    userId: me.user?.id as string,
    surveyId: survey.body.id,
  };
}

async function submit(client: TestClient, surveyId: string, score: number, email: string | null, text = '') {
  const response = await client.request('POST', `/api/v1/public/surveys/${surveyId}/responses`, {
    answers: { q1: score, q2: text || `Score ${score}` },
    finished: true,
    ...(email ? { contact: { email } } : {}),
  });
  expect(response.status).toBeLessThan(300);
  return response.body.id as string;
}

async function createRule(client: TestClient, body: Record<string, unknown>, activate = true) {
  const created = await client.post('/api/v1/automation-rules', body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(created.body.active).toBe(false);
  if (!activate) return created.body as { id: string };
  const enabled = await client.patch(`/api/v1/automation-rules/${created.body.id}`, { active: true });
  expect(enabled.status).toBe(200);
  expect(enabled.body.active).toBe(true);
  return enabled.body as { id: string };
}

async function runsOf(client: TestClient, ruleId: string, status?: string) {
  const response = await client.get(
    `/api/v1/automation-rules/${ruleId}/runs?limit=200${status ? `&status=${status}` : ''}`,
  );
  expect(response.status).toBe(200);
  return response.body.items as {
    id: number;
    status: string;
    subjectKind: string;
    subjectId: string;
    triggerKey: string;
    depth: number;
    error: string | null;
    results: { type: string; status: string; error?: string; reason?: string; data?: Record<string, any> }[];
  }[];
}

function mailsTo(address: string) {
  return sink.messages.filter((m) => JSON.stringify(m.to ?? '').includes(address));
}

async function identify(client: TestClient, email: string, attributes: Record<string, unknown> = {}) {
  const response = await client.post('/api/v1/contacts/identify', { email, attributes });
  expect(response.status).toBe(200);
  return response.body.contact.id as string;
}

describe('automation rules', () => {
  it('sends a recovery coupon to a detractor and a thank-you to a promoter, exactly once each', async () => {
    const { client, workspaceId, surveyId } = await workspaceWithSurvey();
    const pool = await client.post('/api/v1/coupon-pools', { name: 'Recovery', description: '10% off' });
    expect(pool.status).toBe(201);
    expect(pool.body).toMatchObject({ name: 'Recovery', total: 0, assigned: 0, free: 0 });
    const codes = await client.post(`/api/v1/coupon-pools/${pool.body.id}/codes`, {
      codes: ['SORRY-002', 'SORRY-001', 'SORRY-001'],
    });
    expect(codes.status).toBe(200);
    expect(codes.body).toMatchObject({ added: 2, duplicates: 1, pool: { total: 2, assigned: 0, free: 2 } });
    const again = await client.post(`/api/v1/coupon-pools/${pool.body.id}/codes`, {
      codes: ['SORRY-002', 'SORRY-003'],
    });
    expect(again.body).toMatchObject({ added: 1, duplicates: 1, pool: { total: 3, free: 3 } });

    const recovery = await createRule(client, {
      name: 'Recover detractors',
      trigger: { type: 'score.band', metric: 'nps', band: 'detractor', surveyId },
      actions: [
        {
          type: 'send_email',
          subject: 'We are sorry, {{customerName}}',
          body: 'Hi {{customerName}},\n\nPlease take {{coupon}} off your next order.',
          couponPoolId: pool.body.id,
        },
      ],
    });
    const thanks = await createRule(client, {
      name: 'Thank promoters',
      trigger: { type: 'score.band', metric: 'nps', band: 'promoter' },
      actions: [
        { type: 'send_email', subject: 'Thank you!', body: 'Thanks {{customerName}}, that made our day.' },
      ],
    });

    const detractorEmail = `detractor.${workspaceId}@example.com`;
    const promoterEmail = `promoter.${workspaceId}@example.com`;
    const detractorId = await identify(client, detractorEmail, { name: 'Lan' });
    await identify(client, promoterEmail, { name: 'Minh' });
    const detractorResponse = await submit(client, surveyId, 2, detractorEmail, 'My refund has not arrived');
    const promoterResponse = await submit(client, surveyId, 10, promoterEmail, 'Great');

    const [recoveryMail] = await sink.waitForTo(detractorEmail, 1);
    const [thanksMail] = await sink.waitForTo(promoterEmail, 1);
    expect(recoveryMail?.subject).toBe('We are sorry, Lan');
    // The pool hands out its first unused code (in code order).
    expect(recoveryMail?.text).toContain('Please take SORRY-001 off your next order.');
    expect(thanksMail?.subject).toBe('Thank you!');
    expect(thanksMail?.text).toContain('Thanks Minh, that made our day.');
    expect(thanksMail?.text).not.toContain('SORRY');

    const recoveryRun = await waitFor(async () => {
      const runs = await runsOf(client, recovery.id);
      return runs[0]?.results[0]?.status === 'sent' ? runs[0] : undefined;
    }, 'the recovery run to record the send');
    expect(recoveryRun).toMatchObject({
      status: 'succeeded',
      subjectKind: 'response',
      subjectId: detractorResponse,
      triggerKey: `response:${detractorResponse}`,
      depth: 0,
      error: null,
    });
    expect(recoveryRun.results[0]?.data).toMatchObject({
      contactId: detractorId,
      to: detractorEmail,
      couponCode: 'SORRY-001',
    });
    const coupon = await touchpoint.ctx.db
      .selectFrom('couponCodes')
      .select(['code', 'contactId', 'runId', 'assignedAt'])
      .where('workspaceId', '=', workspaceId)
      .where('assignedAt', 'is not', null)
      .execute();
    expect(coupon).toEqual([
      { code: 'SORRY-001', contactId: detractorId, runId: recoveryRun.id, assignedAt: expect.any(Date) },
    ]);
    const poolAfter = await client.get(`/api/v1/coupon-pools/${pool.body.id}`);
    expect(poolAfter.body).toMatchObject({ total: 3, assigned: 1, free: 2 });

    // Everything again: the same domain events dispatched once more, the evaluate job re-run, and the
    // email jobs re-run. Nothing is sent or claimed twice.
    await settle();
    await touchpoint.ctx.db
      .updateTable('domainEvents')
      .set({ dispatchedAt: null, leaseUntil: null })
      .where('workspaceId', '=', workspaceId)
      .where('type', '=', 'response.completed')
      .execute();
    await dispatchPendingEvents(touchpoint.ctx.db, touchpoint.ctx.events, touchpoint.ctx.logger);
    await settle();
    await touchpoint.jobs.evaluateFeedback.handler({
      workspaceId,
      itemKind: 'response',
      itemIds: [detractorResponse, promoterResponse],
    });
    const thanksRuns = await runsOf(client, thanks.id);
    for (const run of [recoveryRun, ...thanksRuns]) {
      await touchpoint.jobs.automationEmail.handler({ workspaceId, runId: run.id, index: 0 });
    }
    await settle();

    expect(mailsTo(detractorEmail)).toHaveLength(1);
    expect(mailsTo(promoterEmail)).toHaveLength(1);
    expect(await runsOf(client, recovery.id)).toHaveLength(1);
    expect(thanksRuns).toHaveLength(1);
    expect(thanksRuns[0]).toMatchObject({ subjectId: promoterResponse, status: 'succeeded' });
    expect((await client.get(`/api/v1/coupon-pools/${pool.body.id}`)).body).toMatchObject({
      assigned: 1,
      free: 2,
    });
    const rules = await client.get('/api/v1/automation-rules');
    expect(rules.body.items.find((r: { id: string }) => r.id === recovery.id)).toMatchObject({
      runCount: 1,
      lastRunStatus: 'succeeded',
      lastRunAt: expect.any(String),
    });
  });

  it('fails the run clearly when the coupon pool is empty, and sends nothing', async () => {
    const { client, surveyId, workspaceId } = await workspaceWithSurvey();
    const pool = await client.post('/api/v1/coupon-pools', { name: 'Empty' });
    const rule = await createRule(client, {
      name: 'Recover',
      trigger: { type: 'score.band', metric: 'nps', band: 'detractor' },
      actions: [
        { type: 'tag', tag: 'recovery' },
        { type: 'send_email', subject: 'Sorry', body: 'Use {{coupon}}', couponPoolId: pool.body.id },
        { type: 'tag', tag: 'never-reached' },
      ],
    });
    const email = `empty.${workspaceId}@example.com`;
    const responseId = await submit(client, surveyId, 1, email);
    const [run] = await waitFor(async () => {
      const runs = await runsOf(client, rule.id);
      return runs[0] && runs[0].status !== 'running' ? runs : undefined;
    }, 'the failed run');
    expect(run?.status).toBe('failed');
    expect(run?.error).toBe(
      'Action 2 (send_email): The coupon pool “Empty” has no unused codes left; add codes to it.',
    );
    expect(run?.results.map((r) => r.status)).toEqual(['succeeded', 'failed', 'skipped']);
    expect(run?.results[2]?.reason).toBe('an earlier action failed');
    const tags = await touchpoint.ctx.db
      .selectFrom('itemTags')
      .select(['itemKind', 'itemId', 'tag', 'createdBy'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    expect(tags).toEqual([
      { itemKind: 'response', itemId: responseId, tag: 'recovery', createdBy: `automation:${rule.id}` },
    ]);
    await settle();
    expect(mailsTo(email)).toHaveLength(0);
    const failed = await runsOf(client, rule.id, 'failed');
    expect(failed).toHaveLength(1);
    expect(await runsOf(client, rule.id, 'succeeded')).toHaveLength(0);
  });

  it('without SMTP the email fails the run clearly and gives its coupon back to the pool', async () => {
    const { client, surveyId, workspaceId } = await workspaceWithSurvey();
    const pool = await client.post('/api/v1/coupon-pools', { name: 'Back' });
    await client.post(`/api/v1/coupon-pools/${pool.body.id}/codes`, { codes: ['ONLY-1'] });
    const rule = await createRule(client, {
      name: 'Recover',
      trigger: { type: 'score.band', metric: 'nps', band: 'detractor' },
      actions: [{ type: 'send_email', subject: 'Sorry', body: 'Use {{coupon}}', couponPoolId: pool.body.id }],
    });
    const mailer = touchpoint.ctx.mailer;
    touchpoint.ctx.mailer = null;
    try {
      await submit(client, surveyId, 0, `nosmtp.${workspaceId}@example.com`);
      const run = await waitFor(async () => {
        const [found] = await runsOf(client, rule.id);
        return found?.results[0]?.status === 'failed' ? found : undefined;
      }, 'the failed email');
      expect(run.status).toBe('failed');
      expect(run.error).toBe(
        'Action 1 (send_email): SMTP is not configured (SMTP_URL); the email was not sent.',
      );
      expect(run.results[0]?.data).toMatchObject({ couponCode: 'ONLY-1', couponReleased: true });
      expect((await client.get(`/api/v1/coupon-pools/${pool.body.id}`)).body).toMatchObject({
        assigned: 0,
        free: 1,
      });
    } finally {
      touchpoint.ctx.mailer = mailer;
    }
  });

  it('dry-runs against back-dated data without doing anything', async () => {
    const { client, surveyId, workspaceId, userId } = await workspaceWithSurvey();
    const db = touchpoint.ctx.db;
    const day = 86_400_000;
    const now = Date.now();
    // Responses: scores and how many days ago they came in.
    const fixtures: [number, number][] = [
      [0, 1],
      [3, 2],
      [6, 6],
      [5, 10], // detractor outside the 7-day window
      [8, 1], // passive
      [10, 3], // promoter
      [9, 20], // promoter outside the window
    ];
    const ids: string[] = [];
    for (const [score] of fixtures) ids.push(await submit(client, surveyId, score, null));
    for (const [i, [, daysAgo]] of fixtures.entries()) {
      const at = new Date(now - daysAgo * day);
      await db
        .updateTable('responses')
        .set({ createdAt: at, finishedAt: at })
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', ids[i] as string)
        .execute();
    }
    await settle();
    // By hand: in the last 7 days there are 5 responses (scores 0, 3, 6, 8, 10); 3 are detractors.
    const detractors = await client.post('/api/v1/automation-rules/dry-run', {
      trigger: { type: 'score.band', metric: 'nps', band: 'detractor' },
    });
    expect(detractors.status).toBe(200);
    expect(detractors.body).toMatchObject({ wouldFire: 3, evaluated: 5, truncated: false });
    expect(new Date(detractors.body.to).getTime() - new Date(detractors.body.from).getTime()).toBe(7 * day);
    expect(detractors.body.samples.map((s: { subjectId: string }) => s.subjectId).sort()).toEqual(
      [ids[0], ids[1], ids[2]].sort(),
    );
    expect(detractors.body.samples[0]).toMatchObject({
      subjectKind: 'response',
      summary: expect.stringContaining('NPS'),
    });
    // With a condition (score ≤ 3) and 30 days: scores 0, 3 (and 5 is above 3): 2 of 7.
    const low = await client.post('/api/v1/automation-rules/dry-run', {
      trigger: { type: 'score.band', metric: 'nps', band: 'detractor' },
      condition: { all: [{ field: 'nps', op: 'lte', value: 3 }] },
      days: 30,
    });
    expect(low.body).toMatchObject({ wouldFire: 2, evaluated: 7 });
    // Promoters in 7 days: 1 of 5. Through a saved (inactive) rule too.
    const saved = await createRule(
      client,
      {
        name: 'Promoters',
        trigger: { type: 'score.band', metric: 'nps', band: 'promoter', surveyId },
        actions: [{ type: 'tag', tag: 'promoter' }],
      },
      false,
    );
    const savedRun = await client.post(`/api/v1/automation-rules/${saved.id}/dry-run`, { days: 7 });
    expect(savedRun.status).toBe(200);
    expect(savedRun.body).toMatchObject({ wouldFire: 1, evaluated: 5 });
    expect(savedRun.body.samples).toEqual([expect.objectContaining({ subjectId: ids[5] })]);

    // Tracked events, back-dated by the API's occurredAt: two in the window (totals 150 and 40), one old.
    for (const [total, daysAgo] of [
      [150, 1],
      [40, 2],
      [500, 9],
    ] as const) {
      const tracked = await client.post('/api/v1/contacts/track', {
        contact: { email: `buyer${total}.${workspaceId}@example.com` },
        event: 'order.delivered',
        properties: { total, express: true },
        occurredAt: new Date(now - daysAgo * day).toISOString(),
      });
      expect(tracked.status).toBe(201);
    }
    const events = await client.post('/api/v1/automation-rules/dry-run', {
      trigger: { type: 'event.tracked', event: 'order.delivered' },
      condition: {
        all: [
          { field: 'event.total', op: 'gt', value: 100 },
          { field: 'event.express', op: 'eq', value: true },
        ],
      },
    });
    expect(events.body).toMatchObject({ wouldFire: 1, evaluated: 2 });
    expect(events.body.samples[0].summary).toContain('order.delivered');

    // Cases: created 3 days ago and still new (its 24 h passed 2 days ago: fires); created 2 days ago and
    // resolved an hour later (resolved when its 24 h passed: checked, does not fire); created 10 days ago
    // (its 24 h passed before the window: not checked).
    const actor = `user:${userId}`;
    const caseAt = async (title: string, daysAgo: number) => {
      const created = await createCase(touchpoint.ctx, workspaceId, { title, source: 'manual', actor });
      const at = new Date(now - daysAgo * day);
      await db
        .updateTable('cases')
        .set({ createdAt: at })
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', created.id)
        .execute();
      await db
        .updateTable('caseActivities')
        .set({ createdAt: at })
        .where('workspaceId', '=', workspaceId)
        .where('caseId', '=', created.id)
        .execute();
      return created.id;
    };
    await caseAt('Still new', 3);
    const resolved = await caseAt('Resolved quickly', 2);
    await caseAt('Old', 10);
    await changeCaseStatus(touchpoint.ctx, workspaceId, resolved, 'resolved', actor);
    await db
      .updateTable('caseActivities')
      .set({ createdAt: new Date(now - 2 * day + 3_600_000) })
      .where('workspaceId', '=', workspaceId)
      .where('caseId', '=', resolved)
      .where('kind', '!=', 'created')
      .execute();
    const elapsed = await client.post('/api/v1/automation-rules/dry-run', {
      trigger: { type: 'time.elapsed', since: 'case.created', hours: 24 },
    });
    expect(elapsed.body).toMatchObject({ wouldFire: 1, evaluated: 2 });
    expect(elapsed.body.samples[0].summary).toContain('Still new');
    // Status changes in the window: 2 creations (into `new`) + 1 resolution; into `resolved`: 1.
    const changes = await client.post('/api/v1/automation-rules/dry-run', {
      trigger: { type: 'case.status_changed', to: 'resolved' },
    });
    expect(changes.body).toMatchObject({ wouldFire: 1, evaluated: 3 });

    // Nothing ran: no runs, no tags, no emails.
    expect(await runsOf(client, saved.id)).toHaveLength(0);
    const tags = await db
      .selectFrom('itemTags')
      .select('tag')
      .where('workspaceId', '=', workspaceId)
      .execute();
    expect(tags).toEqual([]);
  });

  it('prevents loops: two rules that would feed each other end with skipped "loop prevented" runs', async () => {
    const { client, workspaceId, userId } = await workspaceWithSurvey();
    // Each new case makes each rule open another case, which is new again…
    const a = await createRule(client, {
      name: 'A opens a case',
      trigger: { type: 'case.status_changed', to: 'new' },
      actions: [{ type: 'create_case', title: 'Opened by A', priority: 'high' }],
    });
    const b = await createRule(client, {
      name: 'B opens a case',
      trigger: { type: 'case.status_changed', to: 'new' },
      actions: [{ type: 'create_case', title: 'Opened by B' }],
    });
    const seed = await createCase(touchpoint.ctx, workspaceId, {
      title: 'Seed',
      source: 'manual',
      actor: `user:${userId}`,
    });
    await waitFor(async () => ((await runsOf(client, a.id)).length >= 5 ? true : undefined), 'runs of A');
    await settle();
    const runsA = await runsOf(client, a.id);
    const runsB = await runsOf(client, b.id);
    // Seed → A₁, B₁; A₁'s case → B (chain A), A skipped; B₁'s case → A (chain B), B skipped; the two
    // cases of depth 2 → both skipped. Five runs each, two that acted and three refused.
    for (const runs of [runsA, runsB]) {
      expect(runs).toHaveLength(5);
      expect(runs.filter((r) => r.status === 'succeeded')).toHaveLength(2);
      const skipped = runs.filter((r) => r.status === 'skipped');
      expect(skipped).toHaveLength(3);
      for (const run of skipped) expect(run.error).toMatch(/^loop prevented: /);
      expect(Math.max(...runs.map((r) => r.depth))).toBeLessThanOrEqual(2);
    }
    const first = runsA.find((r) => r.subjectId === seed.id);
    expect(first).toMatchObject({ status: 'succeeded', depth: 0 });
    expect(first?.results[0]).toMatchObject({ type: 'create_case', status: 'succeeded' });
    const cases = await touchpoint.ctx.db
      .selectFrom('cases')
      .select(['title', 'source', 'createdBy'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    expect(cases).toHaveLength(5);
    expect(cases.filter((c) => c.source === 'automation')).toHaveLength(4);
    expect(cases.map((c) => c.createdBy).sort()).toEqual(
      [
        `automation:${a.id}`,
        `automation:${a.id}`,
        `automation:${b.id}`,
        `automation:${b.id}`,
        `user:${userId}`,
      ].sort(),
    );

    // Depth beyond 3 is refused whatever the chain: an event that records 4 hops.
    const c = await createRule(client, {
      name: 'C tags progress',
      trigger: { type: 'case.status_changed', to: 'in_progress' },
      actions: [{ type: 'tag', tag: 'working' }],
    });
    await inTransaction(touchpoint.ctx, (tx) =>
      recordEvent(tx, {
        workspaceId,
        type: 'case.updated',
        actor: 'system',
        subjectId: seed.id,
        payload: {
          caseId: seed.id,
          changes: { status: { from: 'new', to: 'in_progress' } },
          automationDepth: 4,
          automationRuleIds: [a.id, b.id, a.id, b.id],
        },
      }),
    );
    const [refused] = await waitFor(async () => {
      const runs = await runsOf(client, c.id);
      return runs.length > 0 ? runs : undefined;
    }, 'the refused run');
    expect(refused).toMatchObject({ status: 'skipped', depth: 4, results: [] });
    expect(refused?.error).toBe('loop prevented: 4 automation hops led here, more than the limit of 3');
  });

  it('runs event.tracked rules: tag, segment and an email; skips unsubscribed contacts with a reason', async () => {
    const { client, workspaceId } = await workspaceWithSurvey();
    const rule = await createRule(client, {
      name: 'Big orders',
      trigger: { type: 'event.tracked', event: 'order.delivered' },
      condition: { all: [{ field: 'event.total', op: 'gt', value: 100 }] },
      actions: [
        { type: 'tag', tag: 'big-spender' },
        { type: 'add_to_segment', segment: 'vip' },
        { type: 'send_email', subject: 'Enjoy', body: 'Thank you for your order, {{customerName}}.' },
      ],
    });
    const email = `vip.${workspaceId}@example.com`;
    const contactId = await identify(client, email, { segment: 'retail' });
    const big = await client.post('/api/v1/contacts/track', {
      contact: { email },
      event: 'order.delivered',
      properties: { total: 150 },
    });
    await client.post('/api/v1/contacts/track', {
      contact: { email },
      event: 'order.delivered',
      properties: { total: 20 },
    });
    await client.post('/api/v1/contacts/track', {
      contact: { email },
      event: 'order.cancelled',
      properties: { total: 900 },
    });
    const [mail] = await sink.waitForTo(email, 1);
    expect(mail?.text).toContain('Thank you for your order, vip.');
    await settle();
    const runs = await runsOf(client, rule.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      status: 'succeeded',
      subjectKind: 'contact',
      subjectId: contactId,
      triggerKey: `event:${big.body.eventId}`,
    });
    expect(runs[0]?.results[1]).toMatchObject({
      type: 'add_to_segment',
      status: 'succeeded',
      data: { contactId, segment: 'vip', previousSegment: 'retail' },
    });
    expect(runs[0]?.results[2]).toMatchObject({ type: 'send_email', status: 'sent' });
    const contact = await client.get(`/api/v1/contacts/${contactId}`);
    expect(contact.body.attributes).toEqual({ segment: 'vip' });
    const tags = await touchpoint.ctx.db
      .selectFrom('itemTags')
      .select(['itemKind', 'itemId', 'tag'])
      .where('workspaceId', '=', workspaceId)
      .execute();
    expect(tags).toEqual([{ itemKind: 'contact', itemId: contactId, tag: 'big-spender' }]);

    // The same tracked event dispatched again runs nothing again.
    await touchpoint.ctx.db
      .updateTable('domainEvents')
      .set({ dispatchedAt: null, leaseUntil: null })
      .where('workspaceId', '=', workspaceId)
      .where('type', '=', 'contact.event_tracked')
      .execute();
    touchpoint.ctx.afterCommit();
    await settle();
    expect(await runsOf(client, rule.id)).toHaveLength(1);
    expect(mailsTo(email)).toHaveLength(1);

    // An unsubscribed contact is not emailed; the run says why.
    const gone = `gone.${workspaceId}@example.com`;
    const goneId = await identify(client, gone);
    await touchpoint.ctx.db
      .updateTable('contacts')
      .set({ unsubscribedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', goneId)
      .execute();
    await client.post('/api/v1/contacts/track', {
      contact: { email: gone },
      event: 'order.delivered',
      properties: { total: 300 },
    });
    const goneRun = await waitFor(async () => {
      const found = (await runsOf(client, rule.id)).find(
        (r) => r.subjectId === goneId && r.status !== 'running',
      );
      return found;
    }, 'the run for the unsubscribed contact');
    expect(goneRun.status).toBe('succeeded');
    expect(goneRun.results[2]).toMatchObject({
      type: 'send_email',
      status: 'skipped',
      reason: 'the contact unsubscribed',
    });
    await settle();
    expect(mailsTo(gone)).toHaveLength(0);
  });

  it('fires time.elapsed rules on a back-dated case once, from the sweep', async () => {
    const { client, workspaceId, userId } = await workspaceWithSurvey();
    const team = await client.post('/api/v1/teams', { name: 'Care' });
    await client.post(`/api/v1/teams/${team.body.id}/members`, { userId });
    const rule = await createRule(client, {
      name: 'Stuck for a day',
      trigger: { type: 'time.elapsed', since: 'case.created', status: 'new', hours: 24 },
      condition: { all: [{ field: 'case.priority', op: 'in', value: ['high', 'urgent'] }] },
      actions: [
        { type: 'tag', tag: 'stale' },
        { type: 'notify_team', teamId: team.body.id, message: 'This case has waited a day' },
      ],
    });
    const actor = `user:${userId}`;
    const old = await createCase(touchpoint.ctx, workspaceId, {
      title: 'Waiting',
      source: 'manual',
      actor,
      priority: 'high',
    });
    const fresh = await createCase(touchpoint.ctx, workspaceId, {
      title: 'Fresh',
      source: 'manual',
      actor,
      priority: 'high',
    });
    const low = await createCase(touchpoint.ctx, workspaceId, {
      title: 'Low',
      source: 'manual',
      actor,
      priority: 'low',
    });
    for (const id of [old.id, low.id]) {
      await touchpoint.ctx.db
        .updateTable('cases')
        .set({ createdAt: new Date(Date.now() - 30 * 3_600_000) })
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    }
    await settle();
    await sweepElapsedAutomations(touchpoint.ctx);
    await sweepElapsedAutomations(touchpoint.ctx);
    const runs = await runsOf(client, rule.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      status: 'succeeded',
      subjectKind: 'case',
      subjectId: old.id,
      triggerKey: `elapsed:${old.id}:24`,
    });
    const notifications = await touchpoint.ctx.db
      .selectFrom('notifications')
      .select(['userId', 'kind', 'title', 'link'])
      .where('workspaceId', '=', workspaceId)
      .where('kind', '=', 'automation')
      .execute();
    expect(notifications).toEqual([
      { userId, kind: 'automation', title: 'Stuck for a day', link: `/cases/${old.id}` },
    ]);
    const tags = await touchpoint.ctx.db
      .selectFrom('itemTags')
      .select(['itemKind', 'itemId'])
      .where('workspaceId', '=', workspaceId)
      .where('tag', '=', 'stale')
      .execute();
    expect(tags).toEqual([{ itemKind: 'case', itemId: old.id }]);
    // Once it moves on, it is no longer "new for 24 h": nothing more fires.
    await changeCaseStatus(touchpoint.ctx, workspaceId, old.id, 'in_progress', actor);
    await sweepElapsedAutomations(touchpoint.ctx);
    expect(await runsOf(client, rule.id)).toHaveLength(1);
    expect(fresh.id).not.toBe(old.id);
  });

  it('calls a webhook with a signed automation.fired delivery', async () => {
    const { client, workspaceId, surveyId } = await workspaceWithSurvey();
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook/${workspaceId}`;
    const other = await client.post('/api/v1/webhooks', { url, events: ['response.completed'] });
    const refused = await client.post('/api/v1/automation-rules', {
      name: 'Hook',
      trigger: { type: 'response.received' },
      actions: [{ type: 'call_webhook', webhookId: other.body.id }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.invalidParams).toEqual([
      { name: 'body.actions.0.webhookId', reason: expect.stringContaining('automation.fired') },
    ]);
    const webhook = await client.post('/api/v1/webhooks', { url, events: ['automation.fired'] });
    expect(webhook.status).toBe(201);
    const rule = await createRule(client, {
      name: 'Tell the CRM',
      trigger: { type: 'response.received', surveyId },
      actions: [{ type: 'call_webhook', webhookId: webhook.body.id }],
    });
    const responseId = await submit(client, surveyId, 7, null, 'Fine');
    const delivery = await waitFor(
      () =>
        received.find(
          (r) => r.headers['touchpoint-event'] === 'automation.fired' && r.raw.includes(workspaceId),
        ),
      'the automation.fired delivery',
    );
    expect(
      verifySignature(webhook.body.secret, String(delivery.headers['touchpoint-signature']), delivery.raw).ok,
    ).toBe(true);
    const body = JSON.parse(delivery.raw);
    expect(body).toMatchObject({
      type: 'automation.fired',
      workspaceId,
      data: {
        rule: { id: rule.id, name: 'Tell the CRM', trigger: { type: 'response.received', surveyId } },
        subject: { kind: 'response', id: responseId },
      },
    });
    const [run] = await runsOf(client, rule.id);
    expect(run?.results[0]).toMatchObject({
      type: 'call_webhook',
      status: 'succeeded',
      data: { webhookId: webhook.body.id, deliveryId: body.id },
    });
    await settle();
    // Only the named webhook gets it: the response.completed one got its own event, not this one.
    expect(
      received.filter(
        (r) => r.headers['touchpoint-event'] === 'automation.fired' && r.raw.includes(workspaceId),
      ),
    ).toHaveLength(1);
  });

  it('invites the contact to a survey through the distribution path', async () => {
    const { client, workspaceId, surveyId } = await workspaceWithSurvey();
    const followUp = await client.post('/api/v1/surveys', { ...SURVEY, name: 'Follow-up' });
    await client.post(`/api/v1/surveys/${followUp.body.id}/publish`);
    const rule = await createRule(client, {
      name: 'Ask again',
      trigger: { type: 'score.band', metric: 'nps', band: 'passive', surveyId },
      actions: [{ type: 'trigger_survey', surveyId: followUp.body.id }],
    });
    const email = `passive.${workspaceId}@example.com`;
    await submit(client, surveyId, 8, email);
    const [mail] = await sink.waitForTo(email, 1);
    expect(mail?.text).toContain(`/s/${followUp.body.id}?`);
    const [run] = await runsOf(client, rule.id);
    expect(run?.results[0]).toMatchObject({ type: 'trigger_survey', status: 'succeeded' });
    const invitations = await client.get(`/api/v1/surveys/${followUp.body.id}/invitations`);
    expect(invitations.body.items).toHaveLength(1);
  });

  it('keeps workspaces apart (404) and refuses bad input (400)', async () => {
    const a = await workspaceWithSurvey();
    const b = await workspaceWithSurvey();
    const pool = await a.client.post('/api/v1/coupon-pools', { name: 'A pool' });
    const rule = await createRule(a.client, {
      name: 'A rule',
      trigger: { type: 'response.received' },
      actions: [{ type: 'tag', tag: 'a' }],
    });
    for (const [method, url, body] of [
      ['GET', `/api/v1/automation-rules/${rule.id}`, undefined],
      ['PATCH', `/api/v1/automation-rules/${rule.id}`, { active: false }],
      ['DELETE', `/api/v1/automation-rules/${rule.id}`, undefined],
      ['GET', `/api/v1/automation-rules/${rule.id}/runs`, undefined],
      ['POST', `/api/v1/automation-rules/${rule.id}/dry-run`, { days: 7 }],
      ['GET', `/api/v1/coupon-pools/${pool.body.id}`, undefined],
      ['POST', `/api/v1/coupon-pools/${pool.body.id}/codes`, { codes: ['X'] }],
    ] as const) {
      const response = await b.client.request(method, url, body);
      expect(response.status, `${method} ${url}`).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    }
    expect((await b.client.get('/api/v1/automation-rules')).body.items).toEqual([]);
    expect((await b.client.get('/api/v1/coupon-pools')).body.items).toEqual([]);
    expect((await a.client.get(`/api/v1/automation-rules/${rule.id}`)).body.active).toBe(true);

    const bad = async (body: Record<string, unknown>) => {
      const response = await a.client.post('/api/v1/automation-rules', {
        name: 'Bad',
        trigger: { type: 'response.received' },
        actions: [{ type: 'tag', tag: 'x' }],
        ...body,
      });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      return response.body.invalidParams.map((p: { name: string }) => p.name) as string[];
    };
    await bad({ trigger: { type: 'response.sent' } });
    expect(await bad({ trigger: { type: 'score.band', metric: 'nps', band: 'low' } })).toEqual([
      'body.trigger.band',
    ]);
    await bad({ actions: [] });
    await bad({ actions: Array.from({ length: 11 }, () => ({ type: 'tag', tag: 'x' })) });
    expect(await bad({ actions: [{ type: 'assign_case', teamId: null }] })).toEqual(['body.actions.0.type']);
    const bPool = await b.client.post('/api/v1/coupon-pools', { name: 'B pool' });
    expect(
      await bad({
        actions: [{ type: 'send_email', subject: 's', body: '{{coupon}}', couponPoolId: bPool.body.id }],
      }),
    ).toEqual(['body.actions.0.couponPoolId']);
    expect(
      await bad({
        actions: [{ type: 'send_email', subject: 's', body: 'no code', couponPoolId: pool.body.id }],
      }),
    ).toEqual(['body.actions.0.body']);
    expect(
      await bad({
        trigger: { type: 'response.received', surveyId: b.surveyId },
        actions: [{ type: 'trigger_survey', surveyId: b.surveyId }],
      }),
    ).toEqual(['body.trigger.surveyId', 'body.actions.0.surveyId']);
    const bTeam = await b.client.post('/api/v1/teams', { name: 'B team' });
    expect(await bad({ actions: [{ type: 'notify_team', teamId: bTeam.body.id, message: 'm' }] })).toEqual([
      'body.actions.0.teamId',
    ]);
    expect(
      await bad({ actions: [{ type: 'notify_email', userIds: [b.userId], subject: 's', body: 'b' }] }),
    ).toEqual(['body.actions.0.userIds.0']);
    const patched = await a.client.patch(`/api/v1/automation-rules/${rule.id}`, {
      actions: [{ type: 'assign_case', assigneeId: a.userId }],
    });
    expect(patched.status).toBe(400);
    expect(patched.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.actions.0.type']);
    const dry = await a.client.post('/api/v1/automation-rules/dry-run', {
      trigger: { type: 'topic.detected', topicId: '00000000-0000-7000-8000-000000000000' },
    });
    expect(dry.status).toBe(400);
    expect(dry.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.trigger.topicId']);
    expect(
      (
        await a.client.post('/api/v1/automation-rules/dry-run', {
          trigger: { type: 'response.received' },
          days: 0,
        })
      ).status,
    ).toBe(400);
    const tooMany = await a.client.post(`/api/v1/coupon-pools/${pool.body.id}/codes`, {
      codes: Array.from({ length: 10_001 }, (_, i) => `C${i}`),
    });
    expect(tooMany.status).toBe(400);
    expect(
      (await a.client.post(`/api/v1/coupon-pools/${pool.body.id}/codes`, { codes: ['  '] })).status,
    ).toBe(400);
    const tenThousand = await a.client.post(`/api/v1/coupon-pools/${pool.body.id}/codes`, {
      codes: Array.from({ length: 10_000 }, (_, i) => `CODE-${String(i).padStart(5, '0')}`),
    });
    expect(tenThousand.status).toBe(200);
    expect(tenThousand.body).toMatchObject({
      added: 10_000,
      duplicates: 0,
      pool: { total: 10_000, free: 10_000 },
    });
    expect((await a.client.get('/api/v1/automation-rules/not-a-uuid')).status).toBe(400);
    expect((await a.client.get(`/api/v1/automation-rules/${rule.id}/runs?status=nope`)).status).toBe(400);
    expect((await a.client.delete(`/api/v1/automation-rules/${rule.id}`)).status).toBe(204);
    expect((await a.client.get(`/api/v1/automation-rules/${rule.id}`)).status).toBe(404);
  });
});
