import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { WebhookSettings } from '../../src/platform/context';
import { createLogger, type Logger } from '../../src/platform/logger';
import { startTouchpoint, type Touchpoint } from '../../src/touchpoint';
import { requireTestDatabaseUrl, withDatabase } from './global-setup';

export const TEST_BACKEND = process.env.TP_TEST_BACKEND === 'postgres' ? 'postgres' : 'pglite';

let counter = 0;

/**
 * A Touchpoint with its own fresh, migrated database (a copy of the run's template), on the backend this
 * test project runs on. Its app is built but not listening: tests call `app.inject()`.
 */
export async function startTestTouchpoint(
  options: {
    seedDemo?: boolean;
    logger?: Logger;
    smtpUrl?: string;
    widgetDist?: string;
    trustProxy?: boolean;
    /** `invite` turns public sign-up off (TOUCHPOINT_SIGNUP=invite). */
    signUp?: 'open' | 'invite';
    /** Webhook delivery settings; by default tests allow loopback receivers (a local node:http server). */
    webhooks?: Partial<WebhookSettings>;
    /** Process roles; `['api']` leaves jobs (and event dispatch) to the test itself. */
    roles?: readonly ('api' | 'worker')[];
  } = {},
): Promise<Touchpoint> {
  const logger = options.logger ?? createLogger(process.env.TP_TEST_LOG ?? 'silent');
  const template = inject('template');
  const common = {
    logger,
    roles: options.roles ?? (['api', 'worker'] as const),
    seedDemo: options.seedDemo ?? false,
    publicUrl: 'http://touchpoint.test',
    smtpUrl: options.smtpUrl,
    signUp: options.signUp,
    ...(options.widgetDist ? { widgetDist: options.widgetDist } : {}),
    jobPollingIntervalSeconds: 0.5,
    // Tests stand in for many clients by setting X-Forwarded-For, as a proxy would.
    trustProxy: options.trustProxy ?? true,
    webhooks: { allowPrivate: true, ...options.webhooks },
  };
  if (TEST_BACKEND === 'postgres') {
    const adminUrl = requireTestDatabaseUrl();
    const name = `${template}_${process.pid}_${++counter}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.end();
    }
    const touchpoint = await startTouchpoint({
      ...common,
      roles: [...common.roles],
      databaseUrl: withDatabase(adminUrl, name),
    });
    return {
      ...touchpoint,
      async stop() {
        await touchpoint.stop();
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  return startTouchpoint({ ...common, roles: [...common.roles], loadDataDir: readFileSync(template) });
}
