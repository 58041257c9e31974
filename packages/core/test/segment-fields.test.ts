import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseSegmentField,
  resolveSegmentDate,
  segmentConditionFields,
  validateSegmentCondition,
} from '../src/segments/segment-fields';

describe('segment fields', () => {
  it('reads event fields with their window, whatever dots the event name has', () => {
    expect(parseSegmentField('event.order.delivered.count30d')).toEqual({
      source: 'event',
      event: 'order.delivered',
      measure: 'count',
      days: 30,
      kind: 'number',
    });
    expect(parseSegmentField('event.app:opened.count')).toMatchObject({ event: 'app:opened', days: null });
    expect(parseSegmentField('event.order.delivered.daysSince')).toMatchObject({ measure: 'daysSince' });
    expect(parseSegmentField('event.order.delivered.count0d')).toBeNull();
    expect(parseSegmentField('event.order.delivered.count99999d')).toBeNull();
    expect(parseSegmentField('event.order.delivered')).toBeNull();
  });

  it('tells identity columns, attributes and account fields apart', () => {
    expect(parseSegmentField('contact.email')).toMatchObject({ source: 'contact', column: 'email' });
    expect(parseSegmentField('contact.tier')).toEqual({ source: 'attribute', key: 'tier', kind: 'text' });
    expect(parseSegmentField('account.role')).toMatchObject({ source: 'account', column: 'role' });
    expect(parseSegmentField('account.renewal_date')).toMatchObject({ source: 'accountAttribute' });
    expect(parseSegmentField('contact.')).toBeNull();
    expect(parseSegmentField('contact.has space')).toBeNull();
    expect(parseSegmentField('nps')).toBeNull();
  });

  it('every event name the track API accepts makes a readable count field', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_.:-]{1,60}$/),
        fc.integer({ min: 1, max: 3650 }),
        (event, days) => {
          const field = parseSegmentField(`event.${event}.count${days}d`);
          expect(field).toMatchObject({ source: 'event', event, days });
        },
      ),
    );
  });

  it('resolves relative and ISO dates', () => {
    const now = new Date('2026-12-08T00:00:00Z');
    expect(resolveSegmentDate('-30d', now)?.toISOString()).toBe('2026-11-08T00:00:00.000Z');
    expect(resolveSegmentDate('+1d', now)?.toISOString()).toBe('2026-12-09T00:00:00.000Z');
    expect(resolveSegmentDate('2026-12-31', now)?.toISOString()).toBe('2026-12-31T00:00:00.000Z');
    expect(resolveSegmentDate('2026-13-45', now)).toBeNull();
    expect(resolveSegmentDate('last week', now)).toBeNull();
    expect(resolveSegmentDate(30, now)).toBeNull();
  });

  it('names every problem with its place in the condition', () => {
    const issues = validateSegmentCondition({
      any: [
        { field: 'npsBand', op: 'in', value: ['detractor', 'angry'] },
        { not: { field: 'openCases', op: 'contains', value: 1 } },
        { field: 'latestNps', op: 'eq', value: [1, 2] },
        { field: 'topics', op: 'contains', value: 'Delivery' },
        { field: 'churnRisk', op: 'answered' },
      ],
    });
    expect(issues.map((i) => i.name)).toEqual([
      'condition.any.0.value',
      'condition.any.1.not.op',
      'condition.any.2.value',
    ]);
    expect(validateSegmentCondition({ field: 'contact.renewal', op: 'lt', value: '+60d' })).toEqual([]);
  });

  it('lists the fields a condition reads once each', () => {
    const fields = segmentConditionFields({
      all: [
        { field: 'npsBand', op: 'eq', value: 'detractor' },
        { any: [{ field: 'npsBand', op: 'answered' }, { not: { field: 'openCases', op: 'gte', value: 1 } }] },
      ],
    });
    expect([...fields]).toEqual(['npsBand', 'openCases']);
  });
});
