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

/**
 * Who reacts to which event type, per running app (tests run several apps in one process, each with
 * its own database, so subscribers are never global).
 */
export class EventBus {
  private readonly subscribers = new Map<string, Subscriber[]>();

  /** Registers a reaction to an event type (`*` for all). Handlers must be idempotent: delivery is at least once. */
  subscribe(type: string, handler: Subscriber): () => void {
    this.subscribers.set(type, [...(this.subscribers.get(type) ?? []), handler]);
    return () => {
      this.subscribers.set(
        type,
        (this.subscribers.get(type) ?? []).filter((h) => h !== handler),
      );
    };
  }

  handlersFor(type: string): Subscriber[] {
    return [...(this.subscribers.get(type) ?? []), ...(this.subscribers.get('*') ?? [])];
  }
}

const LEASE_MS = 5 * 60_000;

/**
 * Delivers recorded events to subscribers in order and marks them dispatched. Runs as a job after each
 * commit and on a schedule, so an event whose kick was lost (crash between commit and enqueue) still goes out.
 *
 * A batch is first claimed with a short lease in its own small transaction; handlers then run outside any
 * transaction (they use the database and the job queue themselves — holding a transaction open around
 * them would deadlock the embedded database, which serves one session). A worker that dies mid-batch
 * leaves the lease to expire and the events are delivered again: at least once.
 */
export async function dispatchPendingEvents(
  db: Db,
  bus: EventBus,
  logger: Logger,
  batchSize = 1000,
): Promise<number> {
  let delivered = 0;
  for (;;) {
    const claimed = await db.transaction().execute(async (tx) => {
      const now = new Date();
      const rows = await tx
        .selectFrom('domainEvents')
        .selectAll()
        .where('dispatchedAt', 'is', null)
        .where((eb) => eb.or([eb('leaseUntil', 'is', null), eb('leaseUntil', '<', now)]))
        .orderBy('id')
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .execute();
      if (rows.length > 0) {
        await tx
          .updateTable('domainEvents')
          .set({ leaseUntil: new Date(now.getTime() + LEASE_MS) })
          .where(
            'id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
      }
      return rows;
    });
    const done: number[] = [];
    try {
      for (const row of claimed) {
        for (const handler of bus.handlersFor(row.type)) {
          await handler(row as unknown as DomainEvent);
        }
        done.push(row.id);
      }
    } finally {
      // One write per batch; events whose handler failed keep their lease and come back after it.
      if (done.length > 0) {
        await db
          .updateTable('domainEvents')
          .set({ dispatchedAt: new Date() })
          .where('id', 'in', done)
          .execute();
      }
    }
    delivered += claimed.length;
    if (claimed.length < batchSize) break;
  }
  if (delivered > 0) logger.debug({ delivered }, 'domain events dispatched');
  return delivered;
}
