import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signUpViaUi, uniqueUser } from './support/browser';

const baseURL = inject('baseURL');

async function callMeWithKey(key: string) {
  const response = await fetch(`${baseURL}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('API keys', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const user = uniqueUser('Keys');
  let key = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL);
    page = await context.newPage();
    await signUpViaUi(page, user);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a key, shows it once, and the key calls the API', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-api-keys').click();
    await page.waitForURL(/\/settings\/api-keys$/);
    await page.getByTestId('api-keys-empty').waitFor();

    await page.getByLabel('Key name').fill('Warehouse export');
    await page.getByLabel('Role', { exact: true }).selectOption('analyst');
    await page.getByRole('button', { name: 'Create key' }).click();

    const created = page.getByTestId('api-key-created');
    await created.waitFor();
    expect(await created.textContent()).toContain('It is shown only once');
    key = await page.getByTestId('api-key-value').inputValue();
    expect(key.length).toBeGreaterThan(20);
    await screenshot(page, 'api-key-created');

    const me = await callMeWithKey(key);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      user: null,
      workspace: { name: user.workspaceName },
      role: 'analyst',
      via: 'api_key',
    });

    const row = page.locator('[data-testid="api-key-row"][data-name="Warehouse export"]');
    await row.waitFor();
    const prefix = (await row.locator('code').textContent())?.replace('…', '') ?? '';
    expect(prefix.length).toBeGreaterThan(3);
    expect(key.startsWith(prefix)).toBe(true);
    expect(await row.textContent()).toContain('Analyst');
    expect(await row.textContent()).toContain('Active');
    // The key answers to the person who made it, and the list says who that is.
    expect(await row.getByTestId('api-key-creator').textContent()).toContain(user.name);
  });

  it('never shows the key again after it is dismissed', async () => {
    await page.getByRole('button', { name: 'I have stored it' }).click();
    expect(await page.getByTestId('api-key-created').count()).toBe(0);
    await page.reload();
    await page.locator('[data-testid="api-key-row"]').first().waitFor();
    expect(await page.content()).not.toContain(key);
    // It was used once above: the list says so.
    await page.reload();
    const row = page.locator('[data-testid="api-key-row"][data-name="Warehouse export"]');
    await row.waitFor();
    expect(await row.textContent()).not.toContain('Never');
  });

  it('pages through a long list with Load more', async () => {
    const me = await page.request.get('/api/v1/me');
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    for (let i = 1; i <= 50; i++) {
      const response = await page.request.post('/api/v1/api-keys', {
        data: { name: `Bulk key ${String(i).padStart(2, '0')}`, role: 'viewer' },
        headers: { 'x-csrf-token': csrfToken },
      });
      expect(response.status()).toBe(201);
    }
    await page.reload();
    const rows = page.getByTestId('api-key-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(50);
    await page.getByTestId('load-more').click();
    await expect.poll(() => rows.count()).toBe(51);
    expect(await page.getByTestId('load-more').count()).toBe(0);
  });

  it('revokes a key after confirmation, and the key stops working', async () => {
    await page.getByRole('button', { name: 'Revoke API key Warehouse export' }).click();
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('cannot be undone');
    await screenshot(page, 'api-key-revoke-confirm');
    await dialog.getByTestId('confirm-button').click();

    const row = page.locator('[data-testid="api-key-row"][data-name="Warehouse export"]');
    await expect.poll(() => row.textContent()).toContain('Revoked');
    expect(await page.getByRole('button', { name: 'Revoke API key Warehouse export' }).count()).toBe(0);
    expect((await callMeWithKey(key)).status).toBe(401);
  });
});
