import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchMe, launchBrowser, newContext, screenshot, signUpViaUi, uniqueUser } from './support/browser';
import { linkIn, type TReceivedMail, waitForMail } from './support/mail-sink';

const baseURL = inject('baseURL');
const mailURL = inject('mailURL');
const PHONE = { width: 390, height: 844 };

const run = Date.now().toString(36);
const ANA = `ana-${run}@example.test`;
const BINH = `binh-${run}@example.test`;
const FIRST = 'Relationship NPS';
const SECOND = 'Delivery CSAT';

/** One row has no usable date: the server rejects it and the rest are imported. */
const REVIEWS_CSV = [
  'platform,stars,review,author,date,url',
  'Google,5,"Giao hàng nhanh, đóng gói cẩn thận",Lan,2026-03-01T09:00:00Z,https://maps.example.com/r/1',
  'Google,2,Slow delivery,Tom,2026-03-02T10:00:00Z,',
  'App Store,4,"Great app',
  'but it needs a dark mode",Mai,2026-03-03,',
  'Google,3,No date on this one,Bob,not-a-date,',
  '',
].join('\n');

async function csrf(page: Page): Promise<Record<string, string>> {
  const me = await fetchMe(page);
  return { 'x-csrf-token': String(me.body.csrfToken) };
}

/** A published one-question CSAT survey, made through the API (the editor has its own test). */
async function publishSurveyViaApi(page: Page, name: string): Promise<string> {
  const headers = await csrf(page);
  const created = await page.request.post('/api/v1/surveys', {
    headers,
    data: {
      name,
      touchpointId: null,
      defaultLanguage: 'en',
      languages: ['en'],
      questions: [{ id: 'csat', type: 'csat', text: { en: 'How satisfied are you with the delivery?' } }],
      hiddenFields: [],
      logic: [],
      endings: [],
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const published = await page.request.post(`/api/v1/surveys/${id}/publish`, { headers });
  expect(published.status()).toBe(200);
  return id;
}

/**
 * The M4 "done when" for email: a survey's distribution is set in the editor, it is sent by email to two
 * people with a reminder, the emails arrive over real SMTP, one person answers through their personal link,
 * the invitations show the reminder and who answered; with a contact budget of one survey a week a second
 * survey is held back and says why, on the spot and on the customer's timeline; the other person
 * unsubscribes through their email and is not asked again. Plus M5: reviews uploaded from a CSV.
 */
describe('distribution: email invitations, contact budget, unsubscribe; reviews', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let firstSurveyId = '';
  let secondSurveyId = '';
  const mails: Record<string, TReceivedMail> = {};
  const user = uniqueUser('Distribution');

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL);
    page = await context.newPage();
    await signUpViaUi(page, user);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sets how a survey reaches people in its Distribution tab, and publishes it', async () => {
    await page.getByTestId('nav-surveys').click();
    await page.getByTestId('new-survey').click();
    const dialog = page.getByTestId('new-survey-dialog');
    await dialog.getByLabel('Survey name').fill(FIRST);
    await dialog.getByRole('button', { name: 'Create and edit' }).click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
    firstSurveyId = page.url().split('/').pop() ?? '';

    await page.getByTestId('editor-tab-distribution').click();
    await page.waitForURL(/tab=distribution/);
    const editor = page.getByTestId('distribution-editor');
    await editor.waitFor();
    expect(await page.getByTestId('priority-explainer').textContent()).toContain(
      'only held back by recent surveys of the same or higher priority',
    );
    expect(await page.getByTestId('priority-explainer').textContent()).toContain('No contact budget is set');
    const priority = page.getByLabel('Priority under the contact budget');
    expect(await priority.locator('option:checked').textContent()).toBe('Automatic (now: Normal)');
    // A relationship cadence of 30+ days makes the automatic priority high.
    await page.getByTestId('distribution-has-cadence').check();
    await page.getByLabel('Cadence in days').fill('90');
    await expect.poll(() => priority.locator('option:checked').textContent()).toBe('Automatic (now: High)');

    await page.getByRole('button', { name: 'Add event trigger' }).click();
    const trigger = page.getByTestId('event-trigger');
    expect(await trigger.getByLabel('Event name').evaluate((el) => el === document.activeElement)).toBe(true);
    await trigger.getByLabel('Event name').fill('order.delivered');
    await trigger.getByLabel('Send after').fill('2');
    await trigger.getByLabel('Unit for trigger 1').selectOption('hours');

    await page.getByTestId('widget-enabled').check();
    await page.getByRole('button', { name: 'Add trigger', exact: true }).click();
    const widgetTrigger = page.getByTestId('widget-trigger');
    await widgetTrigger.getByLabel('Trigger', { exact: true }).selectOption('click');
    // Left empty, the selector is pointed out before anything is saved.
    await page.getByTestId('save-survey').click();
    const issues = page.getByTestId('survey-issues');
    await issues.waitFor();
    expect(await issues.textContent()).toContain('Distribution · Widget trigger 1');
    await issues.getByRole('button', { name: 'Distribution · Widget trigger 1' }).click();
    expect(
      await widgetTrigger.getByLabel('CSS selector').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await widgetTrigger.getByLabel('CSS selector').fill('#track-order');

    await page.getByTestId('widget-targeting').check();
    const condition = page.getByTestId('targeting-condition');
    await condition.getByLabel('Attribute').fill('plan');
    await condition.getByLabel('Value').fill('gold');
    expect(await page.getByTestId('survey-issues').count()).toBe(0);
    await screenshot(page, 'survey-distribution');

    await page.getByTestId('save-survey').click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved');
    const saved = await page.request.get(`/api/v1/surveys/${firstSurveyId}`);
    expect(((await saved.json()) as { distribution: unknown }).distribution).toEqual({
      cadenceDays: 90,
      samplingPercent: 100,
      triggers: [{ event: 'order.delivered', delayMinutes: 120, channel: 'email' }],
      widget: {
        enabled: true,
        triggers: [{ type: 'click', selector: '#track-order' }],
        targeting: { all: [{ field: 'attributes.plan', op: 'eq', value: 'gold' }] },
      },
    });

    // The distribution comes back as saved after a reload.
    await page.reload();
    await page.getByTestId('distribution-editor').waitFor();
    expect(await page.getByLabel('Cadence in days').inputValue()).toBe('90');
    expect(await page.getByTestId('event-trigger').getByLabel('Send after').inputValue()).toBe('2');

    await page.getByTestId('publish-survey').click();
    await page.getByTestId('survey-published').waitFor();
  });

  it('sends it by email to two people with a one-day reminder; both emails arrive', async () => {
    await page.getByTestId('nav-surveys').click();
    const row = page.locator(`[data-testid="survey-row"][data-survey="${FIRST}"]`);
    await row.getByRole('button', { name: `Send by email: ${FIRST}` }).click();
    const dialog = page.getByTestId('send-email-dialog');
    await dialog.getByLabel('Recipients').fill(`${ANA}, Ana Lima, en\n${BINH}, Trần Bình, vi\n`);
    await expect.poll(() => dialog.getByTestId('recipient-count').textContent()).toBe('2 recipients');
    await dialog.getByLabel('Reminder to those who have not answered').selectOption({ label: 'After 1 day' });
    await screenshot(page, 'send-email-dialog');
    await dialog.getByRole('button', { name: 'Send to 2 people' }).click();

    const summary = dialog.getByTestId('send-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Sent to 2 people');
    expect(await summary.textContent()).toContain('reminder after 1 day');
    expect(await dialog.getByTestId('skipped-table').count()).toBe(0);
    await dialog.getByTestId('send-done').click();

    const [ana] = await waitForMail(mailURL, ANA);
    const [binh] = await waitForMail(mailURL, BINH);
    mails.ana = ana as TReceivedMail;
    mails.binh = binh as TReceivedMail;
    expect(mails.ana.subject).toBe(`${user.workspaceName}: one quick question for you`);
    expect(mails.ana.text).toContain('Hi Ana Lima,');
    // The survey is English only: Binh's language falls back to it.
    expect(mails.binh.text).toContain('Trần Bình');
    expect(mails.ana.listUnsubscribe).toContain(`${baseURL}/u/`);
  });

  it('is answered through the personal link in the email, and the answer shows in Responses', async () => {
    const respondentContext = await newContext(browser, baseURL, { viewport: PHONE });
    try {
      const respondent = await respondentContext.newPage();
      const link = linkIn(mails.ana as TReceivedMail, `${baseURL}/s/${firstSurveyId}`);
      expect(link).toContain('t=');
      await respondent.goto(link);
      await respondent.getByTestId('survey-question').waitFor();
      await respondent.getByRole('radio', { name: '9', exact: true }).check();
      await respondent.getByRole('button', { name: 'Submit' }).click();
      await respondent.getByTestId('survey-ending').waitFor();
    } finally {
      await respondentContext.close();
    }

    await page.getByTestId('nav-responses').click();
    const rows = page.getByTestId('response-row');
    await expect.poll(() => rows.count()).toBe(1);
    // The respondent is known from the personal link; their profile loads after the list.
    await expect.poll(() => rows.first().textContent()).toContain(ANA);
    const text = await rows.first().textContent();
    expect(text).toContain(FIRST);
    expect(text).toContain('Email · English');
  });

  it('lists the invitations: both sent, the reminder scheduled, and who answered', async () => {
    await page.goto(`/surveys/${firstSurveyId}?tab=invitations`);
    const panel = page.getByTestId('invitations-panel');
    await panel.waitFor();
    const ana = panel.locator(`[data-testid="invitation-row"][data-email="${ANA}"]`);
    const binh = panel.locator(`[data-testid="invitation-row"][data-email="${BINH}"]`);
    // Sent rows follow their queued state on their own.
    await expect.poll(() => ana.getAttribute('data-status'), { timeout: 20_000 }).toBe('sent');
    await expect.poll(() => binh.getAttribute('data-status'), { timeout: 20_000 }).toBe('sent');
    expect(await ana.getAttribute('data-answered')).toBe('true');
    expect(await ana.getByTestId('invitation-answered').textContent()).toBe('Yes');
    expect(await ana.getByTestId('invitation-reminder').textContent()).toContain('Not needed: answered');
    expect(await binh.getAttribute('data-answered')).toBe('false');
    const tomorrow = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(
      new Date(Date.now() + 86_400_000),
    );
    expect(await binh.getByTestId('invitation-reminder').textContent()).toContain(`Due ${tomorrow}`);
    await screenshot(page, 'survey-invitations');
  });

  it('sets a contact budget of one survey a week in Settings', async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-contact-budget').click();
    const tab = page.getByTestId('contact-budget-tab');
    await tab.waitFor();
    expect(await tab.getByTestId('budget-status').textContent()).toContain('No budget is set');
    await tab.getByLabel('At most (surveys)').fill('1');
    await tab.getByLabel('Every (days)').fill('7');
    await tab.getByRole('button', { name: 'Set budget' }).click();
    await tab.getByTestId('budget-notice').waitFor();
    await expect
      .poll(() => tab.getByTestId('budget-status').textContent())
      .toBe('Now: at most 1 survey per person every 7 days.');
    await screenshot(page, 'contact-budget');
    const budget = await page.request.get('/api/v1/settings/contact-budget');
    expect(await budget.json()).toEqual({ contactBudget: { maxSurveys: 1, perDays: 7 } });
  });

  it('holds back a second survey for the same person, and says why in the dialog and on their timeline', async () => {
    secondSurveyId = await publishSurveyViaApi(page, SECOND);
    await page.getByTestId('nav-surveys').click();
    const row = page.locator(`[data-testid="survey-row"][data-survey="${SECOND}"]`);
    await row.getByRole('button', { name: `Send by email: ${SECOND}` }).click();
    const dialog = page.getByTestId('send-email-dialog');
    await dialog.getByLabel('Recipients').fill(ANA);
    await dialog.getByRole('button', { name: 'Send to 1 person' }).click();
    const skipped = dialog.locator(`[data-testid="skipped-row"][data-email="${ANA}"]`);
    await skipped.waitFor();
    expect(await dialog.getByTestId('send-summary').textContent()).toContain('Sent to 0 people');
    expect(await skipped.getAttribute('data-reason')).toBe('over_budget');
    const reason = await skipped.textContent();
    expect(reason).toContain('Over the contact budget');
    expect(reason).toContain('in the last 7 days (budget: 1)');
    await screenshot(page, 'send-email-skipped');
    await dialog.getByTestId('send-done').click();

    await page.getByTestId('nav-customers').click();
    await page.getByTestId('customers-table').waitFor();
    expect(await page.getByTestId('customer-row').count()).toBe(2);
    await page.getByTestId('customer-search').fill(ANA.slice(0, 8));
    await expect.poll(() => page.getByTestId('customer-row').count()).toBe(1);
    await page.waitForURL(/q=ana-/);
    await screenshot(page, 'customers');
    await page.getByRole('link', { name: 'Ana Lima' }).click();
    const profile = page.getByTestId('contact-page');
    await profile.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ana Lima');
    expect(await profile.getByTestId('contact-identifiers').textContent()).toContain(ANA);
    expect(await profile.getByTestId('contact-attributes').textContent()).toContain('Ana Lima');
    const items = profile.getByTestId('timeline-item');
    await expect.poll(() => items.count()).toBe(3);
    const held = items.filter({ hasText: SECOND });
    expect(await held.getAttribute('data-kind')).toBe('invitation');
    expect(await held.getByTestId('timeline-status').textContent()).toBe('Skipped');
    expect(await held.getByTestId('timeline-skip-reason').textContent()).toContain('Over the contact budget');
    expect(
      await profile.locator('[data-testid="timeline-item"][data-kind="response"]').textContent(),
    ).toContain(FIRST);
    await screenshot(page, 'customer-timeline');
  });

  it('unsubscribes through the link in the other email, and that person is not asked again', async () => {
    const phone = await newContext(browser, baseURL, { locale: 'vi-VN', viewport: PHONE });
    try {
      const reader = await phone.newPage();
      await reader.goto(linkIn(mails.binh as TReceivedMail, `${baseURL}/u/`));
      const ask = reader.getByTestId('unsubscribe-ask');
      await ask.waitFor();
      expect(await reader.locator('html').getAttribute('lang')).toBe('vi');
      expect(await ask.getByRole('heading', { level: 1 }).textContent()).toBe('Hủy đăng ký nhận khảo sát?');
      expect(await ask.getByTestId('unsubscribe-email').textContent()).toBe(BINH);
      expect(await ask.textContent()).toContain(user.workspaceName);
      await screenshot(reader, 'unsubscribe-vi');
      await ask.getByRole('button', { name: 'Hủy đăng ký' }).click();
      const done = reader.getByTestId('unsubscribe-done');
      await done.waitFor();
      expect(await done.getByRole('heading', { level: 1 }).textContent()).toBe('Bạn đã hủy đăng ký');
      expect(await done.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await screenshot(reader, 'unsubscribe-done-vi');
      // The page follows the reader's choice of language too.
      await reader.getByRole('button', { name: 'English' }).click();
      expect(await done.getByRole('heading', { level: 1 }).textContent()).toBe('You are unsubscribed');
    } finally {
      await phone.close();
    }

    // From the survey editor this time.
    await page.goto(`/surveys/${secondSurveyId}`);
    await page.getByTestId('survey-editor').getByTestId('send-email').click();
    const dialog = page.getByTestId('send-email-dialog');
    await dialog.getByLabel('Recipients').fill(BINH);
    await dialog.getByRole('button', { name: 'Send to 1 person' }).click();
    const skipped = dialog.locator(`[data-testid="skipped-row"][data-email="${BINH}"]`);
    await skipped.waitFor();
    expect(await skipped.getAttribute('data-reason')).toBe('unsubscribed');
    expect(await skipped.textContent()).toContain('Unsubscribed');
    await dialog.getByRole('button', { name: 'View invitations' }).click();
    const panel = page.getByTestId('invitations-panel');
    await panel.waitFor();
    const held = panel.locator(`[data-testid="invitation-row"][data-email="${BINH}"]`);
    expect(await held.getAttribute('data-status')).toBe('skipped');
    expect(await held.getByTestId('invitation-skip-reason').textContent()).toBe('Unsubscribed');
  });

  it('imports reviews from a CSV, reports the row the server rejects, and lists the rest', async () => {
    await page.getByTestId('nav-responses').click();
    await page.getByTestId('responses-tab-reviews').click();
    await page.waitForURL(/\/responses\/reviews$/);
    await page.getByTestId('reviews-empty').waitFor();
    expect(await page.getByTestId('nav-responses').getAttribute('aria-current')).toBe('page');

    await page.getByTestId('import-reviews').click();
    const dialog = page.getByTestId('import-reviews-dialog');
    await dialog.getByLabel('File').setInputFiles({
      name: 'google-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(REVIEWS_CSV, 'utf8'),
    });
    const preview = dialog.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.getByRole('heading').textContent()).toBe('google-export.csv: 4 rows (CSV)');
    const detected = await dialog
      .getByTestId('detected-columns')
      .locator('li')
      .evaluateAll((items) =>
        items.map((li) => [li.getAttribute('data-column'), li.getAttribute('data-field')]),
      );
    expect(detected).toEqual([
      ['platform', 'source'],
      ['stars', 'rating'],
      ['review', 'text'],
      ['author', 'author'],
      ['date', 'postedAt'],
      ['url', 'url'],
    ]);
    expect(await dialog.getByTestId('import-preview-table').locator('tbody tr').count()).toBe(4);
    await screenshot(page, 'reviews-import-preview');

    await dialog.getByRole('button', { name: 'Import 4 rows' }).click();
    const summary = dialog.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.getByTestId('import-created').locator('dd').textContent()).toBe('3');
    expect(await summary.getByTestId('import-duplicates').locator('dd').textContent()).toBe('0');
    expect(await summary.getByTestId('import-rejected').locator('dd').textContent()).toBe('1');
    // The header is line 1 and the third review spans lines 4 and 5: the bad row is line 6.
    const rejected = summary.getByTestId('rejected-row');
    expect(await rejected.getAttribute('data-position')).toBe('6');
    expect(await rejected.textContent()).toContain('postedAt');
    await screenshot(page, 'reviews-import-summary');
    await dialog.getByTestId('import-done').click();

    const rows = page.getByTestId('review-row');
    await expect.poll(() => rows.count()).toBe(3);
    const first = rows.filter({ hasText: 'Giao hàng nhanh' });
    expect(await first.getByRole('img').getAttribute('aria-label')).toBe('Rated 5 out of 5');
    expect(await first.getByRole('link', { name: 'Open on Google' }).getAttribute('href')).toBe(
      'https://maps.example.com/r/1',
    );
    expect(await rows.filter({ hasText: 'dark mode' }).textContent()).toContain('Mai');
    await screenshot(page, 'reviews');

    await page.getByLabel('Source', { exact: true }).fill('App Store');
    await page.waitForURL(/source=App\+Store|source=App%20Store/);
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.getByLabel('Source', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('From').fill('2026-03-02');
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // Importing the same file again creates nothing new.
    await page.getByTestId('import-reviews').click();
    await dialog.getByLabel('File').setInputFiles({
      name: 'google-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(REVIEWS_CSV, 'utf8'),
    });
    await dialog.getByRole('button', { name: 'Import 4 rows' }).click();
    await summary.waitFor();
    expect(await summary.getByTestId('import-created').locator('dd').textContent()).toBe('0');
    expect(await summary.getByTestId('import-duplicates').locator('dd').textContent()).toBe('3');
    await dialog.getByTestId('import-done').click();
  });

  it('keeps the new pages usable on a phone', async () => {
    await page.setViewportSize(PHONE);
    try {
      const fitsTheScreen = () => page.evaluate(() => document.documentElement.scrollWidth);
      await page.goto(`/surveys/${firstSurveyId}?tab=distribution`);
      await page.getByTestId('distribution-editor').waitFor();
      expect(await fitsTheScreen()).toBeLessThanOrEqual(PHONE.width);
      await page.getByTestId('widget-trigger').scrollIntoViewIfNeeded();
      await screenshot(page, 'mobile-survey-distribution');

      await page.goto(`/surveys/${firstSurveyId}?tab=invitations`);
      await page.getByTestId('invitations-table').waitFor();
      expect(await fitsTheScreen()).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, 'mobile-invitations');

      await page.goto('/responses/reviews');
      await page.getByTestId('reviews-table').waitFor();
      expect(await fitsTheScreen()).toBeLessThanOrEqual(PHONE.width);
      await page.getByTestId('reviews-table').scrollIntoViewIfNeeded();
      await screenshot(page, 'mobile-reviews');

      await page.goto('/customers');
      await page.getByTestId('customer-row').first().getByRole('link').click();
      await page.getByTestId('timeline').waitFor();
      expect(await fitsTheScreen()).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, 'mobile-customer');
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });
});
