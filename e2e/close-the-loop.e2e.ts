import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchMe, launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';
import { linkIn, type TReceivedMail, waitForMail } from './support/mail-sink';

const baseURL = inject('baseURL');
const mailURL = inject('mailURL');

const run = Date.now().toString(36);
const DETRACTOR = `lan-${run}@example.test`;
const PROMOTER = `tuan-${run}@example.test`;
const COMPLAINT = 'my refund has not arrived after three weeks';
const DEMO_PASSWORD = 'touchpoint-demo';
/** The demo's Marketing team owns the Loyalty programme touchpoint, where the relationship NPS is asked. */
const MARKETING_AGENT = 'sofia.reyes@lotus-retail.example';

interface ReceivedHook {
  deliveryId: string;
  event: string;
  status: number;
  signatureValid: boolean;
  body: Record<string, unknown>;
}

/**
 * A webhook receiver on loopback, as a customer would write one: it verifies the signature over the raw body
 * and answers 500 to the very first delivery it sees (a deploy in progress), then 200 to everything.
 */
async function startReceiver(): Promise<{
  url: string;
  hooks: ReceivedHook[];
  setSecret(s: string): void;
  close(): Promise<void>;
}> {
  const hooks: ReceivedHook[] = [];
  let secret = '';
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const header = String(request.headers['touchpoint-signature'] ?? '');
      const t = /t=(\d+)/.exec(header)?.[1] ?? '';
      const v1 = /v1=([0-9a-f]+)/.exec(header)?.[1] ?? '';
      const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest('hex');
      const signatureValid =
        v1.length === expected.length && timingSafeEqual(Buffer.from(v1), Buffer.from(expected));
      const status = hooks.length === 0 ? 500 : 200;
      hooks.push({
        deliveryId: String(request.headers['touchpoint-delivery'] ?? ''),
        event: String(request.headers['touchpoint-event'] ?? ''),
        status,
        signatureValid,
        body: JSON.parse(raw) as Record<string, unknown>,
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/touchpoint`,
    hooks,
    setSecret: (s) => {
      secret = s;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The emails to `address` so far that match `predicate` (the sink answers everything received). */
async function mailsMatching(address: string, predicate: (mail: TReceivedMail) => boolean) {
  const response = await fetch(`${mailURL}/messages?${new URLSearchParams({ to: address })}`);
  return ((await response.json()) as TReceivedMail[]).filter(predicate);
}

async function csrf(page: Page): Promise<Record<string, string>> {
  const me = await fetchMe(page);
  return { 'x-csrf-token': String(me.body.csrfToken) };
}

async function loopClosure(page: Page): Promise<{ rate: number; closed: number; detractors: number }> {
  const response = await page.request.get('/api/v1/programme-health');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    loopClosure: { rate: number; closed: number; detractors: number };
  };
  return body.loopClosure;
}

/** Answers the demo relationship NPS through the personal link in the invitation email. */
async function answerSurvey(
  browser: Browser,
  mail: TReceivedMail,
  surveyId: string,
  score: number,
  comment: string,
) {
  const context = await newContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.goto(linkIn(mail, `${baseURL}/s/${surveyId}`));
    await page.getByTestId('survey-question').waitFor();
    await page.getByRole('radio', { name: String(score), exact: true }).check();
    // One question per step: the optional CSAT questions are skipped, the open question answered.
    const question = page.getByTestId('survey-question');
    const ending = page.getByTestId('survey-ending');
    for (let step = 0; step < 10; step++) {
      const text = question.locator('textarea');
      if ((await text.count()) > 0 && (await text.inputValue()) === '') await text.fill(comment);
      const before = await question.textContent();
      await page.getByTestId('survey-next').click();
      await expect
        .poll(async () => (await ending.count()) > 0 || (await question.first().textContent()) !== before)
        .toBe(true);
      if ((await ending.count()) > 0) return;
    }
    throw new Error('the survey did not end');
  } finally {
    await context.close();
  }
}

/**
 * The "done when" of the Act issue, in a browser on the demo workspace: a detractor's complaint becomes an
 * alert and a case routed to the team owning the touchpoint; the agent follows up by email, the customer
 * answers the reply link, the case is resolved and the loop-closure rate moves. Meanwhile a loopback webhook
 * receiver gets signed deliveries (one of them only on retry), and the demo's automations send the detractor
 * a recovery voucher and the promoter a thank-you, exactly once each.
 */
describe('close the loop: alert → case → follow-up → resolved; webhooks; automations', () => {
  let browser: Browser;
  let adminContext: BrowserContext;
  let admin: Page;
  let agentContext: BrowserContext;
  let agent: Page;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let webhookId = '';
  let surveyId = '';
  let caseUrl = '';
  let closureWithOpenCase = { rate: 0, closed: 0, detractors: 0 };

  beforeAll(async () => {
    browser = await launchBrowser();
    adminContext = await newContext(browser, baseURL);
    admin = await adminContext.newPage();
    await signInViaUi(admin, 'demo@touchpoint.local', DEMO_PASSWORD);
    receiver = await startReceiver();
  });

  afterAll(async () => {
    if (webhookId)
      await admin.request.delete(`/api/v1/webhooks/${webhookId}`, { headers: await csrf(admin) });
    await receiver?.close();
    await browser?.close();
  });

  it('subscribes a loopback receiver to responses and cases', async () => {
    const created = await admin.request.post('/api/v1/webhooks', {
      data: { url: receiver.url, events: ['response.completed', 'case.created'] },
      headers: await csrf(admin),
    });
    expect(created.status()).toBe(201);
    const body = (await created.json()) as { id: string; secret: string };
    webhookId = body.id;
    receiver.setSecret(body.secret);
  });

  it('a detractor and a promoter answer the demo relationship NPS from their invitation emails', async () => {
    const surveys = (await (await admin.request.get('/api/v1/surveys?limit=100')).json()) as {
      items: { id: string; name: string }[];
    };
    surveyId = surveys.items.find((s) => s.name === 'Relationship NPS')?.id ?? '';
    expect(surveyId).not.toBe('');
    const sent = await admin.request.post(`/api/v1/surveys/${surveyId}/invitations`, {
      data: {
        channel: 'email',
        recipients: [
          { email: DETRACTOR, name: 'Lan Nguyen' },
          { email: PROMOTER, name: 'Tuan Le' },
        ],
      },
      headers: await csrf(admin),
    });
    expect(sent.status()).toBeLessThan(300);
    const [toDetractor] = await waitForMail(mailURL, DETRACTOR);
    const [toPromoter] = await waitForMail(mailURL, PROMOTER);
    await answerSurvey(browser, toDetractor as TReceivedMail, surveyId, 2, COMPLAINT);
    await answerSurvey(
      browser,
      toPromoter as TReceivedMail,
      surveyId,
      10,
      'Fast delivery and friendly staff',
    );
  });

  it('fires the detractor alert: a case routed to Marketing, in the agent’s own queue', async () => {
    agentContext = await newContext(browser, baseURL);
    agent = await agentContext.newPage();
    await signInViaUi(agent, MARKETING_AGENT, DEMO_PASSWORD);
    await agent.goto('/cases');
    await agent.getByTestId('cases-inbox').waitFor();
    // The filters live in the address, so a reload keeps "assigned to me".
    await agent.getByTestId('filter-mine').click();
    await agent.waitForURL(/assignee=me/);
    await expect.poll(() => agent.getByTestId('filter-mine').isChecked()).toBe(true);
    const row = agent.getByTestId('case-row').filter({ hasText: 'Lan Nguyen' });
    await expect
      .poll(
        async () => {
          await agent.reload();
          await agent.getByTestId('cases-inbox').waitFor();
          return row.count();
        },
        { timeout: 45_000, interval: 1_000 },
      )
      .toBe(1);
    await screenshot(agent, 'cases-inbox');
    await row.getByTestId('case-link').click();
    await agent.getByTestId('case-page').waitFor();
    caseUrl = agent.url();
    // The team is a select: read the chosen option, not every option's text.
    expect(
      await agent
        .getByTestId('case-team')
        .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent),
    ).toBe('Marketing');
    expect(await agent.getByTestId('case-feedback-text').first().textContent()).toContain(COMPLAINT);
    expect(await agent.getByTestId('case-feedback-score').first().textContent()).toMatch(/\b2\b/);
    closureWithOpenCase = await loopClosure(admin);
  });

  it('the agent follows up by email; the customer answers the reply link; the case is resolved', async () => {
    await agent.getByTestId('follow-up-template-apology').click();
    await agent.getByTestId('follow-up-send').click();
    await expect
      .poll(() => agent.getByTestId('follow-up-status').first().textContent(), { timeout: 30_000 })
      .toMatch(/sent/i);
    await screenshot(agent, 'case-follow-up');

    // The follow-up email carries the reply link `/f/<token>`.
    const withReplyLink = (m: TReceivedMail) => m.text.includes(`${baseURL}/f/`);
    await expect
      .poll(async () => (await mailsMatching(DETRACTOR, withReplyLink)).length, { timeout: 30_000 })
      .toBe(1);
    const [followUp] = await mailsMatching(DETRACTOR, withReplyLink);
    const customer = await newContext(browser, baseURL);
    try {
      const page = await customer.newPage();
      await page.goto(linkIn(followUp as TReceivedMail, `${baseURL}/f/`));
      await page.getByTestId('follow-up-reply-page').waitFor();
      await page.getByTestId('follow-up-yes').click();
      await page.getByTestId('follow-up-submit').click();
      await page.getByTestId('follow-up-thanks').waitFor();
    } finally {
      await customer.close();
    }

    await agent.goto(caseUrl);
    await agent.getByTestId('transition-resolved').click();
    await expect.poll(() => agent.getByTestId('case-page').getAttribute('data-status')).toBe('resolved');
    expect(await agent.getByTestId('case-timeline').textContent()).toMatch(/follow/i);
    await screenshot(agent, 'case-resolved');
  });

  it('moves the loop-closure rate, on the Programme health page too', async () => {
    const after = await loopClosure(admin);
    expect(after.detractors).toBe(closureWithOpenCase.detractors);
    expect(after.closed).toBe(closureWithOpenCase.closed + 1);
    expect(after.rate).toBeGreaterThan(closureWithOpenCase.rate);

    await admin.goto('/cases/health');
    const card = admin.getByTestId('health-loop-closure');
    await card.waitFor();
    await expect
      .poll(() => card.textContent())
      .toContain(`${after.closed} of ${after.detractors} detractors`);
    await screenshot(admin, 'programme-health');
  });

  it('delivered signed webhooks, one of them after a failed first attempt', async () => {
    const accepted = (event: string) => receiver.hooks.filter((h) => h.status === 200 && h.event === event);
    await expect.poll(() => accepted('response.completed').length, { timeout: 30_000 }).toBe(2);
    await expect.poll(() => accepted('case.created').length, { timeout: 30_000 }).toBe(1);
    expect(receiver.hooks.every((h) => h.signatureValid)).toBe(true);
    // The receiver refuses the very first delivery it sees.
    const [first] = receiver.hooks;
    // The failed delivery came again with the same id, and was accepted.
    expect(receiver.hooks.filter((h) => h.deliveryId === first?.deliveryId).map((h) => h.status)).toEqual([
      500, 200,
    ]);
  });

  it('sent the detractor a recovery voucher and the promoter a thank-you, exactly once each', async () => {
    const vouchers = () => mailsMatching(DETRACTOR, (m) => m.subject.includes('voucher'));
    const thanks = () => mailsMatching(PROMOTER, (m) => m.subject.startsWith('Thank you'));
    await expect.poll(async () => (await vouchers()).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => (await thanks()).length, { timeout: 30_000 }).toBe(1);
    expect((await vouchers())[0]?.text).toMatch(/LOTUS-[A-Z0-9]{6}/);
    // Later deliveries of the same events (the dispatcher sweeps every minute) send nothing more.
    await admin.waitForTimeout(3_000);
    expect(await vouchers()).toHaveLength(1);
    expect(await thanks()).toHaveLength(1);

    await admin.goto('/cases/automations');
    await admin.getByText('Recovery voucher for detractors').waitFor();
    await screenshot(admin, 'automations');
  });
});
