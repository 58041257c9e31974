import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');
const SHOTS = process.env.TP_MATURITY_SHOTS;

async function shot(page: Page, name: string) {
  await screenshot(page, `maturity-${name}`, SHOTS ? `${SHOTS}/${name}.png` : undefined);
}

async function seriousViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('CX maturity self-assessment on the demo', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let earlierAssessments = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, baseURL, { viewport: { width: 1440, height: 1000 } });
    page = await context.newPage();
    await signInViaUi(page, 'demo@touchpoint.local', 'touchpoint-demo');
    // Other browser tests may assess the demo workspace too: this file counts only its own assessments.
    const before = (await (await page.request.get('/api/v1/maturity/assessments?limit=100')).json()) as {
      items: unknown[];
    };
    earlierAssessments = before.items.length;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('answers the questionnaire with the keyboard and sees the level, evidence and next steps', async () => {
    await page.getByRole('link', { name: 'CX maturity' }).click();
    await page.waitForURL(/\/maturity$/);
    await page.getByTestId('maturity-start').click();
    await page.getByTestId('maturity-questionnaire').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'questionnaire');

    // Seven steps of two questions; answers 3 everywhere except acting on feedback (step 5): 2 and 1.
    for (let step = 0; step < 7; step++) {
      const questions = page.getByTestId('maturity-question');
      expect(await questions.count()).toBe(2);
      for (let q = 0; q < 2; q++) {
        const value = step === 4 ? (q === 0 ? 2 : 1) : 3;
        // Keyboard: focus the first option, then arrow keys move the choice within the group.
        await questions.nth(q).locator('input[type="radio"]').first().focus();
        await page.keyboard.press('Space');
        for (let i = 1; i < value; i++) await page.keyboard.press('ArrowDown');
        expect(await questions.nth(q).locator('input:checked').getAttribute('value')).toBe(String(value));
      }
      if (step < 6) {
        await page.getByTestId('maturity-next').click();
        await expect
          .poll(() => page.getByTestId('maturity-step-title').textContent())
          .toContain(`${step + 2}`);
        // Focus moves to the new step's heading.
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
          'maturity-step-title',
        );
      }
    }
    await page.getByTestId('maturity-submit').click();

    // Competencies 3 except acting on feedback 1.5 (level 1): mean (6×3 + 1.5)/7 = 2.79 → 2, cap 1 + 1 = 2.
    const level = page.getByTestId('maturity-level');
    await level.waitFor();
    expect(await level.textContent()).toBe('Level 2: Emerging');
    const action = page.locator('[data-testid="maturity-competency"][data-id="action"]');
    expect(await action.textContent()).toContain('1.5 / 5');
    // The measured loop closure sits beside the self-assessed score (the demo has detractors with cases).
    const loop = action.locator('[data-id="loopClosureRate"]');
    expect(await loop.textContent()).toMatch(/Loop closure: \d+ %/);
    expect(await loop.textContent()).toMatch(/suggests level [1-5]/);
    const firstStep = page.getByTestId('maturity-recommendations').locator('li').first();
    expect(await firstStep.textContent()).toContain('Acting on feedback');
    await page.getByTestId('maturity-history').locator('tbody tr').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'result');
  });

  it('shows the result in Vietnamese', async () => {
    await page.getByTestId('language-vi').click();
    await expect.poll(() => page.getByTestId('maturity-level').textContent()).toBe('Mức 2: Hình thành');
    const action = page.locator('[data-testid="maturity-competency"][data-id="action"]');
    expect(await action.textContent()).toContain('Hành động theo phản hồi');
    expect(await action.locator('[data-id="loopClosureRate"]').textContent()).toMatch(
      /Tỷ lệ khép vòng: \d+ %/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'result-vi');
    await page.getByTestId('language-en').click();
    await expect.poll(() => page.getByTestId('maturity-level').textContent()).toBe('Level 2: Emerging');
  });

  it("compares the admin's view with a second view (an analyst API key answering all 4s)", async () => {
    const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string };
    const key = await page.request.post('/api/v1/api-keys', {
      data: { name: 'Maturity analyst (e2e)', role: 'analyst' },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(key.status()).toBe(201);
    const { key: secret } = (await key.json()) as { key: string };
    const overview = (await (await page.request.get('/api/v1/maturity')).json()) as {
      questions: { id: string }[];
    };
    const answered = await fetch(`${baseURL}/api/v1/maturity/assessments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ answers: Object.fromEntries(overview.questions.map((q) => [q.id, 4])) }),
    });
    expect(answered.status).toBe(201);

    await page.reload();
    const comparison = page.getByTestId('maturity-comparison');
    await comparison.waitFor();
    // Acting on feedback: the admin 1.5, the key 4 → spread 2.5, flagged; strategy 3 vs 4 → 1.0.
    const action = comparison.locator('tbody tr', { hasText: 'Acting on feedback' });
    expect(await action.textContent()).toContain('2.5');
    expect(await action.textContent()).toContain('views differ');
    const strategy = comparison.locator('tbody tr', { hasText: 'Strategy and leadership' });
    expect(await strategy.textContent()).not.toContain('views differ');
    expect(await page.getByTestId('maturity-history').locator('tbody tr').count()).toBe(
      Math.min(earlierAssessments + 2, 20),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await comparison.scrollIntoViewIfNeeded();
    await shot(page, 'comparison');
  });
});
