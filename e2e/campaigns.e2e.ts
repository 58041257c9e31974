import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchMe, launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

// Campaigns and next best action on the demo: the seeded finished campaign with its results; a survey
// campaign sent from the Campaigns page to a segment through the SMTP sink, with a contact over the contact
// budget skipped and the reason shown; a suggested action on the at-risk account, done with one click.

const baseURL = inject('baseURL');
const mailURL = inject('mailURL');
const SHOTS = process.env.TP_CAMPAIGNS_SHOTS;

async function shot(page: Page, name: string) {
  await screenshot(page, `campaigns-${name}`, SHOTS ? `${SHOTS}/${name}.png` : undefined);
}

async function api(page: Page, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, data?: unknown) {
  const me = await fetchMe(page);
  const headers = { 'x-csrf-token': String(me.body.csrfToken) };
  const response =
    method === 'GET'
      ? await page.request.get(path)
      : method === 'POST'
        ? await page.request.post(path, { data, headers })
        : method === 'PUT'
          ? await page.request.put(path, { data, headers })
          : await page.request.delete(path, { headers });
  return { status: response.status(), body: (await response.json().catch(() => null)) as never };
}

async function mailsTo(address: string): Promise<{ subject: string; text: string }[]> {
  const response = await fetch(`${mailURL}/messages?${new URLSearchParams({ to: address })}`);
  return (await response.json()) as { subject: string; text: string }[];
}

type Survey = {
  id: string;
  name: string;
  distribution?: { priority?: string; cadenceDays?: number | null; samplingPercent?: number };
};
const rank = (survey: Survey) => {
  const d = survey.distribution ?? {};
  const priority = d.priority ?? ((d.cadenceDays ?? 0) >= 30 ? 'high' : 'normal');
  return { high: 0, normal: 1, low: 2 }[priority] ?? 1;
};

describe('campaigns and next best action on the demo', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let previousBudget: unknown = null;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL, { viewport: { width: 1440, height: 1000 } });
    page = await context.newPage();
    await signInViaUi(page, 'demo@touchpoint.local', 'touchpoint-demo');
  });

  /** The demo is shared with other files: put the contact budget back as it was. */
  async function restoreBudget() {
    if (previousBudget) await api(page, 'PUT', '/api/v1/settings/contact-budget', previousBudget);
    else await api(page, 'DELETE', '/api/v1/settings/contact-budget');
  }

  afterAll(async () => {
    if (page) await restoreBudget();
    await browser?.close();
  });

  it('lists the demo campaign with its results and skip reasons', async () => {
    await page.getByRole('link', { name: 'Campaigns' }).click();
    await page.waitForURL(/\/campaigns$/);
    const row = page.locator('[data-testid="campaign-row"][data-name="Promoters: ask for a review"]');
    await row.waitFor();
    await row.getByRole('link', { name: 'Promoters: ask for a review', exact: true }).click();
    await page.getByTestId('campaign-page').waitFor();
    expect(await page.getByTestId('campaign-page').getAttribute('data-status')).toBe('sent');
    expect(
      Number(await page.getByTestId('campaign-sent').locator('.metric-value').textContent()),
    ).toBeGreaterThan(0);
    expect(
      Number(await page.getByTestId('campaign-opened').locator('.metric-value').textContent()),
    ).toBeGreaterThan(0);
    expect(await page.getByTestId('campaign-skip-reasons').textContent()).toContain(
      'Over the contact budget',
    );
    await shot(page, 'demo-campaign');
  });

  it('sends a survey campaign to a segment through the SMTP sink, skipping a contact over the budget with the reason', async () => {
    const budget = await api(page, 'GET', '/api/v1/settings/contact-budget');
    previousBudget = (budget.body as { contactBudget: unknown }).contactBudget ?? null;
    const put = await api(page, 'PUT', '/api/v1/settings/contact-budget', { maxSurveys: 1, perDays: 30 });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    // Three people with an email and no survey in the last 30 days, as a static segment.
    const contacts = await api(page, 'GET', '/api/v1/contacts?limit=200');
    const candidates = (contacts.body as { items: { id: string; email: string | null }[] }).items.filter(
      (c) => c.email,
    );
    const people: { id: string; email: string }[] = [];
    for (const c of candidates) {
      if ((await mailsTo(c.email as string)).length === 0) people.push(c as { id: string; email: string });
      if (people.length === 3) break;
    }
    expect(people).toHaveLength(3);
    const segment = await api(page, 'POST', '/api/v1/segments', {
      name: 'Campaign e2e: three customers',
      kind: 'static',
      contactIds: people.map((p) => p.id),
    });
    expect(segment.status, JSON.stringify(segment.body)).toBe(201);
    const surveys = await api(page, 'GET', '/api/v1/surveys?status=published&limit=100');
    const published = (surveys.body as { items: Survey[] }).items
      .filter((s) => (s.distribution?.samplingPercent ?? 100) === 100 && !s.distribution?.cadenceDays)
      .sort((a, b) => rank(a) - rank(b));
    expect(published.length).toBeGreaterThan(1);
    // The first person already had a survey of the same or a higher priority this month.
    const overBudget = people[0] as { id: string; email: string };
    const invited = await api(page, 'POST', `/api/v1/surveys/${(published[0] as Survey).id}/invitations`, {
      channel: 'email',
      recipients: [{ email: overBudget.email }],
    });
    expect(invited.status, JSON.stringify(invited.body)).toBeLessThan(300);
    const campaignSurvey = published.at(-1) as Survey;

    await page.goto('/campaigns');
    await page.getByTestId('new-campaign').click();
    const dialog = page.getByTestId('campaign-dialog');
    await dialog.getByTestId('campaign-name').fill('Campaign e2e');
    await dialog.getByTestId('campaign-segment').selectOption({ label: 'Campaign e2e: three customers' });
    await dialog.getByTestId('campaign-kind').selectOption('survey');
    await dialog.getByTestId('campaign-survey').selectOption(campaignSurvey.id);
    await dialog.getByTestId('campaign-send').click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByTestId('campaign-page').getAttribute('data-status'), { timeout: 60_000 })
      .toBe('sent');
    expect(
      await page.getByTestId('campaign-skip-reasons').locator('li[data-reason="over_budget"]').textContent(),
    ).toMatch(/: 1$/);
    await page.getByTestId('campaign-status-filter').selectOption('skipped');
    const skipped = page.locator('[data-testid="campaign-recipient"][data-status="skipped"]');
    await skipped.first().waitFor();
    expect(await skipped.count()).toBe(1);
    const reason = skipped.getByTestId('skip-reason');
    expect(await reason.getAttribute('data-reason')).toBe('over_budget');
    expect(await reason.textContent()).toContain('budget: 1');
    expect(await skipped.textContent()).toContain(overBudget.email);
    // The other two got the survey through the SMTP sink, with their personal link.
    for (const person of people.slice(1)) {
      await expect
        .poll(
          async () =>
            (await mailsTo(person.email)).some((m) => m.text.includes(`/s/${campaignSurvey.id}?t=`)),
          {
            timeout: 30_000,
          },
        )
        .toBe(true);
    }
    await expect
      .poll(
        async () => Number(await page.getByTestId('campaign-sent').locator('.metric-value').textContent()),
        {
          timeout: 30_000,
        },
      )
      .toBe(2);
    await shot(page, 'sent-with-skip');
    await restoreBudget();
  });

  it('shows a suggested action with its evidence on the at-risk account and does it in one click', async () => {
    await page.goto('/accounts?sort=health');
    await page.getByRole('link', { name: 'Mekong Foods' }).click();
    const panel = page.getByTestId('account-page').getByTestId('nba-panel');
    const suggestion = panel
      .locator(
        '[data-testid="nba-suggestion"][data-kind="create_case"], [data-testid="nba-suggestion"][data-kind="send_survey"]',
      )
      .first();
    await suggestion.waitFor({ timeout: 15_000 });
    expect(
      (await suggestion.getByTestId('nba-evidence').locator('li').allTextContents()).length,
    ).toBeGreaterThan(0);
    const kind = await suggestion.getAttribute('data-kind');
    const before = await panel.getByTestId('nba-suggestion').count();
    await suggestion.getByTestId('nba-do').click();
    if (kind === 'send_survey') {
      const choose = page.getByTestId('nba-choose');
      await choose.getByTestId('nba-choice').selectOption({ index: 1 });
      await choose.getByTestId('nba-confirm').click();
    }
    await panel.getByTestId('nba-done').waitFor();
    await expect.poll(() => panel.getByTestId('nba-suggestion').count()).toBe(before - 1);
    expect(await panel.getByTestId('nba-taken').textContent()).toMatch(/Create case|Send survey/);
    await shot(page, 'account-action-done');
  });
});
