import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');

/**
 * The Act editors as a CX manager uses them on the demo: an alert rule built with the condition builder and
 * tested against last week before it is saved, an automation dry-run, and the demo's action plan with its
 * linked cases and before/after metric.
 */
describe('alert rules, automations and action plans in the app', () => {
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

  it('builds an alert rule, tests it against the last 7 days, saves and deletes it', async () => {
    await page.goto('/cases/alert-rules');
    await page.getByTestId('alert-rules-page').waitFor();
    await page.getByTestId('new-alert-rule').click();
    const form = page.getByTestId('alert-rule-form');
    await form.getByLabel('Name').fill('Unhappy with delivery');
    const row = form.getByTestId('condition-row').first();
    await row.getByTestId('condition-field').selectOption('csat');
    await row.getByTestId('condition-op').selectOption('lte');
    await row.getByTestId('condition-value').fill('2');
    await form.getByTestId('alert-rule-test').click();
    const result = form.getByTestId('alert-rule-test-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/Would have fired \d+ times? in the last 7 days/);
    await screenshot(page, 'alert-rule-test');
    await form.getByTestId('alert-rule-save').click();
    const saved = page.getByTestId('alert-rule-row').filter({ hasText: 'Unhappy with delivery' });
    await saved.waitFor();

    await saved.getByRole('button', { name: 'Delete rule “Unhappy with delivery”' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => saved.count()).toBe(0);
  });

  it('dry-runs an automation before it exists', async () => {
    await page.goto('/cases/automations/new');
    await page.getByTestId('automation-editor-page').waitFor();
    await page.getByTestId('rule-name').fill('Recover unhappy delivery customers');
    await page.getByTestId('trigger-type').selectOption('score.band');
    await page.getByTestId('trigger-band').selectOption('detractor');
    await page.getByTestId('test-automation').click();
    const result = page.getByTestId('automation-test-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/Would have fired \d+ times? out of \d+/);
    await screenshot(page, 'automation-dry-run');
  });

  it('opens the demo action plan with its cases and the metric before and after', async () => {
    await page.goto('/cases/plans');
    await page.getByTestId('plans-page').waitFor();
    await page.getByTestId('plan-link').filter({ hasText: 'Refunds within 5 days' }).click();
    await page.getByTestId('plan-detail').waitFor();
    await expect.poll(() => page.getByTestId('plan-case-row').count()).toBeGreaterThan(0);
    await page.getByTestId('plan-impact').waitFor();
    expect(await page.getByTestId('plan-impact-n').first().textContent()).toMatch(/\d/);
    await screenshot(page, 'action-plan');
  });
});
