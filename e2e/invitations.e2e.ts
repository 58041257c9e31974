import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchMe, launchBrowser, newContext, screenshot, signUpViaUi, uniqueUser } from './support/browser';

const baseURL = inject('baseURL');

describe('invitations', () => {
  let browser: Browser;
  let adminContext: BrowserContext;
  let inviteeContext: BrowserContext;
  let admin: Page;
  let invitee: Page;
  const owner = uniqueUser('Owner');
  const guest = uniqueUser('Bao');
  let acceptLink = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    adminContext = await newContext(browser, baseURL);
    inviteeContext = await newContext(browser, baseURL);
    admin = await adminContext.newPage();
    invitee = await inviteeContext.newPage();
    await signUpViaUi(admin, owner);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('invites a member by email and shows the accept link once', async () => {
    await admin.goto('/settings/members');
    await admin.getByLabel('Email address').fill(guest.email);
    await admin.getByLabel('Role', { exact: true }).selectOption('analyst');
    await admin.getByRole('button', { name: 'Send invitation' }).click();

    const created = admin.getByTestId('invitation-created');
    await created.waitFor();
    expect(await created.textContent()).toContain(guest.email);
    acceptLink = await admin.getByTestId('invitation-link').inputValue();
    expect(acceptLink).toMatch(/\/invite\?token=/);

    const pending = admin.locator(`[data-testid="invitation-row"][data-email="${guest.email}"]`);
    await pending.waitFor();
    expect(await pending.textContent()).toContain('Pending');
    await screenshot(admin, 'invitation-created');
  });

  it('accepts the invitation in a second browser with a new account', async () => {
    const link = new URL(acceptLink);
    await invitee.goto(`${link.pathname}${link.search}`);
    const preview = invitee.getByTestId('invitation-preview');
    await preview.waitFor();
    expect(await invitee.getByRole('heading', { level: 1 }).textContent()).toBe(
      `Join ${owner.workspaceName}`,
    );
    expect(await invitee.textContent('main')).toContain(guest.email);
    await screenshot(invitee, 'invitation-accept');

    await invitee.getByLabel('Your name').fill(guest.name);
    await invitee.getByLabel('Password').fill(guest.password);
    await invitee.getByRole('button', { name: 'Create account and join' }).click();
    await invitee.getByTestId('app-shell').waitFor();
    expect(await invitee.getByTestId('current-workspace').textContent()).toBe(owner.workspaceName);

    const me = await fetchMe(invitee);
    expect(me.body).toMatchObject({
      user: { email: guest.email, name: guest.name },
      workspace: { name: owner.workspaceName },
      role: 'analyst',
    });
  });

  it('shows the new member only what an analyst may do', async () => {
    await invitee.goto('/settings/members');
    await invitee.getByTestId('members-table').waitFor();
    expect(await invitee.getByTestId('invite-form').count()).toBe(0);
    expect(await invitee.getByTestId('settings-tab-api-keys').count()).toBe(0);
    expect(await invitee.getByTestId('settings-tab-audit-log').count()).toBe(0);
    expect(await invitee.getByRole('button', { name: /^Remove / }).count()).toBe(0);

    await invitee.goto('/settings/api-keys');
    await invitee.getByTestId('no-access').waitFor();
  });

  it('lets the admin see the new member and change their role', async () => {
    await admin.reload();
    const row = admin.locator(`[data-testid="member-row"][data-email="${guest.email}"]`);
    await row.waitFor();
    expect(await admin.locator(`[data-testid="invitation-row"][data-email="${guest.email}"]`).count()).toBe(
      0,
    );

    await admin.getByLabel(`Role for ${guest.name}`).selectOption('cx_manager');
    await expect.poll(async () => (await fetchMe(invitee)).body.role).toBe('cx_manager');
    await screenshot(admin, 'members');

    // Deactivating stops their access (and new case assignments) without losing anything; it is undone.
    await row.getByRole('button', { name: `Deactivate ${guest.name}` }).click();
    await row.getByTestId('member-deactivated').waitFor();
    await expect.poll(async () => (await invitee.request.get('/api/v1/teams')).status()).toBe(403);
    await row.getByRole('button', { name: `Reactivate ${guest.name}` }).click();
    await expect.poll(() => row.getByTestId('member-deactivated').count()).toBe(0);
    await expect.poll(async () => (await invitee.request.get('/api/v1/teams')).status()).toBe(200);
  });

  it('revokes a pending invitation, and its link stops working', async () => {
    const email = uniqueUser('Revoked').email;
    await admin.getByLabel('Email address').fill(email);
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => admin.getByTestId('invitation-created').textContent()).toContain(email);
    const link = new URL(await admin.getByTestId('invitation-link').inputValue());

    const lookup = () => admin.request.get(`/api/v1/invitations/lookup${link.search}`);
    expect((await lookup()).status()).toBe(200);

    await admin.getByRole('button', { name: `Revoke the invitation for ${email}` }).click();
    await admin.getByTestId('confirm-dialog').getByTestId('confirm-button').click();
    await expect
      .poll(() => admin.locator(`[data-testid="invitation-row"][data-email="${email}"]`).count())
      .toBe(0);

    const stranger = await newContext(browser, baseURL);
    try {
      const page = await stranger.newPage();
      await page.goto(`${link.pathname}${link.search}`);
      await page.getByTestId('invite-error').waitFor();
      expect(await page.getByTestId('invitation-preview').count()).toBe(0);
      expect((await lookup()).status()).toBeGreaterThanOrEqual(400);
    } finally {
      await stranger.close();
    }
  });

  it('lets someone who already has an account sign in and join, or join directly when signed in', async () => {
    const existing = uniqueUser('Existing');
    const existingContext = await newContext(browser, baseURL);
    try {
      const page = await existingContext.newPage();
      await signUpViaUi(page, existing);
      await page.getByTestId('user-menu-button').click();
      await page.getByTestId('sign-out').click();
      await page.waitForURL(/\/sign-in/);

      await admin.getByLabel('Email address').fill(existing.email);
      await admin.getByLabel('Role', { exact: true }).selectOption('viewer');
      await admin.getByRole('button', { name: 'Send invitation' }).click();
      await expect
        .poll(() => admin.getByTestId('invitation-created').textContent())
        .toContain(existing.email);
      const link = new URL(await admin.getByTestId('invitation-link').inputValue());

      // Signed out: the invitation asks to sign in first and comes back afterwards.
      await page.goto(`${link.pathname}${link.search}`);
      await page.getByTestId('invite-sign-in').click();
      await page.waitForURL(/\/sign-in\?next=/);
      expect(await page.getByLabel('Email').inputValue()).toBe(existing.email);
      await page.getByLabel('Password').fill(existing.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL(/\/invite\?token=/);

      // Signed in as the invited person: one click joins.
      await page.getByRole('button', { name: `Join ${owner.workspaceName}` }).click();
      await page.getByTestId('app-shell').waitFor();
      expect(await page.getByTestId('current-workspace').textContent()).toBe(owner.workspaceName);
      const me = await fetchMe(page);
      expect(me.body).toMatchObject({ workspace: { name: owner.workspaceName }, role: 'viewer' });
      expect((me.body.workspaces as unknown[]).length).toBe(2);
    } finally {
      await existingContext.close();
    }
  });

  it('removes a member after confirmation', async () => {
    await admin.getByRole('button', { name: `Remove ${guest.name}` }).click();
    await admin.getByTestId('confirm-dialog').getByTestId('confirm-button').click();
    await expect
      .poll(() => admin.locator(`[data-testid="member-row"][data-email="${guest.email}"]`).count())
      .toBe(0);
  });
});
