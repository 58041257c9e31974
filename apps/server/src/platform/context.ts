import type { Db } from './db/database';
import type { EventBus } from './events';
import type { JobQueue } from './jobs';
import type { Logger } from './logger';
import type { Mailer } from './mail';

export interface PublicLimits {
  publicPerIpPerMinute: number;
  publicPerSurveyPerMinute: number;
}

export const DEFAULT_PUBLIC_LIMITS: PublicLimits = {
  publicPerIpPerMinute: 120,
  publicPerSurveyPerMinute: 6000,
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
  /** Limits on the public endpoints, per client IP and per survey, in requests per minute. */
  limits: PublicLimits;
  /** Called after a transaction that recorded domain events commits. */
  afterCommit(): void;
}
