import {
  evaluateCondition,
  foldText,
  isAnswered,
  type LogicContext,
  type SurveyAnswer,
} from '@touchpoint/core';
import type { TCondition } from '@touchpoint/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const ctx: LogicContext = {
  answers: {
    nps: 9,
    csat: 2,
    plan: 'pro',
    issues: ['delivery', 'price'],
    one: ['staff'],
    comment: 'Giao hàng TRỄ hẹn, đồ bị hỏng',
    skippedText: null,
    blank: '   ',
    none: [],
  },
  hidden: { source: 'email', visits: '12', vip: 'true' },
};

type Op = Extract<TCondition, { field: string }>['op'];
const leaf = (field: string, op: Op, value?: unknown): TCondition =>
  value === undefined ? { field, op } : { field, op, value };
const check = (field: string, op: Op, value?: unknown, context: LogicContext = ctx) =>
  evaluateCondition(leaf(field, op, value), context);

describe('evaluateCondition: eq / neq', () => {
  it.each([
    ['nps', 9, true],
    ['nps', 8, false],
    ['nps', '9', true], // a number and a decimal string compare numerically
    ['nps', '9.0', true],
    ['nps', 'nine', false],
    ['plan', 'pro', true],
    ['plan', 'Pro', false], // strings are exact
    ['plan', 'pr', false],
    ['hidden.source', 'email', true],
    ['hidden.source', 'sms', false],
    ['hidden.visits', 12, true],
    ['hidden.visits', '12.0', false], // two strings compare exactly
    ['hidden.vip', true, true],
    ['hidden.vip', false, false],
    ['nps', true, false],
  ])('%s eq %j → %s', (field, value, expected) => {
    expect(check(field, 'eq', value)).toBe(expected);
    expect(check(field, 'neq', value)).toBe(!expected);
  });

  it('on a selection, eq is set equality: order and repetition do not matter', () => {
    expect(check('issues', 'eq', ['price', 'delivery'])).toBe(true);
    expect(check('issues', 'eq', ['delivery', 'price', 'price'])).toBe(true);
    expect(check('issues', 'eq', ['delivery'])).toBe(false);
    expect(check('issues', 'eq', ['delivery', 'price', 'staff'])).toBe(false);
    expect(check('issues', 'neq', ['delivery'])).toBe(true);
  });

  it('on a selection, eq with one id means "exactly that one", never membership', () => {
    expect(check('issues', 'eq', 'delivery')).toBe(false);
    expect(check('one', 'eq', 'staff')).toBe(true);
    expect(check('one', 'eq', 'price')).toBe(false);
  });

  it('a single answer equals a one-item list', () => {
    expect(check('plan', 'eq', ['pro'])).toBe(true);
    expect(check('plan', 'eq', ['pro', 'free'])).toBe(false);
  });

  it('eq without a value is false', () => {
    expect(check('nps', 'eq')).toBe(false);
    expect(check('issues', 'eq')).toBe(false);
  });
});

describe('evaluateCondition: gt / gte / lt / lte (numbers only)', () => {
  it.each([
    ['gt', 8, true],
    ['gt', 9, false],
    ['gte', 9, true],
    ['gte', 10, false],
    ['lt', 10, true],
    ['lt', 9, false],
    ['lte', 9, true],
    ['lte', 8, false],
  ] as const)('nps (9) %s %d → %s', (op, value, expected) => {
    expect(check('nps', op, value)).toBe(expected);
  });

  it('a numeric hidden field compares as a number', () => {
    expect(check('hidden.visits', 'gt', 10)).toBe(true);
    expect(check('hidden.visits', 'lt', '3')).toBe(false);
  });

  it('is false for text, selections and non-numeric values', () => {
    expect(check('plan', 'gt', 0)).toBe(false);
    expect(check('hidden.source', 'lte', 100)).toBe(false);
    expect(check('issues', 'gte', 0)).toBe(false);
    expect(check('nps', 'gt', 'high')).toBe(false);
    expect(check('nps', 'gt')).toBe(false);
  });
});

describe('evaluateCondition: in / nin', () => {
  it('a single answer in the list', () => {
    expect(check('plan', 'in', ['free', 'pro'])).toBe(true);
    expect(check('plan', 'in', ['free', 'team'])).toBe(false);
    expect(check('plan', 'nin', ['free', 'team'])).toBe(true);
    expect(check('plan', 'nin', ['pro'])).toBe(false);
    expect(check('nps', 'in', [9, 10])).toBe(true);
    expect(check('nps', 'in', ['9', '10'])).toBe(true);
    expect(check('csat', 'in', [4, 5])).toBe(false);
  });

  it('a selection is in the list when any selected option is', () => {
    expect(check('issues', 'in', ['price', 'staff'])).toBe(true);
    expect(check('issues', 'in', ['staff', 'quality'])).toBe(false);
    expect(check('issues', 'nin', ['staff', 'quality'])).toBe(true);
    expect(check('issues', 'nin', ['price'])).toBe(false);
  });

  it('a scalar value counts as a one-item list; an empty list holds nothing', () => {
    expect(check('plan', 'in', 'pro')).toBe(true);
    expect(check('plan', 'in', [])).toBe(false);
    expect(check('plan', 'nin', [])).toBe(true);
  });
});

describe('evaluateCondition: contains / not_contains', () => {
  it('text: case-, accent- and đ-insensitive substring', () => {
    expect(check('comment', 'contains', 'tre')).toBe(true); // "TRỄ"
    expect(check('comment', 'contains', 'trễ hẹn')).toBe(true);
    expect(check('comment', 'contains', 'GIAO HANG')).toBe(true);
    expect(check('comment', 'contains', 'do bi hong')).toBe(true); // "đồ bị hỏng"
    expect(check('comment', 'contains', 'refund')).toBe(false);
    expect(check('comment', 'not_contains', 'refund')).toBe(true);
    expect(check('comment', 'not_contains', 'hong')).toBe(false);
    expect(check('hidden.source', 'contains', 'MAIL')).toBe(true);
  });

  it('text typed in decomposed form (NFD) matches a composed needle and back', () => {
    const nfd = { answers: { c: 'Trễ'.normalize('NFD') }, hidden: {} };
    expect(check('c', 'contains', 'trễ', nfd)).toBe(true);
    expect(check('comment', 'contains', 'TRỄ'.normalize('NFD'))).toBe(true);
  });

  it('text with a list value needs every item', () => {
    expect(check('comment', 'contains', ['giao', 'hong'])).toBe(true);
    expect(check('comment', 'contains', ['giao', 'refund'])).toBe(false);
  });

  it('selection: membership of the option id (exact)', () => {
    expect(check('issues', 'contains', 'price')).toBe(true);
    expect(check('issues', 'contains', 'pri')).toBe(false);
    expect(check('issues', 'contains', 'PRICE')).toBe(false);
    expect(check('issues', 'contains', ['price', 'delivery'])).toBe(true);
    expect(check('issues', 'contains', ['price', 'staff'])).toBe(false);
    expect(check('issues', 'not_contains', 'staff')).toBe(true);
    expect(check('issues', 'not_contains', 'price')).toBe(false);
  });

  it('numbers never contain anything', () => {
    expect(check('nps', 'contains', 9)).toBe(false);
    expect(check('nps', 'contains', '9')).toBe(false);
  });
});

describe('evaluateCondition: answered / skipped and unanswered fields', () => {
  it.each([
    ['nps', true],
    ['issues', true],
    ['comment', true],
    ['hidden.source', true],
    ['skippedText', false],
    ['blank', false],
    ['none', false],
    ['never', false],
    ['hidden.missing', false],
  ])('%s answered → %s', (field, expected) => {
    expect(check(field, 'answered')).toBe(expected);
    expect(check(field, 'skipped')).toBe(!expected);
  });

  it.each(['never', 'skippedText', 'blank', 'none', 'hidden.missing'])(
    'unanswered %s: only skipped, neq, nin and not_contains hold',
    (field) => {
      const truths = {
        eq: false,
        neq: true,
        gt: false,
        gte: false,
        lt: false,
        lte: false,
        in: false,
        nin: true,
        contains: false,
        not_contains: true,
        answered: false,
        skipped: true,
      } as const;
      for (const [op, expected] of Object.entries(truths)) {
        expect(check(field, op as Op, op === 'in' || op === 'nin' ? ['x', 0] : 0), `${field} ${op}`).toBe(
          expected,
        );
      }
      // A value that "matches" emptiness still does not make eq true.
      expect(check(field, 'eq', '')).toBe(false);
      expect(check(field, 'eq', [])).toBe(false);
    },
  );
});

describe('evaluateCondition: all / any / not, nesting', () => {
  const yes = leaf('nps', 'gte', 9);
  const no = leaf('nps', 'lte', 6);

  it('all, any, not', () => {
    expect(evaluateCondition({ all: [yes, yes] }, ctx)).toBe(true);
    expect(evaluateCondition({ all: [yes, no] }, ctx)).toBe(false);
    expect(evaluateCondition({ any: [no, yes] }, ctx)).toBe(true);
    expect(evaluateCondition({ any: [no, no] }, ctx)).toBe(false);
    expect(evaluateCondition({ not: no }, ctx)).toBe(true);
    expect(evaluateCondition({ not: yes }, ctx)).toBe(false);
  });

  it('empty groups, which the schema forbids, are handled: all [] is true, any [] is false', () => {
    expect(evaluateCondition({ all: [] }, ctx)).toBe(true);
    expect(evaluateCondition({ any: [] }, ctx)).toBe(false);
  });

  it('nests to any depth', () => {
    const condition: TCondition = {
      all: [
        { any: [no, { not: { not: yes } }] },
        { not: { any: [leaf('plan', 'eq', 'free'), { all: [leaf('comment', 'skipped')] }] } },
        {
          any: [
            { all: [leaf('issues', 'contains', 'price'), leaf('hidden.source', 'in', ['email', 'sms'])] },
          ],
        },
      ],
    };
    expect(evaluateCondition(condition, ctx)).toBe(true);
    let deep: TCondition = yes;
    for (let i = 0; i < 500; i++) deep = i % 2 === 0 ? { not: deep } : { all: [deep] };
    expect(evaluateCondition(deep, ctx)).toBe(true); // 250 nots
    expect(evaluateCondition({ not: deep }, ctx)).toBe(false);
  });

  it('an unrecognised node is false', () => {
    expect(evaluateCondition({} as TCondition, ctx)).toBe(false);
  });
});

describe('helpers', () => {
  it('isAnswered', () => {
    expect([0, 'a', ['x']].map(isAnswered)).toEqual([true, true, true]);
    expect(
      [null, undefined, '', ' \n', [], Number.NaN, Number.POSITIVE_INFINITY, {}].map(isAnswered),
    ).toEqual(Array(8).fill(false));
  });

  it('foldText strips Vietnamese diacritics and đ', () => {
    expect(foldText('Đường xá Trễ Hẹn Ổn')).toBe('duong xa tre hen on');
  });
});

describe('evaluateCondition: properties', () => {
  const answer: fc.Arbitrary<SurveyAnswer> = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.integer({ min: -2, max: 12 }),
    fc.constantFrom('a', 'b', 'A', 'trễ', 'tre', '', '5', 'đỏ'),
    fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
  );
  const value = fc.oneof(
    fc.constant(undefined),
    fc.integer({ min: -2, max: 12 }),
    fc.constantFrom('a', 'b', 'tre', 'do', '5', ''),
    fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 10 })), { maxLength: 3 }),
    fc.boolean(),
  );
  const negations = [
    ['eq', 'neq'],
    ['in', 'nin'],
    ['contains', 'not_contains'],
    ['answered', 'skipped'],
  ] as const;

  it('each negative operator is the exact negation of its positive one, and equals {not: positive}', () => {
    fc.assert(
      fc.property(answer, value, fc.constantFrom(...negations), (a, v, [positive, negative]) => {
        const context = { answers: { f: a }, hidden: {} };
        const p = evaluateCondition(leaf('f', positive, v), context);
        expect(evaluateCondition(leaf('f', negative, v), context)).toBe(!p);
        expect(evaluateCondition({ not: leaf('f', positive, v) }, context)).toBe(!p);
      }),
    );
  });

  it('an unanswered field fails every positive comparison', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(undefined, null, '', [] as string[]),
        value,
        fc.constantFrom('eq', 'gt', 'gte', 'lt', 'lte', 'in', 'contains', 'answered'),
        (a, v, op) => {
          expect(evaluateCondition(leaf('f', op as Op, v), { answers: { f: a }, hidden: {} })).toBe(false);
        },
      ),
    );
  });

  it('all/any agree with every/some of their children', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 10 }),
        (ts, n) => {
          const children = ts.map((t) => leaf('n', 'gte', t));
          const context = { answers: { n }, hidden: {} };
          expect(evaluateCondition({ all: children }, context)).toBe(ts.every((t) => n >= t));
          expect(evaluateCondition({ any: children }, context)).toBe(ts.some((t) => n >= t));
        },
      ),
    );
  });
});
