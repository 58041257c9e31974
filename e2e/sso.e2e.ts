import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LocalOidcProvider, startLocalOidcProvider } from '../apps/server/test/support/oidc';
import { fetchMe, launchBrowser, newContext, screenshot, signUpViaUi, uniqueUser } from './support/browser';

// Single sign-on in the browser, through a real OpenID Connect provider (the `oidc-provider` package in
// its own process): an admin sets it up in Settings → Security, then a colleague signs in with "Sign in
// with SSO", the provider's own login page, and lands in the app as a new member.

const baseURL = inject('baseURL');
const CLIENT = {
  client_id: 'touchpoint-e2e',
  client_secret: 'e2e-secret-4d6f8a0c2e4b6d8f0a2c4e6b',
  redirect_uris: [`${baseURL}/api/v1/auth/sso/callback`],
};

describe('single sign-on in the browser', () => {
  let provider: LocalOidcProvider;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const admin = uniqueUser('Sso');
  const domain = `sso-${Date.now().toString(36)}.test`;

  beforeAll(async () => {
    provider = await startLocalOidcProvider([CLIENT]);
    browser = await launchBrowser();
    context = await newContext(browser, baseURL);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await provider?.stop();
  });

  it('lets an admin set up SSO under Settings → Security', async () => {
    await signUpViaUi(page, admin);
    await page.goto('/settings/security');
    const section = page.getByTestId('sso-section');
    await section.waitFor();
    expect(await page.getByTestId('sso-redirect-uri').inputValue()).toBe(CLIENT.redirect_uris[0]);
    await section.getByLabel('Issuer URL').fill(provider.issuer);
    await section.getByLabel('Client ID').fill(CLIENT.client_id);
    await section.getByLabel('Client secret').fill(CLIENT.client_secret);
    await section.getByLabel('Allowed email domains').fill(domain);
    await section.getByLabel('People who are not members yet').selectOption('analyst');
    await section.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('sso-saved').waitFor();
    // The secret is not shown again; the form says one is stored.
    expect(await section.getByLabel('Client secret').inputValue()).toBe('');
    await section.getByText('A secret is stored (encrypted)').waitFor();
    await screenshot(page, 'sso-settings');
  });

  it('signs a colleague in through the provider with "Sign in with SSO"', async () => {
    await page.getByTestId('user-menu-button').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);

    // A domain no workspace uses comes back with a clear message.
    await page.getByRole('button', { name: 'Sign in with SSO' }).click();
    await page.getByLabel('Work email').fill('someone@unknown-domain.test');
    await page.getByRole('button', { name: 'Continue with SSO' }).click();
    await page.getByTestId('sso-error-notice').waitFor();
    expect(await page.getByTestId('sso-error-notice').textContent()).toContain(
      'No workspace signs in with SSO',
    );

    await page.getByRole('button', { name: 'Sign in with SSO' }).click();
    await page.getByLabel('Work email').fill(`kim@${domain}`);
    await page.getByRole('button', { name: 'Continue with SSO' }).click();
    // The provider's own login page (another origin).
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill(`kim@${domain}`);
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('app-shell').waitFor();
    expect(new URL(page.url()).origin).toBe(baseURL);
    const me = await fetchMe(page);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { email: `kim@${domain}` }, role: 'analyst' });
    expect((me.body.workspace as { name: string }).name).toBe(admin.workspaceName);
    await screenshot(page, 'sso-signed-in');
  });
});
