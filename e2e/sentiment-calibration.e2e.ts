import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchMe, launchBrowser, newContext, screenshot, signUpViaUi, uniqueUser } from './support/browser';

// The workspace's own sentiment calibration, as a CX analyst meets it on the Topics page: a new workspace
// whose customers write a jargon the built-in analyzer cannot read (made-up words), scored by NPS; the
// analyst trains a calibration and sees it compared with the analyzer on held-out comments, switched on
// because it reads them better, and can switch it off again.

const baseURL = inject('baseURL');
const NOUNS = ['zorbix', 'plimcard', 'wexbox', 'trundle', 'kaplet'];
const WHEN = ['this week', 'on Monday', 'again today', 'after the update', 'yesterday'];

async function post(page: Page, path: string, data: unknown, headers: Record<string, string> = {}) {
  const response = await page.request.post(path, { data, headers });
  return {
    status: response.status(),
    body: (await response.json().catch(() => null)) as Record<string, string>,
  };
}

describe('Sentiment calibration on the Topics page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL);
    page = await context.newPage();
    await signUpViaUi(page, uniqueUser('Calibrate'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('trains a calibration, shows its comparison with the built-in analyzer, and switches it off', async () => {
    const me = await fetchMe(page);
    const csrf = { 'x-csrf-token': String(me.body.csrfToken) };
    const survey = await post(
      page,
      '/api/v1/surveys',
      {
        name: 'Relationship NPS',
        defaultLanguage: 'en',
        questions: [
          { id: 'q1', type: 'nps', text: { en: 'How likely are you to recommend us?' }, required: true },
          { id: 'q2', type: 'open_text', text: { en: 'Why?' } },
        ],
      },
      csrf,
    );
    expect(survey.status).toBe(201);
    expect((await post(page, `/api/v1/surveys/${survey.body.id}/publish`, {}, csrf)).status).toBe(200);
    // Customers answer through the public endpoint, as they would from a survey link.
    for (let i = 0; i < 120; i++) {
      const negative = i % 2 === 0;
      const n = Math.floor(i / 2);
      const verb = negative ? 'flimbled' : 'glimmered';
      const text = `My ${NOUNS[n % NOUNS.length]} ${verb} ${WHEN[Math.floor(n / NOUNS.length) % WHEN.length]}, ticket ${n}`;
      const answer = await post(
        page,
        `/api/v1/public/surveys/${survey.body.id}/responses`,
        { answers: { q1: negative ? 1 : 10, q2: text }, finished: true, channel: 'link' },
        { 'idempotency-key': `calibration-${i}` },
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    }

    await page.goto('/insights/topics');
    const panel = page.getByTestId('sentiment-calibration');
    await panel.waitFor();
    // The comments are analysed by the loop in the background; the panel counts them as they arrive.
    await expect
      .poll(
        async () => {
          await page.reload();
          await panel.waitFor();
          return panel.getByTestId('calibration-status').textContent();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain('60 negative and 60 positive');
    await expect.poll(() => panel.textContent()).toContain('Sentiment comes from the built-in analyzer.');

    await panel.getByRole('button', { name: 'Train calibration' }).click();
    const comparison = panel.getByTestId('calibration-comparison');
    await comparison.waitFor({ timeout: 60_000 });
    expect(await comparison.getByRole('status').textContent()).toMatch(
      /is on: it beat the built-in analyzer by/,
    );
    const builtin = (await panel.getByTestId('calibration-row-builtin').textContent()) ?? '';
    const calibrated = (await panel.getByTestId('calibration-row-calibrated').textContent()) ?? '';
    expect(builtin).toMatch(/Built-in analyzer\s*[\d.]+/);
    expect(calibrated).toMatch(/Calibration version 1\s*[\d.]+/);
    await expect
      .poll(() => panel.getByTestId('calibration-status').textContent())
      .toContain('calibration version 1');
    await screenshot(page, 'sentiment-calibration');

    await panel.getByRole('button', { name: 'Switch off' }).click();
    await expect
      .poll(() => panel.getByTestId('calibration-status').textContent())
      .toContain('Sentiment comes from the built-in analyzer.');
    expect(await comparison.getByRole('status').textContent()).toMatch(/but is switched off/);
    await panel.getByRole('button', { name: 'Switch on' }).waitFor();
  });
});
