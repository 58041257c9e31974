import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BotOutcome,
  computeContainment,
  computeHandover,
  durationSummary,
  percentile,
} from '../src/inbox/inbox-metrics';

const DAY = 86_400_000;
const now = new Date('2026-12-07T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
    expect(percentile([40, 10, 30, 20], 90)).toBeCloseTo(37);
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([], 50)).toBeNull();
  });

  it('stays between the smallest and the largest value and grows with p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (values, p, q) => {
          const a = percentile(values, Math.min(p, q)) as number;
          const b = percentile(values, Math.max(p, q)) as number;
          expect(a).toBeGreaterThanOrEqual(Math.min(...values));
          expect(b).toBeLessThanOrEqual(Math.max(...values));
          expect(a).toBeLessThanOrEqual(b);
        },
      ),
    );
  });

  it('summarises durations, ignoring negative and non-finite ones', () => {
    expect(durationSummary([60, 120, 180, -5, Number.NaN])).toEqual({
      p50Seconds: 120,
      p90Seconds: 168,
      n: 3,
    });
    expect(durationSummary([])).toEqual({ p50Seconds: null, p90Seconds: null, n: 0 });
  });
});

describe('containment', () => {
  it('does not count a bot resolution when the customer came back within 7 days', () => {
    const outcomes: BotOutcome[] = [
      { kind: 'bot_confirmed', resolvedAt: daysAgo(20), cameBackAt: null },
      { kind: 'bot_assumed', resolvedAt: daysAgo(20), cameBackAt: daysAgo(15) }, // back after 5 days
      { kind: 'bot_assumed', resolvedAt: daysAgo(20), cameBackAt: daysAgo(10) }, // back after 10 days: fine
      { kind: 'handed_over', reason: 'asked_for_person' },
      { kind: 'other' },
    ];
    const result = computeContainment(outcomes, now);
    expect(result).toMatchObject({ n: 5, confirmed: 1, assumed: 1, cameBack: 1, provisional: 0 });
    expect(result.value).toBe(40);
    expect(result.ci95?.[0]).toBeLessThan(40);
    expect(result.ci95?.[1]).toBeGreaterThan(40);
  });

  it('flags resolutions younger than the window as provisional', () => {
    const result = computeContainment(
      [{ kind: 'bot_confirmed', resolvedAt: daysAgo(2), cameBackAt: null }],
      now,
    );
    expect(result).toMatchObject({ n: 1, confirmed: 1, provisional: 1, value: 100 });
  });

  it('has no value without conversations', () => {
    expect(computeContainment([], now)).toMatchObject({ n: 0, value: null, ci95: null });
  });

  it('never counts more contained conversations than bot resolutions', () => {
    const outcome = fc.oneof(
      fc.record({
        kind: fc.constantFrom('bot_confirmed' as const, 'bot_assumed' as const),
        resolvedAt: fc.integer({ min: 0, max: 60 }).map(daysAgo),
        cameBackAt: fc.option(fc.integer({ min: 0, max: 60 }).map(daysAgo)),
      }),
      fc.record({ kind: fc.constant('handed_over' as const), reason: fc.option(fc.string()) }),
      fc.constant({ kind: 'other' as const }),
    );
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 40 }), (outcomes) => {
        const c = computeContainment(outcomes as BotOutcome[], now);
        const h = computeHandover(outcomes as BotOutcome[]);
        const bot = outcomes.filter((o) => o.kind === 'bot_confirmed' || o.kind === 'bot_assumed').length;
        expect(c.confirmed + c.assumed + c.cameBack).toBe(bot);
        expect((c.value ?? 0) + (h.value ?? 0)).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });
});

describe('handover', () => {
  it('counts reasons, most frequent first', () => {
    const result = computeHandover([
      { kind: 'handed_over', reason: 'low_confidence' },
      { kind: 'handed_over', reason: 'asked_for_person' },
      { kind: 'handed_over', reason: 'asked_for_person' },
      { kind: 'handed_over', reason: null },
      { kind: 'bot_confirmed', resolvedAt: daysAgo(30), cameBackAt: null },
    ]);
    expect(result.n).toBe(5);
    expect(result.value).toBe(80);
    expect(result.reasons).toEqual([
      { reason: 'asked_for_person', count: 2 },
      { reason: 'low_confidence', count: 1 },
      { reason: 'unknown', count: 1 },
    ]);
  });
});
