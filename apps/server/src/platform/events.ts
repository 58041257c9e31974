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

/** Records several events in the caller's transaction with one statement (in order). */
export async function recordEvents(tx: Tx, events: readonly DomainEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx
    .insertInto('domainEvents')
    .values(
      events.map((event) => ({
        workspaceId: event.workspaceId,
        type: event.type,
        actor: event.actor,
        subjectId: event.subjectId ?? null,
        payload: JSON.stringify(event.payload ?? {}),
      })),
    )
    .execute();
}

type Subscriber = (event: DomainEvent) => Promise<void>;
/** Receives every event of its types in one dispatched batch, in id order (bursts cost one call, not one per event). */
type BatchSubscriber = (events: DomainEvent[]) => Promise<void>;

interface Subscription {
  /** Event types, or null for every type (`*`). */
  types: ReadonlySet<string> | null;
  handler: BatchSubscriber;
}

/**
 * Who reacts to which event type, per running app (tests run several apps in one process, each with
 * its own database, so subscribers are never global).
 */
export class EventBus {
  private subscriptions: Subscription[] = [];

  /** Registers a reaction to an event type (`*` for all). Handlers must be idempotent: delivery is at least once. */
  subscribe(type: string, handler: Subscriber): () => void {
    return this.subscribeBatch(type, async (events) => {
      for (const event of events) await handler(event);
    });
  }

  /**
   * Registers a reaction to a batch of events of these types: what a handler does per event in SQL or in
   * the job queue it can do once per batch (bulk inserts, one job for many items). Idempotent, like
   * `subscribe`: a batch whose handler failed is delivered again, to every subscriber.
   */
  subscribeBatch(types: string | readonly string[], handler: BatchSubscriber): () => void {
    const list = typeof types === 'string' ? [types] : types;
    const subscription: Subscription = { types: list.includes('*') ? null : new Set(list), handler };
    this.subscriptions = [...this.subscriptions, subscription];
    return () => {
      this.subscriptions = this.subscriptions.filter((s) => s !== subscription);
    };
  }

  /** Each subscription with the events of `events` it takes (in their order), skipping those that take none. */
  route(events: readonly DomainEvent[]): { handler: BatchSubscriber; events: DomainEvent[] }[] {
    return this.subscriptions
      .map((s) => ({
        handler: s.handler,
        events: s.types === null ? [...events] : events.filter((e) => s.types?.has(e.type)),
      }))
      .filter((routed) => routed.events.length > 0);
  }
}

const LEASE_MS = 5 * 60_000;
/** After this many failed deliveries an event is parked (dead-lettered) instead of coming back again. */
export const MAX_EVENT_ATTEMPTS = 8;

/**
 * Runs one subscription over its events. When the whole batch fails, each event is retried alone, so one
 * poison event (or one workspace's bad data) holds back only itself, not every event claimed with it.
 * Returns the ids that still failed.
 */
async function deliverIsolatingFailures(
  handler: BatchSubscriber,
  events: DomainEvent[],
  logger: Logger,
): Promise<number[]> {
  try {
    await handler(events);
    return [];
  } catch (error) {
    if (events.length === 1) {
      logger.error(
        { err: error, eventId: events[0]?.id },
        'event subscriber failed; the event comes back after its lease',
      );
      return events.map((event) => event.id);
    }
    logger.warn(
      { err: error, events: events.length },
      'event subscriber failed on a batch; retrying its events one by one',
    );
  }
  const failed: number[] = [];
  for (const event of events) {
    try {
      await handler([event]);
    } catch (error) {
      logger.error(
        { err: error, eventId: event.id, type: event.type },
        'event subscriber failed; the event comes back after its lease',
      );
      failed.push(event.id);
    }
  }
  return failed;
}

/** Counts a failed delivery; an event that failed MAX_EVENT_ATTEMPTS times is dead-lettered (kept, never redelivered). */
async function countFailedAttempts(db: Db, ids: number[], logger: Logger): Promise<void> {
  const parked = await db
    .updateTable('domainEvents')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', ids)
    .returning(['id', 'attempts', 'type', 'workspaceId'])
    .execute();
  const dead = parked.filter((row) => row.attempts >= MAX_EVENT_ATTEMPTS);
  if (dead.length === 0) return;
  const now = new Date();
  await db
    .updateTable('domainEvents')
    .set({ dispatchedAt: now, deadLetteredAt: now, leaseUntil: null })
    .where(
      'id',
      'in',
      dead.map((row) => row.id),
    )
    .execute();
  for (const row of dead) {
    logger.error(
      { eventId: row.id, type: row.type, workspaceId: row.workspaceId, attempts: row.attempts },
      'domain event dead-lettered after repeated subscriber failures',
    );
  }
}

/**
 * Delivers recorded events to subscribers and marks them dispatched. Runs as a job after each commit
 * and on a schedule, so an event whose kick was lost (crash between commit and enqueue) still goes out.
 *
 * A batch is first claimed with a short lease in its own small transaction; handlers then run outside any
 * transaction (they use the database and the job queue themselves — holding a transaction open around
 * them would deadlock the embedded database, which serves one session). Each subscription receives the
 * batch's events of its types at once, in id order, so a burst of responses costs a few statements and
 * job inserts per batch rather than several round trips per event. A subscription that fails on a batch
 * is retried event by event, so only the events that fail alone keep their lease and are delivered again
 * (to every subscriber) after it; the others are marked dispatched. After MAX_EVENT_ATTEMPTS failures an
 * event is dead-lettered. A worker that dies mid-batch leaves the lease to expire likewise: at least once.
 */
export async function dispatchPendingEvents(
  db: Db,
  bus: EventBus,
  logger: Logger,
  batchSize = 1000,
): Promise<number> {
  let delivered = 0;
  let firstError: unknown = null;
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
      return rows as unknown as DomainEvent[];
    });
    if (claimed.length === 0) break;
    const failed = new Set<number>();
    for (const { handler, events } of bus.route(claimed)) {
      for (const id of await deliverIsolatingFailures(handler, events, logger)) failed.add(id);
    }
    if (failed.size > 0) firstError ??= new Error(`${failed.size} domain event(s) failed in a subscriber`);
    // One write per batch; events whose subscriber failed keep their lease and come back after it.
    const done = claimed.filter((event) => !failed.has(event.id)).map((event) => event.id);
    if (done.length > 0) {
      await db
        .updateTable('domainEvents')
        .set({ dispatchedAt: new Date() })
        .where('id', 'in', done)
        .execute();
    }
    if (failed.size > 0) await countFailedAttempts(db, [...failed], logger);
    delivered += done.length;
    if (claimed.length < batchSize) break;
  }
  if (delivered > 0) logger.debug({ delivered }, 'domain events dispatched');
  // Failing the job makes the failure visible in the queue (and retried) once the rest went out.
  if (firstError) throw firstError;
  return delivered;
}
