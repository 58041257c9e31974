import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fetchMe, launchBrowser, newContext, screenshot, signInViaUi } from './support/browser';

const baseURL = inject('baseURL');

const run = Date.now().toString(36);
const DEMO_PASSWORD = 'touchpoint-demo';
/** An agent of the demo workspace (role `agent`): works conversations, cannot edit the knowledge base. */
const AGENT = 'hoa.pham@lotus-retail.example';
const ARTICLE_TITLE = `Gift card balance ${run}`;
const ARTICLE_BODY =
  'Your gift card balance is printed on every receipt and shown in the Lotus app under Wallet.';
const QUESTION = 'how can I check my gift card balance';

/** A customer's conversation through the public API, handed over to a person so it waits in the inbox. */
async function customerConversation(
  workspaceId: string,
  text: string,
): Promise<{ id: string; token: string }> {
  const created = await fetch(`${baseURL}/api/v1/public/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ workspaceId, contact: { name: `Lan ${run}` }, language: 'en' }),
  });
  expect(created.status).toBe(201);
  const { id, token } = (await created.json()) as { id: string; token: string };
  await customerSays(id, token, text);
  const handoff = await fetch(`${baseURL}/api/v1/public/conversations/${id}/handoff`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: '{}',
  });
  expect(handoff.status).toBeLessThan(300);
  return { id, token };
}

async function customerSays(id: string, token: string, text: string): Promise<void> {
  const response = await fetch(`${baseURL}/api/v1/public/conversations/${id}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ text }),
  });
  expect(response.status).toBeLessThan(300);
}

describe('inbox, knowledge base and bot', () => {
  let browser: Browser;
  let manager: BrowserContext;
  let agent: BrowserContext;
  let page: Page;
  let workspaceId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    manager = await newContext(browser, baseURL, { viewport: { width: 1440, height: 1000 } });
    page = await manager.newPage();
    await signInViaUi(page, 'demo@touchpoint.local', DEMO_PASSWORD);
    const me = await fetchMe(page);
    workspaceId = (me.body.workspace as { id: string }).id;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a published knowledge-base article in the editor, and the bot test box answers from it', async () => {
    await page.goto('/inbox/knowledge');
    await page.getByTestId('new-article').click();
    await page.getByTestId('article-title').fill(ARTICLE_TITLE);
    await page.getByTestId('article-body').fill(ARTICLE_BODY);
    await page.getByTestId('article-questions').fill(`${QUESTION}\nwhere is my gift card balance`);
    await page.getByTestId('article-tags').fill('gift cards, payments');
    await page.getByTestId('article-published').check();
    await page.getByTestId('save-article').click();
    await page.waitForURL(/\/inbox\/knowledge\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('All changes saved');

    await page.goto('/inbox/knowledge');
    await page.getByTestId('knowledge-search').fill(run);
    const row = page.getByTestId('article-row').filter({ hasText: ARTICLE_TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain('Published');

    await page.goto('/inbox/bot');
    await page.getByTestId('bot-test-text').fill(QUESTION);
    await page.getByTestId('bot-test-language').selectOption('en');
    await page.getByTestId('bot-test-ask').click();
    const result = page.getByTestId('bot-test-result');
    await result.waitFor();
    expect(await result.getAttribute('data-handoff')).toBe('false');
    expect(await page.getByTestId('bot-test-answer').textContent()).toContain('Wallet');
    expect(await page.getByTestId('bot-test-confidence').textContent()).toMatch(/\d+\s?%/);
    await screenshot(page, 'bot-test-box');
  });

  it('lets an agent open a waiting conversation, add a private note and reply, and shows new customer messages live', async () => {
    const conversation = await customerConversation(workspaceId, 'my parcel is late, please help');
    agent = await newContext(browser, baseURL, { viewport: { width: 1440, height: 1000 } });
    const agentPage = await agent.newPage();
    await signInViaUi(agentPage, AGENT, DEMO_PASSWORD);

    await agentPage.goto('/inbox?queue=open');
    const row = agentPage.locator(
      `[data-testid="conversation-row"][data-conversation-id="${conversation.id}"]`,
    );
    await row.waitFor();
    await row.getByTestId('conversation-link').click();
    await agentPage.waitForURL(new RegExp(`/inbox/${conversation.id}`));
    const transcript = agentPage.getByTestId('transcript');
    await transcript.getByText('my parcel is late, please help').waitFor();

    await agentPage.getByTestId('composer-mode-note').click();
    await agentPage.getByTestId('composer-text').fill(`Checked the carrier ${run}: parcel in the depot`);
    await agentPage.getByTestId('composer-send').click();
    const note = transcript.locator('[data-testid="message"][data-private="true"]');
    await note.filter({ hasText: `Checked the carrier ${run}` }).waitFor();

    await agentPage.getByTestId('composer-mode-reply').click();
    await agentPage
      .getByTestId('composer-text')
      .fill(`Sorry for the wait ${run}: your parcel arrives tomorrow.`);
    await agentPage.getByTestId('composer-send').click();
    await transcript
      .locator('[data-testid="message"][data-author="agent"]:not([data-private])')
      .filter({ hasText: `Sorry for the wait ${run}` })
      .waitFor();

    // The customer sees the reply, never the note.
    const publicView = await fetch(`${baseURL}/api/v1/public/conversations/${conversation.id}/messages`, {
      headers: { authorization: `Bearer ${conversation.token}` },
    });
    const texts = ((await publicView.json()) as { items: { text: string }[] }).items.map((m) => m.text);
    expect(texts.some((text) => text.includes(`Sorry for the wait ${run}`))).toBe(true);
    expect(texts.some((text) => text.includes(`Checked the carrier ${run}`))).toBe(false);

    // A new customer message arrives in the open conversation without a reload.
    await customerSays(conversation.id, conversation.token, `thank you ${run}`);
    await transcript.getByText(`thank you ${run}`).waitFor({ timeout: 10_000 });
    await screenshot(agentPage, 'inbox-conversation');
  });
});
