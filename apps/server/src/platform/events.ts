import type { Db, Tx } from './db/database';
import type { Logger } from './logger';

export interface DomainEventInput {
  workspaceId: string;
  /** `noun.verb` in the past tense, e.g. `team.created`. */
  type: string;
  /** Who did it: `user:<id>`, `api_key:<id>` or `system`. */
  actor: string | null;
  subjectId?: string | null;
  payload?: Record<string, unknown>;
}

export interface DomainEvent extends Required<DomainEventInput> {
  id: number;
  occurredAt: Date;
}

/** Records an event in the caller's transaction, so the event exists exactly when the change does. */
export async function recordEvent(tx: Tx, event: DomainEventInput): Promise<void> {
  await tx
    .insertInto('domainEvents')
    .values({
      workspaceId: event.workspaceId,
      type: event.type,
      actor: event.actor,
      subjectId: event.subjectId ?? null,
      payload: JSON.stringify(event.payload ?? {}),
    })
    .execute();
}

type Subscriber = (event: DomainEvent) => Promise<void>;
const subscribers = new Map<string, Subscriber[]>();

/** Registers a reaction to an event type (`*` for all). Handlers must be idempotent: delivery is at least once. */
export function subscribe(type: string, handler: Subscriber): () => void {
  const list = subscribers.get(type) ?? [];
  list.push(handler);
  subscribers.set(type, list);
  return () => {
    subscribers.set(
      type,
      (subscribers.get(type) ?? []).filter((h) => h !== handler),
    );
  };
}

/**
 * Delivers recorded events to subscribers in order and marks them dispatched. Runs as a job after each
 * commit and on a schedule, so an event whose kick was lost (crash between commit and enqueue) still goes out.
 */
export async function dispatchPendingEvents(db: Db, logger: Logger, batchSize = 200): Promise<number> {
  let delivered = 0;
  for (;;) {
    const count = await db.transaction().execute(async (tx) => {
      const rows = await tx
        .selectFrom('domainEvents')
        .selectAll()
        .where('dispatchedAt', 'is', null)
        .orderBy('id')
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .execute();
      for (const row of rows) {
        const event = row as unknown as DomainEvent;
        for (const handler of [...(subscribers.get(row.type) ?? []), ...(subscribers.get('*') ?? [])]) {
          await handler(event);
        }
      }
      if (rows.length > 0) {
        await tx
          .updateTable('domainEvents')
          .set({ dispatchedAt: new Date() })
          .where(
            'id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
      }
      return rows.length;
    });
    delivered += count;
    if (count < batchSize) break;
  }
  if (delivered > 0) logger.debug({ delivered }, 'domain events dispatched');
  return delivered;
}
