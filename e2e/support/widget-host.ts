import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type APIRequestContext, request } from 'playwright-core';
import { expect } from 'vitest';
import type { TestUser } from './browser';

/** A plain HTML page on its own origin (127.0.0.1, while the server is on localhost), like a customer's site. */
export async function serveHostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A host page that embeds the widget with one script tag. It runs its own script (a cart counter and an
 * error log), and queues `touchpoint` calls through the documented stub before the loader arrives.
 */
export function hostPageHtml(options: { serverURL: string; workspaceId: string; identify?: string }): string {
  const identify = options.identify
    ? `touchpoint.identify({ externalId: ${JSON.stringify(options.identify)} }, { plan: 'pro' });`
    : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Acme shop</title></head>
<body>
  <h1>Acme shop</h1>
  <button id="buy" type="button">Buy now</button>
  <p id="cart">Cart: 0</p>
  <script>
    window.hostErrors = [];
    window.onerror = function (message, source) { hostErrors.push(String(message) + ' @ ' + source); };
    window.addEventListener('unhandledrejection', function (event) { hostErrors.push('unhandled: ' + event.reason); });
    var count = 0;
    document.getElementById('buy').addEventListener('click', function () {
      count += 1;
      document.getElementById('cart').textContent = 'Cart: ' + count;
    });
    window.touchpoint = window.touchpoint || { q: [] };
    ['identify', 'track', 'reset'].forEach(function (m) {
      touchpoint[m] = touchpoint[m] || function () { touchpoint.q.push([m, arguments]); };
    });
    ${identify}
  </script>
  <script async src="${options.serverURL}/widget/touchpoint.js" data-workspace="${options.workspaceId}"></script>
</body>
</html>`;
}

export interface WorkspaceApi {
  api: APIRequestContext;
  workspaceId: string;
  post(path: string, data?: unknown): Promise<any>;
  put(path: string, data: unknown): Promise<any>;
  get(path: string): Promise<any>;
  dispose(): Promise<void>;
}

/** Signs up through the API (a fresh workspace) and returns a client carrying its session and CSRF token. */
export async function signUpViaApi(baseURL: string, user: TestUser): Promise<WorkspaceApi> {
  const api = await request.newContext({ baseURL });
  const signUp = await api.post('/api/v1/auth/sign-up', {
    data: { email: user.email, password: user.password, name: user.name, workspaceName: user.workspaceName },
  });
  expect(signUp.status(), await signUp.text()).toBe(201);
  const me = (await signUp.json()) as { workspace: { id: string }; csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const send = async (method: 'post' | 'put', path: string, data: unknown) => {
    const response = await api[method](path, { data, headers });
    expect(response.ok(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(true);
    return response.json();
  };
  return {
    api,
    workspaceId: me.workspace.id,
    post: (path, data) => send('post', path, data ?? {}),
    put: (path, data) => send('put', path, data),
    async get(path) {
      const response = await api.get(path);
      expect(response.ok(), `GET ${path}: ${await response.text()}`).toBe(true);
      return response.json();
    },
    dispose: () => api.dispose(),
  };
}

/** Creates and publishes a one-question-plus-comment survey that the website widget shows on `triggers`. */
export async function publishWidgetSurvey(
  client: WorkspaceApi,
  name: string,
  triggers: ({ type: 'click'; selector: string } | { type: 'event'; event: string })[],
): Promise<string> {
  const survey = await client.post('/api/v1/surveys', {
    name,
    defaultLanguage: 'en',
    languages: ['en', 'vi'],
    questions: [
      {
        id: 'nps',
        type: 'nps',
        text: { en: 'How likely are you to recommend Acme?', vi: 'Bạn có sẵn lòng giới thiệu Acme không?' },
        required: true,
      },
      {
        id: 'reason',
        type: 'open_text',
        text: { en: 'You gave {{nps}}. What is the main reason?', vi: 'Bạn cho {{nps}} điểm. Vì sao?' },
        required: false,
      },
    ],
    endings: [{ id: 'thanks', title: { en: 'Thank you, Acme hears you', vi: 'Cảm ơn bạn' } }],
    distribution: { widget: { enabled: true, triggers } },
  });
  await client.post(`/api/v1/surveys/${survey.id}/publish`);
  return survey.id as string;
}
