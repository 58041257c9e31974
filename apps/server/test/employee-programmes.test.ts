import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceCadence, runDueProgrammeSchedules } from '../src/modules/employees/programme-schedules';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, TestClient } from './support/client';
import { employeeLinkToken } from './support/employee-links';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Employee programmes on a schedule (issue 14): each run sends a new wave (a copy of the programme's
// survey) by email and closes it when its time is up; the waves of a schedule are judged together, so a
// department of 5 that becomes 6 does not reveal the newcomer. Plus the confidentiality settings API.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let smtp: SmtpSink;
let a: { client: TestClient; workspaceId: string };
let b: { client: TestClient; workspaceId: string };
const publicClient = () => new TestClient(app);
const DAY = 86_400_000;

const DEPARTMENTS = { Sales: 12, Support: 10, Legal: 5, Ops: 8 } as const;
function staff(extraLegal = 0) {
  const people: { email: string; name: string; department: string }[] = [];
  for (const [department, size] of Object.entries(DEPARTMENTS)) {
    const count = size + (department === 'Legal' ? extraLegal : 0);
    for (let i = 0; i < count; i++) {
      people.push({
        email: `${department.toLowerCase()}${i}@wave.example`,
        name: `${department} ${i}`,
        department,
      });
    }
  }
  return people;
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: smtp.url });
  app = touchpoint.app as FastifyInstance;
  const signedA = await signUp(app, 'Waves A');
  const signedB = await signUp(app, 'Waves B');
  a = { client: signedA.client, workspaceId: signedA.me.workspace.id };
  b = { client: signedB.client, workspaceId: signedB.me.workspace.id };
  expect((await a.client.post('/api/v1/employees/import', { items: staff() })).status).toBe(200);
});
afterAll(async () => {
  await touchpoint?.stop();
  await smtp?.close();
});

const deliver = async (workspaceId: string, invitationId: string) => {
  await touchpoint.ctx.jobs.send(touchpoint.jobs.deliverInvitation, {
    workspaceId,
    invitationId,
    kind: 'invitation',
  });
};

async function answerAll(surveyId: string, people: { email: string; department: string }[]) {
  let i = 0;
  for (const person of people) {
    // Legal answer 0: a leak would stand out.
    const score = person.department === 'Legal' ? 0 : 8 + (i++ % 3);
    const answered = await publicClient().post(`/api/v1/public/surveys/${surveyId}/responses`, {
      answers: { enps: score, comment: `From ${person.email}` },
      linkToken: await employeeLinkToken(touchpoint, a.workspaceId, surveyId, person.email),
      finished: true,
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
  }
}

describe('an employee programme on a schedule', () => {
  let programmeId: string;

  beforeAll(async () => {
    const created = await a.client.post('/api/v1/surveys', {
      name: 'Monthly eNPS',
      defaultLanguage: 'en',
      audience: 'employees',
      anonymous: true,
      reportingAttributes: ['department'],
      questions: [
        { id: 'enps', type: 'nps', required: true, text: { en: 'Would you recommend working here?' } },
        { id: 'comment', type: 'open_text', text: { en: 'Anything else?' } },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    programmeId = created.body.id;
  });

  it('sends a wave a month, closes it when its time is up, and hides a department of 5 that becomes 6', async () => {
    const customer = await a.client.post('/api/v1/surveys', {
      name: 'Customer NPS',
      defaultLanguage: 'en',
      questions: [{ id: 'q1', type: 'nps', text: { en: 'Recommend us?' } }],
    });
    const refused = await a.client.request('PUT', `/api/v1/surveys/${customer.body.id}/schedule`, {
      cadence: 'monthly',
    });
    expect(refused.status).toBe(422);
    const bad = await a.client.request('PUT', `/api/v1/surveys/${programmeId}/schedule`, {
      cadence: 'daily',
    });
    expect(bad.status).toBe(400);

    const start = new Date();
    const set = await a.client.request('PUT', `/api/v1/surveys/${programmeId}/schedule`, {
      cadence: 'monthly',
      remindAfterDays: 3,
      closeAfterDays: 7,
      startAt: start.toISOString(),
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.schedule).toMatchObject({ cadence: 'monthly', scope: 'everyone', waves: [] });

    // Wave 1: sent to all 35 by email.
    const first = await runDueProgrammeSchedules(touchpoint.ctx, deliver, new Date(start.getTime() + 1000));
    expect(first.ran).toBe(1);
    let schedule = (await a.client.get(`/api/v1/surveys/${programmeId}/schedule`)).body.schedule;
    expect(schedule.waves).toHaveLength(1);
    const wave1 = schedule.waves[0].surveyId as string;
    expect(schedule.waves[0]).toMatchObject({ wave: 1, status: 'published' });
    expect(new Date(schedule.nextRunAt).getUTCMonth()).toBe((start.getUTCMonth() + 1) % 12);
    await smtp.waitFor(35);
    const wave1Survey = (await a.client.get(`/api/v1/surveys/${wave1}`)).body;
    expect(wave1Survey).toMatchObject({
      audience: 'employees',
      anonymous: true,
      reportingAttributes: ['department'],
    });
    // Running again before the next month sends nothing twice.
    expect(
      (await runDueProgrammeSchedules(touchpoint.ctx, deliver, new Date(start.getTime() + 2 * DAY))).ran,
    ).toBe(0);
    await answerAll(wave1, staff());

    // A week later the wave closes by itself and its results show: Legal (5) is visible at k = 5.
    const closed = await runDueProgrammeSchedules(
      touchpoint.ctx,
      deliver,
      new Date(start.getTime() + 8 * DAY),
    );
    expect(closed.closed).toBe(1);
    const results1 = await a.client.get(`/api/v1/metrics?metric=nps&surveyId=${wave1}&groupBy=department`);
    expect(results1.status, JSON.stringify(results1.body)).toBe(200);
    expect(results1.body.n).toBe(35);
    const legal1 = results1.body.groups.find((g: { key: string }) => g.key === 'Legal');
    expect(legal1).toMatchObject({ suppressed: false, n: 5, value: -100 });

    // A newcomer joins Legal; wave 2 a month later.
    expect((await a.client.post('/api/v1/employees/import', { items: staff(1) })).status).toBe(200);
    const second = await runDueProgrammeSchedules(
      touchpoint.ctx,
      deliver,
      new Date(start.getTime() + 32 * DAY),
    );
    expect(second.ran).toBe(1);
    schedule = (await a.client.get(`/api/v1/surveys/${programmeId}/schedule`)).body.schedule;
    const wave2 = schedule.waves.find((w: { wave: number }) => w.wave === 2).surveyId as string;
    await answerAll(wave2, staff(1));
    await runDueProgrammeSchedules(touchpoint.ctx, deliver, new Date(start.getTime() + 40 * DAY));

    const results2 = await a.client.get(`/api/v1/metrics?metric=nps&surveyId=${wave2}&groupBy=department`);
    expect(results2.status, JSON.stringify(results2.body)).toBe(200);
    const groups2 = new Map(results2.body.groups.map((g: { key: string }) => [g.key, g]));
    // Legal went from 5 to 6: hidden in wave 2, so "wave 2 minus wave 1" cannot isolate the newcomer.
    expect(groups2.get('Legal')).toEqual({ key: 'Legal', label: 'Legal', suppressed: true });
    // The whole moved by 1 as well, so it is hidden too (else whole minus the others gives Legal back).
    expect(results2.body.suppressed).toBe(true);
    expect(results2.body.value).toBeUndefined();
    expect(groups2.get('Sales')).toMatchObject({ suppressed: false, n: 12 });
    expect(JSON.stringify(results2.body)).not.toContain('"n":6');
    // Wave 1's results are unchanged by wave 2.
    const again1 = await a.client.get(`/api/v1/metrics?metric=nps&surveyId=${wave1}&groupBy=department`);
    expect(again1.body).toEqual(results1.body);
  }, 180_000);

  it('stops on delete, and keeps other workspaces out', async () => {
    expect((await b.client.get(`/api/v1/surveys/${programmeId}/schedule`)).status).toBe(404);
    expect(
      (await b.client.request('PUT', `/api/v1/surveys/${programmeId}/schedule`, { cadence: 'weekly' }))
        .status,
    ).toBe(404);
    expect((await b.client.delete(`/api/v1/surveys/${programmeId}/schedule`)).status).toBe(404);
    const removed = await a.client.delete(`/api/v1/surveys/${programmeId}/schedule`);
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ schedule: null });
    expect((await a.client.get(`/api/v1/surveys/${programmeId}/schedule`)).body).toEqual({ schedule: null });
    const far = await runDueProgrammeSchedules(touchpoint.ctx, deliver, new Date(Date.now() + 400 * DAY));
    expect(far.ran).toBe(0);
  });
});

describe('confidentiality settings', () => {
  it('answers the thresholds in force, changes them, never below 3, comments never below results', async () => {
    const initial = await a.client.get('/api/v1/settings/confidentiality');
    expect(initial.body).toEqual({
      minGroupSize: 5,
      minCommentGroupSize: 10,
      configured: { minGroupSize: null, minCommentGroupSize: null },
      floor: 3,
    });
    const below = await a.client.request('PUT', '/api/v1/settings/confidentiality', { minGroupSize: 2 });
    expect(below.status).toBe(400);
    const inverted = await a.client.request('PUT', '/api/v1/settings/confidentiality', {
      minGroupSize: 8,
      minCommentGroupSize: 6,
    });
    expect(inverted.status).toBe(400);
    const set = await a.client.request('PUT', '/api/v1/settings/confidentiality', {
      minGroupSize: 7,
      minCommentGroupSize: 12,
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ minGroupSize: 7, minCommentGroupSize: 12 });
    // Raising k above the comment threshold alone is refused; null restores the defaults.
    expect(
      (await a.client.request('PUT', '/api/v1/settings/confidentiality', { minGroupSize: 13 })).status,
    ).toBe(400);
    expect((await b.client.get('/api/v1/settings/confidentiality')).body.minGroupSize).toBe(5);
    const reset = await a.client.request('PUT', '/api/v1/settings/confidentiality', {
      minGroupSize: null,
      minCommentGroupSize: null,
    });
    expect(reset.body).toMatchObject({ minGroupSize: 5, minCommentGroupSize: 10 });
  });
});

describe('programme schedules follow the workspace time zone', () => {
  it('keeps "monthly" on its local day of the month and a weekly run on its local hour', () => {
    // 1 April 00:30 in Ho Chi Minh City is 31 March 17:30 UTC: a month later is 1 May locally, not 2 May.
    const april = new Date('2026-03-31T17:30:00Z');
    expect(advanceCadence(april, 'monthly', 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2026-04-30T17:30:00.000Z',
    );
    expect(advanceCadence(april, 'monthly').toISOString()).toBe('2026-05-01T17:30:00.000Z');
    expect(advanceCadence(april, 'quarterly', 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2026-06-30T17:30:00.000Z',
    );
    // 09:00 in Berlin before and after the clocks go forward (29 March 2026): 08:00 UTC, then 07:00 UTC.
    const beforeSummerTime = new Date('2026-03-23T08:00:00Z');
    expect(advanceCadence(beforeSummerTime, 'weekly', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    expect(advanceCadence(beforeSummerTime, 'weekly').toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });
});
