import type { AppContext } from '../context';
import type { Tx } from './database';

/**
 * Runs `work` in one transaction; after it commits, kicks the event dispatcher so domain events recorded
 * inside go out. Nothing is dispatched for a rolled-back transaction.
 */
export async function inTransaction<T>(ctx: AppContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await ctx.db.transaction().execute(work);
  ctx.afterCommit();
  return result;
}
