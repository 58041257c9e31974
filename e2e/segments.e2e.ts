import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');
const SHOTS = process.env.TP_SEGMENTS_SHOTS;

async function shot(page: Page, name: string) {
  await screenshot(page, `segments-${name}`, SHOTS ? `${SHOTS}/${name}.png` : undefined);
}

async function seriousViolations(page: Page) {
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

describe('segments on the demo', () => {
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
    await browser?.close();
  });

  it('lists the demo segments from the nav', async () => {
    await page.getByRole('link', { name: 'Segments' }).click();
    await page.waitForURL(/\/segments$/);
    await page.getByTestId('segment-row').first().waitFor();
    const names = await page
      .getByTestId('segment-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')));
    expect(names).toEqual(
      expect.arrayContaining(['Detractors, last 90 days, with an open case', 'Promoters', 'Enterprise plan']),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'list');
  });

  it('builds "detractors in the last 90 days with an open case" and sees the live count change', async () => {
    await page.getByTestId('new-segment').click();
    await page.waitForURL(/\/segments\/new$/);
    await page.getByTestId('segment-name').fill('Detractors with an open case (e2e)');
    const count = page.getByTestId('segment-count');
    await count.waitFor();
    const detractors = countOf(await count.textContent());
    expect(detractors).toBeGreaterThan(0);

    // Add "open cases ≥ 1": the count can only shrink, and it updates without saving.
    await page.getByTestId('condition-add-row').first().click();
    const rows = page.getByTestId('condition-row');
    await rows.nth(1).getByTestId('condition-field').selectOption('openCases');
    await rows.nth(1).getByTestId('condition-value').fill('1');
    await expect
      .poll(async () => countOf(await count.textContent()), { timeout: 10_000 })
      .toBeLessThan(detractors);
    const withCase = countOf(await count.textContent());
    expect(withCase).toBeGreaterThan(0);
    await shot(page, 'editor-live-count');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('segment-save').click();
    await page.waitForURL(/\/segments\/[0-9a-f-]{36}$/);
    await page.getByTestId('segment-member').first().waitFor();
    expect(await page.getByTestId('segment-member').count()).toBe(Math.min(withCase, 50));
  });

  it('sends a survey to a segment and shows what was sent and skipped, with reasons', async () => {
    await page.goto(`${baseURL}/segments`);
    await page.getByRole('link', { name: 'Promoters', exact: true }).click();
    await page.getByTestId('segment-member').first().waitFor();
    await page.getByTestId('segment-send-survey').click();
    const dialog = page.getByTestId('send-dialog');
    await dialog.getByTestId('send-confirm').click();
    const result = dialog.getByTestId('send-result');
    await result.waitFor({ timeout: 30_000 });
    const summary = (await result.getByRole('status').textContent()) ?? '';
    const match = /Sent (\d+), skipped (\d+)\./.exec(summary);
    expect(match, summary).not.toBeNull();
    expect(Number(match?.[1]) + Number(match?.[2])).toBeGreaterThan(0);
    // Every skip is listed under its reason ("Over the contact budget: 2").
    if (Number(match?.[2]) > 0) {
      expect(await result.getByTestId('send-skips').textContent()).toMatch(/: \d+/);
    }
    await shot(page, 'send-result');
    await dialog.getByRole('button', { name: 'Done' }).click();
  });
});
