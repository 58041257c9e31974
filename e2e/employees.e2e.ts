import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');

async function seriousViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('employees page', () => {
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

  it('imports pasted CSV, shows the counts and lists the people, with the anonymity note', async () => {
    await page.getByRole('link', { name: 'Employees' }).click();
    await page.waitForURL(/\/employees$/);
    await page.getByTestId('employees-anonymity').waitFor();
    expect(await page.getByTestId('employees-anonymity').textContent()).toContain(
      'no employee or contact id',
    );
    const csv = [
      'email,name,department,manager email,start date,grade',
      'an@e2e.example,An Tran,Support,,2023-02-01,G2',
      'binh@e2e.example,Binh Le,Support,an@e2e.example,2024-05-10,G1',
      'not-an-email,Nobody,Ops,,,',
    ].join('\n');
    await page.getByTestId('employees-csv').fill(csv);
    await page.getByRole('button', { name: 'Import' }).click();
    const result = page.getByTestId('employees-import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('2 added, 0 updated, 0 marked as left, 1 rows with errors');
    await page.getByTestId('employee-search').fill('e2e.example');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="employee-row"]').length === 2);
    const emails = await page
      .getByTestId('employee-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-email')));
    expect(emails).toEqual(['an@e2e.example', 'binh@e2e.example']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'employees-page');
  });
});
