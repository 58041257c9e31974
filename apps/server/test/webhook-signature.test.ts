import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  computeSignature,
  generateWebhookSecret,
  signatureHeader,
  verifySignature,
} from '../src/modules/webhooks/signature';
import { isPrivateAddress, refuseTargetUrl } from '../src/modules/webhooks/target-guard';

// A known vector, computed independently with:
//   printf '%s' '1700000000.{"id":"0190c0de-0000-7000-8000-000000000001","type":"webhook.test"}' \
//     | openssl dgst -sha256 -hmac 'whsec_dGVzdC1zZWNyZXQ'
const SECRET = 'whsec_dGVzdC1zZWNyZXQ';
const BODY = '{"id":"0190c0de-0000-7000-8000-000000000001","type":"webhook.test"}';
const T = 1_700_000_000;
const EXPECTED = '912ecb61f6fe3259a3fb696c6fb062d5d3c4dc578d04cb08d3194e75b982888c';

describe('webhook signature', () => {
  it('matches the known vector', () => {
    expect(computeSignature(SECRET, T, BODY)).toBe(EXPECTED);
    expect(signatureHeader(SECRET, BODY, new Date(T * 1000))).toBe(`t=${T},v1=${EXPECTED}`);
  });

  it('verifies a good header and refuses tampering, a wrong secret and stale timestamps', () => {
    const now = new Date(T * 1000 + 10_000);
    const header = `t=${T},v1=${EXPECTED}`;
    expect(verifySignature(SECRET, header, BODY, { now })).toEqual({ ok: true, timestamp: T });
    expect(verifySignature(SECRET, header, `${BODY} `, { now }).ok).toBe(false);
    expect(verifySignature('whsec_other', header, BODY, { now }).ok).toBe(false);
    expect(verifySignature(SECRET, `t=${T + 1},v1=${EXPECTED}`, BODY, { now }).ok).toBe(false);
    expect(verifySignature(SECRET, header, BODY, { now: new Date((T + 301) * 1000) })).toEqual({
      ok: false,
      reason: 'timestamp outside tolerance',
    });
    expect(verifySignature(SECRET, undefined, BODY).ok).toBe(false);
    expect(verifySignature(SECRET, 'v1=abc', BODY).ok).toBe(false);
    expect(verifySignature(SECRET, `t=${T},v1=zz`, BODY, { now }).ok).toBe(false);
    // During a rotation a header may carry several v1 values; any match is enough.
    expect(verifySignature(SECRET, `t=${T},v1=${'0'.repeat(64)},v1=${EXPECTED}`, BODY, { now }).ok).toBe(
      true,
    );
  });

  it('is a plain HMAC-SHA256 of "<t>.<body>", so any language can verify it', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const header = signatureHeader(secret, BODY);
    const [t, v1] = header.split(',').map((part) => part.split('=')[1]);
    expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${BODY}`).digest('hex'));
  });
});

describe('webhook target guard', () => {
  const strict = { allowPrivate: false, requireHttps: false };

  it('knows private, loopback and link-local addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it('refuses private targets, other schemes and credentials unless private targets are allowed', () => {
    expect(refuseTargetUrl('https://hooks.example.com/tp', strict)).toBeNull();
    expect(refuseTargetUrl('http://127.0.0.1:8080/', strict)).toMatch(/private/);
    expect(refuseTargetUrl('http://[::1]/', strict)).toMatch(/private/);
    expect(refuseTargetUrl('http://localhost:3000/', strict)).toMatch(/local/);
    expect(refuseTargetUrl('http://metadata/', strict)).toMatch(/local/);
    expect(refuseTargetUrl('ftp://hooks.example.com/', strict)).toMatch(/http/);
    expect(refuseTargetUrl('https://user:pw@hooks.example.com/', strict)).toMatch(/credentials/);
    expect(refuseTargetUrl('http://hooks.example.com/', { ...strict, requireHttps: true })).toMatch(/https/);
    expect(refuseTargetUrl('http://127.0.0.1:8080/', { allowPrivate: true, requireHttps: true })).toBeNull();
  });
});
