import { describe, expect, it } from 'vitest';
import {
  actionTypesFor,
  bodyOfDraft,
  defaultAction,
  draftIssues,
  fitBand,
  moveItem,
  newDraft,
  normaliseCondition,
  splitCodes,
} from './rule-draft';

describe('rule drafts', () => {
  it('moves actions up and down, and ignores moves past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('normalises conditions: numbers for comparisons, no blank fields, no empty groups', () => {
    expect(normaliseCondition(null)).toBeNull();
    expect(
      normaliseCondition({
        all: [
          { field: ' nps ', op: 'lte', value: '6' },
          { field: 'text', op: 'contains', value: '6' },
          { field: '', op: 'eq', value: 'x' },
          { any: [{ field: '', op: 'answered' }] },
          { field: 'topics', op: 'in', value: ['Refund', ' ', 'Delivery '] },
        ],
      }),
    ).toEqual({
      all: [
        { field: 'nps', op: 'lte', value: 6 },
        { field: 'text', op: 'contains', value: '6' },
        { field: 'topics', op: 'in', value: ['Refund', 'Delivery'] },
      ],
    });
    expect(normaliseCondition({ any: [{ field: ' ', op: 'eq', value: 1 }] })).toBeNull();
    expect(normaliseCondition({ not: { field: 'effort', op: 'eq', value: 'true' } })).toEqual({
      not: { field: 'effort', op: 'eq', value: 'true' },
    });
  });

  it('keeps bands that fit the metric and picks the first one otherwise', () => {
    expect(fitBand('nps', 'promoter')).toBe('promoter');
    expect(fitBand('csat', 'promoter')).toBe('low');
    expect(fitBand('ces', 'high')).toBe('high');
    expect(fitBand('nps', 'high')).toBe('detractor');
  });

  it('offers assign_case only for case triggers', () => {
    const all = ['create_case', 'assign_case', 'tag'] as const;
    expect(actionTypesFor('score.band', all)).toEqual(['create_case', 'tag']);
    expect(actionTypesFor('time.elapsed', all)).toEqual(all);
  });

  it('lists what must be fixed before saving', () => {
    const draft = newDraft();
    expect(draftIssues(draft)).toEqual([
      { path: 'name', code: 'required' },
      { path: 'actions.0', code: 'field_required' },
    ]);
    const ready = {
      ...draft,
      name: ' Recover ',
      trigger: { type: 'event.tracked' as const, event: ' ' },
      actions: [
        { type: 'send_email' as const, subject: 'Sorry', body: 'No code', couponPoolId: 'p' },
        defaultAction('assign_case'),
      ],
    };
    expect(draftIssues(ready)).toEqual([
      { path: 'trigger', code: 'event_required' },
      { path: 'actions.0', code: 'coupon_placeholder' },
      { path: 'actions.1', code: 'field_required' },
      { path: 'actions.1', code: 'case_only' },
    ]);
    expect(bodyOfDraft(ready).name).toBe('Recover');
  });

  it('splits pasted codes, dropping blanks and repeats, in batches of 10,000', () => {
    expect(splitCodes(' A1 \nB2,B2;\tC3\r\n\n')).toEqual({
      codes: ['A1', 'B2', 'C3'],
      repeated: 1,
      batches: [['A1', 'B2', 'C3']],
    });
    const many = splitCodes(Array.from({ length: 10_001 }, (_, i) => `C${i}`).join('\n'));
    expect(many.batches.map((b) => b.length)).toEqual([10_000, 1]);
  });
});
