import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Employee invitations (issue 14): every active person of the directory gets a personal link by email
// through the one invitation machinery; an anonymous answer through that link keeps nothing that
// identifies, while completion is recorded apart so the reminder reaches only those who have not answered;
// the per-employee survey budget holds back a further survey.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let smtp: SmtpSink;
let a: { client: TestClient; workspaceId: string };
let b: { client: TestClient; workspaceId: string };
const publicClient = () => new TestClient(app);

const PEOPLE = [
  { email: 'lan@staff.example', name: 'Lan', department: 'Sales', location: 'HCMC' },
  { email: 'minh@staff.example', name: 'Minh', department: 'Sales', location: 'Hanoi' },
  {
    email: 'hoa@staff.example',
    name: 'Hoa',
    department: 'Legal',
    location: 'HCMC',
    attributes: { language: 'vi' },
  },
  { email: 'gone@staff.example', name: 'Gone', department: 'Legal', location: 'HCMC' },
];

beforeAll(async () => {
  smtp = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: smtp.url });
  app = touchpoint.app as FastifyInstance;
  const signedA = await signUp(app, 'Staff A');
  const signedB = await signUp(app, 'Staff B');
  a = { client: signedA.client, workspaceId: signedA.me.workspace.id };
  b = { client: signedB.client, workspaceId: signedB.me.workspace.id };
  const imported = await a.client.post('/api/v1/employees/import', { items: PEOPLE });
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  // "gone" leaves: a full import without them marks them as having left.
  const full = await a.client.post('/api/v1/employees/import', { items: PEOPLE.slice(0, 3), full: true });
  expect(full.status, JSON.stringify(full.body)).toBe(200);
});
afterAll(async () => {
  await touchpoint?.stop();
  await smtp?.close();
});

async function pulse(client: TestClient, name: string, extra: Record<string, unknown> = {}) {
  const created = await client.post('/api/v1/surveys', {
    name,
    defaultLanguage: 'en',
    languages: ['en', 'vi'],
    audience: 'employees',
    anonymous: true,
    reportingAttributes: ['department'],
    questions: [
      {
        id: 'enps',
        type: 'nps',
        required: true,
        text: { en: 'Would you recommend working here?', vi: 'Bạn có giới thiệu nơi làm việc này không?' },
      },
      { id: 'why', type: 'open_text', text: { en: 'Why?', vi: 'Vì sao?' } },
    ],
    ...extra,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await client.post(`/api/v1/surveys/${created.body.id}/publish`)).status).toBe(200);
  return created.body.id as string;
}

function linkIn(text: string, surveyId: string): URL {
  const match = new RegExp(`http://touchpoint\\.test/s/${surveyId}[^\\s"<]*`).exec(text);
  if (!match) throw new Error(`no survey link in: ${text}`);
  return new URL(match[0]);
}

describe('employee invitations by email', () => {
  let surveyId: string;
  let sent: { email: string; employeeId: string; invitationId: string }[];

  beforeAll(async () => {
    surveyId = await pulse(a.client, 'eNPS December');
    const response = await a.client.post(`/api/v1/surveys/${surveyId}/invitations`, {
      channel: 'email',
      audience: 'employees',
      remindAfterDays: 3,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    sent = response.body.sent;
  });

  it('sends every active employee (never a leaver) a personal link in their language, without making contacts', async () => {
    expect(sent.map((s) => s.email).sort()).toEqual([
      'hoa@staff.example',
      'lan@staff.example',
      'minh@staff.example',
    ]);
    for (const s of sent) expect(s.employeeId).toEqual(expect.any(String));
    const [toHoa] = await smtp.waitForTo('hoa@staff.example');
    const [toLan] = await smtp.waitForTo('lan@staff.example');
    expect(toHoa?.text).toContain('Chào Hoa,');
    expect(toHoa?.text).toContain('Câu trả lời của bạn được ẩn danh');
    expect(toLan?.text).toContain('Hi Lan,');
    expect(toLan?.text).toContain('Your answers are anonymous');
    // Staff surveys are part of work: no unsubscribe link or header.
    expect(toLan?.text).not.toContain('/u/');
    expect(toLan?.headers.get('list')).toBeUndefined();
    expect(linkIn(toHoa?.text ?? '', surveyId).searchParams.get('lang')).toBe('vi');

    const contacts = await touchpoint.ctx.db
      .selectFrom('contacts')
      .select('id')
      .where('workspaceId', '=', a.workspaceId)
      .execute();
    expect(contacts).toEqual([]);
    // Sending again asks nobody twice.
    const again = await a.client.post(`/api/v1/surveys/${surveyId}/invitations`, {
      channel: 'email',
      audience: 'employees',
    });
    expect(again.status).toBe(200);
    expect(again.body.sent).toEqual([]);
    expect(again.body.skipped.map((s: { reason: string }) => s.reason)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
  });

  it('takes the answer through the link, stores nothing that identifies, and reminds only the others', async () => {
    const [toLan] = await smtp.waitForTo('lan@staff.example');
    const link = linkIn(toLan?.text ?? '', surveyId);
    const token = link.searchParams.get('t') as string;
    // The hosted page sends each step: a step is acknowledged and not kept.
    const step = await publicClient().post(`/api/v1/public/surveys/${surveyId}/responses`, {
      answers: { enps: 3 },
      finished: false,
      linkToken: token,
    });
    expect(step.status, JSON.stringify(step.body)).toBeLessThan(300);
    const answered = await publicClient().request(
      'POST',
      `/api/v1/public/surveys/${surveyId}/responses`,
      {
        answers: { enps: 3, why: 'Too many meetings' },
        finished: true,
        channel: 'email',
        linkToken: token,
        meta: { userAgent: 'Lan-laptop/1.0' },
      },
      { 'idempotency-key': 'lan-final-1' },
    );
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    // A retry of the same submission is answered alike; the spent link refuses a new one.
    const retry = await publicClient().request(
      'POST',
      `/api/v1/public/surveys/${surveyId}/responses`,
      { answers: { enps: 3, why: 'Too many meetings' }, finished: true, channel: 'email', linkToken: token },
      { 'idempotency-key': 'lan-final-1' },
    );
    expect(retry.status).toBeLessThan(300);
    expect(retry.body.id).toBe(answered.body.id);
    const reuse = await publicClient().post(`/api/v1/public/surveys/${surveyId}/responses`, {
      answers: { enps: 10 },
      finished: true,
      linkToken: token,
    });
    expect(reuse.status).toBe(409);
    expect(reuse.body.code).toBe('LINK_USED');
    const bad = await publicClient().post(`/api/v1/public/surveys/${surveyId}/responses`, {
      answers: { enps: 10 },
      finished: true,
      linkToken: 'not-a-real-token-at-all',
    });
    expect(bad.status).toBe(400);

    const rows = await sql<Record<string, unknown>>`
      select * from responses where survey_id = ${surveyId}`.execute(touchpoint.ctx.db);
    expect(rows.rows).toHaveLength(1);
    const row = rows.rows[0] as Record<string, unknown>;
    expect(row.contactId).toBeNull();
    expect(row.linkId).toBeNull();
    expect(row.meta).toEqual({});
    // The department comes from the directory (through the link), nothing else.
    expect(row.hiddenFields).toEqual({ department: 'Sales' });
    expect(new Date(row.createdAt as string).getUTCHours()).toBe(0);
    expect(new Date(row.createdAt as string).getUTCMinutes()).toBe(0);
    const serialised = JSON.stringify({ ...row, answers: undefined });
    expect(serialised).not.toContain('staff.example');
    expect(serialised).not.toContain(token);
    expect(serialised).not.toContain('Lan-laptop');
    // The link is spent with the day only; the completion names Lan, with nothing that points to the answer.
    const spent = await sql<{ usedAt: Date }>`
      select used_at from survey_links where survey_id = ${surveyId} and used_at is not null`.execute(
      touchpoint.ctx.db,
    );
    expect(spent.rows).toHaveLength(1);
    expect(new Date(spent.rows[0]?.usedAt as Date).getUTCHours()).toBe(0);
    const lan = sent.find((s) => s.email === 'lan@staff.example');
    const completions = await sql<Record<string, unknown>>`
      select * from employee_survey_completions where survey_id = ${surveyId}`.execute(touchpoint.ctx.db);
    expect(completions.rows.map((c) => c.employeeId)).toEqual([lan?.employeeId]);

    // Three days later: Hoa and Minh get the reminder with the same link; Lan does not. Only an invitation
    // already sent can be reminded: wait until every first email has gone out (a busy machine delivers late).
    const deadline = Date.now() + 15_000;
    for (;;) {
      const pending = await touchpoint.ctx.db
        .selectFrom('surveyInvitations')
        .select('id')
        .where('surveyId', '=', surveyId)
        .where('status', '!=', 'sent')
        .execute();
      if (pending.length === 0) break;
      if (Date.now() > deadline) throw new Error(`${pending.length} invitations still not sent`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await touchpoint.ctx.db
      .updateTable('surveyInvitations')
      .set({ reminderDueAt: new Date(Date.now() - 1000) })
      .where('surveyId', '=', surveyId)
      .execute();
    await touchpoint.ctx.jobs.send(touchpoint.jobs.sendReminders, {});
    const [firstToMinh, reminder] = await smtp.waitForTo('minh@staff.example', 2);
    expect(reminder?.subject).toContain('Reminder');
    expect(linkIn(reminder?.text ?? '', surveyId).searchParams.get('t')).toBe(
      linkIn(firstToMinh?.text ?? '', surveyId).searchParams.get('t'),
    );
    await smtp.waitForTo('hoa@staff.example', 2);
    const invitations = await a.client.get(`/api/v1/surveys/${surveyId}/invitations`);
    expect(invitations.status).toBe(200);
    const byEmail = Object.fromEntries(
      invitations.body.items.map((i: { email: string }) => [i.email, i] as const),
    );
    expect(byEmail['lan@staff.example']).toMatchObject({
      status: 'sent',
      answered: true,
      remindedAt: null,
      contactId: null,
      employeeId: lan?.employeeId,
    });
    expect(byEmail['minh@staff.example']).toMatchObject({ answered: false, remindedAt: expect.any(String) });
    expect(smtp.messages.filter((m) => JSON.stringify(m.to).includes('lan@staff.example'))).toHaveLength(1);
  });

  it('holds back a survey over the per-employee budget, and refuses the wrong audience', async () => {
    const put = await a.client.request('PUT', '/api/v1/settings/employee-survey-budget', {
      maxSurveys: 1,
      perDays: 30,
    });
    expect(put.status).toBe(200);
    expect((await a.client.get('/api/v1/settings/employee-survey-budget')).body).toEqual({
      employeeSurveyBudget: { maxSurveys: 1, perDays: 30 },
    });
    const second = await pulse(a.client, 'Engagement pulse');
    const held = await a.client.post(`/api/v1/surveys/${second}/invitations`, {
      channel: 'email',
      audience: 'employees',
      departments: ['Sales'],
    });
    expect(held.status).toBe(200);
    expect(held.body.sent).toEqual([]);
    expect(held.body.skipped.map((s: { email: string; reason: string }) => `${s.email}:${s.reason}`)).toEqual(
      ['lan@staff.example:over_budget', 'minh@staff.example:over_budget'],
    );
    expect((await a.client.delete('/api/v1/settings/employee-survey-budget')).body).toEqual({
      employeeSurveyBudget: null,
    });
    const bySales = await a.client.post(`/api/v1/surveys/${second}/invitations`, {
      channel: 'email',
      audience: 'employees',
      departments: ['Sales'],
    });
    expect(bySales.body.sent.map((s: { email: string }) => s.email)).toEqual([
      'lan@staff.example',
      'minh@staff.example',
    ]);
    // An employee programme is not sent to customer addresses; a customer survey not to the directory.
    const toCustomers = await a.client.post(`/api/v1/surveys/${second}/invitations`, {
      channel: 'email',
      recipients: [{ email: 'someone@customer.example' }],
    });
    expect(toCustomers.status).toBe(422);
    const customerSurvey = await a.client.post('/api/v1/surveys', {
      name: 'Customer NPS',
      defaultLanguage: 'en',
      questions: [{ id: 'q1', type: 'nps', text: { en: 'Recommend us?' } }],
    });
    await a.client.post(`/api/v1/surveys/${customerSurvey.body.id}/publish`);
    const wrong = await a.client.post(`/api/v1/surveys/${customerSurvey.body.id}/invitations`, {
      channel: 'email',
      audience: 'employees',
    });
    expect(wrong.status).toBe(422);
    const mixed = await a.client.post(`/api/v1/surveys/${second}/invitations`, {
      channel: 'email',
      audience: 'employees',
      recipients: [{ email: 'x@staff.example' }],
    });
    expect(mixed.status).toBe(400);
  });

  it('keeps workspaces apart: B cannot invite A’s staff or use A’s survey', async () => {
    const other = await b.client.post(`/api/v1/surveys/${surveyId}/invitations`, {
      channel: 'email',
      audience: 'employees',
    });
    expect(other.status).toBe(404);
    const own = await pulse(b.client, 'B pulse');
    const none = await b.client.post(`/api/v1/surveys/${own}/invitations`, {
      channel: 'email',
      audience: 'employees',
    });
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ sent: [], skipped: [] });
  });
});
