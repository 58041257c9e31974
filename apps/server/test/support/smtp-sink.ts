import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** Resolves when at least `count` messages have arrived (or rejects after the timeout). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** Every message to this address, once at least `count` of them have arrived. */
  waitForTo(address: string, count?: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on a free local port that keeps every message it receives, parsed. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} emails, got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return messages;
    },
    async waitForTo(address, count = 1, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      const matching = () => messages.filter((m) => JSON.stringify(m.to ?? '').includes(address));
      while (matching().length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} emails to ${address}, got ${matching().length}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return matching();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
