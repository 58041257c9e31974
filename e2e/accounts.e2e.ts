import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');
const SHOTS = process.env.TP_ACCOUNTS_SHOTS;

async function shot(page: Page, name: string) {
  await screenshot(page, `accounts-${name}`, SHOTS ? `${SHOTS}/${name}.png` : undefined);
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

describe('B2B accounts and the customer 360 page on the demo', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL, { viewport: { width: 1440, height: 1000 } });
    page = await context.newPage();
    await signInViaUi(page, 'demo@touchpoint.local', 'touchpoint-demo');
  });

  afterAll(async () => {
    // The demo account is shared with other files: leave it in English.
    if (page && (await page.getByTestId('language-en').count()) > 0) {
      await page.getByTestId('language-en').click();
      await page.waitForTimeout(300);
    }
    await browser?.close();
  });

  it('lists accounts from the nav, sorted by health with the at-risk account first', async () => {
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.waitForURL(/\/accounts$/);
    await page.getByTestId('account-row').first().waitFor();
    expect(await page.getByTestId('account-row').count()).toBe(8);
    await page.getByTestId('account-sort').selectOption('health');
    await page.waitForURL(/sort=health/);
    await expect
      .poll(() => page.getByTestId('account-row').first().getAttribute('data-name'))
      .toBe('Mekong Foods');
    await shot(page, 'list-by-health');
    await page.getByTestId('account-sort').selectOption('spend');
    await expect
      .poll(() => page.getByTestId('account-row').first().getAttribute('data-name'))
      .toBe('VietTech');
  });

  it('opens the at-risk account: decision makers’ scores and coverage', async () => {
    await page.getByTestId('account-sort').selectOption('health');
    await page.getByRole('link', { name: 'Mekong Foods' }).click();
    await page.getByTestId('account-page').waitFor();
    expect(await page.getByTestId('coverage-text').textContent()).toBe(
      '0 of 2 decision makers answered in the last 90 days',
    );
    expect(await page.getByTestId('health-nps').locator('.metric-value').textContent()).toBe('−100');
    expect(await page.getByTestId('health-nps-n').textContent()).toBe('n = 4');
    const deciders = page.locator('[data-testid="account-person"][data-role="decision_maker"]');
    expect(await deciders.count()).toBe(2);
    // Their last answers were promoters, more than 90 days ago.
    const scores = await deciders.getByTestId('person-nps').locator('.strong').allTextContents();
    expect(scores.sort()).toEqual(['10', '9']);
    expect(await page.getByTestId('account-cases').textContent()).toContain('invoices billed twice');
    await shot(page, 'account-at-risk');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens a person’s 360 page: account and role, scores, open case, timeline filters, merge preview', async () => {
    await page.getByRole('link', { name: 'Phạm Thu Trang' }).click();
    await page.getByTestId('contact-page').waitFor();
    expect(await page.getByTestId('contact-accounts').textContent()).toContain('Mekong Foods · Finance');
    // The profile's scores arrive after the contact itself.
    await page.getByTestId('contact-open-cases').waitFor();
    expect(await page.getByTestId('contact-score-nps').locator('dd').first().textContent()).toBe('3');
    await page.getByTestId('timeline-item').first().waitFor();
    await page.getByTestId('timeline-filter-case').check();
    await expect
      .poll(async () => [
        ...new Set(
          await page
            .getByTestId('timeline-item')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))),
        ),
      ])
      .toEqual(['case']);
    await shot(page, 'contact-360');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('merge-open').click();
    await page.getByTestId('merge-search').fill('mekongfoods');
    await page.getByTestId('merge-candidate').first().click();
    await page.getByTestId('merge-preview').waitFor();
    expect(await page.getByTestId('merge-preview').textContent()).toContain('stays (the older profile)');
    await shot(page, 'merge-preview');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('merge-preview').count()).toBe(0);
  });

  it('reads in Vietnamese', async () => {
    await page.goto('/accounts?sort=health');
    await page.getByTestId('language-vi').click();
    await page.getByRole('link', { name: 'Mekong Foods' }).click();
    await expect
      .poll(() => page.getByTestId('coverage-text').textContent())
      .toBe('0 trên 2 người ra quyết định đã trả lời trong 90 ngày qua');
    await shot(page, 'account-vi');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
