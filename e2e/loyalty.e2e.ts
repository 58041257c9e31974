import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');

describe('Loyalty vs satisfaction, segment breakdowns and trend annotations on the demo', () => {
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

  it('opens the Loyalty tab: a chart, then a table with the satisfied-but-not-loyal row highlighted', async () => {
    await page.goto('/insights/trend');
    await page.getByTestId('insights-tab-loyalty').click();
    await page.waitForURL(/\/insights\/loyalty/);
    await page.locator('[data-testid="loyalty-chart"] canvas').first().waitFor();
    expect(await page.getByTestId('loyalty-disagreement-note').textContent()).toContain('In-store purchase');
    await screenshot(page, 'loyalty-chart');

    await page.getByTestId('loyalty-view-table').click();
    const rows = page.getByTestId('loyalty-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    const flagged = page.locator('[data-testid="loyalty-row"][data-disagreement="true"]');
    expect(await flagged.count()).toBe(1);
    expect(await flagged.locator('th').textContent()).toBe('In-store purchase');
    expect(await flagged.getByTestId('loyalty-disagreement').textContent()).toBe('Satisfied, not loyal');
    // Retention and spend come from the demo's contact attributes.
    expect(await flagged.locator('td').nth(2).textContent()).toMatch(/^\d+% · n = \d+$/);
    await screenshot(page, 'loyalty-table');

    await page.getByTestId('loyalty-by').selectOption('segment');
    await page.locator('[data-testid="loyalty-row"][data-key="b2b"]').waitFor();
    expect(await page.locator('[data-testid="loyalty-row"][data-key="retail"]').count()).toBe(1);
  });

  it('breaks the trend down by segment and by account', async () => {
    await page.goto('/insights/trend?metric=nps&breakdownView=table');
    await page.getByTestId('breakdown-segment').click();
    const table = page.getByTestId('breakdown-table');
    // The demo defines segments, so the breakdown is by their membership (named rows).
    await table.getByText('Promoters', { exact: true }).waitFor();
    await page.getByTestId('breakdown-account').click();
    // The segment rows stay on screen until the account breakdown arrives: wait for them to go first.
    await expect
      .poll(() => table.getByText('Promoters', { exact: true }).count(), { timeout: 15_000 })
      .toBe(0);
    await table.getByText('(none)').waitFor();
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(2);
    await screenshot(page, 'loyalty-breakdown-account');
  });

  it('adds an annotation on the trend, sees it as a marker in the table view, and deletes it', async () => {
    await page.goto('/insights/trend?metric=nps&groupBy=week');
    await page.locator('[data-testid="trend-chart"] canvas').first().waitFor();
    // The demo's own event.
    await page.getByText('New app release (voucher codes)').first().waitFor();

    const day = await page.getByTestId('annotation-day').inputValue();
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByTestId('annotation-text').fill('Loyalty e2e: new courier partner');
    await page.getByTestId('annotation-add').click();
    const item = page.getByTestId('annotation-item').filter({ hasText: 'Loyalty e2e: new courier partner' });
    await item.waitFor();
    await page.waitForTimeout(300);
    await page.getByTestId('trend-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'loyalty-trend-annotation-chart');

    await page.getByTestId('view-table').click();
    const marker = page
      .getByTestId('trend-annotation')
      .filter({ hasText: 'Loyalty e2e: new courier partner' });
    await marker.waitFor();
    // In the row of the current week.
    const row = page.getByTestId('trend-row').filter({ has: marker });
    expect(await row.count()).toBe(1);
    expect(await page.getByTestId('trend-annotation').filter({ hasText: 'voucher codes' }).count()).toBe(1);
    await marker.scrollIntoViewIfNeeded();
    await screenshot(page, 'loyalty-trend-annotation-table');

    // Delete with confirmation, so the shared demo is left as it was.
    await item.getByTestId('annotation-delete').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => item.count()).toBe(0);
    expect(await marker.count()).toBe(0);
  });
});
