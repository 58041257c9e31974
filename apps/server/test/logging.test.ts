import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../src/platform/logger';
import type { Touchpoint } from '../src/touchpoint';
import { apiKeyClient, signUp } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

const lines: string[] = [];
let touchpoint: Touchpoint;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  touchpoint = await startTestTouchpoint({ logger: createLogger('trace', false, sink) });
});
afterAll(() => touchpoint.stop());

it('logs every request as JSON with its request id, and never a password, session, CSRF token or API key', async () => {
  const app = touchpoint.app as FastifyInstance;
  const { client, password } = await signUp(app);
  const { key } = await apiKeyClient(client, 'viewer');
  await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${key}` } });
  await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email: 'nobody@example.com', password },
  });
  const credentials = client.credentials as { cookie: string; csrfToken: string };

  const entries = lines.map((line) => JSON.parse(line));
  const requestLogs = entries.filter((entry) => entry.reqId && entry.req);
  expect(requestLogs.length).toBeGreaterThanOrEqual(4);
  expect(requestLogs.some((entry) => entry.req.url === '/api/v1/me')).toBe(true);
  const all = lines.join('\n');
  for (const secret of [password, key, credentials.cookie.split('=')[1] as string, credentials.csrfToken]) {
    expect(all).not.toContain(secret);
  }
});
