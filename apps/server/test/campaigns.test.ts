import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Campaigns: a survey or an email template sent to a segment through the local SMTP sink — each person in
// their language, the contact budget and unsubscribes respected, skips kept with their reason, and results
// (sent, skipped by reason, opened via link clicks, answered) on the campaign.

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let smtp: SmtpSink;
let workspaceId: string;
let segmentId: string;
const people: Record<string, string> = {};

const SURVEY = {
  name: 'Quarterly NPS',
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

async function publishedSurvey(name: string) {
  const created = await admin.post('/api/v1/surveys', { ...SURVEY, name });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await admin.post(`/api/v1/surveys/${created.body.id}/publish`);
  return created.body.id as string;
}

async function finished(id: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const campaign = await admin.get(`/api/v1/campaigns/${id}`);
    if (campaign.body.status === 'sent' || campaign.body.status === 'failed') return campaign.body;
    if (Date.now() > deadline) throw new Error(`campaign still ${campaign.body.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function settled(id: string, sent: number) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const campaign = await admin.get(`/api/v1/campaigns/${id}`);
    if (campaign.body.results.sent >= sent) return campaign.body;
    if (Date.now() > deadline) throw new Error(`only ${campaign.body.results.sent} sent`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: smtp.url });
  app = touchpoint.app as FastifyInstance;
  const signed = await signUp(app, 'Lotus Retail');
  admin = signed.client;
  workspaceId = signed.me.workspace.id;
  for (const [key, body] of [
    ['an', { email: 'an@example.com', attributes: { tier: 'gold', name: 'An', language: 'vi' } }],
    ['bob', { email: 'bob@example.com', attributes: { tier: 'gold', name: 'Bob' } }],
    ['cai', { email: 'cai@example.com', attributes: { tier: 'gold', name: 'Cai' } }],
    ['dung', { externalId: 'dung-1', attributes: { tier: 'gold', name: 'Dung' } }],
    ['eve', { email: 'eve@example.com', attributes: { tier: 'silver' } }],
  ] as const) {
    const identified = await admin.post('/api/v1/contacts/identify', body);
    expect(identified.status, JSON.stringify(identified.body)).toBe(200);
    people[key] = identified.body.contact.id;
  }
  const segment = await admin.post('/api/v1/segments', {
    name: 'Gold customers',
    condition: { field: 'contact.tier', op: 'eq', value: 'gold' },
  });
  segmentId = segment.body.id;
  // Cai unsubscribed; Bob already had a survey this week and the budget is one per 30 days.
  await touchpoint.ctx.db
    .updateTable('contacts')
    .set({ unsubscribedAt: new Date() })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', people.cai as string)
    .execute();
  await admin.request('PUT', '/api/v1/settings/contact-budget', { maxSurveys: 1, perDays: 30 });
  const earlier = await publishedSurvey('Onboarding');
  const first = await admin.post(`/api/v1/surveys/${earlier}/invitations`, {
    channel: 'email',
    recipients: [{ email: 'bob@example.com' }],
  });
  expect(first.body.sent).toHaveLength(1);
  await smtp.waitForTo('bob@example.com');
});
afterAll(async () => {
  await touchpoint.stop();
  await smtp.close();
});

describe('survey campaign', () => {
  it('sends in each language, skips over budget / unsubscribed / no email with reasons, and counts answers', async () => {
    const surveyId = await publishedSurvey('Quarterly NPS');
    const created = await admin.post('/api/v1/campaigns', {
      name: 'Q4 gold NPS',
      segmentId,
      survey: { surveyId },
      send: true,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ kind: 'survey', segmentName: 'Gold customers', status: 'sending' });
    const done = await finished(created.body.id);
    expect(done.progress).toEqual({ total: 4, processed: 4 });
    const [toAn] = await smtp.waitForTo('an@example.com');
    expect(toAn?.subject).toBe('Lotus Retail: một câu hỏi ngắn dành cho bạn');
    expect(JSON.stringify(toAn?.headers.get('list'))).toContain('http://touchpoint.test/u/');
    const results = (await settled(created.body.id, 1)).results;
    expect(results).toMatchObject({
      recipients: 4,
      sent: 1,
      skipped: 3,
      skippedByReason: { over_budget: 1, unsubscribed: 1, no_email: 1 },
      opened: 0,
      answered: 0,
    });
    const skipped = await admin.get(`/api/v1/campaigns/${created.body.id}/recipients?status=skipped`);
    const byContact = Object.fromEntries(
      skipped.body.items.map((r: { contactId: string; skipReason: string; detail: string }) => [
        r.contactId,
        `${r.skipReason}: ${r.detail}`,
      ]),
    );
    expect(byContact[people.bob as string]).toMatch(
      /^over_budget: The contact already had 1 survey in the last 30 days/,
    );
    expect(byContact[people.cai as string]).toMatch(/^unsubscribed:/);
    expect(byContact[people.dung as string]).toBe('no_email: This contact has no email address.');

    // An answers through the campaign's link: opened and answered.
    const link = new URL(/http:\/\/touchpoint\.test\/s\/[^\s"<]+/.exec(toAn?.text ?? '')?.[0] as string);
    const answer = await new TestClient(app).post(`/api/v1/public/surveys/${surveyId}/responses`, {
      answers: { q1: 9 },
      finished: true,
      language: 'vi',
      linkToken: link.searchParams.get('t'),
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const after = await admin.get(`/api/v1/campaigns/${created.body.id}`);
    expect(after.body.results).toMatchObject({ opened: 1, answered: 1 });
    // Sent once: sending again is a conflict.
    expect((await admin.post(`/api/v1/campaigns/${created.body.id}/send`)).status).toBe(409);
  });
});

describe('email campaign', () => {
  it('sends the template in each language with tracked links and one-click unsubscribe; clicks count as opened', async () => {
    const template = await admin.post('/api/v1/email-templates', {
      name: 'Winter offer',
      defaultLanguage: 'en',
      content: {
        en: { subject: 'Winter offer for {{customerName}}', body: 'See https://shop.example/winter' },
        vi: { subject: 'Ưu đãi mùa đông cho {{customerName}}', body: 'Xem https://shop.example/winter' },
      },
    });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const created = await admin.post('/api/v1/campaigns', {
      name: 'Winter offer',
      segmentId,
      email: { templateId: template.body.id, priority: 'high' },
    });
    expect(created.body.status).toBe('draft');
    const send = await admin.post(`/api/v1/campaigns/${created.body.id}/send`);
    expect(send.status).toBe(202);
    const done = await finished(created.body.id);
    expect(done.status).toBe('sent');
    const [toAn] = await smtp.waitForTo('an@example.com', 2);
    const mails = await smtp.waitForTo('an@example.com', 2);
    const offer = mails.find((m) => m.subject?.startsWith('Ưu đãi'));
    expect(offer?.subject).toBe('Ưu đãi mùa đông cho An');
    expect(toAn).toBeDefined();
    expect(offer?.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    // A high-priority email is not starved by the earlier (normal) survey: Bob gets it.
    const [toBob] = await smtp
      .waitForTo('bob@example.com', 2)
      .then((m) => m.filter((x) => x.subject?.startsWith('Winter')));
    expect(toBob?.subject).toBe('Winter offer for Bob');
    const results = (await settled(created.body.id, 2)).results;
    expect(results).toMatchObject({
      recipients: 4,
      sent: 2,
      skippedByReason: { unsubscribed: 1, no_email: 1 },
    });
    const tracked = /http:\/\/touchpoint\.test(\/c\/\S+\/0)/.exec(offer?.text ?? '')?.[1] as string;
    const click = await app.inject({ method: 'GET', url: tracked });
    expect(click.statusCode).toBe(302);
    expect(click.headers.location).toBe('https://shop.example/winter');
    expect((await admin.get(`/api/v1/campaigns/${created.body.id}`)).body.results.opened).toBe(1);
    const list = await admin.get('/api/v1/campaigns');
    expect(list.body.items.map((c: { name: string }) => c.name)).toEqual(['Winter offer', 'Q4 gold NPS']);
  });
});

describe('template email links', () => {
  it("tracks only the template's own links: a customer named like a URL gets no redirect", async () => {
    const { queueTemplateEmail } = await import('../src/modules/campaigns/template-emails');
    const template = await admin.post('/api/v1/email-templates', {
      name: 'Hello link',
      defaultLanguage: 'en',
      content: {
        en: {
          subject: 'Hi {{customerName}}',
          body: 'Hi {{customerName}}, see https://shop.example/a?n={{customerName}}',
        },
      },
    });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const contact = await admin.post('/api/v1/contacts/identify', {
      email: 'evil-name@example.com',
      attributes: { name: 'https://evil.example/x' },
    });
    expect(contact.status, JSON.stringify(contact.body)).toBeLessThan(300);
    const contactId: string = contact.body.id ?? contact.body.contact?.id;
    const queued = await touchpoint.ctx.db.transaction().execute((tx) =>
      queueTemplateEmail(tx, 'http://touchpoint.test', {
        workspaceId,
        template: { id: template.body.id, defaultLanguage: 'en', content: template.body.content },
        contact: {
          id: contactId,
          email: 'evil-name@example.com',
          attributes: { name: 'https://evil.example/x' },
        },
        source: 'test',
      }),
    );
    const row = await touchpoint.ctx.db
      .selectFrom('templateEmails')
      .select(['body', 'links', 'clickToken'])
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', queued.id)
      .executeTakeFirstOrThrow();
    expect(row.links).toEqual([`https://shop.example/a?n=${encodeURIComponent('https://evil.example/x')}`]);
    expect(row.body).toBe(`Hi https://evil.example/x, see http://touchpoint.test/c/${row.clickToken}/0`);
    const click = await app.inject({ method: 'GET', url: `/c/${row.clickToken}/0` });
    expect(click.statusCode).toBe(302);
    expect(click.headers.location).toMatch(/^https:\/\/shop\.example\/a\?n=/);
    expect((await app.inject({ method: 'GET', url: `/c/${row.clickToken}/1` })).statusCode).toBe(404);
  });
});

describe('validation', () => {
  it('answers 400 / 409 with what to fix', async () => {
    const both = await admin.post('/api/v1/campaigns', {
      name: 'x',
      segmentId,
      survey: { surveyId: segmentId },
      email: { templateId: segmentId },
    });
    expect(both.status).toBe(400);
    const noSegment = await admin.post('/api/v1/campaigns', {
      name: 'x',
      segmentId: '00000000-0000-7000-8000-000000000000',
      survey: { surveyId: segmentId },
    });
    expect(noSegment.status).toBe(400);
    expect(noSegment.body.invalidParams).toEqual([{ name: 'body.segmentId', reason: 'no such segment' }]);
    const draft = await admin.post('/api/v1/surveys', { ...SURVEY, name: 'Draft' });
    const unpublished = await admin.post('/api/v1/campaigns', {
      name: 'x',
      segmentId,
      survey: { surveyId: draft.body.id },
    });
    expect(unpublished.status).toBe(409);
    // A campaign whose segment was deleted before sending says so.
    const gone = await admin.post('/api/v1/segments', {
      name: 'Short-lived',
      condition: { field: 'contact.tier', op: 'eq', value: 'gold' },
    });
    const orphan = await admin.post('/api/v1/campaigns', {
      name: 'Orphan',
      segmentId: gone.body.id,
      survey: { surveyId: (await admin.get('/api/v1/surveys?status=published')).body.items[0].id },
    });
    expect(orphan.status, JSON.stringify(orphan.body)).toBe(201);
    await admin.delete(`/api/v1/segments/${gone.body.id}`);
    const send = await admin.post(`/api/v1/campaigns/${orphan.body.id}/send`);
    expect(send.status).toBe(409);
    expect(send.body.detail).toContain('segment of this campaign was deleted');
    const badTemplate = await admin.post('/api/v1/email-templates', {
      name: 'x',
      defaultLanguage: 'vi',
      content: { en: { subject: 'a', body: 'b' } },
    });
    expect(badTemplate.status).toBe(400);
  });
});
