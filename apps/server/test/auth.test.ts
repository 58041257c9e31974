import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { apiKeyClient, sessionOf, signUp, TestClient } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

let touchpoint: Touchpoint;
let app: FastifyInstance;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
});
afterAll(() => touchpoint.stop());

describe('sign-up, sign-in, sign-out', () => {
  it('creates the person and their workspace, makes them admin and signs them in', async () => {
    const { client, me, email } = await signUp(app, 'Acme Coffee');
    expect(me.workspace.name).toBe('Acme Coffee');
    expect(me.role).toBe('admin');
    expect(me.user?.email).toBe(email);
    expect(me.permissions).toContain('apiKeys.manage');
    const again = await client.get('/api/v1/me');
    expect(again.status).toBe(200);
    expect(again.body.workspace.id).toBe(me.workspace.id);
  });

  it('stores the password as an argon2id hash, never in clear', async () => {
    const { email, password } = await signUp(app);
    const row = await touchpoint.database.db
      .selectFrom('users')
      .select('passwordHash')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(row.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(row.passwordHash).not.toContain(password);
  });

  it('creates no second account on the same email, whatever the case, and does not say why', async () => {
    const { email } = await signUp(app);
    const response = await new TestClient(app).post('/api/v1/auth/sign-up', {
      email: email.toUpperCase(),
      password: 'another good password',
      name: 'Copycat',
      workspaceName: 'Copy',
    });
    expect(response.status).toBe(202);
    expect(response.body.status).toBe('check_email');
    expect(response.headers['set-cookie']).toBeUndefined();
    const users = await touchpoint.database.db
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
      .execute();
    expect(users).toHaveLength(1);
  });

  it('signs in with the right password and refuses a wrong one with 401', async () => {
    const { email, password } = await signUp(app);
    const anonymous = new TestClient(app);
    const wrong = await anonymous.post('/api/v1/auth/sign-in', { email, password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    const unknown = await anonymous.post('/api/v1/auth/sign-in', { email: 'nobody@example.com', password });
    expect(unknown.status).toBe(401);
    const right = await anonymous.post('/api/v1/auth/sign-in', { email, password });
    expect(right.status).toBe(200);
    expect(right.headers['set-cookie']).toMatch(/tp_session=.*HttpOnly/i);
  });

  it('signs out: the old cookie no longer works', async () => {
    const { client } = await signUp(app);
    expect((await client.post('/api/v1/auth/sign-out')).status).toBe(204);
    const after = await client.get('/api/v1/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
  });

  it('rate-limits sign-in attempts per client', async () => {
    const anonymous = new TestClient(app);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await anonymous.request(
        'POST',
        '/api/v1/auth/sign-in',
        { email: 'x@example.com', password: 'guess' },
        {
          'x-forwarded-for': '203.0.113.77',
        },
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('does not let a client escape the limit by naming another address without a trusted proxy', async () => {
    const direct = await startTestTouchpoint({ trustProxy: false });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const response = await (direct.app as FastifyInstance).inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          headers: { 'x-forwarded-for': `198.51.100.${i}` },
          payload: { email: 'x@example.com', password: 'guess' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await direct.stop();
    }
  });
});

describe('CSRF protection for cookie sessions', () => {
  it('refuses an unsafe request made with the cookie but without the token', async () => {
    const { client } = await signUp(app);
    const response = await client.request(
      'POST',
      '/api/v1/teams',
      { name: 'Support' },
      { 'x-csrf-token': 'wrong' },
    );
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('CSRF_FAILED');
    const teams = await client.get('/api/v1/teams');
    expect(teams.body.items).toHaveLength(0);
  });
});

describe('API keys', () => {
  it('authenticates /api/v1/me as the workspace, with the key role', async () => {
    const { client: admin, me } = await signUp(app, 'Keyed');
    const { client: keyClient, key } = await apiKeyClient(admin, 'analyst');
    expect(key.startsWith('tpk_')).toBe(true);
    const response = await keyClient.get('/api/v1/me');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ via: 'api_key', role: 'analyst', user: null, csrfToken: null });
    expect(response.body.workspace).toMatchObject({ id: me.workspace.id, name: 'Keyed' });
    expect(response.body.workspace.timeZone).toEqual(expect.any(String));
  });

  it('shows the secret once, stores only a hash, and stops working when revoked', async () => {
    const { client: admin } = await signUp(app);
    const { client: keyClient, id, key } = await apiKeyClient(admin, 'viewer');
    expect((await keyClient.get('/api/v1/me')).status).toBe(200);
    const list = await admin.get('/api/v1/api-keys');
    expect(JSON.stringify(list.body)).not.toContain(key);
    expect(list.body.items[0]).toMatchObject({ id, role: 'viewer', revokedAt: null });
    expect(list.body.items[0].lastUsedAt).not.toBeNull();
    const stored = await touchpoint.database.db
      .selectFrom('apiKeys')
      .select('keyHash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.keyHash).not.toContain(key);
    expect((await admin.delete(`/api/v1/api-keys/${id}`)).status).toBe(204);
    const after = await keyClient.get('/api/v1/me');
    expect(after.status).toBe(401);
    expect(after.body.detail).toMatch(/revoked/);
  });

  it('rejects a made-up key with 401 and a clear message', async () => {
    const response = await new TestClient(app, { apiKey: 'tpk_madeup' }).get('/api/v1/me');
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

describe('workspaces', () => {
  it('lets a person create a second workspace and switch between them', async () => {
    const { client, me } = await signUp(app, 'First');
    const created = await client.post('/api/v1/workspaces', { name: 'Second' });
    expect(created.status).toBe(201);
    expect(created.body.workspace.name).toBe('Second');
    expect(created.body.workspaces.map((w: { name: string }) => w.name)).toEqual(['First', 'Second']);
    const switched = await client.post('/api/v1/auth/switch-workspace', { workspaceId: me.workspace.id });
    expect(switched.status).toBe(200);
    expect((await client.get('/api/v1/me')).body.workspace.name).toBe('First');
  });

  it("answers 404 when switching into someone else's workspace", async () => {
    const { client } = await signUp(app);
    const other = await signUp(app);
    const response = await client.post('/api/v1/auth/switch-workspace', {
      workspaceId: other.me.workspace.id,
    });
    expect(response.status).toBe(404);
  });

  it('persists the interface language on the person', async () => {
    const { client } = await signUp(app);
    const changed = await client.patch('/api/v1/me', { locale: 'vi' });
    expect(changed.body.user.locale).toBe('vi');
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: changed.body.user.email, password: 'correct horse battery' },
    });
    expect(response.json().user.locale).toBe('vi');
    expect(sessionOf(response, response.json())).not.toBeNull();
  });
});
