import type { FastifyInstance } from 'fastify';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../src/modules/cases/index';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;
let smtp: SmtpSink;

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

async function publishedSurvey(): Promise<string> {
  const created = await admin.post('/api/v1/surveys', {
    name: 'Delivery NPS',
    defaultLanguage: 'en',
    questions: [{ id: 'q1', type: 'nps', required: true, text: { en: 'How likely…?' } }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await admin.post(`/api/v1/surveys/${created.body.id}/publish`);
  return created.body.id as string;
}

function invite(surveyId: string, email: string) {
  return admin.post(`/api/v1/surveys/${surveyId}/invitations`, { channel: 'email', recipients: [{ email }] });
}

/** The raw value of a header as it was sent (mailparser reshapes List-* headers in `headers`). */
function rawHeader(mail: ParsedMail | undefined, name: string): string | undefined {
  const line = mail?.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).trim();
}

function postForm(url: string, contentType: string, payload: string) {
  const { pathname } = new URL(url);
  return app.inject({ method: 'POST', url: pathname, headers: { 'content-type': contentType }, payload });
}

// Issue 15: large mailbox providers require one-click unsubscribe of bulk senders (RFC 8058).
describe('one-click unsubscribe (RFC 8058)', () => {
  it('invitations carry List-Unsubscribe and List-Unsubscribe-Post; the one-click POST unsubscribes', async () => {
    const surveyId = await publishedSurvey();
    expect((await invite(surveyId, 'dana@example.com')).status).toBe(200);
    const [mail] = await smtp.waitForTo('dana@example.com');
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const url = /^<([^>]+)>$/.exec(rawHeader(mail, 'List-Unsubscribe') ?? '')?.[1] ?? '';
    expect(url).toMatch(/^http:\/\/touchpoint\.test\/u\/[\w-]{20,}$/);

    // Not the one-click body: refused, and nothing changes.
    expect((await postForm(url, 'application/x-www-form-urlencoded', 'List-Unsubscribe=No')).statusCode).toBe(
      400,
    );
    const stillInvited = await invite(await publishedSurvey(), 'dana@example.com');
    expect(stillInvited.body.sent).toHaveLength(1);

    // What the mailbox sends: no cookie, no CSRF token, a form body. 200 and no page.
    const oneClick = await postForm(url, 'application/x-www-form-urlencoded', 'List-Unsubscribe=One-Click');
    expect(oneClick.statusCode).toBe(200);
    expect(oneClick.body).toBe('');

    const next = await invite(await publishedSurvey(), 'dana@example.com');
    expect(next.status).toBe(200);
    expect(next.body.sent).toEqual([]);
    expect(next.body.skipped).toEqual([
      { email: 'dana@example.com', reason: 'unsubscribed', detail: expect.any(String) },
    ]);
    // Doing it again (mailboxes retry) is still 200.
    expect(
      (await postForm(url, 'application/x-www-form-urlencoded', 'List-Unsubscribe=One-Click')).statusCode,
    ).toBe(200);
  });

  it('accepts the multipart/form-data body RFC 8058 recommends', async () => {
    const surveyId = await publishedSurvey();
    await invite(surveyId, 'eli@example.com');
    const [mail] = await smtp.waitForTo('eli@example.com');
    const url = /^<([^>]+)>$/.exec(rawHeader(mail, 'List-Unsubscribe') ?? '')?.[1] ?? '';
    const body =
      '--b0undary\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b0undary--\r\n';
    const response = await postForm(url, 'multipart/form-data; boundary=b0undary', body);
    expect(response.statusCode, response.body).toBe(200);
    const next = await invite(await publishedSurvey(), 'eli@example.com');
    expect(next.body.skipped).toEqual([
      { email: 'eli@example.com', reason: 'unsubscribed', detail: expect.any(String) },
    ]);
  });

  /** Checks the one-click headers of a non-invitation email, POSTs them, and sees the next invitation skipped. */
  async function expectOneClickWorks(mail: ParsedMail | undefined, email: string) {
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const url = /^<([^>]+)>$/.exec(rawHeader(mail, 'List-Unsubscribe') ?? '')?.[1] ?? '';
    expect(url).toMatch(/^http:\/\/touchpoint\.test\/u\/[\w-]{20,}$/);
    expect(mail?.text).toContain(url);
    const response = await postForm(url, 'application/x-www-form-urlencoded', 'List-Unsubscribe=One-Click');
    expect(response.statusCode, response.body).toBe(200);
    const next = await invite(await publishedSurvey(), email);
    expect(next.body.sent).toEqual([]);
    expect(next.body.skipped).toEqual([{ email, reason: 'unsubscribed', detail: expect.any(String) }]);
  }

  it("an automation's email to the customer carries them too, and they unsubscribe the contact", async () => {
    const rule = await admin.post('/api/v1/automation-rules', {
      name: 'Thanks for the order',
      trigger: { type: 'event.tracked', event: 'order.delivered' },
      actions: [{ type: 'send_email', subject: 'Thank you', body: 'Thank you, {{customerName}}.' }],
    });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    await admin.patch(`/api/v1/automation-rules/${rule.body.id}`, { active: true });
    const email = 'fay@example.com';
    await admin.post('/api/v1/contacts/identify', { email });
    await admin.post('/api/v1/contacts/track', { contact: { email }, event: 'order.delivered' });
    const [mail] = await smtp.waitForTo(email);
    expect(mail?.subject).toBe('Thank you');
    await expectOneClickWorks(mail, email);
  });

  it("words an automation email's unsubscribe line in the contact's language, else the workspace default", async () => {
    expect((await admin.patch('/api/v1/workspace', { defaultLanguage: 'vi' })).status).toBe(200);
    const rule = await admin.post('/api/v1/automation-rules', {
      name: 'Delivered, in the customer language',
      trigger: { type: 'event.tracked', event: 'order.shipped' },
      actions: [{ type: 'send_email', subject: 'Shipped', body: 'On its way.' }],
    });
    await admin.patch(`/api/v1/automation-rules/${rule.body.id}`, { active: true });
    const unknown = 'no.language@example.com';
    const english = 'english@example.com';
    await admin.post('/api/v1/contacts/identify', { email: unknown });
    await admin.post('/api/v1/contacts/identify', { email: english, attributes: { language: 'en' } });
    await admin.post('/api/v1/contacts/track', { contact: { email: unknown }, event: 'order.shipped' });
    await admin.post('/api/v1/contacts/track', { contact: { email: english }, event: 'order.shipped' });
    const [vi] = await smtp.waitForTo(unknown);
    expect(vi?.text).toContain('Hủy đăng ký:');
    expect(vi?.html).toContain('<html lang="vi">');
    const [en] = await smtp.waitForTo(english);
    expect(en?.text).toContain('Unsubscribe:');
    expect(en?.text).not.toContain('Hủy đăng ký');
    await admin.patch('/api/v1/workspace', { defaultLanguage: 'en' });
    await admin.patch(`/api/v1/automation-rules/${rule.body.id}`, { active: false });
  });

  it('a "you said, we did" announcement carries them too, and they unsubscribe the contact', async () => {
    const me = (await admin.get('/api/v1/me')).body;
    const email = 'gus@example.com';
    const contactId = (await admin.post('/api/v1/contacts/identify', { email })).body.contact.id as string;
    const caseId = (
      await createCase(touchpoint.ctx, me.workspace.id, {
        title: 'Late parcel',
        source: 'manual',
        actor: 'system',
        contactId,
      })
    ).id;
    const plan = await admin.post('/api/v1/action-plans', { title: 'Faster deliveries' });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    expect(
      (await admin.post(`/api/v1/action-plans/${plan.body.id}/cases`, { caseIds: [caseId] })).status,
    ).toBe(200);
    const done = await admin.patch(`/api/v1/action-plans/${plan.body.id}`, {
      status: 'done',
      announcementSubject: 'You said, we did',
      announcementBody: 'We switched couriers.',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const [mail] = await smtp.waitForTo(email);
    expect(mail?.subject).toBe('You said, we did');
    await expectOneClickWorks(mail, email);
  });

  it('an unknown token is 404, and other endpoints still refuse form bodies (415)', async () => {
    const unknown = await postForm(
      'http://touchpoint.test/u/not-a-real-token-at-all',
      'application/x-www-form-urlencoded',
      'List-Unsubscribe=One-Click',
    );
    expect(unknown.statusCode).toBe(404);
    const form = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a%40example.com&password=x',
    });
    expect(form.statusCode).toBe(415);
  });
});
