import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchMe, launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

// Issue 13's done-when, in the demo: an at-risk B2B account with its decision makers' scores and coverage,
// the churn reasons and the suggested actions; a segment "detractors in the last 90 days with an open
// case" built with its live count; a survey campaign to it through the SMTP sink with a contact over the
// budget skipped and the reason shown; one person's 360 page. (The suggested actions and the campaign
// come with the next-best-action and campaigns work; this file gains them when that lands.)

const baseURL = inject('baseURL');
const SHOTS = process.env.TP_CUSTOMERS_SHOTS;
const SEGMENT_NAME = 'Detractors in the last 90 days with an open case (done-when)';

async function shot(page: Page, name: string) {
  await screenshot(page, `customers-accounts-${name}`, SHOTS ? `${SHOTS}/${name}.png` : undefined);
}

async function seriousViolations(page: Page) {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

function countOf(text: string | null): number {
  const match = /(\d[\d,.]*)/.exec(text ?? '');
  return match ? Number((match[1] as string).replace(/[,.]/g, '')) : Number.NaN;
}

async function api(page: Page, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, data?: unknown) {
  const me = await fetchMe(page);
  const headers = { 'x-csrf-token': String(me.body.csrfToken) };
  const response =
    method === 'GET'
      ? await page.request.get(path)
      : method === 'POST'
        ? await page.request.post(path, { data, headers })
        : method === 'PUT'
          ? await page.request.put(path, { data, headers })
          : await page.request.delete(path, { headers });
  return { status: response.status(), body: (await response.json().catch(() => null)) as never };
}

describe('know each customer and account (issue 13) on the demo', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let accountId = '';
  let segmentId = '';
  let previousBudget: unknown = null;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL, { viewport: { width: 1440, height: 1000 } });
    page = await context.newPage();
    await signInViaUi(page, 'demo@touchpoint.local', 'touchpoint-demo');
  });

  afterAll(async () => {
    // Leave the shared demo's contact budget as it was.
    if (page && previousBudget) await api(page, 'PUT', '/api/v1/settings/contact-budget', previousBudget);
    else if (page) await api(page, 'DELETE', '/api/v1/settings/contact-budget');
    await browser?.close();
  });

  it('opens the at-risk B2B account: decision makers’ scores, coverage and its churn risk', async () => {
    await page.goto('/accounts?sort=health');
    await page.getByTestId('account-row').first().waitFor();
    await expect
      .poll(() => page.getByTestId('account-row').first().getAttribute('data-name'))
      .toBe('Mekong Foods');
    await page.getByRole('link', { name: 'Mekong Foods' }).click();
    await page.getByTestId('account-page').waitFor();
    accountId = new URL(page.url()).pathname.split('/').pop() as string;
    expect(await page.getByTestId('coverage-text').textContent()).toBe(
      '0 of 2 decision makers answered in the last 90 days',
    );
    const deciders = page.locator('[data-testid="account-person"][data-role="decision_maker"]');
    expect(await deciders.count()).toBe(2);
    const scores = await deciders.getByTestId('person-nps').locator('.strong').allTextContents();
    expect(scores.sort()).toEqual(['10', '9']);
    // The account's churn risk: the riskiest of its people, weighted by role.
    expect(await page.getByTestId('health-risk').locator('.metric-value').textContent()).toMatch(/^\d+%$/);
    await shot(page, 'account');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('reads the churn reasons on the riskiest person’s 360 page', async () => {
    const account = await api(page, 'GET', `/api/v1/accounts/${accountId}`);
    expect(account.status).toBe(200);
    const riskiest = (account.body as { health: { churnRisk: { contactId: string } | null } }).health
      .churnRisk;
    expect(riskiest).not.toBeNull();
    await page.goto(`/customers/${riskiest?.contactId}`);
    await page.getByTestId('contact-page').waitFor();
    expect(await page.getByTestId('contact-accounts').textContent()).toContain('Mekong Foods');
    const panel = page.getByTestId('churn-risk-panel');
    await panel.waitFor();
    const reasons = await panel.getByTestId('churn-reasons').locator('li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    await page.getByTestId('timeline-item').first().waitFor();
    await shot(page, 'person-360');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('builds "detractors in the last 90 days with an open case" and sees the live count', async () => {
    await page.goto('/segments/new');
    await page.getByTestId('segment-name').fill(SEGMENT_NAME);
    const count = page.getByTestId('segment-count');
    await count.waitFor();
    const detractors = countOf(await count.textContent());
    expect(detractors).toBeGreaterThan(0);
    const rows = page.getByTestId('condition-row');

    await page.getByTestId('condition-add-row').first().click();
    await rows.nth(1).getByTestId('condition-field').selectOption('lastResponseAt');
    await rows.nth(1).getByTestId('condition-op').selectOption('gte');
    await rows.nth(1).getByTestId('condition-value').fill('-90d');
    await expect
      .poll(async () => countOf(await count.textContent()), { timeout: 10_000 })
      .toBeLessThanOrEqual(detractors);
    const recent = countOf(await count.textContent());

    await page.getByTestId('condition-add-row').first().click();
    await rows.nth(2).getByTestId('condition-field').selectOption('openCases');
    await rows.nth(2).getByTestId('condition-value').fill('1');
    await expect
      .poll(async () => countOf(await count.textContent()), { timeout: 10_000 })
      .toBeLessThan(recent);
    expect(countOf(await count.textContent())).toBeGreaterThan(0);
    await shot(page, 'segment-live-count');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('segment-save').click();
    await page.waitForURL(/\/segments\/[0-9a-f-]{36}$/);
    segmentId = new URL(page.url()).pathname.split('/').pop() as string;
    await page.getByTestId('segment-member').first().waitFor();
  });

  it('picks the segment in an alert rule: its detractors would have fired it', async () => {
    await page.goto('/cases/alert-rules');
    await page.getByTestId('new-alert-rule').click();
    const dialog = page.getByTestId('alert-rule-dialog');
    await dialog.getByLabel('Name', { exact: true }).fill('Detractors of the done-when segment');
    const rows = dialog.getByTestId('condition-row');
    await dialog.getByTestId('condition-add-row').first().click();
    const last = rows.last();
    await last.getByTestId('condition-field').selectOption('segments');
    await last.getByTestId('condition-value').selectOption({ label: SEGMENT_NAME });
    expect(await last.getByTestId('condition-value').inputValue()).toBe(segmentId);
    await dialog.getByTestId('alert-rule-test').click();
    await dialog.getByTestId('alert-rule-test-result').waitFor();
    await shot(page, 'alert-rule-segment');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByTestId('alert-rule-save').click();
    await expect.poll(() => page.getByTestId('alert-rule-dialog').count()).toBe(0);
    const saved = await api(page, 'GET', '/api/v1/alert-rules?limit=200');
    const rule = (saved.body as { items: { name: string; condition: unknown }[] }).items.find(
      (r) => r.name === 'Detractors of the done-when segment',
    );
    expect(JSON.stringify(rule?.condition)).toContain(segmentId);
  });
});
