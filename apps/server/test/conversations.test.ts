import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { type SignedUp, signUp } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;
let owner: SignedUp;
let other: SignedUp;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
  owner = await signUp(app, 'Chat workspace');
  other = await signUp(app, 'Other workspace');
});

afterAll(async () => {
  await touchpoint?.stop();
});

async function publicCall(
  method: 'GET' | 'POST',
  url: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await app.inject({
    method,
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: response.statusCode, body: response.body ? response.json() : null };
}

async function startChat(workspaceId: string, language?: 'en' | 'vi') {
  const created = await publicCall('POST', '/api/v1/public/conversations', null, {
    workspaceId,
    ...(language ? { language } : {}),
  });
  expect(created.status).toBe(201);
  return created.body as { id: string; token: string; status: string };
}

describe('public conversations', () => {
  it('starts a conversation, takes messages idempotently and refuses other tokens with 404', async () => {
    const chat = await startChat(owner.me.workspace?.id as string);
    expect(chat.status).toBe('bot');
    const first = await publicCall('POST', `/api/v1/public/conversations/${chat.id}/messages`, chat.token, {
      text: 'hello',
      clientMessageId: 'c-1',
    });
    expect(first.status).toBe(201);
    const again = await publicCall('POST', `/api/v1/public/conversations/${chat.id}/messages`, chat.token, {
      text: 'hello',
      clientMessageId: 'c-1',
    });
    expect(again.status).toBe(200);
    expect(again.body.message.id).toBe(first.body.message.id);
    const read = await publicCall('GET', `/api/v1/public/conversations/${chat.id}/messages`, chat.token);
    expect(read.status).toBe(200);
    expect(read.body.items.filter((m: { author: string }) => m.author === 'customer')).toHaveLength(1);

    const second = await startChat(owner.me.workspace?.id as string);
    expect(
      (await publicCall('GET', `/api/v1/public/conversations/${chat.id}/messages`, second.token)).status,
    ).toBe(404);
    expect(
      (await publicCall('GET', `/api/v1/public/conversations/${chat.id}/messages`, 'wrong')).status,
    ).toBe(404);
    expect((await publicCall('GET', `/api/v1/public/conversations/${chat.id}/messages`, null)).status).toBe(
      404,
    );
    const foreign = await startChat(other.me.workspace?.id as string);
    const read404 = await publicCall(
      'GET',
      `/api/v1/public/conversations/${chat.id}/messages`,
      foreign.token,
    );
    expect(read404.status).toBe(404);
  });
});
