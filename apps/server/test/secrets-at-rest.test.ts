import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPlainTwoFactorSecrets } from '../src/modules/identity/index';
import { createSecretBox, parseSecretKey, resolveSecretKey } from '../src/platform/secret-box';
import type { Touchpoint } from '../src/touchpoint';
import { signUp } from './support/client';
import { startTestTouchpoint } from './support/test-touchpoint';

// TOTP seeds are stored sealed (AES-256-GCM, key outside the database): the column never holds the seed,
// sign-in still works, and seeds stored in plain text by an older version are sealed on start.

let touchpoint: Touchpoint;
let app: FastifyInstance;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint();
  app = touchpoint.app as FastifyInstance;
}, 120_000);

afterAll(async () => {
  await touchpoint?.stop();
});

function codeOf(secret: string, stepsAhead = 0): string {
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}

async function storedSeeds(userId: string) {
  return touchpoint.ctx.db
    .selectFrom('users')
    .select(['totpSecret', 'totpPendingSecret'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

describe('TOTP secrets at rest', () => {
  it('never stores the seed itself, and sign-in with a code still works', async () => {
    const person = await signUp(app);
    const setup = await person.client.post('/api/v1/me/2fa/setup', { password: person.password });
    expect(setup.status).toBe(200);
    const userId = person.me.user?.id as string;
    const pending = await storedSeeds(userId);
    expect(pending.totpPendingSecret).toMatch(/^tpsb1:/);
    expect(pending.totpPendingSecret).not.toContain(setup.body.secret);

    expect(
      (await person.client.post('/api/v1/me/2fa/enable', { code: codeOf(setup.body.secret) })).status,
    ).toBe(200);
    const active = await storedSeeds(userId);
    expect(active.totpSecret).toMatch(/^tpsb1:/);
    expect(active.totpSecret).not.toContain(setup.body.secret);
    // Nor any encoding of it an attacker might try.
    const raw = Buffer.from(Secret.fromBase32(setup.body.secret).bytes);
    expect(active.totpSecret).not.toContain(raw.toString('hex'));
    expect(active.totpSecret).not.toContain(raw.toString('base64').slice(0, 16));

    // The enable call spent this step; the next one is inside the allowed window already.
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: person.email, password: person.password, code: codeOf(setup.body.secret, 1) },
      headers: { 'x-forwarded-for': '203.0.113.77' },
    });
    expect(signIn.statusCode).toBe(200);
  });

  it('seals seeds left in plain text by an older version, once, and they still verify', async () => {
    const person = await signUp(app);
    const userId = person.me.user?.id as string;
    const seed = new Secret({ size: 20 }).base32;
    await touchpoint.ctx.db
      .updateTable('users')
      .set({ totpSecret: seed, totpEnabledAt: new Date() })
      .where('id', '=', userId)
      .execute();
    expect(
      await sealPlainTwoFactorSecrets(touchpoint.ctx.db, touchpoint.ctx.secretBox),
    ).toBeGreaterThanOrEqual(1);
    const sealed = await storedSeeds(userId);
    expect(sealed.totpSecret).toMatch(/^tpsb1:/);
    expect(sealed.totpSecret).not.toContain(seed);
    expect(touchpoint.ctx.secretBox.open(sealed.totpSecret as string, 'users.totp_secret')).toBe(seed);
    // Idempotent: nothing left to seal, the sealed value unchanged.
    expect(await sealPlainTwoFactorSecrets(touchpoint.ctx.db, touchpoint.ctx.secretBox)).toBe(0);
    expect((await storedSeeds(userId)).totpSecret).toBe(sealed.totpSecret);

    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: person.email, password: person.password, code: codeOf(seed) },
      headers: { 'x-forwarded-for': '203.0.113.78' },
    });
    expect(signIn.statusCode).toBe(200);
  });
});

describe('secret box', () => {
  it('binds a sealed value to its purpose and key, and refuses a short configured key', () => {
    const box = createSecretBox(parseSecretKey('a'.repeat(64)));
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'users.totp_secret');
    expect(box.open(sealed, 'users.totp_secret')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => box.open(sealed, 'sso.client_secret')).toThrow(/cannot be decrypted/);
    expect(() => createSecretBox(parseSecretKey('b'.repeat(64))).open(sealed, 'users.totp_secret')).toThrow(
      /cannot be decrypted/,
    );
    expect(box.seal('same', 'p')).not.toBe(box.seal('same', 'p'));
    expect(() => parseSecretKey('too-short')).toThrow(/too short/);
  });

  it('makes one owner-only key file in the data directory and reads it back on the next start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-secret-'));
    try {
      const first = resolveSecretKey({ dataDir: dir });
      const second = resolveSecretKey({ dataDir: dir });
      expect(first.source).toBe('file');
      expect(second.key.equals(first.key)).toBe(true);
      expect(statSync(join(dir, 'secret.key')).mode & 0o077).toBe(0);
      expect(readFileSync(join(dir, 'secret.key'), 'utf8').trim()).toHaveLength(44);
      expect(resolveSecretKey({ configured: 'c'.repeat(64), dataDir: dir }).source).toBe('env');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
