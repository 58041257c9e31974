import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');

describe('Analytics on the demo workspace', () => {
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

  it('shows the key metrics on the overview, each with its n', async () => {
    const nps = page.getByTestId('metric-card-nps');
    await nps.getByTestId('metric-n').waitFor();
    expect(await nps.getByTestId('metric-n').textContent()).toMatch(/^n = \d+$/);
    expect(await nps.getByTestId('metric-value').textContent()).toMatch(/^[−+-]?\d+$/);
    await page.getByTestId('response-rates').locator('tbody tr').first().waitFor();
    await screenshot(page, 'analytics-overview');
  });

  it('goes from the journey map to a touchpoint trend, its table and the responses behind a week', async () => {
    await page.getByTestId('nav-journeys').click();
    await page.getByTestId('journey-map-link').first().click();
    await page.waitForURL(/\/journeys\/[^/]+\/map$/);
    const tile = page.locator('a[data-testid="touchpoint-tile"][data-metric]').first();
    await tile.waitFor();
    expect(await tile.getByTestId('touchpoint-n').textContent()).toMatch(/^n = [1-9]\d*$/);
    expect(await tile.getByTestId('touchpoint-value').textContent()).toMatch(/\d/);
    await screenshot(page, 'analytics-journey-map');

    await tile.click();
    await page.waitForURL(/\/insights\/trend\?.*touchpointId=/);
    const touchpointId = new URL(page.url()).searchParams.get('touchpointId');
    expect(touchpointId).toBeTruthy();
    await page.locator('[data-testid="trend-chart"] canvas').first().waitFor();
    await screenshot(page, 'analytics-trend');

    await page.getByTestId('view-table').click();
    const rows = page.getByTestId('trend-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    for (const key of await rows.evaluateAll((elements) =>
      elements.map((row) => row.getAttribute('data-key')),
    )) {
      expect(key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }

    // A week with answers: its first cell links to the responses of that week and touchpoint.
    await rows.locator('th a').first().click();
    await page.waitForURL(/\/responses\?/);
    const params = new URL(page.url()).searchParams;
    expect(params.get('touchpointId')).toBe(touchpointId);
    expect(params.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(params.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByTestId('response-row').first().waitFor();
    expect(await page.getByTestId('response-row').count()).toBeGreaterThan(0);
  });

  it('translates the chart titles into Vietnamese', async () => {
    await page.goto('/insights/trend?metric=nps');
    await page.locator('[data-testid="trend-chart"] canvas').first().waitFor();
    expect(await page.getByTestId('trend-title').textContent()).toBe('NPS by week');
    await page.getByTestId('language-vi').click();
    await page.getByText('NPS theo tuần').first().waitFor();
    expect(await page.getByTestId('trend-title').textContent()).toBe('NPS theo tuần');
    await screenshot(page, 'analytics-trend-vi');
  });
});
