import { readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/** The DKIM signature every message carries when a key is configured (SMTP_DKIM_*). */
export interface DkimSettings {
  /** The signing domain (d=), normally the domain of MAIL_FROM so DMARC alignment passes. */
  domainName: string;
  /** The selector (s=): the public key is published at `<selector>._domainkey.<domain>` as a TXT record. */
  keySelector: string;
  /** PEM private key (RSA 2048 recommended, or Ed25519). */
  privateKey: string;
}

/**
 * DKIM settings from the environment: none when no variable is set, all three required once one is, so a
 * half-configured key is a clear start-up error rather than unsigned mail.
 */
export function dkimFromEnv(env: {
  SMTP_DKIM_DOMAIN?: string | undefined;
  SMTP_DKIM_SELECTOR?: string | undefined;
  SMTP_DKIM_PRIVATE_KEY?: string | undefined;
  SMTP_DKIM_PRIVATE_KEY_FILE?: string | undefined;
}): DkimSettings | undefined {
  const privateKey =
    env.SMTP_DKIM_PRIVATE_KEY ??
    (env.SMTP_DKIM_PRIVATE_KEY_FILE ? readFileSync(env.SMTP_DKIM_PRIVATE_KEY_FILE, 'utf8') : undefined);
  const given = [env.SMTP_DKIM_DOMAIN, env.SMTP_DKIM_SELECTOR, privateKey].filter(Boolean).length;
  if (given === 0) return undefined;
  if (!env.SMTP_DKIM_DOMAIN || !env.SMTP_DKIM_SELECTOR || !privateKey) {
    throw new Error(
      'DKIM signing needs SMTP_DKIM_DOMAIN, SMTP_DKIM_SELECTOR and SMTP_DKIM_PRIVATE_KEY (or SMTP_DKIM_PRIVATE_KEY_FILE) together.',
    );
  }
  // Environment variables often carry the PEM with literal \n for its line breaks.
  const pem = privateKey.includes('\\n') ? privateKey.replaceAll('\\n', '\n') : privateKey;
  if (!pem.includes('PRIVATE KEY-----')) {
    throw new Error('SMTP_DKIM_PRIVATE_KEY must be a PEM private key (-----BEGIN PRIVATE KEY----- …).');
  }
  return { domainName: env.SMTP_DKIM_DOMAIN, keySelector: env.SMTP_DKIM_SELECTOR, privateKey: pem };
}

/**
 * SMTP through nodemailer (`SMTP_URL`, e.g. smtp://user:pass@mail.example.com:587); with `dkim`, every
 * message is signed before it leaves, whichever module sends it.
 */
export function createMailer(smtpUrl: string, from: string, dkim?: DkimSettings): Mailer {
  const transport = dkim
    ? nodemailer.createTransport(smtpUrl, { dkim: { ...dkim, cacheDir: false } })
    : nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      const info = await transport.sendMail({ from, ...mail });
      return { messageId: info.messageId };
    },
    close() {
      transport.close();
    },
  };
}

/**
 * The headers of a bulk or automated email that let the recipient's mailbox unsubscribe them with one click
 * (RFC 2369 + RFC 8058): the mailbox POSTs `List-Unsubscribe=One-Click` to the https URL, no page, no login.
 */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** Text made safe to put inside HTML (every email Touchpoint sends has a plain-text and an HTML part). */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
