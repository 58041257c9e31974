import { z } from 'zod';

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** A PostgreSQL server; when absent, Touchpoint runs embedded PostgreSQL (PGlite) in TOUCHPOINT_DATA_DIR. */
  DATABASE_URL: z.string().optional(),
  TOUCHPOINT_DATA_DIR: z.string().default('./data'),
  /** Comma-separated process roles: api, worker, scheduler. */
  TOUCHPOINT_ROLES: z.string().default('api,worker,scheduler'),
  /** Public base URL, used in links the app hands out (invitations). */
  PUBLIC_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set to `true` behind HTTPS so the session cookie is marked Secure. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  /** Public endpoints (hosted survey, widget): requests per minute per client IP and per survey. */
  PUBLIC_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(120),
  PUBLIC_RATE_LIMIT_PER_SURVEY: z.coerce.number().int().min(1).default(6000),
  /** SMTP server for email invitations, e.g. smtp://user:pass@mail.example.com:587. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Touchpoint <surveys@touchpoint.local>'),
  /** DKIM signing of every email: the signing domain (d=), the DNS selector (s=) and the PEM private key. */
  SMTP_DKIM_DOMAIN: z.string().optional(),
  SMTP_DKIM_SELECTOR: z.string().optional(),
  SMTP_DKIM_PRIVATE_KEY: z.string().optional(),
  /** A file holding the DKIM private key (PEM), instead of SMTP_DKIM_PRIVATE_KEY. */
  SMTP_DKIM_PRIVATE_KEY_FILE: z.string().optional(),
  /**
   * Key that encrypts stored secrets (TOTP seeds, SSO client secrets): 32 random bytes in base64 or hex.
   * Without it, a key file is made in TOUCHPOINT_DATA_DIR; set it when several hosts share one database.
   */
  TOUCHPOINT_SECRET_KEY: z.string().optional(),
  /** A file holding TOUCHPOINT_SECRET_KEY (Docker/Kubernetes secrets). */
  TOUCHPOINT_SECRET_KEY_FILE: z.string().optional(),
  /** Set to `true` behind a reverse proxy so rate limits see the real client address. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** `open` (default): anyone may sign up; `invite`: new accounts only through invitations. */
  TOUCHPOINT_SIGNUP: z.enum(['open', 'invite']).default('open'),
  /** Skip seeding the demo workspace on the first start of an empty database. */
  TOUCHPOINT_NO_DEMO: z.enum(['true', 'false', '1', '0']).default('false'),
  /** Let webhooks target private, loopback and link-local addresses (self-hosted receivers on a LAN). */
  TOUCHPOINT_WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false', '1', '0']).default('false'),
  /**
   * Seconds to wait before each webhook retry, comma-separated (one attempt plus one per entry, then the
   * delivery is dead). Default 30,120,600,3600,21600.
   */
  TOUCHPOINT_WEBHOOK_RETRY_DELAYS: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'a comma-separated list of whole seconds, e.g. 30,120,600')
    .optional(),
  /** `production` makes webhooks require https targets (unless private targets are allowed). */
  NODE_ENV: z.string().optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
