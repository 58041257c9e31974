import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { apiKeyClient, signUp, TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let anonymous: TestClient;
let smtp: SmtpSink;

const SURVEY = {
  name: 'Delivery NPS',
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
    { id: 'q3', type: 'open_text', text: { en: 'Why?' } },
  ],
};

beforeAll(async () => {
  smtp = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: smtp.url });
  app = touchpoint.app as FastifyInstance;
  admin = (await signUp(app)).client;
  anonymous = new TestClient(app);
});
afterAll(async () => {
  await touchpoint.stop();
  await smtp.close();
});

async function publishedSurvey(): Promise<{ id: string }> {
  const created = await admin.post('/api/v1/surveys', SURVEY);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await admin.post(`/api/v1/surveys/${created.body.id}/publish`)).status).toBe(200);
  return created.body;
}

function submit(surveyId: string, key: string, body: Record<string, unknown>) {
  return anonymous.request('POST', `/api/v1/public/surveys/${surveyId}/responses`, body, {
    'idempotency-key': `${key}-${surveyId}`,
  });
}

async function completedResponses(surveyId: string) {
  const list = await admin.get(`/api/v1/responses?surveyId=${surveyId}&finished=true&limit=100`);
  expect(list.status).toBe(200);
  return list.body.items as { id: string; answers: Record<string, unknown> }[];
}

describe('a single-use personal link completes one response', () => {
  it('refuses the second completion of partial responses started under other keys (409), and keeps the first', async () => {
    const survey = await publishedSurvey();
    const link = await admin.post(`/api/v1/surveys/${survey.id}/links`, {
      contact: { email: 'mai@example.com' },
    });
    expect(link.status).toBe(201);
    const token = link.body.token as string;

    for (const [key, score] of [
      ['key-a', 9],
      ['key-b', 2],
      ['key-c', 0],
    ] as const) {
      const started = await submit(survey.id, key, {
        answers: { q1: score },
        finished: false,
        linkToken: token,
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
    }
    const first = await submit(survey.id, 'key-a', { answers: { q3: 'Great courier' }, finished: true });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.finished).toBe(true);

    // With the token again, and without it (the key alone is enough to address the partial response).
    const second = await submit(survey.id, 'key-b', {
      answers: { q3: 'Terrible' },
      finished: true,
      linkToken: token,
    });
    expect(second.status).toBe(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(second.body.code).toBe('LINK_USED');
    const third = await submit(survey.id, 'key-c', { answers: { q3: 'Awful' }, finished: true });
    expect(third.status).toBe(409);
    expect(third.body.code).toBe('LINK_USED');

    const completed = await completedResponses(survey.id);
    expect(completed.map((r) => r.id)).toEqual([first.body.id]);
    expect(completed[0]?.answers).toMatchObject({ q1: 9, q3: 'Great courier' });
    // A retry of the first completion is still answered as before.
    const retry = await submit(survey.id, 'key-a', { answers: { q3: 'Great courier' }, finished: true });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
  });

  it('lets exactly one of two simultaneous completions win', async () => {
    const survey = await publishedSurvey();
    const link = await admin.post(`/api/v1/surveys/${survey.id}/links`, {});
    const token = link.body.token as string;
    for (const key of ['left', 'right']) {
      expect(
        (await submit(survey.id, key, { answers: { q1: 5 }, finished: false, linkToken: token })).status,
      ).toBe(201);
    }
    const outcomes = await Promise.all(
      ['left', 'right'].map((key) =>
        submit(survey.id, key, { answers: {}, finished: true, linkToken: token }),
      ),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual([201, 409]);
    expect(await completedResponses(survey.id)).toHaveLength(1);
  });

  it('claims the link when a response started without a token is finished with one', async () => {
    const survey = await publishedSurvey();
    const link = await admin.post(`/api/v1/surveys/${survey.id}/links`, {
      contact: { email: 'lan@example.com' },
    });
    const token = link.body.token as string;
    const outcomes: number[] = [];
    for (const key of ['late-1', 'late-2', 'late-3']) {
      const started = await submit(survey.id, key, { answers: { q1: 4 }, finished: false });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      outcomes.push((await submit(survey.id, key, { answers: {}, finished: true, linkToken: token })).status);
    }
    expect(outcomes).toEqual([201, 409, 409]);
    expect(await completedResponses(survey.id)).toHaveLength(1);
  });

  it('refuses a different link under a key started with another (400)', async () => {
    const survey = await publishedSurvey();
    const first = (await admin.post(`/api/v1/surveys/${survey.id}/links`, {})).body.token as string;
    const other = (await admin.post(`/api/v1/surveys/${survey.id}/links`, {})).body.token as string;
    expect(
      (await submit(survey.id, 'swap', { answers: { q1: 6 }, finished: false, linkToken: first })).status,
    ).toBe(201);
    const swapped = await submit(survey.id, 'swap', { answers: {}, finished: true, linkToken: other });
    expect(swapped.status).toBe(400);
    expect(swapped.body.code).toBe('VALIDATION_FAILED');
    expect(await completedResponses(survey.id)).toHaveLength(0);
  });

  it('still lets a reusable link complete many responses', async () => {
    const survey = await publishedSurvey();
    const link = await admin.post(`/api/v1/surveys/${survey.id}/links`, { singleUse: false });
    const token = link.body.token as string;
    for (const key of ['one', 'two']) {
      expect(
        (await submit(survey.id, key, { answers: { q1: 7 }, finished: true, linkToken: token })).status,
      ).toBe(201);
    }
    expect(await completedResponses(survey.id)).toHaveLength(2);
  });
});

describe('one redaction policy: roles without pii.read never read personal data', () => {
  const EMAIL = 'jo.bloggs@example.com';
  const PHONE = '+44 20 7946 0958';
  const CARD = '4111 1111 1111 1111';
  const TEXT = `Charged twice on card ${CARD}; write to ${EMAIL} or call ${PHONE}.`;
  let viewer: TestClient;
  let analyst: TestClient;

  beforeAll(async () => {
    viewer = (await apiKeyClient(admin, 'viewer')).client;
    analyst = (await apiKeyClient(admin, 'analyst')).client;
  });

  function expectRedacted(value: unknown, secrets: string[]) {
    const text = JSON.stringify(value);
    for (const secret of secrets) expect(text).not.toContain(secret);
  }

  it('redacts phones, emails and card numbers in reviews, as in responses', async () => {
    const imported = await admin.post('/api/v1/reviews', {
      items: [
        {
          source: 'google',
          externalId: 'pii-review',
          rating: 1,
          title: `Call ${PHONE}`,
          text: TEXT,
          postedAt: '2026-12-01T10:00:00Z',
        },
      ],
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);

    const seen = await viewer.get('/api/v1/reviews?source=google');
    expect(seen.status).toBe(200);
    const review = seen.body.items.find((r: { externalId: string }) => r.externalId === 'pii-review');
    expectRedacted(review, [EMAIL, PHONE, CARD, '7946', '1111 1111']);
    expect(review.text).toContain('[card]');
    expect(review.text).toContain('[email]');
    expect(review.text).toContain('[phone]');
    expect(review.title).toBe('Call [phone]');
    const asAdmin = await admin.get('/api/v1/reviews?source=google');
    expect(
      asAdmin.body.items.find((r: { externalId: string }) => r.externalId === 'pii-review'),
    ).toMatchObject({
      text: TEXT,
      title: `Call ${PHONE}`,
    });
  });

  it('redacts free-text answers and hidden fields of responses, and answers in a contact timeline', async () => {
    const created = await admin.post('/api/v1/surveys', { ...SURVEY, hiddenFields: ['email'] });
    await admin.post(`/api/v1/surveys/${created.body.id}/publish`);
    const submitted = await submit(created.body.id, 'pii-response', {
      answers: { q1: 2, q3: TEXT },
      hiddenFields: { email: EMAIL },
      contact: { email: 'timeline.customer@example.com' },
      finished: true,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);

    const seen = await viewer.get(`/api/v1/responses/${submitted.body.id}`);
    expect(seen.status).toBe(200);
    expectRedacted(seen.body, [EMAIL, PHONE, CARD]);
    expect(seen.body.hiddenFields.email).toBe('[email]');
    const asAdmin = await admin.get(`/api/v1/responses/${submitted.body.id}`);
    expect(asAdmin.body.answers.q3).toBe(TEXT);
    expect(asAdmin.body.hiddenFields.email).toBe(EMAIL);

    // An analyst may read contacts (contacts.read) but not personal data inside what they wrote.
    const contactId = asAdmin.body.contactId as string;
    const timeline = await analyst.get(`/api/v1/contacts/${contactId}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.items.length).toBeGreaterThan(0);
    expectRedacted(timeline.body, [EMAIL, PHONE, CARD]);
    const adminTimeline = await admin.get(`/api/v1/contacts/${contactId}/timeline`);
    expect(JSON.stringify(adminTimeline.body)).toContain(CARD);
  });

  it('hides recipient emails of survey invitations from a viewer', async () => {
    const survey = await publishedSurvey();
    const recipient = 'ana.recipient@example.com';
    const sent = await admin.post(`/api/v1/surveys/${survey.id}/invitations`, {
      channel: 'email',
      recipients: [{ email: recipient, name: 'Ana' }],
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);

    const seen = await viewer.get(`/api/v1/surveys/${survey.id}/invitations`);
    expect(seen.status).toBe(200);
    expect(seen.body.items).toHaveLength(1);
    expect(seen.body.items[0].email).toBe('[email]');
    expectRedacted(seen.body, [recipient]);
    const asAdmin = await admin.get(`/api/v1/surveys/${survey.id}/invitations`);
    expect(asAdmin.body.items[0].email).toBe(recipient);
  });

  it("hides the customer's email and name in a case's follow-ups and activities from a viewer", async () => {
    const customerEmail = 'thanh.customer@example.com';
    const customerName = 'Thanh Nguyen';
    const identified = await admin.post('/api/v1/contacts/identify', {
      email: customerEmail,
      attributes: { name: customerName },
    });
    expect(identified.status, JSON.stringify(identified.body)).toBeLessThan(300);
    const created = await admin.post('/api/v1/cases', {
      title: `Refund for ${customerName}`,
      description: `Asked to be called on ${PHONE}`,
      contactId: identified.body.contact.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const caseId = created.body.id as string;
    expect((await admin.post(`/api/v1/cases/${caseId}/follow-ups`, { template: 'check_in' })).status).toBe(
      202,
    );
    await smtp.waitForTo(customerEmail);
    const deadline = Date.now() + 20_000;
    let detail = await admin.get(`/api/v1/cases/${caseId}`);
    while (!detail.body.activities.some((a: { kind: string }) => a.kind === 'follow_up_sent')) {
      if (Date.now() > deadline) throw new Error('the follow-up was not marked sent');
      await new Promise((resolve) => setTimeout(resolve, 200));
      detail = await admin.get(`/api/v1/cases/${caseId}`);
    }
    const sentBy = (body: { activities: { kind: string; body: string }[] }) =>
      body.activities.find((a) => a.kind === 'follow_up_sent')?.body;
    expect(sentBy(detail.body)).toBe(customerEmail);
    expect(detail.body.followUps[0].body).toContain(`Hi ${customerName},`);
    expect(detail.body.description).toContain(PHONE);

    const seen = await viewer.get(`/api/v1/cases/${caseId}`);
    expect(seen.status).toBe(200);
    expectRedacted(seen.body, [customerEmail, customerName, 'Thanh', PHONE]);
    expect(sentBy(seen.body)).toBe('[email]');
    expect(seen.body.followUps[0].body).toContain('Hi [name],');
    expect(seen.body.title).toBe('Refund for [name]');
    const list = await viewer.get('/api/v1/cases');
    expectRedacted(list.body, [customerEmail, customerName]);
  });

  it("masks the contact's own name in case titles listed in an action plan for a viewer", async () => {
    const identified = await admin.post('/api/v1/contacts/identify', {
      email: 'quynh.plan@example.com',
      attributes: { name: 'Quynh Tran' },
    });
    expect(identified.status, JSON.stringify(identified.body)).toBeLessThan(300);
    const created = await admin.post('/api/v1/cases', {
      title: 'Late parcel for Quynh Tran',
      contactId: identified.body.contact.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const plan = await admin.post('/api/v1/action-plans', { title: 'Faster parcels' });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    const linked = await admin.post(`/api/v1/action-plans/${plan.body.id}/cases`, {
      caseIds: [created.body.id],
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);

    const seen = await viewer.get(`/api/v1/action-plans/${plan.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.cases[0].title).toBe('Late parcel for [name]');
    const asAdmin = await admin.get(`/api/v1/action-plans/${plan.body.id}`);
    expect(asAdmin.body.cases[0].title).toBe('Late parcel for Quynh Tran');
  });

  it('lets a viewer search cases by number only, so a redacted title cannot be guessed', async () => {
    const created = await admin.post('/api/v1/cases', { title: 'Escalated by minh.secret@example.org' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const number = created.body.number as number;
    for (const q of ['minh.secret@', 'minh', 'example.org']) {
      const asAdmin = await admin.get(`/api/v1/cases?q=${encodeURIComponent(q)}`);
      expect(asAdmin.body.items.map((c: { id: string }) => c.id)).toContain(created.body.id);
      const asViewer = await viewer.get(`/api/v1/cases?q=${encodeURIComponent(q)}`);
      expect(asViewer.status).toBe(200);
      expect(asViewer.body.items).toEqual([]);
    }
    const byNumber = await viewer.get(`/api/v1/cases?q=%23${number}`);
    expect(byNumber.body.items.map((c: { id: string }) => c.id)).toEqual([created.body.id]);
  });
});
