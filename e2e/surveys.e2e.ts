import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchMe, launchBrowser, newContext, screenshot, signUpViaUi, uniqueUser } from './support/browser';

const baseURL = inject('baseURL');
const PHONE = { width: 390, height: 844 };

const NPS_VI = 'Bạn có sẵn lòng giới thiệu cửa hàng cho bạn bè không?';
const FOLLOW_UP_EN = 'What should we improve?';
const FOLLOW_UP_VI = 'Chúng tôi nên cải thiện điều gì?';
const DETRACTOR_ANSWER = 'Giao hàng quá chậm, đóng gói bị móp';

/**
 * The M1/M3/M4 "done when": a new workspace maps a journey, builds a bilingual NPS survey with a detractor
 * follow-up on one of its touchpoints, publishes it, a customer answers on a phone in Vietnamese, and the
 * answer shows up in Responses and in the CSV export. The logic also skips the follow-up for a promoter.
 */
describe('journeys, surveys and responses', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let hostedPath = '';
  const user = uniqueUser('Surveys');

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL);
    page = await context.newPage();
    await signUpViaUi(page, user);
    // A team to own the touchpoint (teams have their own tests).
    const me = await fetchMe(page);
    const created = await page.request.post('/api/v1/teams', {
      data: { name: 'Online store', description: '' },
      headers: { 'x-csrf-token': String(me.body.csrfToken) },
    });
    expect(created.status()).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('maps a journey with a touchpoint, owner team and channels', async () => {
    await page.getByTestId('nav-journeys').click();
    await page.getByTestId('journeys-empty').waitFor();
    await page.getByLabel('Journey name').fill('Online purchase');
    await page.getByRole('button', { name: 'Create journey' }).click();
    await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    const editor = page.getByTestId('journey-editor');
    await editor.waitFor();
    expect(await page.getByTestId('stage').count()).toBe(5);

    // Reorder with the keyboard-reachable buttons: Support moves one place earlier, and back.
    await page.getByRole('button', { name: 'Move stage Support earlier' }).click();
    await expect.poll(() => page.getByTestId('journey-announcer').textContent()).toContain('position 4 of 5');
    // Focus stays on the button that was used, so the move can be repeated from the keyboard.
    expect(
      await page
        .getByRole('button', { name: 'Move stage Support earlier' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.getByTestId('stage').evaluateAll((stages) => stages.map((s) => s.getAttribute('data-stage'))),
      )
      .toEqual(['Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Support']);

    await page.getByRole('button', { name: 'Add touchpoint to Purchase' }).click();
    const touchpoint = page.locator(
      '[data-testid="stage"][data-stage="Purchase"] [data-testid="touchpoint"]',
    );
    await touchpoint.getByLabel('Touchpoint name').fill('Checkout');
    await touchpoint.getByLabel('Owner team').selectOption({ label: 'Online store' });
    await touchpoint.getByLabel('Website', { exact: true }).check();
    await touchpoint.getByLabel('QR code', { exact: true }).check();
    expect(await page.getByTestId('save-status').textContent()).toBe('Unsaved changes');
    await page.getByRole('button', { name: 'Save journey' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('All changes saved');
    await screenshot(page, 'journey-editor');

    const touchpoints = await page.request.get('/api/v1/touchpoints');
    const items = (
      (await touchpoints.json()) as { items: { name: string; stageName: string; channels: string[] }[] }
    ).items;
    expect(items).toEqual([
      expect.objectContaining({ name: 'Checkout', stageName: 'Purchase', channels: ['web', 'qr'] }),
    ]);

    await page.getByTestId('nav-journeys').click();
    const card = page.locator('[data-testid="journey-card"][data-journey="Online purchase"]');
    await expect.poll(() => card.textContent()).toContain('1 touchpoint');
  });

  it('builds a bilingual NPS survey with a logic rule for detractors, previews and publishes it', async () => {
    await page.getByTestId('nav-surveys').click();
    await page.getByTestId('surveys-empty').waitFor();
    await page.getByTestId('new-survey').click();
    const dialog = page.getByTestId('new-survey-dialog');
    await dialog.getByTestId('template-blank').waitFor();
    expect(await dialog.textContent()).toContain('Relationship NPS');
    await screenshot(page, 'new-survey-dialog');
    await dialog.getByLabel('Survey name').fill('Checkout NPS');
    await dialog.getByLabel('Touchpoint').selectOption({ label: 'Purchase › Checkout' });
    await dialog.getByRole('button', { name: 'Create and edit' }).click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
    await page.getByTestId('survey-editor').waitFor();

    await page.locator('#survey-languages').getByLabel('Tiếng Việt').check();
    const nps = page.locator('[data-testid="question-card"][data-question-id="nps"]');
    expect(await nps.getByLabel('Question text (English)').inputValue()).toContain('recommend us');
    await nps.getByLabel('Question text (Tiếng Việt)').fill(NPS_VI);

    await page.getByTestId('add-question-open_text').click();
    const followUp = page.locator('[data-testid="question-card"][data-type="open_text"]');
    expect(
      await followUp.getByLabel('Question text (English)').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await followUp.getByLabel('Question text (English)').fill(FOLLOW_UP_EN);
    await followUp.getByLabel('Question text (Tiếng Việt)').fill(FOLLOW_UP_VI);

    await page.getByRole('button', { name: 'Add ending' }).click();
    const ending = page.getByTestId('ending-card');
    await ending.getByLabel('Title (English)').fill('Thank you!');
    await ending.getByLabel('Title (Tiếng Việt)').fill('Cảm ơn bạn!');
    await ending.getByLabel('Message (English)').fill('Your feedback goes straight to the store team.');
    await ending
      .getByLabel('Message (Tiếng Việt)')
      .fill('Góp ý của bạn được gửi thẳng tới đội ngũ cửa hàng.');

    // After the NPS question: promoters and passives (7 and up) end at the thank-you; detractors go on.
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.getByTestId('logic-rule');
    expect(await rule.getByLabel('After question').inputValue()).toBe('nps');
    await rule.getByLabel('Comparison').selectOption({ label: 'is at least' });
    await rule.getByLabel('Value').selectOption('7');
    await rule.getByTestId('rule-target').selectOption({ label: 'End with “Thank you!”' });
    expect(await page.getByTestId('survey-issues').count()).toBe(0);

    // The preview runs the same component and logic: a detractor in Vietnamese gets the follow-up.
    const preview = page.getByTestId('survey-preview');
    await preview.getByRole('button', { name: 'VI (Tiếng Việt)' }).click();
    expect(await preview.getByTestId('survey-question').locator('legend').textContent()).toContain(NPS_VI);
    await preview.getByRole('radio', { name: '3', exact: true }).check();
    await preview.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect
      .poll(() => preview.getByTestId('survey-question').locator('legend').textContent())
      .toContain(FOLLOW_UP_VI);
    await screenshot(page, 'survey-editor');

    await page.getByTestId('save-survey').click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved');
    await page.getByTestId('publish-survey').click();
    await page.getByTestId('survey-published').waitFor();
    const hostedUrl = await page.getByTestId('hosted-link').inputValue();
    expect(hostedUrl).toMatch(/\/s\/[0-9a-f-]{36}$/);
    hostedPath = new URL(hostedUrl).pathname;
    await screenshot(page, 'survey-published');

    await page.getByTestId('nav-surveys').click();
    const row = page.locator('[data-testid="survey-row"][data-survey="Checkout NPS"]');
    await expect.poll(() => row.getAttribute('data-status')).toBe('published');
    expect(await row.textContent()).toContain('Online purchase › Purchase › Checkout');
    await row.getByTestId('share-menu').click();
    expect(await row.getByTestId('qr-svg').getAttribute('href')).toMatch(/\/qr\?format=svg/);
    const qr = await page.request.get(String(await row.getByTestId('qr-png').getAttribute('href')));
    expect(qr.headers()['content-type']).toBe('image/png');
    await page.keyboard.press('Escape');
  });

  it('is answered on a phone in Vietnamese: a detractor gets the follow-up, then the ending', async () => {
    const phone = await newContext(browser, baseURL, { locale: 'vi-VN', viewport: PHONE });
    try {
      const respondent = await phone.newPage();
      await respondent.goto(hostedPath);
      const question = respondent.getByTestId('survey-question');
      await question.waitFor();
      expect(await question.locator('legend').textContent()).toContain(NPS_VI);
      expect(await respondent.locator('html').getAttribute('lang')).toBe('vi');
      await screenshot(respondent, 'hosted-vi-question');

      // Required: Next without an answer says so.
      await respondent.getByRole('button', { name: 'Tiếp tục' }).click();
      await expect
        .poll(() => question.getByRole('alert').textContent())
        .toBe('Vui lòng trả lời câu hỏi này.');

      // A radio group: arrow keys move the choice.
      await respondent.getByRole('radio', { name: '3', exact: true }).check();
      await respondent.keyboard.press('ArrowRight');
      expect(await respondent.getByRole('radio', { name: '4', exact: true }).isChecked()).toBe(true);
      await respondent.keyboard.press('ArrowLeft');
      expect(await respondent.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);
      await respondent.getByRole('button', { name: 'Tiếp tục' }).click();

      await expect.poll(() => question.locator('legend').textContent()).toContain(FOLLOW_UP_VI);
      await respondent.getByLabel(FOLLOW_UP_VI).fill(DETRACTOR_ANSWER);
      expect(await question.textContent()).toContain(`Còn ${2000 - DETRACTOR_ANSWER.length} ký tự`);
      await screenshot(respondent, 'hosted-vi-follow-up');

      // A reload continues where the respondent was, with the same response.
      await respondent.reload();
      await expect
        .poll(() => respondent.getByTestId('survey-question').locator('legend').textContent())
        .toContain(FOLLOW_UP_VI);
      expect(await respondent.getByLabel(FOLLOW_UP_VI).inputValue()).toBe(DETRACTOR_ANSWER);

      await respondent.getByRole('button', { name: 'Gửi' }).click();
      const ending = respondent.getByTestId('survey-ending');
      await ending.waitFor();
      expect(await ending.textContent()).toContain('Cảm ơn bạn!');
      expect(await ending.textContent()).toContain('Góp ý của bạn được gửi thẳng tới đội ngũ cửa hàng.');
      const width = await respondent.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(PHONE.width);
      await screenshot(respondent, 'hosted-vi-ending');
    } finally {
      await phone.close();
    }
  });

  it('skips the follow-up for a promoter', async () => {
    const phone = await newContext(browser, baseURL, { locale: 'vi-VN', viewport: PHONE });
    try {
      const respondent = await phone.newPage();
      // ?lang= wins over the browser's language.
      await respondent.goto(`${hostedPath}?lang=en`);
      const question = respondent.getByTestId('survey-question');
      await question.waitFor();
      expect(await question.locator('legend').textContent()).toContain('recommend us');
      await respondent.getByRole('radio', { name: '10', exact: true }).check();
      // The rule ends the survey here, so the button already says Submit. Offline, it offers a retry and
      // keeps the answer.
      await phone.setOffline(true);
      await respondent.getByRole('button', { name: 'Submit' }).click();
      const failure = respondent.getByTestId('survey-submit-error');
      await failure.waitFor();
      expect(await failure.textContent()).toContain('could not be sent');
      expect(await respondent.getByRole('radio', { name: '10', exact: true }).isChecked()).toBe(true);
      await screenshot(respondent, 'hosted-offline');
      await phone.setOffline(false);
      await failure.getByRole('button', { name: 'Try again' }).click();
      const ending = respondent.getByTestId('survey-ending');
      await ending.waitFor();
      expect(await ending.textContent()).toContain('Thank you!');
      expect(await respondent.getByText(FOLLOW_UP_EN).count()).toBe(0);
    } finally {
      await phone.close();
    }
  });

  it('lists both responses with their questions resolved, filters them, and exports the CSV', async () => {
    await page.getByTestId('nav-responses').click();
    const rows = page.getByTestId('response-row');
    await expect.poll(() => rows.count()).toBe(2);
    const detractor = rows.filter({ hasText: DETRACTOR_ANSWER });
    const text = await detractor.textContent();
    expect(text).toContain(FOLLOW_UP_EN);
    expect(text).toContain('Checkout NPS');
    expect(text).toContain('Completed');
    expect(text).toContain('Tiếng Việt');
    await screenshot(page, 'responses');

    // Question texts follow the UI language, whatever language the respondent answered in.
    await page.getByTestId('language-vi').click();
    await expect.poll(() => detractor.textContent()).toContain(FOLLOW_UP_VI);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Phản hồi');
    await screenshot(page, 'responses-vi');
    await page.getByTestId('language-en').click();
    await expect.poll(() => detractor.textContent()).toContain(FOLLOW_UP_EN);

    await page.getByLabel('NPS group').selectOption('detractor');
    await page.waitForURL(/npsBand=detractor/);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.getByTestId('export-csv').getAttribute('href')).toContain('npsBand=detractor');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const csv = await readFile(String(await download.path()), 'utf8');
    expect(csv).toContain(DETRACTOR_ANSWER);
    expect(csv.split(/\r?\n/).filter((line) => line.trim()).length).toBe(2);

    await page.getByLabel('NPS group').selectOption('promoter');
    // The detractor row stays on screen (count 1 already) until the promoter list arrives: wait for its text.
    await expect.poll(async () => (await rows.first().textContent()) ?? '').toContain('10');
    await expect.poll(() => rows.count()).toBe(1);

    await page.getByTestId('nav-surveys').click();
    const row = page.locator('[data-testid="survey-row"][data-survey="Checkout NPS"]');
    await expect.poll(() => row.locator('td.cell-number').textContent()).toBe('2');
  });

  it('keeps the app pages usable on a phone', async () => {
    await page.setViewportSize(PHONE);
    try {
      const fitsTheScreen = () => page.evaluate(() => document.documentElement.scrollWidth);
      await page.goto('/journeys');
      await page.locator('[data-testid="journey-card"] a').first().click();
      await page.getByTestId('stage-board').waitFor();
      expect(await fitsTheScreen()).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, 'mobile-journey-editor');

      await page.goto('/surveys');
      await page.getByTestId('surveys-table').waitFor();
      expect(await fitsTheScreen()).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, 'mobile-surveys-list');

      await page.getByRole('link', { name: 'Edit Checkout NPS' }).click();
      await page.getByTestId('logic-rule').scrollIntoViewIfNeeded();
      expect(await fitsTheScreen()).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, 'mobile-survey-editor');

      await page.goto('/responses');
      await page.getByTestId('responses-table').waitFor();
      expect(await fitsTheScreen()).toBeLessThanOrEqual(PHONE.width);
      await page.getByTestId('responses-table').scrollIntoViewIfNeeded();
      await screenshot(page, 'mobile-responses');
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });

  it('shows a friendly message once the survey is closed', async () => {
    await page.goto('/surveys');
    const row = page.locator('[data-testid="survey-row"][data-survey="Checkout NPS"]');
    await row.getByRole('button', { name: 'Close survey Checkout NPS' }).click();
    await page.getByTestId('confirm-dialog').getByTestId('confirm-button').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('closed');

    const phone = await newContext(browser, baseURL, { locale: 'vi-VN', viewport: PHONE });
    try {
      const respondent = await phone.newPage();
      await respondent.goto(hostedPath);
      await respondent.getByTestId('survey-closed').waitFor();
      expect(await respondent.getByRole('heading', { level: 1 }).textContent()).toBe('Khảo sát đã kết thúc');
      await screenshot(respondent, 'hosted-closed');
    } finally {
      await phone.close();
    }
  });
});
