import axe from 'axe-core';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
  request,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signInViaUi, uniqueUser } from './support/browser';
import { serveHostPage } from './support/widget-host';

const baseURL = inject('baseURL');

/**
 * A customer's plain site in Vietnamese that embeds the widget with its chat button, under a strict
 * style policy (no inline styles) like many shops have.
 */
function chatHostHtml(workspaceId: string): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="style-src 'self'">
<title>Cửa hàng Acme</title></head>
<body>
  <h1>Cửa hàng Acme</h1>
  <p>Giày chạy bộ, giao hàng toàn quốc.</p>
  <script>
    window.hostErrors = [];
    window.onerror = function (message, source) { hostErrors.push(String(message) + ' @ ' + source); };
    window.addEventListener('unhandledrejection', function (event) { hostErrors.push('unhandled: ' + event.reason); });
  </script>
  <script async src="${baseURL}/widget/touchpoint.js" data-workspace="${workspaceId}" data-chat="on"></script>
</body>
</html>`;
}

interface TAgentApi {
  api: APIRequestContext;
  workspaceId: string;
  call(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, data?: unknown): Promise<any>;
}

/** Signs the agent's workspace up through the API; `call` carries the session and CSRF token. */
async function signUpAgent(user: ReturnType<typeof uniqueUser>): Promise<TAgentApi> {
  const api = await request.newContext({ baseURL });
  const signUp = await api.post('/api/v1/auth/sign-up', {
    data: { email: user.email, password: user.password, name: user.name, workspaceName: user.workspaceName },
  });
  expect(signUp.status(), await signUp.text()).toBe(201);
  const me = (await signUp.json()) as { workspace: { id: string }; csrfToken: string };
  return {
    api,
    workspaceId: me.workspace.id,
    async call(method, path, data) {
      const response = await api.fetch(path, {
        method,
        data: method === 'GET' ? undefined : (data ?? {}),
        headers: method === 'GET' ? {} : { 'x-csrf-token': me.csrfToken },
      });
      expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
      return response.status() === 204 ? null : response.json();
    },
  };
}

/** axe-core's serious and critical violations on the page (it reads into open shadow roots). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
  });
}

/** The chat panel's computed position: 'fixed' when its stylesheet applies (a strict CSP did not strip it). */
const panelPosition = (page: Page) =>
  page.evaluate(() => {
    const panel = document.querySelector('[data-touchpoint-chat-panel]')?.shadowRoot?.querySelector('.panel');
    return panel ? getComputedStyle(panel).position : null;
  });

const hostErrors = (page: Page) =>
  page.evaluate(() => (window as unknown as { hostErrors: string[] }).hostErrors);

/**
 * Issue 12's "done when": a customer on a plain host page (phone size, Vietnamese) opens the chat, asks a
 * routine question without diacritics and gets the article's answer from the bot, asks for a person; an
 * online agent in another browser sees the conversation arrive live with the transcript and the bot's
 * reason, replies, and the customer sees it without reloading; the agent resolves, the customer answers
 * the CSAT, and the inbox metrics move.
 */
describe('converse: the widget chat, the bot and a person', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    const chat = await fetch(`${baseURL}/widget/chat.js`);
    if (chat.status !== 200) {
      throw new Error(
        `The server does not serve /widget/chat.js (${chat.status}): run \`npm run build:widget\` before the browser tests.`,
      );
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    for (const close of closers) await close().catch(() => {});
  });

  it('answers from the knowledge base, hands over to an online agent live, and collects the CSAT', async () => {
    const agentUser = uniqueUser('Agent');
    const agent = await signUpAgent(agentUser);
    closers.push(() => agent.api.dispose());
    const article = await agent.call('POST', '/api/v1/knowledge/articles', {
      title: { en: 'Refunds', vi: 'Hoàn tiền' },
      body: {
        en: 'Refunds reach your card within 5 working days.',
        vi: 'Tiền hoàn về thẻ của bạn trong vòng 5 ngày làm việc.',
      },
      questions: ['how long does a refund take', 'hoàn tiền mất bao lâu'],
      tags: ['billing'],
    });
    expect(article.id).toEqual(expect.any(String));
    await agent.call('PUT', '/api/v1/bot/settings', { enabled: true });
    const metricsBefore = await agent.call('GET', '/api/v1/conversations/metrics');

    // The agent: signed in in a second browser, in the inbox's open conversations, going online there.
    const agentContext = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
    agentContext.setDefaultTimeout(15_000);
    contexts.push(agentContext);
    const agentPage = await agentContext.newPage();
    await signInViaUi(agentPage, agentUser.email, agentUser.password);
    await agentPage.goto('/inbox?queue=open');
    await agentPage
      .getByTestId('conversations-table')
      .or(agentPage.getByTestId('conversations-empty'))
      .first()
      .waitFor();
    await agentPage.getByTestId('presence-online').click();
    await expect
      .poll(() => agentPage.getByTestId('presence-online').getAttribute('aria-pressed'))
      .toBe('true');
    const agents = await agent.call('GET', '/api/v1/agents');
    expect(agents.items).toEqual([expect.objectContaining({ name: agentUser.name, presence: 'online' })]);

    // The customer: a phone, a Vietnamese page on another origin with the chat button.
    const host = await serveHostPage(chatHostHtml(agent.workspaceId));
    closers.push(host.close);
    const customerContext = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      reducedMotion: 'reduce',
    });
    customerContext.setDefaultTimeout(15_000);
    contexts.push(customerContext);
    const page = await customerContext.newPage();
    const pageErrors: string[] = [];
    const requested: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (req) => requested.push(req.url()));
    await page.goto(host.url);

    const launcher = page.getByRole('button', { name: 'Trò chuyện với chúng tôi' });
    await launcher.waitFor();
    // The chat chunk loads only when the chat opens.
    expect(requested.filter((url) => url.endsWith('/widget/chat.js'))).toEqual([]);
    await launcher.click();
    const chat = page.getByRole('dialog', { name: 'Trò chuyện với chúng tôi' });
    await chat.waitFor();
    expect(requested.filter((url) => url.endsWith('/widget/chat.js'))).toHaveLength(1);
    const input = chat.getByRole('textbox', { name: 'Tin nhắn của bạn' });
    // The panel lives in a shadow root, and focus moves into its message box as it opens.
    expect(await input.evaluate((element) => element.getRootNode() instanceof ShadowRoot)).toBe(true);
    const focusedInChat = () =>
      page.evaluate(
        () => document.querySelector('[data-touchpoint-chat-panel]')?.shadowRoot?.activeElement?.id ?? null,
      );
    await expect.poll(focusedInChat).toBe('tp-chat-input');
    expect(await panelPosition(page)).toBe('fixed');
    await screenshot(page, 'converse-chat-open-phone');

    // A routine question in Vietnamese without diacritics: the bot answers from the article.
    await input.fill('hoan tien mat bao lau');
    await input.press('Enter');
    const log = chat.getByRole('log');
    const botAnswer = log
      .locator('[data-author="bot"]')
      .filter({ hasText: /5 (ngày làm việc|working days)/ });
    await botAnswer.waitFor();
    expect(await log.locator('[data-author="customer"]').last().textContent()).toContain(
      'hoan tien mat bao lau',
    );
    await screenshot(page, 'converse-bot-answer-phone');
    expect(await seriousViolations(page)).toEqual([]);

    // The conversation is stored for this workspace, so a reload continues it.
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? 'null'),
      `touchpoint.chat.${agent.workspaceId}`,
    );
    expect(stored).toMatchObject({ id: expect.any(String), token: expect.any(String), open: true });
    const conversationId = stored.id as string;

    // The customer asks for a person: the bot steps aside (an online agent with room takes it at once, so
    // there is no line to wait in) and the button goes away.
    await chat.getByRole('button', { name: 'Gặp nhân viên hỗ trợ' }).click();
    await log.locator('[data-author="system"]').filter({ hasText: 'nhân viên' }).waitFor();
    await expect
      .poll(async () => chat.getByRole('button', { name: 'Gặp nhân viên hỗ trợ' }).isVisible())
      .toBe(false);
    await screenshot(page, 'converse-waiting-phone');

    // The agent sees it arrive live (no reload), with the transcript and the bot's reason.
    const row = agentPage.locator(
      `[data-testid="conversation-row"][data-conversation-id="${conversationId}"]`,
    );
    await row.waitFor();
    await row.getByTestId('conversation-link').click();
    const pane = agentPage.getByTestId('conversation');
    const transcript = pane.getByTestId('transcript');
    await transcript.getByText('hoan tien mat bao lau').waitFor();
    await transcript
      .getByText(/5 (ngày làm việc|working days)/)
      .first()
      .waitFor();
    await pane.getByTestId('bot-decision').first().waitFor();
    await pane.getByTestId('conversation-reason').waitFor();
    const detail = await agent.call('GET', `/api/v1/conversations/${conversationId}`);
    expect(detail.conversation).toMatchObject({
      id: conversationId,
      status: 'open',
      handoffReason: 'asked_for_person',
    });
    expect(detail.decisions).toEqual(
      expect.arrayContaining([expect.objectContaining({ articleId: article.id, handoff: false })]),
    );
    await screenshot(agentPage, 'converse-inbox-handover');

    // The agent replies; the customer sees it without reloading, with the agent's name.
    await pane
      .getByTestId('composer-text')
      .fill('Chào bạn, mình là Lan. Mình kiểm tra đơn hoàn tiền giúp bạn nhé.');
    await pane.getByTestId('composer-send').click();
    const agentReply = log.locator('[data-author="agent"]').filter({ hasText: 'mình là Lan' });
    await agentReply.waitFor();
    expect(await agentReply.textContent()).toContain(agentUser.name);

    // Offline, the customer writes; back online, it arrives once.
    await customerContext.setOffline(true);
    await input.fill('Cảm ơn, mình chờ nhé');
    await input.press('Enter');
    await log.locator('[data-author="customer"]').filter({ hasText: 'Đang gửi…' }).waitFor();
    expect(await chat.getByRole('status').textContent()).toContain('ngoại tuyến');
    await screenshot(page, 'converse-offline-phone');
    await customerContext.setOffline(false);
    const customerCopies = async () =>
      (
        (await agent.call('GET', `/api/v1/conversations/${conversationId}`)).messages as { text: string }[]
      ).filter((m) => m.text === 'Cảm ơn, mình chờ nhé').length;
    await expect.poll(customerCopies, { timeout: 30_000, interval: 250 }).toBe(1);
    await log
      .locator('[data-author="customer"]')
      .filter({ hasText: 'Cảm ơn, mình chờ nhé' })
      .filter({ hasNotText: 'Đang gửi…' })
      .waitFor();
    await page.waitForTimeout(1_000);
    expect(await customerCopies()).toBe(1);

    // The agent resolves; the customer gets the CSAT question and answers it.
    await transcript.getByText('Cảm ơn, mình chờ nhé').waitFor();
    await pane.getByTestId('action-resolve').click();
    const csat = chat.getByRole('group');
    await csat.waitFor();
    await chat.getByRole('button', { name: 'Gửi đánh giá' }).click();
    expect(await chat.getByRole('alert').textContent()).toBe('Vui lòng chọn điểm từ 1 đến 5.');
    await chat.getByRole('button', { name: '5 trên 5' }).click();
    // A click inside the panel leaves focus where it went (the page's chat buttons do not re-open it).
    expect(
      await page.evaluate(
        () =>
          document
            .querySelector('[data-touchpoint-chat-panel]')
            ?.shadowRoot?.activeElement?.getAttribute('aria-label') ?? null,
      ),
    ).toBe('5 trên 5');
    await chat
      .getByRole('textbox', { name: 'Bạn muốn góp ý thêm? (không bắt buộc)' })
      .fill('Lan rất nhiệt tình');
    await screenshot(page, 'converse-csat-phone');
    expect(await seriousViolations(page)).toEqual([]);
    await chat.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect.poll(async () => chat.getByRole('status').textContent()).toBe('Cảm ơn bạn đã đánh giá!');
    expect(await csat.count()).toBe(0);

    // The inbox metrics moved: a hand-over (asked for a person), a first response, a resolution, a CSAT of 5.
    await expect
      .poll(async () => (await agent.call('GET', '/api/v1/conversations/metrics')).csat.n, {
        timeout: 15_000,
      })
      .toBe(metricsBefore.csat.n + 1);
    const metricsAfter = await agent.call('GET', '/api/v1/conversations/metrics');
    expect(metricsAfter.handover.n).toBeGreaterThan(metricsBefore.handover.n);
    expect(metricsAfter.handover.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: 'asked_for_person', count: 1 })]),
    );
    expect(metricsAfter.firstResponse.n).toBe(metricsBefore.firstResponse.n + 1);
    expect(metricsAfter.resolution.n).toBe(metricsBefore.resolution.n + 1);
    expect(metricsAfter.csat.value).toBeGreaterThan(0);
    // …and on the inbox's metrics strip.
    await agentPage.reload();
    const csatTile = agentPage.getByTestId('inbox-metrics').getByTestId('inbox-metric-csat');
    await expect
      .poll(async () => (await csatTile.getByTestId('metric-n').textContent()) ?? '')
      .toContain(String(metricsAfter.csat.n));
    await screenshot(agentPage, 'converse-inbox-metrics');

    // Escape closes the chat and gives focus back to its button; a reload continues the same conversation,
    // and the page never saw an error.
    await input.focus();
    await page.keyboard.press('Escape');
    expect(await chat.isVisible()).toBe(false);
    expect(
      await page.evaluate(() => {
        const roots = [...document.querySelectorAll('div')].map((div) => div.shadowRoot).filter(Boolean);
        return roots.some(
          (root) => root?.activeElement?.getAttribute('aria-label') === 'Trò chuyện với chúng tôi',
        );
      }),
    ).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'Trò chuyện với chúng tôi' }).click();
    await page.getByRole('dialog', { name: 'Trò chuyện với chúng tôi' }).getByText('mình là Lan').waitFor();
    expect(await hostErrors(page)).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The help center's "Chat with us" button opens the same chat chunk on the server's own page.
    const help = await customerContext.newPage();
    const helpErrors: string[] = [];
    help.on('pageerror', (error) => helpErrors.push(error.message));
    await help.goto(`${baseURL}/help/${agent.workspaceId}`);
    await help.locator('main [data-touchpoint-chat]').click();
    const helpChat = help.getByRole('dialog', { name: /^(Chat with us|Trò chuyện với chúng tôi)$/ });
    await helpChat.waitFor();
    await screenshot(help, 'converse-help-center-chat-phone');
    expect(await panelPosition(help)).toBe('fixed');

    // With nobody online, asking for a person there puts the customer in line with an honest wait message.
    await agentPage.getByTestId('presence-offline').click();
    await expect
      .poll(() => agentPage.getByTestId('presence-offline').getAttribute('aria-pressed'))
      .toBe('true');
    await helpChat.getByRole('button', { name: /^(Talk to a person|Gặp nhân viên hỗ trợ)$/ }).click();
    const waiting = helpChat.getByRole('status');
    await waiting.waitFor();
    const helpSession = await help.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? 'null'),
      `touchpoint.chat.${agent.workspaceId}`,
    );
    const publicView = await (
      await fetch(`${baseURL}/api/v1/public/conversations/${helpSession.id}/messages`, {
        headers: { authorization: `Bearer ${helpSession.token}` },
      })
    ).json();
    expect(publicView.queue).toMatchObject({ position: 1 });
    expect(await waiting.textContent()).toBe(publicView.queue.message);
    await screenshot(help, 'converse-help-center-queue-phone');
    expect(helpErrors).toEqual([]);
  });
});
