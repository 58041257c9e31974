import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { signUp, type TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;
let admin: TestClient;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  admin = (await signUp(app)).client;
});
afterAll(() => touchpoint.stop());

function expectProblem(
  response: { status: number; headers: Record<string, unknown>; body: any },
  status: number,
  code: string,
) {
  expect(response.status).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  expect(response.body).toMatchObject({
    status,
    code,
    type: expect.stringContaining(code.toLowerCase().replaceAll('_', '-')),
  });
  expect(response.body.title).toEqual(expect.any(String));
  expect(response.body.detail).toEqual(expect.any(String));
  expect(response.body.requestId).toBe(response.headers['x-request-id']);
  expect(Array.isArray(response.body.invalidParams)).toBe(true);
}

describe('problem+json errors', () => {
  it('malformed JSON is a 400 MALFORMED_JSON', async () => {
    const raw = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.c", ',
    });
    expectProblem({ status: raw.statusCode, headers: raw.headers, body: raw.json() }, 400, 'MALFORMED_JSON');
  });

  it('lists every invalid field: wrong types and unknown fields are 400 VALIDATION_FAILED', async () => {
    const response = await admin.post('/api/v1/teams', { name: 42, description: ['x'], colour: 'red' });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    const names = response.body.invalidParams.map((p: { name: string }) => p.name).sort();
    expect(names).toEqual(['body.colour', 'body.description', 'body.name']);
  });

  it('a malformed id in the path is a 400, not a 500', async () => {
    const response = await admin.patch('/api/v1/teams/not-a-uuid', { name: 'X' });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.invalidParams[0].name).toBe('params.id');
  });

  it('absurdly nested input is a 400, not a stack overflow', async () => {
    // Built as text: serialising a 20,000-level object would overflow the test's own stack.
    const depth = 20_000;
    const condition = `${'{"not":'.repeat(depth)}{"field":"q1","op":"eq","value":1}${'}'.repeat(depth)}`;
    const payload = `{"name":"Deep","questions":[{"id":"q1","type":"nps","text":{"en":"Score?"}}],"logic":[{"after":"q1","if":${condition},"then":{"end":null}}]}`;
    const credentials = admin.credentials as { cookie: string; csrfToken: string };
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/surveys',
      headers: {
        'content-type': 'application/json',
        cookie: credentials.cookie,
        'x-csrf-token': credentials.csrfToken,
      },
      payload,
    });
    expectProblem(
      { status: response.statusCode, headers: response.headers, body: response.json() },
      400,
      'VALIDATION_FAILED',
    );
  });

  it('a body over the limit is a 413', async () => {
    const response = await admin.post('/api/v1/teams', {
      name: 'Big',
      description: 'x'.repeat(2 * 1024 * 1024),
    });
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a body that is not JSON is a 415', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'text/xml' },
      payload: '<email/>',
    });
    expectProblem(
      { status: response.statusCode, headers: response.headers, body: response.json() },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('no credentials is a 401 and an unknown endpoint a 404, both as problems', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/teams' });
    expectProblem(
      { status: anonymous.statusCode, headers: anonymous.headers, body: anonymous.json() },
      401,
      'UNAUTHENTICATED',
    );
    const missing = await admin.get('/api/v1/no-such-thing');
    expectProblem(missing, 404, 'ROUTE_NOT_FOUND');
  });

  it('never answers 5xx to arbitrary JSON on any route, and stored data survives', async () => {
    const before = await admin.get('/api/v1/members');
    const routes = touchpoint.routes.filter((r) => r.method !== 'GET' && !r.url.includes('sign-out'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async (route, body) => {
        const url = route.url.replace(/:(\w+)/g, '01a2153c-37d0-768b-b16c-2f75afccb800');
        const response = await admin.request(route.method, url, body);
        expect(response.status, `${route.method} ${url} ${JSON.stringify(body)}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    const after = await admin.get('/api/v1/members');
    expect(after.body.items.map((m: { userId: string }) => m.userId)).toEqual(
      before.body.items.map((m: { userId: string }) => m.userId),
    );
  });
});
