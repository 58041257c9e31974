import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dkimVerify } from 'mailauth/lib/dkim/verify.js';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, dkimFromEnv } from '../src/platform/mail';

// Every email is DKIM-signed when a key is configured. The message is received by a real SMTP server and
// checked by a real DKIM verifier (mailauth) whose DNS lookup answers with this test's public key, as the
// sending domain's TXT record would.

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicDer = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

let server: SMTPServer;
let smtpUrl: string;
const received: Buffer[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  smtpUrl = `smtp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The DNS answer for `<selector>._domainkey.<domain>`; anything else does not exist. */
function resolverFor(name: string, record: string) {
  return async (query: string, type: string) => {
    if (type === 'TXT' && query === name) return [[record]];
    throw Object.assign(new Error(`queryTxt ENOTFOUND ${query}`), { code: 'ENOTFOUND' });
  };
}

async function sendOne(mailer: ReturnType<typeof createMailer>, subject: string): Promise<Buffer> {
  const before = received.length;
  await mailer.send({
    to: 'customer@example.net',
    subject,
    text: 'Thanks for your answer. Xin cảm ơn!',
    html: '<p>Thanks for your answer. <b>Xin cảm ơn!</b></p>',
    headers: { 'List-Unsubscribe': '<https://touchpoint.example.com/u/abc>' },
  });
  for (let i = 0; i < 100 && received.length === before; i++) await new Promise((r) => setTimeout(r, 50));
  const raw = received[before];
  if (!raw) throw new Error('no message arrived');
  return raw;
}

describe('DKIM signing', () => {
  it('signs every message so a verifier holding the published key passes it, and fails a tampered one', async () => {
    const dkim = dkimFromEnv({
      SMTP_DKIM_DOMAIN: 'mail.example.com',
      SMTP_DKIM_SELECTOR: 'tp2026',
      // As an environment variable often carries it: one line, with literal \n.
      SMTP_DKIM_PRIVATE_KEY: privatePem.replaceAll('\n', '\\n'),
    });
    const mailer = createMailer(smtpUrl, 'Touchpoint <surveys@mail.example.com>', dkim);
    const raw = await sendOne(mailer, 'How did we do? Chúng tôi làm thế nào?');
    mailer.close();
    expect(raw.toString()).toMatch(/^DKIM-Signature: .*d=mail\.example\.com/m);

    const resolver = resolverFor('tp2026._domainkey.mail.example.com', `v=DKIM1; k=rsa; p=${publicDer}`);
    const verified = await dkimVerify(raw, { resolver });
    expect(verified.results).toHaveLength(1);
    expect(verified.results[0]?.status.result).toBe('pass');
    expect(verified.results[0]?.signingDomain).toBe('mail.example.com');
    expect(verified.results[0]?.selector).toBe('tp2026');

    // The signature covers the body and the subject: a changed one no longer verifies (a body changed
    // after signing is "neutral" in mailauth's words — body hash mismatch — never "pass").
    const text = raw.toString();
    const newBody = Buffer.from(text.replace('Thanks for your answer.', 'Thanks for your money.'));
    expect(newBody.equals(raw)).toBe(false);
    expect((await dkimVerify(newBody, { resolver })).results[0]?.status.result).not.toBe('pass');
    const newSubject = Buffer.from(text.replace(/^Subject: .*$/m, 'Subject: Your invoice is overdue'));
    expect(newSubject.equals(raw)).toBe(false);
    expect((await dkimVerify(newSubject, { resolver })).results[0]?.status.result).toBe('fail');
    // Another key published under the selector (a forger's) does not verify either.
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
      type: 'spki',
      format: 'der',
    });
    const wrongKey = resolverFor(
      'tp2026._domainkey.mail.example.com',
      `v=DKIM1; k=rsa; p=${other.toString('base64')}`,
    );
    expect((await dkimVerify(raw, { resolver: wrongKey })).results[0]?.status.result).toBe('fail');
  });

  it('sends unsigned mail without a key, reads the key from a file, and refuses half a configuration', async () => {
    const plain = createMailer(smtpUrl, 'Touchpoint <surveys@mail.example.com>', dkimFromEnv({}));
    const raw = await sendOne(plain, 'Unsigned');
    plain.close();
    expect(raw.toString()).not.toMatch(/^DKIM-Signature:/m);

    const dir = mkdtempSync(join(tmpdir(), 'tp-dkim-'));
    try {
      writeFileSync(join(dir, 'dkim.pem'), privatePem);
      const fromFile = dkimFromEnv({
        SMTP_DKIM_DOMAIN: 'mail.example.com',
        SMTP_DKIM_SELECTOR: 's1',
        SMTP_DKIM_PRIVATE_KEY_FILE: join(dir, 'dkim.pem'),
      });
      expect(fromFile?.privateKey).toBe(privatePem);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(() => dkimFromEnv({ SMTP_DKIM_DOMAIN: 'mail.example.com' })).toThrow(/together/);
    expect(() =>
      dkimFromEnv({ SMTP_DKIM_DOMAIN: 'd.example', SMTP_DKIM_SELECTOR: 's', SMTP_DKIM_PRIVATE_KEY: 'nope' }),
    ).toThrow(/PEM private key/);
  });
});
