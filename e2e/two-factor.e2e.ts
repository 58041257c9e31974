import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchMe, launchBrowser, newContext, screenshot, signUpViaUi, uniqueUser } from './support/browser';

const baseURL = inject('baseURL');

/** What an authenticator app shows for this secret, `offsetSteps` 30-second steps from now (RFC 6238). */
function totpCode(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

describe('two-factor sign-in in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const user = uniqueUser('Totp');
  let secret = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('turns two-factor on from Settings → Security and shows the recovery codes once', async () => {
    await signUpViaUi(page, user);
    await page.goto('/settings/security');
    await page.getByTestId('security-tab').waitFor();
    expect(await page.getByTestId('two-factor-status').textContent()).toContain('Off');
    await page.getByLabel('Your password, to set it up').fill(user.password);
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await page.getByTestId('two-factor-setup').waitFor();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    secret = (await page.getByTestId('two-factor-secret').inputValue()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'two-factor-setup');

    await page.getByLabel('Code from the app').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Turn on' }).click();
    const codes = page.getByTestId('recovery-codes');
    await codes.waitFor();
    expect(await codes.locator('li').count()).toBe(10);
    await page.getByTestId('two-factor-status').getByText('On').waitFor();
    // The sessions list shows this browser.
    await page.locator('[data-testid="session-row"][data-current="true"]').waitFor();
  });

  it('signs out, then signs in again only with a current code', async () => {
    await page.getByTestId('user-menu-button').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);

    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('sign-in-code-needed').waitFor();
    expect((await fetchMe(page)).status).toBe(401);

    await page.getByLabel('Two-factor code').fill('000000');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('sign-in-error').waitFor();
    await screenshot(page, 'two-factor-sign-in');

    // The set-up used the current step; the next one is accepted once.
    await page.getByLabel('Two-factor code').fill(totpCode(secret, 1));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('app-shell').waitFor();
    expect((await fetchMe(page)).status).toBe(200);
  });
});
