import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');

describe('Key drivers across questions, touchpoints and topics on the demo', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL);
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

  const rows = () => page.getByTestId('driver-row');

  it('switches to touchpoints: delivery is the fix-first touchpoint, with its customers', async () => {
    await page.goto('/insights/trend');
    await page.getByTestId('insights-tab-drivers').click();
    await page.waitForURL(/\/insights\/drivers/);
    expect(await page.getByTestId('drivers-by-questions').getAttribute('aria-pressed')).toBe('true');

    await page.getByTestId('drivers-by-touchpoints').click();
    await page.waitForURL(/by=touchpoints/);
    await page.locator('[data-testid="drivers-chart"] canvas').first().waitFor();
    // The server chose the outcome survey: the one with the most NPS answers.
    expect(await page.getByTestId('drivers-outcome').textContent()).toContain('Relationship NPS');
    expect(await page.getByTestId('drivers-n').textContent()).toMatch(/^\d+ customers$/);
    const first = rows().first();
    expect(await first.locator('th').textContent()).toBe('Order delivery');
    expect(await first.getAttribute('data-quadrant')).toBe('fix_first');
    expect(await first.locator('td').nth(2).textContent()).toMatch(/^\d+$/);
    expect(await page.locator('[data-testid="drivers-table"] thead th').first().textContent()).toBe(
      'Touchpoint',
    );
    await screenshot(page, 'drivers-touchpoints');
  });

  it('switches to topics, and says what is missing for a survey without comments', async () => {
    await page.getByTestId('drivers-by-topics').click();
    await page.waitForURL(/by=topics/);
    await expect.poll(() => page.getByTestId('drivers-n').textContent()).toMatch(/responses with a comment$/);
    expect(await rows().count()).toBeGreaterThanOrEqual(3);
    expect(await rows().first().getAttribute('data-quadrant')).toBe('fix_first');
    expect(await page.locator('[data-testid="drivers-table"] thead th').first().textContent()).toBe('Topic');
    await page.getByTestId('drivers-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'drivers-topics');
    await page.getByTestId('drivers-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'drivers-topics-table');

    // The in-store survey has no open question: not enough comments for topic drivers.
    await page.getByTestId('drivers-survey').selectOption({ label: 'In-store visit' });
    const reason = page.getByTestId('drivers-insufficient-reason');
    await reason.waitFor();
    expect(await reason.getAttribute('data-reason')).toBe('responses');
    expect(await reason.textContent()).toMatch(
      /^Only 0 responses with a comment .* at least 30 are needed\.$/,
    );
  });

  it('goes back to questions, unchanged, and translates the switch into Vietnamese', async () => {
    await page.getByTestId('drivers-by-questions').click();
    await page.getByTestId('drivers-survey').selectOption({ label: 'Relationship NPS' });
    await page.getByLabel('Outcome question').selectOption({ index: 1 });
    await rows().first().waitFor();
    expect(await rows().first().getAttribute('data-key')).toBe('delivery_sat');
    expect(await rows().first().getAttribute('data-quadrant')).toBe('fix_first');

    await page.getByTestId('drivers-by-touchpoints').click();
    await page.getByTestId('language-vi').click();
    await page.getByText('Điểm chạm', { exact: true }).first().waitFor();
    expect(await page.getByTestId('drivers-by-topics').textContent()).toBe('Chủ đề');
    expect(await page.locator('[data-testid="drivers-table"] thead th').first().textContent()).toBe(
      'Điểm chạm',
    );
    await screenshot(page, 'drivers-touchpoints-vi');
  });
});
