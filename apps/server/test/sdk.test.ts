import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createTouchpointClient, TouchpointApiError, type TouchpointClient, unwrap } from '@touchpoint/sdk';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSdkFiles, OPENAPI_FILE, SCHEMA_FILE } from '../../../packages/sdk/scripts/generate';
import type { Touchpoint } from '../src/touchpoint';
import { apiKeyClient, signUp } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let sdk: TouchpointClient;
let workspace: { id: string; name: string };

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  const app = touchpoint.app as FastifyInstance;
  // The SDK speaks real HTTP through fetch, so this file listens on a free port instead of using inject().
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const { client: admin, me } = await signUp(app, 'SDK Co');
  workspace = me.workspace;
  const { key } = await apiKeyClient(admin);
  sdk = createTouchpointClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: key });
});
afterAll(() => touchpoint.stop());

describe('@touchpoint/sdk', () => {
  it('authenticates with the API key: GET /api/v1/me answers the workspace', async () => {
    const me = unwrap(await sdk.GET('/api/v1/me'));
    expect(me.workspace).toEqual(workspace);
    expect(me.via).toBe('api_key');
    expect(me.user).toBeNull();
  });

  it('creates a team and lists it', async () => {
    const team = unwrap(
      await sdk.POST('/api/v1/teams', { body: { name: 'Support', description: 'Hotline' } }),
    );
    expect(team).toMatchObject({ name: 'Support', description: 'Hotline', memberIds: [] });
    const page = unwrap(await sdk.GET('/api/v1/teams', { params: { query: { limit: 10 } } }));
    expect(page.items.map((t) => t.id)).toContain(team.id);
    const deleted = await sdk.DELETE('/api/v1/teams/{id}', { params: { path: { id: team.id } } });
    expect(deleted.response.status).toBe(204);
    expect(unwrap(deleted)).toBeUndefined();
  });

  it('throws a TouchpointApiError with the problem details for an invalid body', async () => {
    // @ts-expect-error name must be a string: the generated types catch this before the server does.
    const result = await sdk.POST('/api/v1/teams', { body: { name: 42 } });
    const error = (() => {
      try {
        unwrap(result);
      } catch (caught) {
        return caught;
      }
      throw new Error('expected unwrap to throw');
    })();
    expect(error).toBeInstanceOf(TouchpointApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      type: expect.stringContaining('validation-failed'),
      requestId: result.response.headers.get('x-request-id'),
      invalidParams: [{ name: 'body.name', reason: expect.any(String) }],
    });
  });

  it('without an API key, a protected endpoint is a 401 UNAUTHENTICATED', async () => {
    const { port } = (touchpoint.app as FastifyInstance).server.address() as AddressInfo;
    const anonymous = createTouchpointClient({ baseUrl: `http://127.0.0.1:${port}` });
    const result = await anonymous.GET('/api/v1/me');
    expect(() => unwrap(result)).toThrow(expect.objectContaining({ status: 401, code: 'UNAUTHENTICATED' }));
  });

  it('the checked-in openapi.json and schema.d.ts match the current server routes', async () => {
    const generated = await generateSdkFiles();
    const hint = 'out of date: run `npm run generate -w @touchpoint/sdk` and commit the result';
    expect(readFileSync(OPENAPI_FILE, 'utf8'), `packages/sdk/openapi.json is ${hint}`).toBe(
      generated.openApiJson,
    );
    expect(readFileSync(SCHEMA_FILE, 'utf8'), `packages/sdk/src/schema.d.ts is ${hint}`).toBe(
      generated.schema,
    );
  });
});
