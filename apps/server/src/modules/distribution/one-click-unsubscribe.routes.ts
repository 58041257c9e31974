import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { unsubscribe } from './invitations.service';

const FORM_BODY_LIMIT = 4 * 1024;
const ZToken = z.string().min(10).max(200);

/**
 * Text fields of the body a mailbox POSTs: RFC 8058 says `multipart/form-data` SHOULD and
 * `application/x-www-form-urlencoded` MAY be used. File parts are not expected and are ignored.
 */
export function parseFormFields(contentType: string, body: string): Map<string, string> {
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) return new Map(new URLSearchParams(body));
  const fields = new Map<string, string>();
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return fields;
  for (const part of body.split(`--${boundary}`)) {
    const [head = '', ...rest] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined || /\bfilename=/i.test(head)) continue;
    fields.set(name, rest.join('\n\n').replace(/\r?\n$/, ''));
  }
  return fields;
}

/**
 * `POST /u/:token`, the URL of every bulk email's `List-Unsubscribe` header: the recipient's mailbox
 * POSTs `List-Unsubscribe=One-Click` and the contact is unsubscribed at once — no page, no sign-in, the
 * token is the proof (RFC 8058). A GET of the same URL is the web app's unsubscribe page. Form bodies are
 * read only here (an encapsulated context); the JSON API does not take them.
 */
export function registerOneClickUnsubscribe(app: FastifyInstance, ctx: AppContext): void {
  void app.register(async (scope) => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
      scope.addContentTypeParser(
        type,
        { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
        (request, body, done) =>
          done(null, parseFormFields(String(request.headers['content-type'] ?? ''), String(body))),
      );
    }
    scope.post(
      '/u/:token',
      { bodyLimit: FORM_BODY_LIMIT, config: { rateLimit: { max: 60, timeWindow: 60_000 } } },
      async (request, reply) => {
        const token = ZToken.safeParse((request.params as { token?: unknown }).token);
        if (!token.success) throw AppError.notFound('unsubscribe link');
        const fields = request.body instanceof Map ? request.body : new Map<string, string>();
        if (fields.get('List-Unsubscribe') !== 'One-Click') {
          throw new AppError('VALIDATION_FAILED', 'Send the body List-Unsubscribe=One-Click (RFC 8058).', [
            { name: 'body.List-Unsubscribe', reason: 'must be One-Click' },
          ]);
        }
        await unsubscribe(ctx, token.data);
        return reply.code(200).send();
      },
    );
  });
}
