import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');

/** Serious and critical axe-core violations on the page as it is now (rule id and first target). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
  });
}

describe('Customers at risk on the demo', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL, { viewport: { width: 1440, height: 900 } });
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

  it('lists the riskiest customers with reasons in words and the model measured on held-out customers', async () => {
    await page.goto('/at-risk');
    const rows = page.getByTestId('at-risk-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(3);
    const first = rows.first();
    expect(await first.getAttribute('data-band')).toBe('high');
    const reasons = await first.getByTestId('churn-reasons').locator('li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.join(' ')).toMatch(/login|payment\.failed|support\.ticket|NPS|activity|comment/);
    const figures = page.getByTestId('churn-model-figures');
    await figures.waitFor();
    expect(await figures.locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'churn-at-risk');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('churn-filter-band').selectOption('low');
    await expect.poll(() => page.locator('[data-testid="at-risk-row"][data-band="high"]').count()).toBe(0);
    await page.getByTestId('churn-filter-band').selectOption('medium_or_high');
    await rows.first().waitFor();
  });

  it('opens a customer at risk and reads the churn risk on their profile, in English and Vietnamese', async () => {
    await page.goto('/at-risk?band=high');
    await page.getByTestId('at-risk-row').first().locator('a').click();
    await page.waitForURL(/\/customers\//);
    const panel = page.getByTestId('churn-risk-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('churn-band').getAttribute('data-band')).toBe('high');
    const english = await panel.getByTestId('churn-reasons').locator('li').first().textContent();
    await screenshot(page, 'churn-contact-panel');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('language-vi').click();
    await expect
      .poll(() => panel.getByTestId('churn-reasons').locator('li').first().textContent())
      .not.toBe(english);
    expect(await panel.getByTestId('churn-band').textContent()).toBe('Cao');
    await page.goto('/at-risk');
    await page.getByTestId('at-risk-row').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('language-en').click();
  });

  it('trains a new version with progress and shows its held-out figures', async () => {
    await page.goto('/at-risk');
    await page.getByTestId('churn-model-figures').waitFor();
    const before = await page.getByTestId('churn-model-figures').locator('p').first().textContent();
    await page.getByTestId('churn-train').click();
    await expect
      .poll(() => page.getByTestId('churn-model-figures').locator('p').first().textContent(), {
        timeout: 30_000,
      })
      .not.toBe(before);
    expect(await page.getByTestId('churn-model-figures').locator('p').first().textContent()).toMatch(
      /Version 2/,
    );
  });
});
