import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let smtp: SmtpSink;
const anonymous = () => new TestClient(app);

const SURVEY = {
  name: 'Delivery NPS',
  defaultLanguage: 'en',
  languages: ['en', 'vi'],
  questions: [
    {
      id: 'q1',
      type: 'nps',
      required: true,
      text: { en: 'How likely are you to recommend us?', vi: 'Bạn có sẵn lòng giới thiệu chúng tôi không?' },
    },
  ],
};

beforeAll(async () => {
  smtp = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: smtp.url });
  app = touchpoint.app as FastifyInstance;
  admin = (await signUp(app, 'Lotus Retail')).client;
});
afterAll(async () => {
  await touchpoint.stop();
  await smtp.close();
});

async function publishedSurvey(distribution?: unknown) {
  const created = await admin.post('/api/v1/surveys', {
    ...SURVEY,
    ...(distribution ? { distribution } : {}),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await admin.post(`/api/v1/surveys/${created.body.id}/publish`);
  return created.body as { id: string };
}

function linkIn(text: string, path: string): URL {
  const match = new RegExp(`http://touchpoint\\.test${path}[^\\s"<]*`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return new URL(match[0]);
}

describe('email invitations over SMTP', () => {
  it('sends personal links in the recipient language, reminds non-respondents, and the link works', async () => {
    const survey = await publishedSurvey();
    const response = await admin.post(`/api/v1/surveys/${survey.id}/invitations`, {
      channel: 'email',
      recipients: [
        { email: 'an@example.com', name: 'An', language: 'vi' },
        { email: 'bob@example.com', name: 'Bob' },
        { email: 'not-an-address' },
        { email: 'AN@example.com' },
      ],
      remindAfterDays: 3,
    });
    expect(response.status).toBe(200);
    expect(response.body.sent.map((s: { email: string }) => s.email)).toEqual([
      'an@example.com',
      'bob@example.com',
    ]);
    expect(
      response.body.skipped.map((s: { email: string; reason: string }) => `${s.email}:${s.reason}`),
    ).toEqual(['not-an-address:invalid_address', 'an@example.com:duplicate']);

    const [toAn] = await smtp.waitForTo('an@example.com');
    const [toBob] = await smtp.waitForTo('bob@example.com');
    expect(toAn?.subject).toBe('Lotus Retail: một câu hỏi ngắn dành cho bạn');
    expect(toAn?.text).toContain('Chào An,');
    expect(toAn?.text).toContain('Bạn có sẵn lòng giới thiệu chúng tôi không?');
    expect(toBob?.subject).toBe('Lotus Retail: one quick question for you');
    expect(JSON.stringify(toBob?.headers.get('list'))).toContain('http://touchpoint.test/u/');

    // An answers through her personal link: the response is hers, and the link is spent.
    const anLink = linkIn(toAn?.text ?? '', `/s/${survey.id}`);
    expect(anLink.searchParams.get('lang')).toBe('vi');
    const answered = await anonymous().post(`/api/v1/public/surveys/${survey.id}/responses`, {
      answers: { q1: 9 },
      finished: true,
      language: anLink.searchParams.get('lang'),
      linkToken: anLink.searchParams.get('t'),
    });
    expect(answered.status).toBe(201);
    const stored = await admin.get(`/api/v1/responses/${answered.body.id}`);
    expect(stored.body.contactId).toBe(response.body.sent[0].contactId);

    // Three days later: only Bob, who has not answered, gets a reminder with the same link.
    await touchpoint.database.db
      .updateTable('surveyInvitations')
      .set({ reminderDueAt: new Date(Date.now() - 1000) })
      .execute();
    await touchpoint.ctx.jobs.send(touchpoint.jobs.sendReminders, {});
    const [, reminder] = await smtp.waitForTo('bob@example.com', 2);
    expect(reminder?.subject).toBe('Reminder from Lotus Retail: we would still love your answer');
    expect(linkIn(reminder?.text ?? '', `/s/${survey.id}`).searchParams.get('t')).toBe(
      linkIn(toBob?.text ?? '', `/s/${survey.id}`).searchParams.get('t'),
    );
    const invitations = await admin.get(`/api/v1/surveys/${survey.id}/invitations`);
    const byEmail = Object.fromEntries(invitations.body.items.map((i: { email: string }) => [i.email, i]));
    expect(byEmail['an@example.com']).toMatchObject({ status: 'sent', answered: true, remindedAt: null });
    expect(byEmail['bob@example.com']).toMatchObject({
      status: 'sent',
      answered: false,
      remindedAt: expect.any(String),
    });
  });

  it('honours an unsubscribe on every later invitation', async () => {
    const survey = await publishedSurvey();
    await admin.post(`/api/v1/surveys/${survey.id}/invitations`, {
      channel: 'email',
      recipients: [{ email: 'carol@example.com' }],
    });
    const [mail] = await smtp.waitForTo('carol@example.com');
    const token = linkIn(mail?.text ?? '', '/u/')
      .pathname.split('/')
      .pop() as string;
    const preview = await anonymous().get(`/api/v1/public/unsubscribe/${token}`);
    expect(preview.body).toEqual({
      workspaceName: 'Lotus Retail',
      email: 'carol@example.com',
      unsubscribed: false,
    });
    expect((await anonymous().post(`/api/v1/public/unsubscribe/${token}`)).body.unsubscribed).toBe(true);
    const other = await publishedSurvey();
    const again = await admin.post(`/api/v1/surveys/${other.id}/invitations`, {
      channel: 'email',
      recipients: [{ email: 'carol@example.com' }],
    });
    expect(again.body.sent).toEqual([]);
    expect(again.body.skipped).toEqual([
      { email: 'carol@example.com', reason: 'unsubscribed', detail: expect.any(String) },
    ]);
  });

  it('refuses to invite to a draft, and says clearly when email is not configured', async () => {
    const draft = await admin.post('/api/v1/surveys', SURVEY);
    const response = await admin.post(`/api/v1/surveys/${draft.body.id}/invitations`, {
      channel: 'email',
      recipients: [{ email: 'x@example.com' }],
    });
    expect(response.status).toBe(409);
    const noMail = await startTestTouchpoint();
    try {
      const other = (await signUp(noMail.app as FastifyInstance)).client;
      const created = await other.post('/api/v1/surveys', SURVEY);
      await other.post(`/api/v1/surveys/${created.body.id}/publish`);
      const refused = await other.post(`/api/v1/surveys/${created.body.id}/invitations`, {
        channel: 'email',
        recipients: [{ email: 'x@example.com' }],
      });
      expect(refused.status).toBe(422);
      expect(refused.body.detail).toContain('SMTP_URL');
    } finally {
      await noMail.stop();
    }
  });
});

describe('contact budget', () => {
  it('skips a contact over the budget with the reason, but lets a high-priority survey through', async () => {
    const put = await admin.request('PUT', '/api/v1/settings/contact-budget', { maxSurveys: 1, perDays: 7 });
    expect(put.body).toEqual({ contactBudget: { maxSurveys: 1, perDays: 7 } });
    const weekly = await publishedSurvey({ cadenceDays: 7 });
    const other = await publishedSurvey();
    const relationship = await publishedSurvey({ cadenceDays: 90 });
    const first = await admin.post(`/api/v1/surveys/${weekly.id}/invitations`, {
      channel: 'email',
      recipients: [{ email: 'dan@example.com' }],
    });
    expect(first.body.sent).toHaveLength(1);
    const second = await admin.post(`/api/v1/surveys/${other.id}/invitations`, {
      channel: 'email',
      recipients: [{ email: 'dan@example.com' }],
    });
    expect(second.body.skipped[0]).toMatchObject({
      reason: 'over_budget',
      detail: expect.stringContaining('budget: 1'),
    });
    // The quarterly relationship survey outranks the weekly one, so it is not starved.
    const third = await admin.post(`/api/v1/surveys/${relationship.id}/invitations`, {
      channel: 'email',
      recipients: [{ email: 'dan@example.com' }],
    });
    expect(third.body.sent).toHaveLength(1);
    // The skip is visible on the person's timeline.
    const contactId = first.body.sent[0].contactId;
    const timeline = await admin.get(`/api/v1/contacts/${contactId}/timeline`);
    const skipped = timeline.body.items.find(
      (i: { kind: string; data: { status: string } }) =>
        i.kind === 'invitation' && i.data.status === 'skipped',
    );
    expect(skipped.data.skipReason).toBe('over_budget');
    await admin.delete('/api/v1/settings/contact-budget');
  });

  it('refuses an invalid budget with a 400 naming the field', async () => {
    const response = await admin.request('PUT', '/api/v1/settings/contact-budget', {
      maxSurveys: 0,
      perDays: 7,
    });
    expect(response.status).toBe(400);
    expect(response.body.invalidParams[0].name).toBe('body.maxSurveys');
  });
});

describe('event-triggered surveys', () => {
  it('invites a contact after a tracked event, once, and shows it on their timeline', async () => {
    const survey = await publishedSurvey({
      triggers: [{ event: 'order.delivered', delayMinutes: 0, channel: 'email' }],
    });
    const tracked = await admin.post('/api/v1/contacts/track', {
      contact: { email: 'erin@example.com', externalId: 'CUS-9' },
      event: 'order.delivered',
      properties: { orderId: 'DH42' },
    });
    expect(tracked.status).toBe(201);
    const [mail] = await smtp.waitForTo('erin@example.com');
    expect(linkIn(mail?.text ?? '', `/s/${survey.id}`).searchParams.get('t')).toBeTruthy();
    const timeline = await admin.get(`/api/v1/contacts/${tracked.body.contactId}/timeline`);
    const kinds = timeline.body.items.map((i: { kind: string; name: string }) => `${i.kind}:${i.name}`);
    expect(kinds).toEqual(expect.arrayContaining(['event:order.delivered', 'invitation:Delivery NPS']));
    const invitation = timeline.body.items.find((i: { kind: string }) => i.kind === 'invitation');
    expect(invitation.data.trigger).toBe(`order.delivered#${tracked.body.eventId}`);
  });

  it('records a skip for a contact without an email address', async () => {
    await publishedSurvey({ triggers: [{ event: 'ticket.closed', delayMinutes: 0, channel: 'email' }] });
    const tracked = await admin.post('/api/v1/contacts/track', {
      contact: { phone: '+84 900 000 001' },
      event: 'ticket.closed',
    });
    const deadline = Date.now() + 20_000;
    let items: { kind: string; data: { skipReason?: string } }[] = [];
    while (Date.now() < deadline) {
      items = (await admin.get(`/api/v1/contacts/${tracked.body.contactId}/timeline`)).body.items;
      if (items.some((i) => i.kind === 'invitation')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(items.find((i) => i.kind === 'invitation')?.data.skipReason).toBe('no_email');
  });
});
