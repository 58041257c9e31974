import type { Db } from './db/database';
import type { EventBus } from './events';
import type { JobQueue } from './jobs';
import type { LiveUpdates } from './live-updates';
import type { Logger } from './logger';
import type { Mailer } from './mail';
import type { SecretBox } from './secret-box';

export interface PublicLimits {
  publicPerIpPerMinute: number;
  publicPerSurveyPerMinute: number;
}

export const DEFAULT_PUBLIC_LIMITS: PublicLimits = {
  publicPerIpPerMinute: 120,
  publicPerSurveyPerMinute: 6000,
};

/** How webhooks are delivered; tests shorten the retry schedule and allow loopback receivers. */
export interface WebhookSettings {
  /** Allow private, loopback and link-local targets (TOUCHPOINT_WEBHOOK_ALLOW_PRIVATE=1). */
  allowPrivate: boolean;
  /** Refuse plain http targets (production), unless private targets are allowed. */
  requireHttps: boolean;
  /** Waits before each retry; one attempt plus one per entry, then the delivery is dead. */
  retryDelaysMs: number[];
  /** How long one POST may take before it counts as failed. */
  timeoutMs: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  allowPrivate: false,
  requireHttps: false,
  // 30 s, 2 min, 10 min, 1 h, 6 h: six attempts over about seven hours, so a receiver's deploy or short
  // outage is ridden out, while a long-dead endpoint stops being retried the same day.
  retryDelaysMs: [30_000, 120_000, 600_000, 3_600_000, 21_600_000],
  timeoutMs: 10_000,
};

/** What a module's services need from the platform; passed explicitly, never imported as a global. */
export interface AppContext {
  db: Db;
  jobs: JobQueue;
  events: EventBus;
  /** Sends email over SMTP; null when SMTP_URL is not configured. */
  mailer: Mailer | null;
  logger: Logger;
  /** Base URL for links handed to people (invitations); e.g. http://localhost:3000. */
  publicUrl: string;
  cookieSecure: boolean;
  /** `open`: anyone may sign up; `invite`: new accounts only through invitations (TOUCHPOINT_SIGNUP). */
  signUp: 'open' | 'invite';
  /** Limits on the public endpoints, per client IP and per survey, in requests per minute. */
  limits: PublicLimits;
  webhooks: WebhookSettings;
  /** Live notices for open streams (chat), across API processes; publish after the commit. */
  live: LiveUpdates;
  /** Called after a transaction that recorded domain events commits. */
  afterCommit(): void;
  /** Seals secrets the server must read back (TOTP seeds, SSO client secrets) before they are stored. */
  secretBox: SecretBox;
}
