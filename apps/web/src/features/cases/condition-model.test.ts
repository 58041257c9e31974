import type { TCondition } from '@touchpoint/schemas/browser';
import { describe, expect, it } from 'vitest';
import { casesQuery } from './cases.api';
import {
  findProblem,
  fromCondition,
  newGroup,
  newLeaf,
  replaceRow,
  type TGroupRow,
  toCondition,
} from './condition-model';
import { describeCondition } from './condition-summary';

const t = (key: string) => key.split('.').pop() ?? key;

describe('the condition builder model', () => {
  it('round-trips the issue’s detractor rule', () => {
    const condition: TCondition = { all: [{ field: 'nps', op: 'lte', value: 6 }] };
    const group = fromCondition(condition) as TGroupRow;
    expect(group.mode).toBe('all');
    expect(group.children).toEqual([
      expect.objectContaining({ kind: 'leaf', field: 'nps', op: 'lte', value: '6' }),
    ]);
    expect(toCondition(group)).toEqual(condition);
  });

  it('keeps types: numbers, booleans, lists and valueless operators', () => {
    const condition: TCondition = {
      any: [
        { field: 'contact.vip', op: 'eq', value: true },
        { field: 'sentiment', op: 'in', value: ['negative', 'mixed'] },
        { field: 'csat', op: 'lt', value: 3 },
        { field: 'text', op: 'answered' },
        {
          all: [
            { field: 'topics', op: 'contains', value: 'Refunds' },
            { field: 'effort', op: 'eq', value: true },
          ],
        },
      ],
    };
    const group = fromCondition(condition) as TGroupRow;
    expect(group.children).toHaveLength(5);
    expect(toCondition(group)).toEqual(condition);
  });

  it('refuses what rows cannot show (not, deeper nesting) so it is edited as JSON', () => {
    expect(fromCondition({ not: { field: 'nps', op: 'gte', value: 9 } })).toBeNull();
    expect(fromCondition({ all: [{ any: [{ all: [{ field: 'nps', op: 'eq', value: 1 }] }] }] })).toBeNull();
    // A bare leaf becomes a group of one.
    expect(toCondition(fromCondition({ field: 'nps', op: 'eq', value: 0 }) as TGroupRow)).toEqual({
      all: [{ field: 'nps', op: 'eq', value: 0 }],
    });
  });

  it('finds the first problem: empty values, non-numbers, empty groups', () => {
    const leaf = { ...newLeaf('nps'), value: '' };
    expect(findProblem({ ...newGroup(), children: [leaf] })?.key).toBe('cases.rules.problems.value');
    expect(findProblem({ ...newGroup(), children: [{ ...leaf, value: 'six' }] })?.key).toBe(
      'cases.rules.problems.number',
    );
    expect(findProblem({ ...newGroup(), children: [] })?.key).toBe('cases.rules.problems.emptyGroup');
    expect(findProblem({ ...newGroup(), children: [{ ...leaf, op: 'answered' }] })).toBeNull();
    expect(findProblem(newGroup())).toBeNull();
  });

  it('replaces and removes rows at any depth', () => {
    const inner = newGroup('any');
    const first = newLeaf('nps');
    const group: TGroupRow = { ...newGroup(), children: [first, inner] };
    const innerLeaf = inner.children[0];
    if (!innerLeaf) throw new Error('no inner leaf');
    const edited = replaceRow(group, innerLeaf.key, {
      ...newLeaf('text'),
      key: innerLeaf.key,
      value: 'refund',
    });
    expect(toCondition(edited)).toEqual({
      all: [
        { field: 'nps', op: 'lte', value: 6 },
        { any: [{ field: 'text', op: 'contains', value: 'refund' }] },
      ],
    });
    expect(toCondition(replaceRow(edited, inner.key, null))).toEqual({
      all: [{ field: 'nps', op: 'lte', value: 6 }],
    });
  });

  it('reads a condition in one line for the rules list', () => {
    expect(
      describeCondition(
        {
          all: [
            { field: 'nps', op: 'lte', value: 6 },
            {
              any: [
                { field: 'sentiment', op: 'eq', value: 'negative' },
                { field: 'text', op: 'contains', value: 'refund' },
              ],
            },
          ],
        },
        t,
      ),
    ).toBe('nps ≤ 6 and (sentiment = “negative” or text contains “refund”)');
    expect(describeCondition(null, t)).toBe('—');
  });
});

describe('the inbox query', () => {
  it('maps the filters to the API’s parameters', () => {
    expect(casesQuery({ status: 'open', teamId: '', priority: '', assignee: 'me', overdue: '' })).toEqual({
      status: 'new,in_progress,waiting_on_customer',
      teamId: undefined,
      priority: undefined,
      assigneeId: 'me',
      overdue: undefined,
    });
    expect(
      casesQuery({ status: 'resolved', teamId: 't1', priority: 'urgent', assignee: '', overdue: 'true' }),
    ).toEqual({
      status: 'resolved',
      teamId: 't1',
      priority: 'urgent',
      assigneeId: undefined,
      overdue: 'true',
    });
    expect(
      casesQuery({ status: '', teamId: '', priority: '', assignee: '', overdue: '' }).status,
    ).toBeUndefined();
  });
});
