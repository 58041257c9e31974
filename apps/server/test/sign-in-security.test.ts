import type { TMe } from '@touchpoint/schemas';
import type { FastifyInstance } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint } from '../src/touchpoint';
import { addMember, apiKeyClient, sessionOf, signUp, TestClient } from './support/client';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestTouchpoint } from './support/test-touchpoint';

// Two-factor sign-in, sessions, password change and reset, and the workspace's two-factor requirement,
// through the API as a person and an attacker would use it. Codes are computed here from the secret the
// set-up returns, as an authenticator app would (RFC 6238).

let touchpoint: Touchpoint;
let app: FastifyInstance;
let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
  touchpoint = await startTestTouchpoint({ smtpUrl: smtp.url });
  app = touchpoint.app as FastifyInstance;
}, 120_000);

afterAll(async () => {
  await touchpoint?.stop();
  await smtp?.close();
});

function codeAt(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

let clientAddress = 0;

/** Signs in from a new client address each time: sign-in is rate-limited per address (10 a minute). */
async function signIn(body: Record<string, unknown>) {
  clientAddress += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: body,
    headers: { 'x-forwarded-for': `198.51.100.${clientAddress}` },
  });
  const json = response.json();
  return {
    status: response.statusCode,
    body: json,
    client: response.statusCode === 200 ? new TestClient(app, sessionOf(response, json as TMe)) : null,
  };
}

async function enableTwoFactor(client: TestClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  expect((await client.post('/api/v1/me/2fa/setup', { password: 'not my password' })).status).toBe(401);
  const setup = await client.post('/api/v1/me/2fa/setup', { password: 'correct horse battery' });
  expect(setup.status).toBe(200);
  expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Touchpoint:.+secret=/);
  expect(setup.body.qrSvg).toContain('<svg');
  const enabled = await client.post('/api/v1/me/2fa/enable', { code: codeAt(setup.body.secret) });
  expect(enabled.status).toBe(200);
  return { secret: setup.body.secret, recoveryCodes: enabled.body.recoveryCodes };
}

describe('two-factor sign-in', () => {
  it('needs a current code after it is on, refuses a replayed one, and takes each recovery code once', async () => {
    const person = await signUp(app);
    const wrongFirst = await person.client.post('/api/v1/me/2fa/enable', { code: '123456' });
    expect(wrongFirst.status).toBe(409); // no set-up started yet
    // A session opened with the password alone (a stolen one, say) ends when two-factor is turned on.
    const passwordOnly = await signIn({ email: person.email, password: person.password });
    const { secret, recoveryCodes } = await enableTwoFactor(person.client);
    expect((await passwordOnly.client?.get('/api/v1/me'))?.status).toBe(401);
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await person.client.get('/api/v1/me')).body.twoFactor).toEqual({
      enabled: true,
      requiredByWorkspace: false,
      setupRequired: false,
    });

    const credentials = { email: person.email, password: person.password };
    const noCode = await signIn(credentials);
    expect(noCode.status).toBe(401);
    expect(noCode.body.code).toBe('TWO_FACTOR_REQUIRED');
    const wrongPassword = await signIn({ ...credentials, password: 'not the password at all' });
    expect(wrongPassword.body.code).toBe('INVALID_CREDENTIALS'); // the password is checked before the code
    const wrong = await signIn({ ...credentials, code: codeAt(secret, 5) });
    expect(wrong.body.code).toBe('INVALID_TWO_FACTOR_CODE');

    // The enable step used the current step; the next one (still inside the window) signs in once.
    const next = codeAt(secret, 1);
    const ok = await signIn({ ...credentials, code: next });
    expect(ok.status).toBe(200);
    expect((await ok.client?.get('/api/v1/me'))?.status).toBe(200);
    const replay = await signIn({ ...credentials, code: next });
    expect(replay.body.code).toBe('INVALID_TWO_FACTOR_CODE');

    const recovery = recoveryCodes[0] as string;
    expect((await signIn({ ...credentials, code: recovery.toUpperCase() })).status).toBe(200);
    expect((await signIn({ ...credentials, code: recovery })).body.code).toBe('INVALID_TWO_FACTOR_CODE');
    expect((await person.client.get('/api/v1/me/2fa')).body.recoveryCodesLeft).toBe(9);

    // Turning it off needs proof; afterwards the password alone signs in again.
    expect((await person.client.post('/api/v1/me/2fa/disable', { code: '000000' })).status).toBe(401);
    expect((await person.client.post('/api/v1/me/2fa/disable', { code: recoveryCodes[1] })).status).toBe(204);
    expect((await signIn(credentials)).status).toBe(200);
  });

  it('lets a workspace require it: members without it can only set it up', async () => {
    const admin = await signUp(app);
    const tooEarly = await admin.client.patch('/api/v1/workspace/security', { requireTwoFactor: true });
    expect(tooEarly.status).toBe(409); // the admin would lock themselves out
    await enableTwoFactor(admin.client);
    const member = await addMember(admin.client, 'analyst');
    expect((await member.client.patch('/api/v1/workspace/security', { requireTwoFactor: true })).status).toBe(
      403,
    );
    // A second admin without two-factor made a key before the requirement: it stops working with it.
    const secondAdmin = await addMember(admin.client, 'admin');
    const strayKey = await apiKeyClient(secondAdmin.client, 'admin');
    const required = await admin.client.patch('/api/v1/workspace/security', { requireTwoFactor: true });
    expect(required.body).toEqual({ requireTwoFactor: true, embedOrigins: [] });

    // An API key made by a member without two-factor is no way around it, and no key changes the policy.
    const adminKey = await apiKeyClient(admin.client, 'admin');
    expect(
      (await adminKey.client.patch('/api/v1/workspace/security', { requireTwoFactor: false })).status,
    ).toBe(403);
    const strayCall = await strayKey.client.get('/api/v1/surveys');
    expect(strayCall.status).toBe(403);
    expect(strayCall.body.code).toBe('TWO_FACTOR_SETUP_REQUIRED');
    const blocked = await member.client.get('/api/v1/surveys');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('TWO_FACTOR_SETUP_REQUIRED');
    const me = await member.client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.twoFactor.setupRequired).toBe(true);
    const memberKey = await apiKeyClient(admin.client, 'viewer');
    expect((await memberKey.client.get('/api/v1/surveys')).status).toBe(200); // the admin has two-factor
    await enableTwoFactor(member.client);
    expect((await member.client.get('/api/v1/surveys')).status).toBe(200);
    const cannotDisable = await member.client.post('/api/v1/me/2fa/disable', { code: '000000' });
    expect(cannotDisable.status).toBe(409);
    // The change is in the audit log.
    const audit = await admin.client.get('/api/v1/audit-log');
    expect(JSON.stringify(audit.body)).toContain('workspace.security_changed');
  });
});

describe('sessions', () => {
  it('lists where a person is signed in and revokes one, or all', async () => {
    const person = await signUp(app);
    const second = await signIn({ email: person.email, password: person.password });
    const list = await person.client.get('/api/v1/me/sessions');
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items.filter((s: { isCurrent: boolean }) => s.isCurrent)).toHaveLength(1);
    const other = list.body.items.find((s: { isCurrent: boolean }) => !s.isCurrent);

    const stranger = await signUp(app);
    expect((await stranger.client.delete(`/api/v1/me/sessions/${other.id}`)).status).toBe(404);
    expect((await second.client?.get('/api/v1/me'))?.status).toBe(200);

    expect((await person.client.delete(`/api/v1/me/sessions/${other.id}`)).status).toBe(204);
    expect((await second.client?.get('/api/v1/me'))?.status).toBe(401);
    expect((await person.client.get('/api/v1/me')).status).toBe(200);

    const third = await signIn({ email: person.email, password: person.password });
    expect((await person.client.post('/api/v1/auth/sign-out-everywhere')).status).toBe(204);
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
    expect((await third.client?.get('/api/v1/me'))?.status).toBe(401);
  });
});

describe('passwords', () => {
  it('refuses common and personal passwords, for new and existing emails alike', async () => {
    const existing = await signUp(app);
    for (const email of [existing.email, `new.${Date.now()}@example.com`]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: { email, password: 'password123', name: 'Weak', workspaceName: 'Weak' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('WEAK_PASSWORD');
      expect(response.json().invalidParams[0].name).toBe('body.password');
    }
    const change = await existing.client.post('/api/v1/me/password', {
      currentPassword: existing.password,
      newPassword: 'qwertyuiop',
    });
    expect(change.body.code).toBe('WEAK_PASSWORD');
  });

  it('changes a password and signs the other sessions out', async () => {
    const person = await signUp(app);
    const other = await signIn({ email: person.email, password: person.password });
    const wrong = await person.client.post('/api/v1/me/password', {
      currentPassword: 'not my password',
      newPassword: 'a brand new long passphrase',
    });
    expect(wrong.status).toBe(401);
    const changed = await person.client.post('/api/v1/me/password', {
      currentPassword: person.password,
      newPassword: 'a brand new long passphrase',
    });
    expect(changed.status).toBe(204);
    expect((await person.client.get('/api/v1/me')).status).toBe(200);
    expect((await other.client?.get('/api/v1/me'))?.status).toBe(401);
    expect((await signIn({ email: person.email, password: person.password })).status).toBe(401);
    expect((await signIn({ email: person.email, password: 'a brand new long passphrase' })).status).toBe(200);
  });

  it('resets a password by a single-use emailed link that ends every session', async () => {
    const person = await signUp(app);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: `nobody.${Date.now()}@example.com` },
    });
    const known = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: person.email.toUpperCase() },
    });
    expect([unknown.statusCode, known.statusCode]).toEqual([202, 202]);
    expect(unknown.json()).toEqual(known.json());

    const [mail] = await smtp.waitForTo(person.email, 1);
    const token = /reset-password\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token).toBeTruthy();
    const confirm = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token, password },
      });
    expect((await confirm('iloveyou12')).json().code).toBe('WEAK_PASSWORD'); // and the link still works
    expect((await confirm('reset to something long')).statusCode).toBe(204);
    expect((await person.client.get('/api/v1/me')).status).toBe(401);
    expect((await confirm('and again something else')).statusCode).toBe(410);
    expect((await signIn({ email: person.email, password: 'reset to something long' })).status).toBe(200);

    const forged = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token: 'a-token-nobody-was-ever-sent', password: 'reset to something long' },
    });
    expect(forged.statusCode).toBe(410);
  });
});

describe('page and response headers', () => {
  it('keeps the app unframeable and lets a workspace name the sites that frame its survey pages', async () => {
    const admin = await signUp(app);
    const api = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: '' } });
    expect(api.headers['permissions-policy']).toContain('camera=()');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['strict-transport-security']).toBeUndefined(); // plain HTTP here

    const bad = await admin.client.patch('/api/v1/workspace/security', {
      embedOrigins: ['https://a.example/path'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams[0].name).toContain('embedOrigins');
    const set = await admin.client.patch('/api/v1/workspace/security', {
      embedOrigins: ['https://www.Shop.example', 'https://www.shop.example'],
    });
    expect(set.body).toEqual({ requireTwoFactor: false, embedOrigins: ['https://www.shop.example'] });

    const survey = await admin.client.post('/api/v1/surveys', {
      name: 'Framed',
      questions: [{ id: 'nps', type: 'nps', text: { en: 'How likely are you to recommend us?' } }],
    });
    expect((await admin.client.post(`/api/v1/surveys/${survey.body.id}/publish`)).status).toBe(200);
    const page = await app.inject({ method: 'GET', url: `/s/${survey.body.id}` });
    expect(page.statusCode).toBe(200);
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("frame-ancestors 'self' https://www.shop.example");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(page.headers['x-frame-options']).toBeUndefined();

    // Another workspace's survey is not framed by these sites.
    const other = await signUp(app);
    const otherSurvey = await other.client.post('/api/v1/surveys', {
      name: 'Not framed',
      questions: [{ id: 'nps', type: 'nps', text: { en: 'How likely are you to recommend us?' } }],
    });
    await other.client.post(`/api/v1/surveys/${otherSurvey.body.id}/publish`);
    const otherPage = await app.inject({ method: 'GET', url: `/s/${otherSurvey.body.id}` });
    expect(String(otherPage.headers['content-security-policy'])).toMatch(/frame-ancestors 'self'$/);
    const missing = await app.inject({ method: 'GET', url: '/s/00000000-0000-7000-8000-000000000000' });
    expect(String(missing.headers['content-security-policy'])).toMatch(/frame-ancestors 'self'$/);
  });
});
