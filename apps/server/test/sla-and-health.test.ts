import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCase, runSlaSweep } from '../src/modules/cases/index';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// SLA clocks in a team's business hours (Mon–Fri 09–17, Asia/Ho_Chi_Minh, UTC+7 all year), the sweep that
// warns at 80 % and escalates on breach exactly once per level, and the programme-health figures, each
// checked against numbers worked out by hand from the fixture.

let touchpoint: Touchpoint;
let admin: TestClient;
let adminId: string;
let workspaceId: string;
let agentId: string;
let teamId: string;

const NINE_TO_FIVE = [['09:00', '17:00']];
const HOURS = {
  timeZone: 'Asia/Ho_Chi_Minh',
  days: { '1': NINE_TO_FIVE, '2': NINE_TO_FIVE, '3': NINE_TO_FIVE, '4': NINE_TO_FIVE, '5': NINE_TO_FIVE },
  holidays: [] as string[],
};
const POLICY = {
  firstAction: { urgent: 60, high: 240, normal: 480, low: 1440 },
  resolve: { urgent: 480, high: 960, normal: 2880, low: 7200 },
};
/** Friday 4 December 2026, 16:00 in Ho Chi Minh City. */
const FRIDAY_16 = new Date('2026-12-04T16:00:00+07:00');
const local = (iso: string) => new Date(`${iso}+07:00`);

const db = () => touchpoint.ctx.db;

/** Creates a case through the cases module as if it were `at` (the module stamps the current time). */
async function caseCreatedAt(
  at: Date,
  input: { title: string; priority?: 'low' | 'normal' | 'high' | 'urgent'; teamId?: string },
) {
  vi.useFakeTimers({ toFake: ['Date'], now: at });
  try {
    return await createCase(touchpoint.ctx, workspaceId, {
      title: input.title,
      priority: input.priority ?? 'high',
      source: 'manual',
      actor: `user:${adminId}`,
      teamId: input.teamId ?? teamId,
    });
  } finally {
    vi.useRealTimers();
  }
}

async function caseRow(id: string) {
  return db()
    .selectFrom('cases')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

async function activities(caseId: string, kind: string) {
  return db()
    .selectFrom('caseActivities')
    .select(['kind', 'data', 'actor'])
    .where('workspaceId', '=', workspaceId)
    .where('caseId', '=', caseId)
    .where('kind', '=', kind)
    .orderBy('id')
    .execute();
}

async function notificationsFor(caseId: string) {
  return db()
    .selectFrom('notifications')
    .select(['userId', 'kind', 'sourceKey'])
    .where('workspaceId', '=', workspaceId)
    .where('sourceKey', 'like', `case:${caseId}:escalated:%`)
    .orderBy('id')
    .execute();
}

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  const signed = await signUp(touchpoint.app as FastifyInstance);
  admin = signed.client;
  adminId = signed.me.user?.id as string;
  workspaceId = signed.me.workspace.id;
  agentId = (await addMember(admin, 'agent')).userId;
  const team = await admin.post('/api/v1/teams', { name: 'Care' });
  teamId = team.body.id;
  await admin.post(`/api/v1/teams/${teamId}/members`, { userId: agentId });
});
afterAll(() => touchpoint.stop());

describe('team SLA settings', () => {
  it('stores business hours, SLA targets and the assignment mode', async () => {
    const patched = await admin.patch(`/api/v1/teams/${teamId}`, {
      businessHours: HOURS,
      slaPolicy: POLICY,
      assignment: 'round_robin',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      businessHours: HOURS,
      slaPolicy: POLICY,
      assignment: 'round_robin',
    });
    const listed = (await admin.get('/api/v1/teams')).body.items.find((t: { id: string }) => t.id === teamId);
    expect(listed.businessHours.timeZone).toBe('Asia/Ho_Chi_Minh');
  });

  it('refuses invalid hours and targets with 400', async () => {
    const bad = [
      { businessHours: { ...HOURS, timeZone: 'Mars/Olympus' } },
      { businessHours: { ...HOURS, days: { '1': [['17:00', '09:00']] } } },
      {
        businessHours: {
          ...HOURS,
          days: {
            '1': [
              ['09:00', '12:00'],
              ['11:00', '13:00'],
            ],
          },
        },
      },
      { businessHours: { ...HOURS, days: {} } },
      { businessHours: { ...HOURS, holidays: ['31/12/2026'] } },
      { slaPolicy: { ...POLICY, firstAction: { ...POLICY.firstAction, high: 0 } } },
      { slaPolicy: { firstAction: POLICY.firstAction } },
      { assignment: 'random' },
    ];
    for (const body of bad) {
      const response = await admin.patch(`/api/v1/teams/${teamId}`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
    const team = (await admin.get('/api/v1/teams')).body.items.find((t: { id: string }) => t.id === teamId);
    expect(team.businessHours).toEqual(HOURS);
  });

  it("another workspace cannot change a team's hours", async () => {
    const other = (await signUp(touchpoint.app as FastifyInstance)).client;
    const response = await other.patch(`/api/v1/teams/${teamId}`, { businessHours: null });
    expect(response.status).toBe(404);
  });
});

describe('SLA due dates and the sweep', () => {
  let friday: { id: string; number: number };

  it('a case opened on Friday 16:00 with a 240-minute first-action target is due Monday 12:00', async () => {
    friday = await caseCreatedAt(FRIDAY_16, { title: 'Refund missing' });
    const row = await caseRow(friday.id);
    expect(row.teamId).toBe(teamId);
    expect(row.assigneeId).toBe(agentId);
    expect(row.createdAt.toISOString()).toBe(FRIDAY_16.toISOString());
    expect(row.firstActionDueAt?.toISOString()).toBe(local('2026-12-07T12:00:00').toISOString());
    // 960 business minutes: 1 h on Friday, 8 h on Monday, 7 h on Tuesday → Tuesday 16:00.
    expect(row.resolveDueAt?.toISOString()).toBe(local('2026-12-08T16:00:00').toISOString());
  });

  let holiday: { id: string; number: number };
  it('a holiday skips the day', async () => {
    // A second team with the same hours, plus a holiday on Monday 7 December.
    const holidayTeam = (await admin.post('/api/v1/teams', { name: 'Care (holiday)' })).body.id as string;
    await admin.post(`/api/v1/teams/${holidayTeam}/members`, { userId: agentId });
    const patched = await admin.patch(`/api/v1/teams/${holidayTeam}`, {
      businessHours: { ...HOURS, holidays: ['2026-12-07'] },
      slaPolicy: POLICY,
    });
    expect(patched.status).toBe(200);
    holiday = await caseCreatedAt(FRIDAY_16, { title: 'Delivery late', teamId: holidayTeam });
    const row = await caseRow(holiday.id);
    expect(row.firstActionDueAt?.toISOString()).toBe(local('2026-12-08T12:00:00').toISOString());
  });

  it('warns at 80 % of the business time, once', async () => {
    // 80 % of 240 = 192 minutes: 60 on Friday + 132 on Monday → Monday 11:12.
    expect(await runSlaSweep(touchpoint.ctx, local('2026-12-07T11:00:00'))).toEqual({
      warned: 0,
      breached: 0,
    });
    expect((await caseRow(friday.id)).escalationLevel).toBe(0);

    // At 11:15 the Friday case is past 80 %; the holiday case has only 60 of its 240 minutes behind it.
    expect(await runSlaSweep(touchpoint.ctx, local('2026-12-07T11:15:00'))).toEqual({
      warned: 1,
      breached: 0,
    });
    const warned = await caseRow(friday.id);
    expect(warned).toMatchObject({ escalationLevel: 1, priority: 'high', firstActionBreached: false });
    expect((await caseRow(holiday.id)).escalationLevel).toBe(0);
    expect((await activities(friday.id, 'escalated')).map((a) => a.data)).toEqual([
      { level: 1, clock: 'first_action' },
    ]);
    const notified = await notificationsFor(friday.id);
    expect(notified).toEqual([
      { userId: agentId, kind: 'case.sla_warning', sourceKey: `case:${friday.id}:escalated:1` },
    ]);

    expect(await runSlaSweep(touchpoint.ctx, local('2026-12-07T11:20:00'))).toEqual({
      warned: 0,
      breached: 0,
    });
    expect(await activities(friday.id, 'escalated')).toHaveLength(1);
  });

  it('escalates on breach once: marks the clock, bumps the priority, tells the team and the managers', async () => {
    expect(await runSlaSweep(touchpoint.ctx, local('2026-12-07T12:01:00'))).toEqual({
      warned: 0,
      breached: 1,
    });
    const breached = await caseRow(friday.id);
    expect(breached).toMatchObject({
      escalationLevel: 2,
      firstActionBreached: true,
      resolveBreached: false,
      priority: 'urgent',
    });
    expect((await activities(friday.id, 'escalated')).map((a) => a.data)).toEqual([
      { level: 1, clock: 'first_action' },
      { level: 2, clock: 'first_action', breached: ['first_action'] },
    ]);
    expect((await activities(friday.id, 'priority')).map((a) => a.data)).toEqual([
      { from: 'high', to: 'urgent' },
    ]);
    const level2 = (await notificationsFor(friday.id)).filter((n) => n.sourceKey.endsWith(':2'));
    expect(level2.map((n) => n.userId).sort()).toEqual([adminId, agentId].sort());
    expect(level2.every((n) => n.kind === 'case.sla_breached')).toBe(true);
    const events = await db()
      .selectFrom('domainEvents')
      .select(['type', 'payload'])
      .where('workspaceId', '=', workspaceId)
      .where('subjectId', '=', friday.id)
      .where('type', '=', 'case.updated')
      .execute();
    expect(events.map((e) => e.payload)).toContainEqual({
      caseId: friday.id,
      changes: { escalationLevel: { from: 1, to: 2 }, priority: { from: 'high', to: 'urgent' } },
    });

    // Again: nothing new.
    expect(await runSlaSweep(touchpoint.ctx, local('2026-12-07T12:30:00'))).toEqual({
      warned: 0,
      breached: 0,
    });
    expect((await caseRow(friday.id)).priority).toBe('urgent');
    expect(await activities(friday.id, 'priority')).toHaveLength(1);
  });

  it('a later breach of the other clock is recorded without a second escalation', async () => {
    // Resolve due Tuesday 16:00 for the Friday case. The holiday case breaches its first action (due
    // Tuesday 12:00) in the same pass, so it escalates straight to level 2.
    const outcome = await runSlaSweep(touchpoint.ctx, local('2026-12-08T16:05:00'));
    expect(outcome).toEqual({ warned: 0, breached: 1 });
    const friday2 = await caseRow(friday.id);
    expect(friday2).toMatchObject({ resolveBreached: true, escalationLevel: 2, priority: 'urgent' });
    expect((await activities(friday.id, 'sla_breached')).map((a) => a.data)).toEqual([{ clock: 'resolve' }]);
    expect(await activities(friday.id, 'priority')).toHaveLength(1);
    expect(await caseRow(holiday.id)).toMatchObject({
      escalationLevel: 2,
      firstActionBreached: true,
      priority: 'urgent',
    });
  });

  it('leaves cases with a first action, and resolved cases, alone', async () => {
    const acted = await caseCreatedAt(FRIDAY_16, { title: 'Acted on' });
    const resolved = await caseCreatedAt(FRIDAY_16, { title: 'Resolved' });
    await db()
      .updateTable('cases')
      .set({ firstActionAt: local('2026-12-04T16:30:00') })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', acted.id)
      .execute();
    await db()
      .updateTable('cases')
      .set({ status: 'resolved', resolvedAt: local('2026-12-04T16:40:00') })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', resolved.id)
      .execute();
    // Tuesday 12:30: both first-action clocks would be breached had nothing happened.
    await runSlaSweep(touchpoint.ctx, local('2026-12-08T12:30:00'));
    expect(await caseRow(acted.id)).toMatchObject({
      escalationLevel: 0,
      firstActionBreached: false,
      priority: 'high',
    });
    expect(await caseRow(resolved.id)).toMatchObject({ escalationLevel: 0, firstActionBreached: false });
  });
});

describe('programme health', () => {
  // A separate workspace with hand-made data: every figure below is counted by hand.
  let client: TestClient;
  let ws: string;
  let ownerTeam: string;
  let otherTeam: string;
  let userId: string;

  async function insertResponses(
    scores: { score: number; daysAgo: number }[],
    surveyId: string,
    touchpointId: string,
  ) {
    const ids: string[] = [];
    for (const [i, s] of scores.entries()) {
      const id = randomUUID();
      ids.push(id);
      await touchpoint.ctx.db
        .insertInto('responses')
        .values({
          workspaceId: ws,
          id,
          surveyId,
          surveyVersion: 1,
          touchpointId,
          idempotencyKey: `health-${i}-${id}`,
          channel: 'link',
          language: 'en',
          answers: JSON.stringify({ nps: s.score }),
          npsScore: s.score,
          finished: true,
          createdAt: new Date(Date.now() - s.daysAgo * 86_400_000),
        })
        .execute();
    }
    return ids;
  }

  async function openCase(items: string[], team: string, title: string) {
    return createCase(touchpoint.ctx, ws, {
      title,
      source: 'manual',
      actor: `user:${userId}`,
      teamId: team,
      items: items.map((id) => ({ kind: 'response' as const, id })),
    });
  }

  async function setCase(id: string, set: Record<string, unknown>) {
    await touchpoint.ctx.db
      .updateTable('cases')
      .set(set)
      .where('workspaceId', '=', ws)
      .where('id', '=', id)
      .execute();
  }

  async function followUp(caseId: string, status: 'sent' | 'failed' | 'queued') {
    await touchpoint.ctx.db
      .insertInto('caseFollowUps')
      .values({
        workspaceId: ws,
        id: randomUUID(),
        caseId,
        toAddress: 'customer@example.com',
        subject: 'Sorry',
        body: 'We are on it',
        status,
        tokenHash: randomUUID(),
      })
      .execute();
  }

  let cases: Record<'sent' | 'failed' | 'nothing' | 'passive' | 'old', { id: string }>;

  beforeAll(async () => {
    const signed = await signUp(touchpoint.app as FastifyInstance);
    client = signed.client;
    ws = signed.me.workspace.id;
    userId = signed.me.user?.id as string;
    ownerTeam = (await client.post('/api/v1/teams', { name: 'Delivery team' })).body.id;
    otherTeam = (await client.post('/api/v1/teams', { name: 'Billing team' })).body.id;
    const journey = await client.post('/api/v1/journeys', {
      name: 'Retail',
      stages: [{ name: 'Delivery', touchpoints: [{ name: 'Courier', ownerTeamId: ownerTeam }] }],
    });
    const touchpointId = journey.body.stages[0].touchpoints[0].id as string;
    const survey = await client.post('/api/v1/surveys', {
      name: 'NPS',
      touchpointId,
      questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
    });
    // In the period: detractors 2, 5, 6, 0; a passive 7; promoters 9, 10. Outside (40 days ago): a detractor 3.
    const [d1, d2, d3, , passive, , , old] = await insertResponses(
      [
        { score: 2, daysAgo: 1 },
        { score: 5, daysAgo: 2 },
        { score: 6, daysAgo: 3 },
        { score: 0, daysAgo: 4 },
        { score: 7, daysAgo: 1 },
        { score: 9, daysAgo: 1 },
        { score: 10, daysAgo: 2 },
        { score: 3, daysAgo: 40 },
      ],
      survey.body.id,
      touchpointId,
    );
    cases = {
      sent: await openCase([d1 as string], ownerTeam, 'd1 with a sent follow-up'),
      failed: await openCase([d2 as string], ownerTeam, 'd2 with a failed follow-up'),
      nothing: await openCase([d3 as string], ownerTeam, 'd3 untouched'),
      passive: await openCase([passive as string], otherTeam, 'passive with an outcome'),
      old: await openCase([old as string], ownerTeam, 'old detractor with a sent follow-up'),
    };
    await followUp(cases.sent.id, 'sent');
    await followUp(cases.failed.id, 'failed');
    await followUp(cases.old.id, 'sent');
    await setCase(cases.passive.id, { outcome: 'resolved' });

    // Times, in minutes after opening: first actions 30, 90, 600 (median 90); resolutions 120, 240 (median 180).
    const now = Date.now();
    const at = (minutesAfter: number) => new Date(now - 2 * 86_400_000 + minutesAfter * 60_000);
    const opened = new Date(now - 2 * 86_400_000);
    for (const id of Object.values(cases).map((c) => c.id)) await setCase(id, { createdAt: opened });
    await setCase(cases.old.id, { createdAt: new Date(now - 40 * 86_400_000) });
    await setCase(cases.sent.id, { firstActionAt: at(30), status: 'resolved', resolvedAt: at(120) });
    await setCase(cases.failed.id, { firstActionAt: at(90), status: 'resolved', resolvedAt: at(240) });
    await setCase(cases.passive.id, { firstActionAt: at(600) });
    // SLA: the untouched case breached its first action and is overdue; the others did not breach.
    await setCase(cases.nothing.id, { firstActionBreached: true, firstActionDueAt: at(60) });
    await setCase(cases.passive.id, { resolveDueAt: new Date(now + 86_400_000), firstActionDueAt: at(700) });
  });

  it('computes loop closure, medians, the breach rate and the backlog as counted by hand', async () => {
    const response = await client.get('/api/v1/programme-health');
    expect(response.status).toBe(200);
    const health = response.body;
    // 4 detractors in the period, 1 with a sent follow-up → 25 % (the old one is outside the period).
    expect(health.loopClosure).toMatchObject({ closed: 1, detractors: 4, rate: 0.25 });
    // Wilson 95 % for 1 of 4, worked out by hand: centre 0.3725, half-width 0.3269.
    expect(health.loopClosure.ci95[0]).toBeCloseTo(0.0456, 3);
    expect(health.loopClosure.ci95[1]).toBeCloseTo(0.6994, 3);
    expect(health.timeToFirstAction).toEqual({ medianMinutes: 90, n: 3 });
    expect(health.timeToResolve).toEqual({ medianMinutes: 180, n: 2 });
    // Cases opened in the period: sent, failed, nothing, passive (the old one was opened 40 days ago).
    expect(health.casesOpened).toBe(4);
    expect(health.casesResolved).toBe(2);
    expect(health.slaBreachRate).toMatchObject({ breached: 1, n: 4, rate: 0.25 });
    // Open now: nothing + old (delivery team), passive (billing). Overdue: nothing (first action due, none).
    const backlog = Object.fromEntries(health.backlog.map((b: { teamName: string }) => [b.teamName, b]));
    expect(backlog['Delivery team']).toEqual({
      teamId: ownerTeam,
      teamName: 'Delivery team',
      open: 2,
      overdue: 1,
    });
    expect(backlog['Billing team']).toEqual({
      teamId: otherTeam,
      teamName: 'Billing team',
      open: 1,
      overdue: 0,
    });
  });

  it('counts a recorded outcome as a documented follow-up too', async () => {
    await setCase(cases.nothing.id, { outcome: 'no_reply' });
    const health = (await client.get('/api/v1/programme-health')).body;
    expect(health.loopClosure).toMatchObject({ closed: 2, detractors: 4, rate: 0.5 });
    await setCase(cases.nothing.id, { outcome: null });
  });

  it('filters by team and by period', async () => {
    const billing = (await client.get(`/api/v1/programme-health?teamId=${otherTeam}`)).body;
    // Billing owns no touchpoint and its only case is about a passive: no detractors.
    expect(billing.loopClosure).toMatchObject({ closed: 0, detractors: 0, rate: null, ci95: null });
    expect(billing.casesOpened).toBe(1);
    expect(billing.timeToFirstAction).toEqual({ medianMinutes: 600, n: 1 });
    expect(billing.backlog).toEqual([{ teamId: otherTeam, teamName: 'Billing team', open: 1, overdue: 0 }]);
    const delivery = (await client.get(`/api/v1/programme-health?teamId=${ownerTeam}`)).body;
    expect(delivery.loopClosure).toMatchObject({ closed: 1, detractors: 4 });
    expect(delivery.casesOpened).toBe(3);

    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const long = (await client.get(`/api/v1/programme-health?from=${day(60)}&to=${day(-1)}`)).body;
    expect(long.loopClosure).toMatchObject({ closed: 2, detractors: 5 });
    expect(long.casesOpened).toBe(5);
    const empty = (await client.get(`/api/v1/programme-health?from=${day(200)}&to=${day(100)}`)).body;
    expect(empty).toMatchObject({
      loopClosure: { rate: null, closed: 0, detractors: 0 },
      timeToFirstAction: { medianMinutes: null, n: 0 },
      slaBreachRate: { rate: null, n: 0 },
      casesOpened: 0,
    });
  });

  it('refuses bad input with 400 and another workspace’s team with 404', async () => {
    for (const query of ['from=2026-13-01', 'from=2026-12-10&to=2026-12-01', 'teamId=nope', 'extra=1']) {
      const response = await client.get(`/api/v1/programme-health?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
    const foreign = await client.get(`/api/v1/programme-health?teamId=${teamId}`);
    expect(foreign.status).toBe(404);
    // And the first workspace's figures never include this one's cases.
    const first = (await admin.get('/api/v1/programme-health')).body;
    expect(first.backlog.map((b: { teamId: string }) => b.teamId)).not.toContain(ownerTeam);
  });
});
