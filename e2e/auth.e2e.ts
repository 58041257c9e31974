import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  fetchMe,
  launchBrowser,
  newContext,
  screenshot,
  signInViaUi,
  type TestUser,
  uniqueUser,
} from './support/browser';

const baseURL = inject('baseURL');

describe('sign-up, sign-out and sign-in', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const user: TestUser = uniqueUser('Ada');

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sends a visitor to sign-in, and sign-up creates a workspace and lands in the shell', async () => {
    await page.goto('/settings/members');
    await page.waitForURL(/\/sign-in\?next=%2Fsettings%2Fmembers$/);
    await page.getByRole('heading', { name: 'Sign in to Touchpoint' }).waitFor();

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL(/\/sign-up/);
    await page.getByLabel('Your name').fill(user.name);
    await page.getByLabel('Work email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByLabel('Workspace name').fill(user.workspaceName);
    await screenshot(page, 'sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();

    // Back to where the visitor was going, inside the shell of the new workspace.
    await page.waitForURL(/\/settings\/members$/);
    await page.getByTestId('app-shell').waitFor();
    expect(await page.getByTestId('current-workspace').textContent()).toBe(user.workspaceName);
    const row = page.locator(`[data-testid="member-row"][data-email="${user.email}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Admin');

    const me = await fetchMe(page);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      user: { email: user.email, name: user.name },
      workspace: { name: user.workspaceName },
      role: 'admin',
      via: 'session',
    });

    await page.getByTestId('nav-home').click();
    await page.getByRole('heading', { name: 'Welcome, Ada' }).waitFor();
    await screenshot(page, 'home');
  });

  it('signs out, then signs back in', async () => {
    await page.getByTestId('user-menu-button').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    expect((await fetchMe(page)).status).toBe(401);

    // The shell is gone for good: going back to a page asks to sign in again.
    await page.goto('/settings/teams');
    await page.waitForURL(/\/sign-in\?next=/);

    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/settings\/teams$/);
    expect(await page.getByTestId('current-workspace').textContent()).toBe(user.workspaceName);
    expect((await fetchMe(page)).status).toBe(200);
  });

  it('shows the error message for a wrong password and stays signed out', async () => {
    const other = await newContext(browser, baseURL);
    try {
      const guest = await other.newPage();
      await guest.goto('/sign-in');
      await guest.getByLabel('Email').fill(user.email);
      await guest.getByLabel('Password').fill('not-the-password');
      await guest.getByRole('button', { name: 'Sign in', exact: true }).click();
      const error = guest.getByTestId('sign-in-error');
      await error.waitFor();
      expect(await error.getAttribute('role')).toBe('alert');
      // English shows the server's own `detail`.
      expect(await error.textContent()).toContain('The email or the password is wrong.');
      expect(await error.textContent()).toContain('INVALID_CREDENTIALS');
      expect(guest.url()).toMatch(/\/sign-in$/);
      expect((await fetchMe(guest)).status).toBe(401);
      await screenshot(guest, 'sign-in-error');
    } finally {
      await other.close();
    }
  });

  it('checks the sign-up form before sending it', async () => {
    const other = await newContext(browser, baseURL);
    try {
      const guest = await other.newPage();
      let signUpRequests = 0;
      guest.on('request', (request) => {
        if (request.url().endsWith('/api/v1/auth/sign-up')) signUpRequests += 1;
      });
      await guest.goto('/sign-up');
      await guest.getByLabel('Your name').fill('Short Password');
      await guest.getByLabel('Work email').fill('short@example.test');
      await guest.getByLabel('Password').fill('too-short');
      await guest.getByLabel('Workspace name').fill('Nope');
      await guest.getByRole('button', { name: 'Create account' }).click();
      await guest.getByText('Use at least 10 characters.').waitFor();
      expect(await guest.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
      expect(signUpRequests).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('does not tell whether an email has an account: signing up twice says "check your inbox"', async () => {
    const other = await newContext(browser, baseURL);
    try {
      const guest = await other.newPage();
      await guest.goto('/sign-up');
      await guest.getByLabel('Your name').fill('Someone Else');
      await guest.getByLabel('Work email').fill(user.email);
      await guest.getByLabel('Password').fill('another-long-password');
      await guest.getByLabel('Workspace name').fill('Duplicate Inc');
      await guest.getByRole('button', { name: 'Create account' }).click();
      const pending = guest.getByTestId('sign-up-pending');
      await pending.waitFor();
      expect(await pending.textContent()).toContain(user.email);
      expect(await guest.getByTestId('sign-up-error').count()).toBe(0);
      expect(guest.url()).toMatch(/\/sign-up$/);
      // Nothing was created and nobody was signed in.
      expect((await fetchMe(guest)).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('on an invitation-only server hides the sign-up link and explains how to join', async () => {
    const other = await newContext(browser, baseURL);
    try {
      const guest = await other.newPage();
      // The server's setting (TOUCHPOINT_SIGNUP=invite) as the public config endpoint reports it.
      await guest.route('**/api/v1/public/config', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"signUp":"invite"}' }),
      );
      await guest.goto('/sign-in');
      await guest.getByTestId('sign-up-invite-only').waitFor();
      expect(await guest.getByRole('link', { name: 'Create an account' }).count()).toBe(0);
      await guest.goto('/sign-up');
      await guest.getByTestId('sign-up-closed').waitFor();
      expect(await guest.getByTestId('sign-up-form').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('signs in to the seeded demo workspace', async () => {
    const other = await newContext(browser, baseURL);
    try {
      const demo = await other.newPage();
      await signInViaUi(demo, 'demo@touchpoint.local', 'touchpoint-demo');
      const me = await fetchMe(demo);
      expect(me.body).toMatchObject({ user: { email: 'demo@touchpoint.local' }, via: 'session' });
      const workspace = me.body.workspace as { name: string };
      expect(await demo.getByTestId('current-workspace').textContent()).toBe(workspace.name);
    } finally {
      await other.close();
    }
  });
});
