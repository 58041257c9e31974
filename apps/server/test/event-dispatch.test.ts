import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchPendingEvents, EventBus, MAX_EVENT_ATTEMPTS, recordEvents } from '../src/platform/events';
import type { Touchpoint } from '../src/touchpoint';
import { startTestTouchpoint } from './support/test-touchpoint';

// A subscriber that fails on one event must not hold back the events claimed in the same batch, and an event
// that never succeeds is parked after a bounded number of attempts instead of coming back forever.
// The app runs without a worker, so only this test dispatches.

let touchpoint: Touchpoint;

beforeAll(async () => {
  touchpoint = await startTestTouchpoint({ roles: ['api'] });
}, 120_000);

afterAll(async () => {
  await touchpoint?.stop();
});

async function eventRows(ids: string[]) {
  return touchpoint.ctx.db
    .selectFrom('domainEvents')
    .select(['subjectId', 'dispatchedAt', 'attempts', 'deadLetteredAt'])
    .where('subjectId', 'in', ids)
    .orderBy('id')
    .execute();
}

describe('event dispatch', () => {
  it('isolates a poison event from its batch and dead-letters it after repeated failures', async () => {
    const { db, logger } = touchpoint.ctx;
    const workspaceId = uuidv7();
    await db.insertInto('workspaces').values({ id: workspaceId, name: 'Dispatch test' }).execute();
    const subjects = ['good-1', 'poison', 'good-2'];
    await db.transaction().execute((tx) =>
      recordEvents(
        tx,
        subjects.map((subjectId) => ({ workspaceId, type: 'test.dispatch', actor: 'system', subjectId })),
      ),
    );

    const bus = new EventBus();
    const handled: string[] = [];
    let batchCalls = 0;
    bus.subscribeBatch('test.dispatch', async (events) => {
      batchCalls += 1;
      if (events.some((event) => event.subjectId === 'poison')) throw new Error('cannot handle poison');
      handled.push(...events.map((event) => String(event.subjectId)));
    });

    await expect(dispatchPendingEvents(db, bus, logger)).rejects.toThrow(/failed in a subscriber/);
    expect(handled).toEqual(['good-1', 'good-2']);
    expect(batchCalls).toBe(4); // the whole batch once, then each event alone
    let rows = await eventRows(subjects);
    expect(rows.map((row) => [row.subjectId, row.dispatchedAt !== null, row.attempts])).toEqual([
      ['good-1', true, 0],
      ['poison', false, 1],
      ['good-2', true, 0],
    ]);

    // Each later delivery (once its lease is over) fails again, until the event is parked.
    for (let attempt = 2; attempt <= MAX_EVENT_ATTEMPTS; attempt++) {
      await db
        .updateTable('domainEvents')
        .set({ leaseUntil: null })
        .where('subjectId', '=', 'poison')
        .execute();
      await expect(dispatchPendingEvents(db, bus, logger)).rejects.toThrow();
    }
    rows = await eventRows(['poison']);
    expect(rows[0]?.attempts).toBe(MAX_EVENT_ATTEMPTS);
    expect(rows[0]?.deadLetteredAt).not.toBeNull();
    expect(rows[0]?.dispatchedAt).not.toBeNull();
    // Parked: nothing left to deliver, and the good events were never delivered twice.
    expect(await dispatchPendingEvents(db, bus, logger)).toBe(0);
    expect(handled).toEqual(['good-1', 'good-2']);
  }, 60_000);
});
