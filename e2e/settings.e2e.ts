import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  launchBrowser,
  newContext,
  README_SCREENSHOT,
  screenshot,
  signInViaUi,
  signUpViaUi,
  uniqueUser,
} from './support/browser';

const baseURL = inject('baseURL');

describe('teams, audit log and API reference', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const user = uniqueUser('Teams');

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL);
    page = await context.newPage();
    await signUpViaUi(page, user);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates, renames and deletes a team, and manages its members', async () => {
    await page.goto('/settings/teams');
    await page.getByTestId('teams-empty').waitFor();

    await page.getByLabel('Team name').fill('Support');
    await page.getByLabel('Description (optional)').fill('Answers customers every day');
    await page.getByRole('button', { name: 'Create team' }).click();
    const card = page.locator('[data-testid="team-card"][data-team="Support"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('Answers customers every day');

    await page.getByRole('button', { name: 'Edit team Support' }).click();
    const form = page.getByTestId('edit-team-form');
    await form.getByLabel('Team name').fill('Customer support');
    await form.getByRole('button', { name: 'Save' }).click();
    const renamed = page.locator('[data-testid="team-card"][data-team="Customer support"]');
    await renamed.waitFor();

    await renamed
      .getByLabel('Add a member to Customer support')
      .selectOption({ label: `${user.name} (${user.email})` });
    await renamed.getByRole('button', { name: 'Add to team' }).click();
    await expect.poll(() => renamed.getByTestId('team-members').textContent()).toContain(user.name);
    await screenshot(page, 'teams');

    await renamed.getByRole('button', { name: `Remove ${user.name} from Customer support` }).click();
    await expect.poll(() => renamed.getByTestId('team-members').count()).toBe(0);

    await page.getByRole('button', { name: 'Delete team Customer support' }).click();
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('confirm-button').click();
    await page.getByTestId('teams-empty').waitFor();
  });

  it('lists what happened in the audit log', async () => {
    await page.getByTestId('settings-tab-audit-log').click();
    await page.waitForURL(/\/settings\/audit-log$/);
    await page.getByTestId('audit-table').waitFor();
    expect(await page.getByTestId('audit-row').count()).toBeGreaterThan(2);
    const types = await page
      .getByTestId('audit-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-type')));
    expect(types.some((type) => type?.includes('team'))).toBe(true);
    await screenshot(page, 'audit-log');
  });

  it('renders the API reference from the OpenAPI document', async () => {
    await page.getByTestId('nav-api-reference').click();
    await page.getByTestId('api-tag').first().waitFor();
    expect(await page.getByTestId('raw-openapi').getAttribute('href')).toBe('/api/v1/openapi.json');

    const me = page.locator('[data-testid="api-operation"][data-method="get"][data-path="/api/v1/me"]');
    await me.locator('summary').click();
    const fields = me.getByTestId('schema-table').first();
    await fields.waitFor();
    const text = await fields.textContent();
    expect(text).toContain('csrfToken');
    expect(text).toContain('workspace.name');
    expect(text).toContain('workspaces[].role');

    const invite = page.locator(
      '[data-testid="api-operation"][data-method="post"][data-path="/api/v1/invitations"]',
    );
    await invite.locator('summary').click();
    expect(await invite.textContent()).toContain('Admin');
    expect(await invite.textContent()).toContain('email');

    const signIn = page.locator(
      '[data-testid="api-operation"][data-method="post"][data-path="/api/v1/auth/sign-in"]',
    );
    await signIn.locator('summary').click();
    expect(await signIn.textContent()).toContain('Public');

    await page.getByTestId('api-filter').fill('api-keys');
    await expect
      .poll(() =>
        page.getByTestId('api-operation').evaluateAll((ops) => ops.map((op) => op.getAttribute('data-path'))),
      )
      .toSatisfy(
        (paths: unknown) =>
          (paths as string[]).length > 0 && (paths as string[]).every((p) => p.includes('api-keys')),
      );
    await page.getByTestId('api-filter').fill('');
    await me.locator('summary').click();
    await me.getByTestId('schema-table').first().waitFor();
    await me.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'api-reference');
  });

  it('takes the README screenshot of the demo workspace', async () => {
    const demoContext = await newContext(browser, baseURL, { viewport: { width: 1440, height: 900 } });
    try {
      const demo = await demoContext.newPage();
      await signInViaUi(demo, 'demo@touchpoint.local', 'touchpoint-demo');
      await demo.goto('/settings/members');
      await demo.getByTestId('members-table').waitFor();
      await screenshot(demo, 'readme', README_SCREENSHOT);
    } finally {
      await demoContext.close();
    }
  });
});
