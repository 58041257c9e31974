import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, uniqueUser } from './support/browser';

const baseURL = inject('baseURL');
const PHONE = { width: 390, height: 844 };
/** The budget for the script a respondent downloads before the first question. */
const SCRIPT_BUDGET_GZIP = 35 * 1024;

const SURVEY = {
  name: 'Hosted page budget',
  defaultLanguage: 'en',
  languages: ['en', 'vi'],
  questions: [
    {
      id: 'nps',
      type: 'nps',
      text: { en: 'How likely are you to recommend us?', vi: 'Bạn có sẵn lòng giới thiệu không?' },
      required: true,
    },
    { id: 'why', type: 'open_text', text: { en: 'What should we improve?', vi: 'Cải thiện điều gì?' } },
  ],
  logic: [{ after: 'nps', if: { field: 'nps', op: 'gte', value: 9 }, then: { end: null } }],
};

/**
 * The hosted survey page is its own small entry: a server-rendered first question (which works without
 * JavaScript) plus one small script, not the signed-in app; and static files go out precompressed with
 * cache headers that fit their names.
 */
describe('the hosted survey page', () => {
  let browser: Browser;
  let admin: BrowserContext;
  let api: APIRequestContext;
  let csrf = '';
  let surveyId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newContext(browser, baseURL);
    api = admin.request;
    const user = uniqueUser('Hosted');
    const signUp = await api.post('/api/v1/auth/sign-up', {
      data: {
        email: user.email,
        password: user.password,
        name: user.name,
        workspaceName: user.workspaceName,
      },
    });
    expect(signUp.status()).toBe(201);
    csrf = String(((await (await api.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken);
    const created = await api.post('/api/v1/surveys', { data: SURVEY, headers: { 'x-csrf-token': csrf } });
    expect(created.status()).toBe(201);
    surveyId = ((await created.json()) as { id: string }).id;
    const published = await api.post(`/api/v1/surveys/${surveyId}/publish`, {
      headers: { 'x-csrf-token': csrf },
    });
    expect(published.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const responses = async () => {
    const list = await api.get(`/api/v1/responses?surveyId=${surveyId}`);
    return ((await list.json()) as { items: { finished: boolean; answers: Record<string, unknown> }[] })
      .items;
  };

  it(`shows the first question with at most ${SCRIPT_BUDGET_GZIP / 1024} KB of compressed script`, async () => {
    const phone = await newContext(browser, baseURL, { locale: 'vi-VN', viewport: PHONE });
    try {
      const page = await phone.newPage();
      const cdp = await phone.newCDPSession(page);
      await cdp.send('Network.enable');
      const scripts = new Map<string, { url: string; encoding: string; bytes: number }>();
      cdp.on('Network.responseReceived', (event) => {
        if (event.type !== 'Script') return;
        const headers = Object.fromEntries(
          Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
        );
        scripts.set(event.requestId, {
          url: event.response.url,
          encoding: headers['content-encoding'] ?? '',
          bytes: 0,
        });
      });
      cdp.on('Network.loadingFinished', (event) => {
        const script = scripts.get(event.requestId);
        if (script) script.bytes = event.encodedDataLength;
      });

      await page.goto(`/s/${surveyId}`);
      const question = page.getByTestId('survey-question');
      await question.waitFor();
      expect(await question.locator('legend').textContent()).toContain('Bạn có sẵn lòng giới thiệu không?');
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
      await page.waitForLoadState('networkidle');

      const loaded = [...scripts.values()];
      expect(loaded.map((script) => script.url)).toEqual([
        expect.stringMatching(/\/widget\/hosted\.[0-9a-f]{12}\.js$/),
      ]);
      const total = loaded.reduce((sum, script) => sum + script.bytes, 0);
      expect(total, `script transferred: ${total} B`).toBeGreaterThan(0);
      expect(total, `script transferred: ${total} B`).toBeLessThanOrEqual(SCRIPT_BUDGET_GZIP);
      expect(loaded[0]?.encoding).toMatch(/^(br|gzip)$/);
      // Not the signed-in app.
      expect(await page.locator('#root').count()).toBe(0);

      // The script has taken over: the language changes in place and keeps the answer, a detractor is
      // asked why, then the ending, in one response.
      await page.getByRole('radio', { name: '4', exact: true }).check();
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => question.locator('legend').textContent()).toContain('How likely are you');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('radio', { name: '4', exact: true }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await expect.poll(() => question.locator('legend').textContent()).toContain('Bạn có sẵn lòng');
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await page.getByLabel('Cải thiện điều gì?').fill('Giao chậm');
      await page.getByRole('button', { name: 'Gửi' }).click();
      await page.getByTestId('survey-ending').waitFor();
      await expect.poll(async () => (await responses()).filter((r) => r.finished).length).toBe(1);
    } finally {
      await phone.close();
    }
  });

  it('is answered without JavaScript: the form posts, the server records and continues', async () => {
    const before = (await responses()).length;
    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'en-US' });
    try {
      const page = await noScript.newPage();
      await page.goto(`/s/${surveyId}?channel=qr`);
      const question = page.getByTestId('survey-question');
      await question.waitFor();
      expect(await question.locator('legend').textContent()).toContain('How likely are you to recommend us?');
      // Required: the server says so and keeps the page.
      await page.getByTestId('survey-next').click();
      await expect.poll(() => question.getByRole('alert').textContent()).toBe('Please answer this question.');
      await page.getByRole('radio', { name: '3', exact: true }).check();
      await page.getByTestId('survey-next').click();
      await page.getByLabel('What should we improve?').fill('Faster delivery');
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.getByTestId('survey-ending').waitFor();
      expect(await page.getByTestId('survey-ending').textContent()).toContain('Thank you!');
    } finally {
      await noScript.close();
    }
    const after = await responses();
    expect(after.length).toBe(before + 1);
    expect(after.find((r) => r.answers.why === 'Faster delivery')).toMatchObject({
      finished: true,
      answers: { nps: 3, why: 'Faster delivery' },
    });
  });

  it("loads the signed-in app's first screen without the charts or the editors", async () => {
    const visitor = await newContext(browser, baseURL);
    try {
      const page = await visitor.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto('/sign-in');
      await page.getByTestId('sign-in-form').waitFor();
      await page.waitForLoadState('networkidle');
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((path) => /echarts|editor|insights|settings/.test(path))).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('sends static files precompressed, hashed files immutable and index.html revalidated', async () => {
    const index = await api.get('/', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(index.headers()['cache-control']).toBe('no-cache');
    expect(index.headers()['content-encoding']).toBe('br');
    const asset = /src="(\/assets\/index-[^"]+\.js)"/.exec(await index.text())?.[1];
    expect(asset).toBeTruthy();

    for (const encoding of ['br', 'gzip']) {
      const script = await api.get(String(asset), { headers: { 'accept-encoding': encoding } });
      expect(script.status()).toBe(200);
      expect(script.headers()['content-encoding']).toBe(encoding);
      expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(script.headers().vary).toContain('accept-encoding');
    }
    const plain = await api.get(String(asset), { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();

    const page = await api.get(`/s/${surveyId}`, { headers: { 'accept-encoding': 'br' } });
    expect(page.headers()['content-encoding']).toBe('br');
    expect(page.headers()['cache-control']).toBe('no-store');
    const hosted = /src="(\/widget\/hosted\.[0-9a-f]{12}\.js)"/.exec(await page.text())?.[1];
    const script = await api.get(String(hosted), { headers: { 'accept-encoding': 'br' } });
    expect(script.headers()['content-encoding']).toBe('br');
    expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    // The widget's loader keeps its name (host pages embed it): short-lived.
    const loader = await api.get('/widget/touchpoint.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(loader.headers()['content-encoding']).toBe('gzip');
    expect(loader.headers()['cache-control']).toBe('public, max-age=300');
  });
});
