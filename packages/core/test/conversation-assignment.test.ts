import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AgentSeat, chooseAgent } from '../src/conversations/assignment';

const seat: fc.Arbitrary<AgentSeat> = fc.record({
  userId: fc.constantFrom<string>('a', 'b', 'c', 'd', 'e'),
  presence: fc.constantFrom('online', 'away', 'offline') as fc.Arbitrary<AgentSeat['presence']>,
  capacity: fc.integer({ min: 0, max: 4 }),
  openCount: fc.integer({ min: 0, max: 5 }),
  lastAssignedAt: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
});
const seats = fc.uniqueArray(seat, { selector: (s) => s.userId, maxLength: 5 });

describe('chooseAgent', () => {
  it('never picks an away, offline, full or excluded agent, and finds one whenever one can take it', () => {
    fc.assert(
      fc.property(seats, fc.option(fc.constantFrom('a', 'b'), { nil: null }), (all, exclude) => {
        const chosen = chooseAgent(all, exclude);
        const eligible = all.filter(
          (s) => s.presence === 'online' && s.openCount < s.capacity && s.userId !== exclude,
        );
        if (eligible.length === 0) return chosen === null;
        return (
          chosen !== null &&
          eligible.includes(chosen) &&
          eligible.every((s) => (s.lastAssignedAt ?? -1) >= (chosen.lastAssignedAt ?? -1))
        );
      }),
    );
  });

  it('takes turns: assigning one by one fills everyone evenly and stops at capacity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 30 }),
        (agents, capacity, arrivals) => {
          const pool: AgentSeat[] = Array.from({ length: agents }, (_, i) => ({
            userId: `u${i}`,
            presence: 'online',
            capacity,
            openCount: 0,
            lastAssignedAt: null,
          }));
          let waiting = 0;
          for (let t = 0; t < arrivals; t++) {
            const chosen = chooseAgent(pool);
            if (!chosen) {
              waiting++;
              continue;
            }
            chosen.openCount++;
            chosen.lastAssignedAt = t;
          }
          const counts = pool.map((s) => s.openCount);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
          expect(Math.max(...counts)).toBeLessThanOrEqual(capacity);
          expect(waiting).toBe(Math.max(0, arrivals - agents * capacity));
        },
      ),
    );
  });
});
