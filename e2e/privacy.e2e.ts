import { readFile } from 'node:fs/promises';
import axe from 'axe-core';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchMe, launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

// Issue 15, personal data rights: from one person's 360 page, download everything held about them as a
// ZIP, record a consent, then erase them with the typed confirmation and watch the job finish.

const baseURL = inject('baseURL');

async function post(page: Page, path: string, data: unknown) {
  const me = await fetchMe(page);
  const response = await page.request.post(path, {
    data,
    headers: { 'x-csrf-token': String(me.body.csrfToken) },
  });
  return { status: response.status(), body: (await response.json()) as Record<string, any> };
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

async function patch(page: Page, path: string, data: unknown) {
  const me = await fetchMe(page);
  const response = await page.request.patch(path, {
    data,
    headers: { 'x-csrf-token': String(me.body.csrfToken) },
  });
  return response.status();
}

describe('personal data rights on the customer page', () => {
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

  it('exports a ZIP, records a consent and erases the person with progress', async () => {
    const email = `privacy-e2e-${Date.now()}@example.com`;
    const identified = await post(page, '/api/v1/contacts/identify', {
      email,
      attributes: { name: 'Privacy Person', city: 'Da Nang' },
    });
    expect(identified.status).toBe(200);
    const contactId = identified.body.contact.id as string;

    await page.goto(`/customers/${contactId}`);
    await page.getByTestId('contact-page').waitFor();
    await page.getByTestId('consents-empty').waitFor();

    // Consent: recorded through the dialog and listed.
    await page.getByTestId('consent-add').click();
    const dialog = page.getByTestId('consent-dialog');
    await dialog.getByLabel('Purpose').fill('newsletter');
    await dialog.getByLabel('Source').fill('e2e form');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('consent-item').count()).toBe(1);
    expect(await page.getByTestId('consent-item').textContent()).toContain('newsletter');

    // Export (ZIP): the browser downloads it; it holds the JSON and the CSVs with this person's data.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('privacy-export').click(),
    ]);
    const files = unzipSync(new Uint8Array(await readFile(String(await download.path()))));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['export.json', 'identities.csv', 'consents.csv']),
    );
    const exported = JSON.parse(strFromU8(files['export.json'] as Uint8Array));
    expect(exported.identities[0].email).toBe(email);
    expect(exported.attributes.city).toBe('Da Nang');
    expect(strFromU8(files['consents.csv'] as Uint8Array)).toContain('newsletter');

    // Erase: the button stays disabled until the word is typed; progress until done.
    await page.getByTestId('privacy-erase-open').click();
    const confirm = page.getByTestId('erase-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('erase-confirm-input').fill('ERASE');
    expect(await confirm.isDisabled()).toBe(false);
    await confirm.click();
    await page.getByTestId('erase-progress').waitFor();
    await expect
      .poll(() => page.getByTestId('erase-status').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('done');
    await screenshot(page, 'privacy-erased');
    await page.getByTestId('erase-close').click();
    await page.waitForURL(/\/customers$/);

    await page.goto(`/customers/${contactId}`);
    await page.getByTestId('contact-not-found').waitFor();
    const after = await page.request.get(`/api/v1/contacts?q=${encodeURIComponent(email)}`);
    expect(((await after.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('Settings → Privacy: the retention dry run is shown before saving; the self-service link appears', async () => {
    await page.goto('/settings/privacy');
    await page.getByTestId('privacy-settings').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('retention-responsesDays').fill('36500');
    await page.getByTestId('retention-save').click();
    const preview = page.getByTestId('retention-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('0 responses');
    await page.getByTestId('confirm-button').click();
    await preview.waitFor({ state: 'detached' });
    const saved = await page.request.get('/api/v1/privacy/settings');
    expect(((await saved.json()) as { responsesDays: number }).responsesDays).toBe(36500);

    await page.getByTestId('self-service-toggle').click();
    await page.getByTestId('self-service-url').waitFor();
    const link = await page.getByTestId('self-service-url').inputValue();
    expect(link).toMatch(/\/privacy\/[0-9a-f-]{36}$/);
    const form = await page.request.get(new URL(link).pathname);
    expect(form.status()).toBe(200);
    // Leave the demo as it was for the other browser tests.
    expect(
      await patch(page, '/api/v1/privacy/settings', { responsesDays: null, selfServiceEnabled: false }),
    ).toBe(200);
  });
});
