import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type SmtpSink, startSmtpSink } from '../../apps/server/test/support/smtp-sink';

/** A received email as the browser tests read it. */
export interface TReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  listUnsubscribe: string;
}

export interface MailSink {
  /** For the server under test: `SMTP_URL`. */
  smtpUrl: string;
  /** For the tests (other processes): `GET {url}/messages?to=…` answers the emails received so far. */
  url: string;
  close(): Promise<void>;
}

/**
 * The server test suite's SMTP sink, with a small HTTP endpoint in front of it: the sink runs in the
 * global setup's process, the tests in workers, so they read the mail over HTTP.
 */
export async function startMailSink(): Promise<MailSink> {
  const sink: SmtpSink = await startSmtpSink();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' || url.pathname !== '/messages') {
      response.writeHead(404).end();
      return;
    }
    const to = url.searchParams.get('to')?.toLowerCase();
    const messages: TReceivedMail[] = sink.messages
      .map((mail) => ({
        to: (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).map((a) => a.text).join(', '),
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        html: typeof mail.html === 'string' ? mail.html : '',
        // mailparser turns List-* headers into objects: the raw line is simpler to read.
        listUnsubscribe:
          mail.headerLines
            .find((header) => header.key === 'list-unsubscribe')
            ?.line.replace(/^[^:]*:\s*/, '') ?? '',
      }))
      .filter((mail) => !to || mail.to.toLowerCase().includes(to));
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    smtpUrl: sink.url,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sink.close();
    },
  };
}

/** Waits until `count` emails to `address` have arrived, and answers them (oldest first). */
export async function waitForMail(
  mailURL: string,
  address: string,
  count = 1,
  timeoutMs = 30_000,
): Promise<TReceivedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${mailURL}/messages?${new URLSearchParams({ to: address })}`);
    const messages = (await response.json()) as TReceivedMail[];
    if (messages.length >= count) return messages;
    if (Date.now() > deadline) {
      throw new Error(
        `Expected ${count} email(s) to ${address} within ${timeoutMs / 1000} s, got ${messages.length}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first link in an email's text that starts with `prefix` (e.g. `${baseURL}/u/`). */
export function linkIn(mail: TReceivedMail, prefix: string): string {
  const body = `${mail.text}\n${mail.html}`;
  const found = body
    .match(/https?:\/\/[^\s"'<>)]+/g)
    ?.map((link) => link.replace(/&amp;/g, '&'))
    .find((link) => link.startsWith(prefix));
  if (!found) throw new Error(`No link starting with ${prefix} in the email "${mail.subject}"`);
  return found;
}
