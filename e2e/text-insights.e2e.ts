import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');

describe('Text insights on the demo workspace', () => {
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
    await browser?.close();
  });

  it('shows the demo topics with their volume and sentiment, and pain points ranked by impact', async () => {
    await page.goto('/insights/topics');
    const rows = page.getByTestId('topic-row');
    await rows.first().waitFor();
    const names = await rows.evaluateAll((elements) => elements.map((row) => row.getAttribute('data-topic')));
    expect(names).toEqual(expect.arrayContaining(['Delivery', 'Refunds', 'App and checkout']));
    await screenshot(page, 'text-topics');

    await page.getByTestId('insights-tab-pain-points').click();
    const painPoints = page.getByTestId('pain-point');
    await painPoints.first().waitFor();
    expect(await painPoints.count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('pain-impact').first().textContent()).toMatch(/\d/);
    await screenshot(page, 'text-pain-points');
  });

  it('finds the emerging theme of the last weeks (the broken voucher codes)', async () => {
    await page.getByTestId('insights-tab-themes').click();
    const emerging = page.getByTestId('theme').filter({ has: page.getByTestId('emerging-badge') });
    await emerging.first().waitFor();
    expect((await emerging.first().textContent())?.toLowerCase()).toMatch(
      /voucher|mã giảm giá|cập nhật|update/,
    );
    await screenshot(page, 'text-themes');
  });

  it('highlights what drove each comment and searches without diacritics', async () => {
    await page.goto('/insights/comments');
    await page.getByTestId('comment').first().waitFor();
    expect(await page.locator('[data-testid="comment"] mark').count()).toBeGreaterThan(0);
    await page.getByLabel('Search text').fill('tien hoan');
    await page.waitForFunction(() => {
      const comments = [...document.querySelectorAll('[data-testid="comment"]')];
      return comments.length > 0 && comments.every((c) => /tiền hoàn|hoàn tiền/i.test(c.textContent ?? ''));
    });
    await screenshot(page, 'text-comments');
  });

  it('tags comments as loyalty points, retrains, and sees the topic gain mentions', async () => {
    await page.goto('/insights/topics');
    await page.getByRole('link', { name: 'Edit topic Loyalty points' }).click();
    await page.getByTestId('topic-examples').waitFor();
    const model = page.getByTestId('topic-model');

    await page.getByLabel('Search comments').fill('loyalty points');
    const results = page.getByTestId('example-search-results');
    await results.locator('li').first().waitFor();
    const candidates = results.locator('li');
    expect(await candidates.count()).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 3; i++) {
      const button = candidates.nth(i).getByRole('button', { name: 'Belongs' });
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    }
    await expect.poll(async () => page.getByTestId('example-list').locator('li').count()).toBe(3);

    await model.getByRole('button', { name: 'Retrain' }).click();
    const changes = page.getByTestId('train-changes');
    await changes.waitFor();
    const loyalty = changes.locator('tr', { has: page.getByRole('rowheader', { name: 'Loyalty points' }) });
    const cells = await loyalty.locator('td').allTextContents();
    expect(Number(cells[0])).toBe(0);
    expect(Number(cells[1]?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'text-retrained');

    // The explorer now finds comments about loyalty points under the topic.
    await page.goto('/insights/topics');
    const row = page.locator('[data-testid="topic-row"][data-topic="Loyalty points"]');
    await row.waitFor();
    await row.getByRole('link', { name: 'Loyalty points' }).click();
    await page.waitForURL(/\/insights\/comments\?.*topicId=/);
    const first = page.getByTestId('comment').first();
    await first.waitFor();
    expect((await first.textContent())?.toLowerCase()).toMatch(/loyalty|điểm thưởng/);
  });
});
