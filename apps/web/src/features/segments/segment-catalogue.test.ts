import type { TCondition } from '@touchpoint/schemas/browser';
import { describe, expect, it } from 'vitest';
import { findProblem, fromCondition, newGroup, operatorsOf, toCondition } from '../cases/condition-model';
import { SEGMENT_CATALOGUE, segmentFieldSpec } from './segment-catalogue';

describe('segment field catalogue in the condition builder', () => {
  it('types hand-written event fields as numbers and attributes as text with every operator', () => {
    expect(segmentFieldSpec('event.order.delivered.count30d').kind).toBe('number');
    expect(operatorsOf(segmentFieldSpec('event.order.delivered.count30d'))).toContain('gte');
    expect(segmentFieldSpec('contact.tier').kind).toBe('text');
    expect(operatorsOf(segmentFieldSpec('account.arr'))).toEqual(expect.arrayContaining(['gte', 'contains']));
    expect(operatorsOf(segmentFieldSpec('lastResponseAt'))).toEqual([
      'gte',
      'lte',
      'gt',
      'lt',
      'answered',
      'skipped',
    ]);
  });

  it('round-trips a segment condition with numbers kept as numbers', () => {
    const condition: TCondition = {
      all: [
        { field: 'npsBand', op: 'eq', value: 'detractor' },
        { field: 'event.order.delivered.count30d', op: 'gte', value: 1 },
        { field: 'lastResponseAt', op: 'gte', value: '-90d' },
        { any: [{ field: 'contact.plan', op: 'in', value: ['enterprise', 'business'] }] },
      ],
    };
    const group = fromCondition(condition, 0, SEGMENT_CATALOGUE);
    expect(group).not.toBeNull();
    expect(toCondition(group as NonNullable<typeof group>, SEGMENT_CATALOGUE)).toEqual(condition);
  });

  it('starts new rows on the NPS group and flags a missing number', () => {
    const group = newGroup('all', undefined, SEGMENT_CATALOGUE);
    expect(group.children[0]).toMatchObject({ field: 'npsBand', op: 'eq', value: 'detractor' });
    const bad = fromCondition({ field: 'openCases', op: 'gte', value: 'x' }, 0, SEGMENT_CATALOGUE);
    expect(findProblem(bad as NonNullable<typeof bad>, SEGMENT_CATALOGUE)?.key).toBe(
      'cases.rules.problems.number',
    );
  });
});
