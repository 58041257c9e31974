import pg from 'pg';

/**
 * The advisory-lock key every Touchpoint process takes around start-up set-up (migrations, job queue
 * creation, schedules, the demo seed). A fixed 64-bit number; advisory locks are per database, so
 * Touchpoints on different databases of one server do not wait for each other.
 */
export const SETUP_LOCK_KEY = 7_415_263_400_016n;

/**
 * Runs `work` while holding a session-level advisory lock on a dedicated connection, so any number of
 * processes starting together on one PostgreSQL server set the database up one after another (pg-boss
 * queue creation attaches partitions, and two processes doing it at once deadlock). Each step inside must
 * be idempotent: the processes that wait find the work done and only check it.
 *
 * `connectionString` null skips the lock: the embedded database serves exactly one process (its data
 * directory is locked), and pglite-socket maps every connection onto one session, where a session-level
 * lock would be shared by every connection instead of excluding anything.
 */
export async function withSetupLock<T>(connectionString: string | null, work: () => Promise<T>): Promise<T> {
  if (connectionString === null) return work();
  const client = new pg.Client({ connectionString, application_name: 'touchpoint setup lock' });
  // A dropped lock connection ends the lock; set-up goes on (every step is idempotent) instead of crashing.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK_KEY.toString()]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK_KEY.toString()]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
