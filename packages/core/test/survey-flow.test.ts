import {
  computePath,
  firstQuestionId,
  type LogicContext,
  nextStep,
  resolveEnding,
  type SurveyAnswer,
} from '@touchpoint/core';
import type { TCondition, TLogicRule, TQuestion, TSurveyDefinition } from '@touchpoint/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The schema names a rule's outcome `then`; it is an object, never callable, so rules are not thenables.
const rule = (after: string, condition: TCondition, outcome: TLogicRule['then']): TLogicRule => ({
  after,
  if: condition,
  then: outcome,
});

const en = (text: string) => ({ en: text });
const options = (...ids: string[]) => ids.map((id) => ({ id, label: en(id) }));

const def: TSurveyDefinition = {
  defaultLanguage: 'en',
  questions: [
    { id: 'q1', type: 'nps', text: en('Recommend?'), required: true },
    { id: 'q2', type: 'open_text', text: en('Why?'), required: false, maxLength: 100, multiline: true },
    { id: 'q3', type: 'single_choice', text: en('Plan?'), required: false, options: options('a', 'b', 'c') },
    { id: 'q4', type: 'multiple_choice', text: en('Issues?'), required: false, options: options('x', 'y') },
    {
      id: 'q5',
      type: 'open_text',
      text: en('Anything else?'),
      required: false,
      maxLength: 100,
      multiline: true,
    },
  ],
  hiddenFields: ['source'],
  logic: [
    rule('q1', { field: 'q1', op: 'lte', value: 6 }, { goTo: 'q3' }),
    rule('q1', { field: 'q1', op: 'lte', value: 8 }, { goTo: 'q4' }), // shadowed for 0–6 by the rule above
    rule('q1', { field: 'q1', op: 'eq', value: 10 }, { end: 'vip' }),
    rule('q2', { field: 'q2', op: 'contains', value: 'stop' }, { end: 'missing' }),
    rule('q3', { field: 'q2', op: 'contains', value: 'skip' }, { end: null }),
    rule('q3', { field: 'q3', op: 'eq', value: 'c' }, { end: null }),
    rule('q3', { field: 'hidden.source', op: 'eq', value: 'sms' }, { goTo: 'q5' }),
    rule('q4', { field: 'q4', op: 'answered' }, { goTo: 'q1' }), // backwards: ignored at run time
    rule('q4', { field: 'q4', op: 'answered' }, { goTo: 'q4' }), // to itself: ignored
    rule('q4', { field: 'q4', op: 'answered' }, { goTo: 'nope' }), // unknown: ignored
  ],
  endings: [
    { id: 'thanks', title: en('Thanks') },
    { id: 'vip', title: en('Thank you, fan!') },
  ],
};

const at = (answers: Record<string, SurveyAnswer>, hidden: Record<string, string> = {}): LogicContext => ({
  answers,
  hidden,
});

describe('firstQuestionId / nextStep', () => {
  it('starts at the first question', () => {
    expect(firstQuestionId(def)).toBe('q1');
    expect(firstQuestionId({ ...def, questions: [] })).toBeNull();
  });

  it('with no matching rule, goes to the next question in order', () => {
    expect(nextStep(def, 'q1', at({ q1: 9 }))).toEqual({ kind: 'question', questionId: 'q2' });
    expect(nextStep(def, 'q2', at({ q1: 9, q2: 'fine' }))).toEqual({ kind: 'question', questionId: 'q3' });
  });

  it('jumps forward when a rule matches, and the first matching rule wins', () => {
    expect(nextStep(def, 'q1', at({ q1: 3 }))).toEqual({ kind: 'question', questionId: 'q3' });
    expect(nextStep(def, 'q1', at({ q1: 7 }))).toEqual({ kind: 'question', questionId: 'q4' });
  });

  it('ends at a named ending, or at the default one (null)', () => {
    expect(nextStep(def, 'q1', at({ q1: 10 }))).toEqual({ kind: 'end', endingId: 'vip' });
    expect(nextStep(def, 'q3', at({ q3: 'c' }))).toEqual({ kind: 'end', endingId: null });
  });

  it('ends with null after the last question', () => {
    expect(nextStep(def, 'q5', at({ q5: 'bye' }))).toEqual({ kind: 'end', endingId: null });
  });

  it('reads hidden fields', () => {
    expect(nextStep(def, 'q3', at({ q3: 'a' }, { source: 'sms' }))).toEqual({
      kind: 'question',
      questionId: 'q5',
    });
    expect(nextStep(def, 'q3', at({ q3: 'a' }, { source: 'web' }))).toEqual({
      kind: 'question',
      questionId: 'q4',
    });
  });

  it('ignores jumps backwards, to the same question or to unknown questions', () => {
    expect(nextStep(def, 'q4', at({ q4: ['x'] }))).toEqual({ kind: 'question', questionId: 'q5' });
  });

  it('ends at the default ending when a rule names an unknown ending', () => {
    expect(nextStep(def, 'q2', at({ q2: 'please STOP' }))).toEqual({ kind: 'end', endingId: null });
  });

  it('ends for an unknown question', () => {
    expect(nextStep(def, 'zz', at({}))).toEqual({ kind: 'end', endingId: null });
  });
});

describe('computePath', () => {
  it('stops at the first question with no answer yet, and includes it', () => {
    expect(computePath(def, at({}))).toEqual({
      questionIds: ['q1'],
      nextQuestionId: 'q1',
      endingId: null,
      isComplete: false,
    });
    expect(computePath(def, at({ q1: 3 }))).toEqual({
      questionIds: ['q1', 'q3'],
      nextQuestionId: 'q3',
      endingId: null,
      isComplete: false,
    });
  });

  it('follows jumps to an end', () => {
    expect(computePath(def, at({ q1: 3, q3: 'c' }))).toEqual({
      questionIds: ['q1', 'q3'],
      nextQuestionId: null,
      endingId: null,
      isComplete: true,
    });
    expect(computePath(def, at({ q1: 10 }))).toEqual({
      questionIds: ['q1'],
      nextQuestionId: null,
      endingId: 'vip',
      isComplete: true,
    });
    expect(computePath(def, at({ q1: 7, q4: ['y'], q5: 'ok' }))).toMatchObject({
      questionIds: ['q1', 'q4', 'q5'],
      isComplete: true,
    });
  });

  it('null means skipped (move on); undefined means not reached yet', () => {
    expect(computePath(def, at({ q1: 9, q2: null }))).toMatchObject({
      questionIds: ['q1', 'q2', 'q3'],
      nextQuestionId: 'q3',
    });
    expect(computePath(def, at({ q1: 9, q2: undefined, q3: 'a' }))).toMatchObject({
      questionIds: ['q1', 'q2'],
      nextQuestionId: 'q2',
    });
    expect(computePath(def, at({ q1: 9, q2: '', q3: null, q4: [], q5: null }))).toMatchObject({
      questionIds: ['q1', 'q2', 'q3', 'q4', 'q5'],
      isComplete: true,
    });
  });

  it('ignores answers to questions off the path, for the route and for conditions', () => {
    // q1 = 3 jumps over q2; a leftover q2 answer ("skip") must not fire the rule after q3.
    const path = computePath(def, at({ q1: 3, q2: 'skip', q3: 'a' }));
    expect(path.questionIds).toEqual(['q1', 'q3', 'q4']);
    expect(path.nextQuestionId).toBe('q4');
    // On the path, the same answer does fire it.
    expect(computePath(def, at({ q1: 9, q2: 'skip', q3: 'a' }))).toMatchObject({
      questionIds: ['q1', 'q2', 'q3'],
      isComplete: true,
    });
  });

  it('resolveEnding shows the named ending, else the first one', () => {
    expect(resolveEnding(def, 'vip')?.id).toBe('vip');
    expect(resolveEnding(def, null)?.id).toBe('thanks');
    expect(resolveEnding(def, 'nope')?.id).toBe('thanks');
    expect(resolveEnding({ ...def, endings: [] }, null)).toBeNull();
  });
});

describe('computePath: properties over random definitions and answers', () => {
  const ops = [
    'eq',
    'neq',
    'gt',
    'gte',
    'lt',
    'lte',
    'in',
    'nin',
    'contains',
    'answered',
    'skipped',
  ] as const;

  const randomSurvey = fc.integer({ min: 1, max: 10 }).chain((count) => {
    const ids = Array.from({ length: count }, (_, i) => `q${i}`);
    const questions: TQuestion[] = ids.map((id, i) =>
      i % 2 === 0
        ? { id, type: 'nps', text: en(id), required: false }
        : { id, type: 'single_choice', text: en(id), required: false, options: options('a', 'b') },
    );
    const leaf = fc.record({
      field: fc.oneof(fc.constantFrom(...ids), fc.constant('hidden.h'), fc.constant('ghost')),
      op: fc.constantFrom(...ops),
      value: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constantFrom('a', 'b'), fc.constant(['a', 3])),
    });
    const condition: fc.Arbitrary<TCondition> = fc.oneof(
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(leaf, { minLength: 1, maxLength: 3 }).map((all) => ({ all })) },
      { weight: 1, arbitrary: fc.array(leaf, { minLength: 1, maxLength: 3 }).map((any) => ({ any })) },
      { weight: 1, arbitrary: leaf.map((not) => ({ not })) },
    );
    const outcome = fc.oneof(
      fc.constantFrom(...ids, 'ghost').map((goTo) => ({ goTo })), // backwards and unknown targets included
      fc.constantFrom('e1', null, 'ghost').map((end) => ({ end })),
    );
    const logic = fc.array(
      fc.tuple(fc.constantFrom(...ids), condition, outcome).map(([after, c, o]) => rule(after, c, o)),
      { maxLength: 15 },
    );
    const answer = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.integer({ min: 0, max: 10 }),
      fc.constantFrom('a', 'b'),
    );
    const answers = fc.tuple(...ids.map(() => answer)).map((values) => {
      const record: Record<string, SurveyAnswer> = {};
      values.forEach((value, i) => {
        if (value !== undefined) record[ids[i] as string] = value;
      });
      return record;
    });
    return fc.record({
      def: logic.map(
        (rules): TSurveyDefinition => ({
          defaultLanguage: 'en',
          questions,
          hiddenFields: ['h'],
          logic: rules,
          endings: [{ id: 'e1', title: en('Bye') }],
        }),
      ),
      ctx: fc.record({
        answers,
        hidden: fc.constantFrom<Record<string, string>>({}, { h: 'a' }, { h: '3' }),
      }),
    });
  });

  it('never visits a question twice, and visits questions in increasing order', () => {
    fc.assert(
      fc.property(randomSurvey, ({ def: survey, ctx }) => {
        const path = computePath(survey, ctx);
        const positions = path.questionIds.map((id) => survey.questions.findIndex((q) => q.id === id));
        expect(positions[0]).toBe(0);
        expect(positions.every((p) => p >= 0)).toBe(true);
        for (let i = 1; i < positions.length; i++) {
          expect(positions[i]).toBeGreaterThan(positions[i - 1] as number);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with chaining nextStep over the answers on the path', () => {
    fc.assert(
      fc.property(randomSurvey, ({ def: survey, ctx }) => {
        const path = computePath(survey, ctx);
        expect(path.isComplete).toBe(path.nextQuestionId === null);
        if (!path.isComplete) {
          expect(path.questionIds.at(-1)).toBe(path.nextQuestionId);
          expect(ctx.answers[path.nextQuestionId as string]).toBeUndefined();
        }
        const seen: Record<string, SurveyAnswer> = {};
        const answered = path.isComplete ? path.questionIds : path.questionIds.slice(0, -1);
        for (const [i, id] of answered.entries()) {
          expect(ctx.answers[id]).not.toBeUndefined();
          seen[id] = ctx.answers[id];
          const step = nextStep(survey, id, { answers: seen, hidden: ctx.hidden });
          if (i < answered.length - 1 || !path.isComplete) {
            expect(step).toEqual({ kind: 'question', questionId: path.questionIds[i + 1] });
          } else {
            expect(step).toEqual({ kind: 'end', endingId: path.endingId });
          }
        }
        if (path.endingId !== null) expect(path.endingId).toBe('e1');
      }),
      { numRuns: 500 },
    );
  });
});
