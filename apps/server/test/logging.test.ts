import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toAppError } from '../src/platform/http/problem-handler';
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

it('does not log or echo a malformed JSON body (the parser message quotes it)', async () => {
  const app = touchpoint.app as FastifyInstance;
  lines.length = 0;
  const reply = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    headers: { 'content-type': 'application/json' },
    payload: '{"email":"a@b.co","password":hunter2secret}',
  });
  expect(reply.statusCode).toBe(400);
  expect(reply.json().code).toBe('MALFORMED_JSON');
  expect(reply.body).not.toContain('hunter2');
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.join('\n')).not.toContain('hunter2');
  // Fastify's own JSON parser answers a fixed message; a SyntaxError from any other parser quotes the body.
  let parserMessage = '';
  try {
    JSON.parse('{"email":"a@b.co","password":hunter2secret}');
  } catch (error) {
    parserMessage = (error as Error).message;
  }
  expect(parserMessage).toContain('hunter2');
  const problem = toAppError(Object.assign(new SyntaxError(parserMessage), { statusCode: 400 }));
  expect(problem.code).toBe('MALFORMED_JSON');
  expect(problem.message).not.toContain('hunter2');
});

it('logs request paths without query strings or link tokens, and no email address', async () => {
  const app = touchpoint.app as FastifyInstance;
  const { client, email } = await signUp(app);
  lines.length = 0;

  const invitation = await client.post('/api/v1/invitations', {
    email: 'new.admin@example.com',
    role: 'admin',
  });
  expect(invitation.status).toBe(201);
  const invitationToken = invitation.body.token as string;
  const survey = await client.post('/api/v1/surveys', {
    name: 'Logged',
    defaultLanguage: 'en',
    questions: [{ id: 'q1', type: 'nps', text: { en: 'Recommend us?' }, required: true }],
  });
  const link = await client.post(`/api/v1/surveys/${survey.body.id}/links`, {
    contact: { email: 'linked.customer@example.com' },
  });
  expect(link.status).toBe(201);
  const linkToken = link.body.token as string;
  // Tokens as emails carry them (unsubscribe and follow-up links need no valid one to be logged).
  const unsubscribeToken = 'Uq3vB9xK2mN8pL4rT6wY0zA5cD7eF1gH';
  const followUpToken = 'Fz8yX6wV4uT2sR0qP9oN7mL5kJ3iH1gF2eD4cB6aZ8y';
  const shortToken = 'abc123';
  const urls = [
    `/api/v1/invitations/lookup?token=${invitationToken}`,
    `/invite?token=${invitationToken}`,
    `/s/${survey.body.id}?t=${linkToken}&lang=en`,
    `/u/${unsubscribeToken}`,
    `/f/${followUpToken}`,
    `/u/${shortToken}`,
    `/api/v1/public/unsubscribe/${unsubscribeToken}`,
    `/api/v1/public/follow-ups/${followUpToken}`,
    `/api/v1/public/follow-ups/${followUpToken}/extra`,
  ];
  for (const url of urls) await app.inject({ method: 'GET', url });
  await app.inject({
    method: 'POST',
    url: `/api/v1/public/follow-ups/${followUpToken}`,
    payload: { feltHeard: true },
  });
  // An error whose detail names an address (inviting someone who is already a member).
  const again = await client.post('/api/v1/invitations', { email, role: 'viewer' });
  expect(again.status).toBe(409);
  expect(JSON.stringify(again.body)).toContain(email);

  const all = lines.join('\n');
  for (const secret of [invitationToken, linkToken, unsubscribeToken, followUpToken, `/u/${shortToken}`]) {
    expect(all).not.toContain(secret);
  }
  for (const address of [email, 'new.admin@example.com', 'linked.customer@example.com']) {
    expect(all).not.toContain(address);
  }
  const loggedUrls = lines
    .map((line) => JSON.parse(line))
    .filter((entry) => entry.req)
    .map((entry) => entry.req.url as string);
  expect(loggedUrls).toEqual(
    expect.arrayContaining([
      '/api/v1/invitations/lookup',
      '/invite',
      `/s/${survey.body.id}`,
      '/u/[token]',
      '/f/[token]',
      '/api/v1/public/unsubscribe/[token]',
      '/api/v1/public/follow-ups/[token]',
      '/api/v1/public/follow-ups/[token]/extra',
      `/api/v1/surveys/${survey.body.id}/links`,
    ]),
  );
  expect(loggedUrls.every((url) => !url.includes('?'))).toBe(true);
});
