import { z } from 'zod';
import { purgeExpiredSessions } from './modules/identity/index';
import type { Db } from './platform/db/database';
import { dispatchPendingEvents } from './platform/events';
import { defineJob, type JobDefinition } from './platform/jobs';
import type { Logger } from './platform/logger';

/** Every background job of the app, in one registry: name, payload schema, idempotent handler. */
export function createJobRegistry(db: Db, logger: Logger) {
  const dispatchEvents = defineJob({
    name: 'domain-events.dispatch',
    payload: z.object({}),
    // Sweeps every minute too, in case a post-commit kick was lost (process stopped in between).
    schedule: '* * * * *',
    handler: async () => {
      await dispatchPendingEvents(db, logger);
    },
  });
  const purgeSessions = defineJob({
    name: 'sessions.purge-expired',
    payload: z.object({}),
    schedule: '17 3 * * *',
    handler: async () => {
      const purged = await purgeExpiredSessions(db);
      logger.info({ purged }, 'expired sessions purged');
    },
  });
  return {
    dispatchEvents,
    purgeSessions,
    all: [dispatchEvents, purgeSessions] as unknown as JobDefinition<never>[],
  };
}
