import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, uniqueUser } from './support/browser';
import {
  hostPageHtml,
  publishWidgetSurvey,
  serveHostPage,
  signUpViaApi,
  type WorkspaceApi,
} from './support/widget-host';

const baseURL = inject('baseURL');

/** Opens the host page in a fresh profile and records what the page and the widget do. */
async function openHostPage(browser: Browser, url: string) {
  // Reduced motion: the panel appears without its entry animation, so screenshots show it settled.
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const requested: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (req) => requested.push(req.url()));
  const config = page.waitForResponse((response) => response.url().includes('/api/v1/public/widget/config'));
  await page.goto(url);
  expect((await config).status()).toBe(200);
  return { context, page, pageErrors, requested };
}

const hostErrors = (page: Page) =>
  page.evaluate(() => (window as unknown as { hostErrors: string[] }).hostErrors);

/**
 * The widget issue's "done when": a plain HTML host page on another origin embeds the widget with one
 * script tag, a click shows a survey, the respondent answers while the network is cut, and the answer
 * arrives exactly once after it returns — and the host page never notices the widget's troubles.
 */
describe('website widget', () => {
  let browser: Browser;
  const hosts: { close: () => Promise<void> }[] = [];
  const clients: WorkspaceApi[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const loader = await fetch(`${baseURL}/widget/touchpoint.js`);
    if (loader.status !== 200) {
      throw new Error(
        `The server does not serve /widget/touchpoint.js (${loader.status}): run \`npm run build -w @touchpoint/widget\` before the browser tests.`,
      );
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    for (const host of hosts) await host.close();
    for (const client of clients) await client.dispose();
  });

  it('shows a survey on click and delivers an answer given offline exactly once, back online', async () => {
    const client = await signUpViaApi(baseURL, uniqueUser('Widget'));
    clients.push(client);
    const surveyId = await publishWidgetSurvey(client, 'Checkout feedback', [
      { type: 'click', selector: '#buy' },
    ]);
    const host = await serveHostPage(
      hostPageHtml({ serverURL: baseURL, workspaceId: client.workspaceId, identify: 'cust-42' }),
    );
    hosts.push(host);
    expect(new URL(host.url).origin).not.toBe(new URL(baseURL).origin);

    const { context, page, pageErrors, requested } = await openHostPage(browser, host.url);
    contexts.push(context);
    // Only the loader so far: no survey listens to page views, and the renderer waits for a survey.
    expect(requested.filter((url) => url.includes('/widget/eligible'))).toEqual([]);
    expect(requested.filter((url) => url.endsWith('/widget/renderer.js'))).toEqual([]);

    const displayed = page.waitForResponse((response) =>
      response.url().endsWith(`/surveys/${surveyId}/displays`),
    );
    await page.locator('#buy').click();
    expect(await page.locator('#cart').textContent()).toBe('Cart: 1');
    const dialog = page.getByRole('dialog', { name: 'Checkout feedback' });
    await dialog.waitFor();
    expect((await displayed).status()).toBe(201);
    expect(requested.filter((url) => url.endsWith('/widget/renderer.js'))).toHaveLength(1);
    // The panel lives in a shadow root: the page's own DOM queries and styles do not reach it.
    expect(
      await page.evaluate(() => {
        const root = document.querySelector('[data-touchpoint-widget]');
        return {
          hasShadow: !!root?.shadowRoot?.querySelector('[role="dialog"]'),
          isInLightDom: !!document.querySelector('[role="dialog"]'),
        };
      }),
    ).toEqual({ hasShadow: true, isInLightDom: false });
    await screenshot(page, 'widget-survey');

    // The network goes down; the respondent answers anyway.
    await context.setOffline(true);
    await dialog.getByRole('button', { name: 'Next' }).click();
    expect(await dialog.getByRole('alert').first().textContent()).toBe('Please answer this question.');
    await dialog.getByRole('radio', { name: '9', exact: true }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('group', { name: 'You gave 9. What is the main reason?' }).waitFor();
    await dialog.getByRole('textbox').fill('Fast delivery, friendly support');
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await dialog.getByTestId('touchpoint-ending').waitFor();
    expect(await dialog.getByTestId('touchpoint-ending').textContent()).toContain(
      'Thank you, Acme hears you',
    );
    await screenshot(page, 'widget-ending-offline');

    // Kept on the device with its Idempotency-Key: one entry for the response, the final answers in it.
    const outbox = async () =>
      page.evaluate(() => JSON.parse(localStorage.getItem('touchpoint.outbox') ?? '[]') as any[]);
    const queued = await outbox();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      k: expect.stringMatching(/^[0-9a-f-]{36}$/),
      b: {
        finished: true,
        channel: 'widget',
        answers: { nps: 9, reason: 'Fast delivery, friendly support' },
      },
    });
    const responses = async () =>
      ((await client.get(`/api/v1/responses?surveyId=${surveyId}`)) as { items: any[] }).items;
    await page.waitForTimeout(1_000);
    expect(await responses()).toEqual([]);

    // Back online: the outbox sends it, once.
    await context.setOffline(false);
    await expect.poll(responses, { timeout: 30_000, interval: 250 }).toHaveLength(1);
    await expect.poll(outbox, { timeout: 10_000 }).toEqual([]);
    await page.waitForTimeout(1_500);
    const [response] = await responses();
    expect(await responses()).toHaveLength(1);
    expect(response).toMatchObject({
      finished: true,
      channel: 'widget',
      language: 'en',
      answers: { nps: 9, reason: 'Fast delivery, friendly support' },
      contactId: expect.any(String),
    });

    // Closing returns focus to the page; the page's own script kept working and saw no error.
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.locator('#buy').click();
    expect(await page.locator('#cart').textContent()).toBe('Cart: 2');
    expect(await hostErrors(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('sends answers left queued by a tab closed while offline from the next page of the site', async () => {
    const client = await signUpViaApi(baseURL, uniqueUser('Outbox'));
    clients.push(client);
    const surveyId = await publishWidgetSurvey(client, 'Checkout feedback', [
      { type: 'click', selector: '#buy' },
    ]);
    const host = await serveHostPage(hostPageHtml({ serverURL: baseURL, workspaceId: client.workspaceId }));
    hosts.push(host);
    const { context, page } = await openHostPage(browser, host.url);
    contexts.push(context);
    await page.locator('#buy').click();
    const dialog = page.getByRole('dialog', { name: 'Checkout feedback' });
    await dialog.waitFor();

    await context.setOffline(true);
    await dialog.getByRole('radio', { name: '3', exact: true }).check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await dialog.getByTestId('touchpoint-ending').waitFor();
    await page.close();
    await context.setOffline(false);

    // Another page of the site, where no survey shows: the loader sees the outbox and gets it sent.
    const next = await context.newPage();
    const requested: string[] = [];
    next.on('request', (req) => requested.push(req.url()));
    await next.goto(host.url);
    const responses = async () =>
      ((await client.get(`/api/v1/responses?surveyId=${surveyId}`)) as { items: any[] }).items;
    await expect.poll(responses, { timeout: 15_000, interval: 250 }).toHaveLength(1);
    expect((await responses())[0]).toMatchObject({
      finished: true,
      channel: 'widget',
      answers: { nps: 3, reason: null },
      contactId: null,
    });
    expect(requested.filter((url) => url.endsWith('/widget/renderer.js'))).toHaveLength(1);
    expect(await next.getByRole('dialog').count()).toBe(0);
    expect(await hostErrors(next)).toEqual([]);
  });

  it('shows no more surveys than the contact budget allows, as the server decides', async () => {
    const client = await signUpViaApi(baseURL, uniqueUser('Budget'));
    clients.push(client);
    await client.put('/api/v1/settings/contact-budget', { maxSurveys: 1, perDays: 30 });
    await publishWidgetSurvey(client, 'Checkout feedback', [{ type: 'click', selector: '#buy' }]);
    await publishWidgetSurvey(client, 'Post-purchase CSAT', [{ type: 'event', event: 'checkout' }]);
    const host = await serveHostPage(
      hostPageHtml({ serverURL: baseURL, workspaceId: client.workspaceId, identify: 'cust-budget' }),
    );
    hosts.push(host);

    const { context, page, pageErrors } = await openHostPage(browser, host.url);
    contexts.push(context);
    await page.locator('#buy').click();
    const dialog = page.getByRole('dialog', { name: 'Checkout feedback' });
    await dialog.waitFor();
    await dialog.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The second survey's trigger fires, but this person already had their one survey this month.
    const eligible = page.waitForResponse((response) => response.url().endsWith('/widget/eligible'));
    await page.evaluate(() =>
      (window as unknown as { touchpoint: { track(e: string): void } }).touchpoint.track('checkout'),
    );
    const decision = (await (await eligible).json()) as { survey: unknown; reason: string | null };
    expect(decision.survey).toBeNull();
    expect(decision.reason).toContain('budget: 1');
    await page.waitForTimeout(500);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await hostErrors(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
