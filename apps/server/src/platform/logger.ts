import pino, { type DestinationStream, type Logger } from 'pino';

// Links we email carry their secret in the path: /u/<unsubscribe token>, /f/<follow-up token>, and the
// API calls their pages make. The segment after one of these prefixes is a secret however it looks.
const SECRET_PATH_PREFIXES = ['/u/', '/f/', '/api/v1/public/unsubscribe/', '/api/v1/public/follow-ups/'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Our secrets are 24–32 random bytes in base64url (32–43 characters); ids are UUIDs and names are short.
const TOKEN_LIKE = /^[A-Za-z0-9_-]{20,}$/;
// Bounded parts keep this linear on any input (it runs over every log line).
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;

const isTokenLike = (segment: string) => TOKEN_LIKE.test(segment) && !UUID.test(segment);

/**
 * A request path fit for the logs: no query string (invitation and personal-link tokens travel there,
 * `/invite?token=…`, `/s/:id?t=…`), the secret segment of emailed links masked, and any other segment
 * that looks like a token masked too.
 */
export function loggablePath(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const prefix = SECRET_PATH_PREFIXES.find((p) => path.startsWith(p) && path.length > p.length);
  const segments = (prefix ? path.slice(prefix.length) : path).split('/');
  const masked = segments.map((segment, index) =>
    (prefix && index === 0) || isTokenLike(segment) ? '[token]' : segment,
  );
  return (prefix ?? '') + masked.join('/');
}

/** Emails in any text replaced by `[email]`; the last line of defence for every log line. */
export function maskEmails(text: string): string {
  return text.includes('@') ? text.replace(EMAIL, '[email]') : text;
}

/** A message for the logs (e.g. an error's detail): emails and URL paths with secrets masked. */
export function maskSecrets(text: string): string {
  return maskEmails(text).replace(/\/[^\s"'<>]*/g, (path) => loggablePath(path));
}

interface LoggedRequest {
  method?: string;
  url?: string;
  ip?: string;
  routeOptions?: { url?: string };
}

/** What is logged of a request: method, safe path and the route it matched; never headers or the query. */
function serializeRequest(request: LoggedRequest) {
  return {
    method: request.method,
    url: loggablePath(request.url ?? ''),
    ...(request.routeOptions?.url ? { route: request.routeOptions.url } : {}),
    remoteAddress: request.ip,
  };
}

/** Structured JSON logs; credentials, tokens in URLs and email addresses are redacted wherever they appear. */
export function createLogger(level: string, pretty = false, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    serializers: { req: serializeRequest },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.key',
        'password',
        'token',
      ],
      censor: '[redacted]',
    },
    // Error messages from SMTP servers, PostgreSQL and libraries may quote an address; none reaches the log.
    hooks: { streamWrite: maskEmails },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
