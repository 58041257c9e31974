import {
  computePath,
  countCharacters,
  type DefinitionIssue,
  SURVEY_TEMPLATES,
  type SubmissionIssue,
  type SurveyAnswer,
  scoreRange,
  validateDefinition,
  validateSubmission,
} from '@touchpoint/core';
import type { TCondition, TLogicRule, TQuestion, TSurveyDefinition, TText } from '@touchpoint/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The schema names a rule's outcome `then`; it is an object, never callable, so rules are not thenables.
const rule = (after: string, condition: TCondition, outcome: TLogicRule['then']): TLogicRule => ({
  after,
  if: condition,
  then: outcome,
});

const text = (en: string, vi?: string): TText => (vi === undefined ? { en } : { en, vi });
const options = (...ids: string[]) => ids.map((id) => ({ id, label: text(id, `${id} (vi)`) }));

const def: TSurveyDefinition = {
  defaultLanguage: 'en',
  languages: ['en', 'vi'],
  questions: [
    { id: 'nps', type: 'nps', text: text('Recommend?'), required: true },
    { id: 'csat', type: 'csat', text: text('Satisfied?'), required: false },
    { id: 'ces', type: 'ces', text: text('Easy?'), required: false },
    { id: 'stars', type: 'rating', text: text('Stars?'), required: false, min: 0, max: 3 },
    {
      id: 'plan',
      type: 'single_choice',
      text: text('Plan?'),
      required: false,
      options: options('free', 'pro'),
    },
    {
      id: 'issues',
      type: 'multiple_choice',
      text: text('Issues?'),
      required: false,
      options: options('a', 'b', 'c', 'd'),
      minSelected: 2,
      maxSelected: 3,
    },
    { id: 'why', type: 'open_text', text: text('Why?'), required: true, maxLength: 5, multiline: false },
    { id: 'fans', type: 'open_text', text: text('Fan?'), required: true, maxLength: 100, multiline: true },
  ],
  hiddenFields: ['source'],
  logic: [
    // Detractors skip "fans"; promoters jump straight to it.
    rule('why', { field: 'nps', op: 'lte', value: 6 }, { end: 'bye' }),
    rule('nps', { field: 'nps', op: 'gte', value: 9 }, { goTo: 'fans' }),
  ],
  endings: [{ id: 'bye', title: text('Bye') }],
};

const valid = { nps: 5, csat: 4, ces: 7, stars: 0, plan: 'pro', issues: ['a', 'b'], why: 'ok' };

const codes = (issues: readonly (SubmissionIssue | DefinitionIssue)[]) =>
  issues.map((issue) => `${issue.name}:${issue.code}`);

describe('validateSubmission', () => {
  it('accepts a valid finished submission and reports its ending', () => {
    const result = validateSubmission(def, {
      answers: valid,
      hiddenFields: { source: 'qr' },
      finished: true,
    });
    expect(result.issues).toEqual([]);
    expect(result.endingId).toBe('bye');
    expect(result.path).toMatchObject({ isComplete: true, endingId: 'bye' });
    expect(result.path.questionIds).toEqual(['nps', 'csat', 'ces', 'stars', 'plan', 'issues', 'why']);
  });

  it('accepts a partial submission and tells where to resume', () => {
    const result = validateSubmission(def, { answers: { nps: 7, csat: 3 }, finished: false });
    expect(result.issues).toEqual([]);
    expect(result.path).toMatchObject({ nextQuestionId: 'ces', isComplete: false });
    expect(result.endingId).toBeNull();
  });

  it('reports unknown questions and hidden fields', () => {
    const result = validateSubmission(def, {
      answers: { ...valid, ghost: 1, constructor: 'x' },
      hiddenFields: { source: 'qr', campaign: 'x' },
      finished: true,
    });
    expect(codes(result.issues)).toEqual([
      'answers.ghost:unknown_question',
      'answers.constructor:unknown_question',
      'hiddenFields.campaign:unknown_hidden_field',
    ]);
  });

  it('reports wrong value types', () => {
    const result = validateSubmission(def, {
      answers: { nps: '5', csat: [4], plan: ['pro'], issues: 'a', why: 5, fans: null },
      hiddenFields: { source: 7 },
      finished: false,
    });
    expect(codes(result.issues)).toEqual([
      'answers.nps:invalid_type',
      'answers.csat:invalid_type',
      'answers.plan:invalid_type',
      'answers.issues:invalid_type',
      'answers.why:invalid_type',
      'hiddenFields.source:invalid_type',
    ]);
    expect(validateSubmission(def, { answers: { issues: ['a', 2] }, finished: false }).issues[0]?.code).toBe(
      'invalid_type',
    );
  });

  it.each([
    ['nps', -1],
    ['nps', 11],
    ['csat', 0],
    ['csat', 6],
    ['ces', 0],
    ['ces', 8],
    ['stars', -1],
    ['stars', 4],
  ])('%s = %d is out of range', (id, value) => {
    const result = validateSubmission(def, { answers: { ...valid, [id]: value }, finished: false });
    expect(codes(result.issues)).toContain(`answers.${id}:out_of_range`);
  });

  it.each([
    ['nps', 0],
    ['nps', 10],
    ['csat', 1],
    ['csat', 5],
    ['ces', 1],
    ['ces', 7],
    ['stars', 0],
    ['stars', 3],
  ])('%s = %d is on the scale', (id, value) => {
    const { issues } = validateSubmission(def, { answers: { ...valid, [id]: value }, finished: false });
    expect(issues.filter((issue) => issue.name === `answers.${id}`)).toEqual([]);
  });

  it('reports fractional scores', () => {
    const result = validateSubmission(def, { answers: { ...valid, nps: 5.5, csat: 4.01 }, finished: false });
    expect(codes(result.issues)).toEqual(['answers.nps:not_integer', 'answers.csat:not_integer']);
  });

  it('reports unknown and repeated options, one issue each', () => {
    const result = validateSubmission(def, {
      answers: { ...valid, plan: 'gold', issues: ['a', 'z', 'a', 'b', 'b', 'a'] },
      finished: false,
    });
    expect(result.issues).toEqual([
      { name: 'answers.plan', code: 'unknown_option', reason: 'unknown option "gold"' },
      { name: 'answers.issues', code: 'unknown_option', reason: 'unknown option "z"' },
      { name: 'answers.issues', code: 'duplicate_option', reason: 'option "a" is selected more than once' },
      { name: 'answers.issues', code: 'duplicate_option', reason: 'option "b" is selected more than once' },
    ]);
  });

  it('reports selections below minSelected or above maxSelected; an empty selection is a skip', () => {
    expect(
      codes(validateSubmission(def, { answers: { ...valid, issues: ['a'] }, finished: false }).issues),
    ).toEqual(['answers.issues:too_few_selected']);
    expect(
      codes(
        validateSubmission(def, { answers: { ...valid, issues: ['a', 'b', 'c', 'd'] }, finished: false })
          .issues,
      ),
    ).toEqual(['answers.issues:too_many_selected']);
    expect(validateSubmission(def, { answers: { ...valid, issues: [] }, finished: true }).issues).toEqual([]);
  });

  it('counts text length in code points after NFC', () => {
    const decomposed = 'trễ!!'.normalize('NFD'); // 7 UTF-16 units, 5 characters once composed
    expect(decomposed.length).toBeGreaterThan(5);
    expect(countCharacters(decomposed)).toBe(5);
    expect(countCharacters('😀😀')).toBe(2);
    expect(
      validateSubmission(def, { answers: { ...valid, why: decomposed }, finished: true }).issues,
    ).toEqual([]);
    expect(
      validateSubmission(def, { answers: { ...valid, why: '😀😀😀😀😀' }, finished: true }).issues,
    ).toEqual([]);
    expect(validateSubmission(def, { answers: { ...valid, why: 'trễ!!!' }, finished: true }).issues).toEqual([
      { name: 'answers.why', code: 'too_long', reason: 'must be at most 5 characters, got 6' },
    ]);
  });

  it('reports answers the logic could not have reached', () => {
    // A detractor ends after "why": "fans" is not on their path.
    const detractor = validateSubmission(def, { answers: { ...valid, fans: 'love it' }, finished: true });
    expect(codes(detractor.issues)).toEqual(['answers.fans:not_on_path']);
    // A promoter jumps from nps to fans: everything in between is off the path.
    const promoter = validateSubmission(def, { answers: { nps: 10, csat: 5, fans: 'yes' }, finished: true });
    expect(codes(promoter.issues)).toEqual(['answers.csat:not_on_path']);
    // A null (skipped) answer off the path is harmless.
    expect(
      validateSubmission(def, { answers: { nps: 10, csat: null, fans: 'yes' }, finished: true }).issues,
    ).toEqual([]);
  });

  it('reads an absent answer as skipped when a later question was answered', () => {
    const result = validateSubmission(def, { answers: { nps: 7, why: 'meh' }, finished: false });
    expect(result.issues).toEqual([]);
    expect(result.path).toMatchObject({ nextQuestionId: 'fans', isComplete: false });
    expect(result.path.questionIds).toEqual(['nps', 'csat', 'ces', 'stars', 'plan', 'issues', 'why', 'fans']);
  });

  it('when finished, requires every required question on the path', () => {
    const result = validateSubmission(def, { answers: { nps: 7, why: '  ' }, finished: true });
    expect(codes(result.issues)).toEqual(['answers.why:required', 'answers.fans:required']);
    // Off the path, required does not apply: a promoter never sees "why".
    expect(validateSubmission(def, { answers: { nps: 10, fans: 'yes' }, finished: true }).issues).toEqual([]);
    // An empty finished submission misses the first required question, and the rest the walk reaches.
    expect(codes(validateSubmission(def, { answers: {}, finished: true }).issues)).toEqual([
      'answers.nps:required',
      'answers.why:required',
      'answers.fans:required',
    ]);
    // Not finished: nothing is required yet.
    expect(validateSubmission(def, { answers: { nps: 7, why: null }, finished: false }).issues).toEqual([]);
  });

  it('does not report "required" on top of an invalid answer, and walks on as if it were skipped', () => {
    const result = validateSubmission(def, { answers: { nps: 42, why: 'ok', fans: 'x' }, finished: true });
    expect(codes(result.issues)).toEqual(['answers.nps:out_of_range']);
  });

  it('reports every issue at once', () => {
    const result = validateSubmission(def, {
      answers: {
        nps: 3,
        csat: 9,
        ces: 1.5,
        plan: 'gold',
        issues: ['a'],
        why: 'far too long',
        fans: 'x',
        x: 1,
      },
      hiddenFields: { y: 'z' },
      finished: true,
    });
    expect(codes(result.issues)).toEqual([
      'answers.csat:out_of_range',
      'answers.ces:not_integer',
      'answers.plan:unknown_option',
      'answers.issues:too_few_selected',
      'answers.why:too_long',
      'answers.fans:not_on_path',
      'answers.x:unknown_question',
      'hiddenFields.y:unknown_hidden_field',
    ]);
  });

  it('uses the declared hidden fields in the logic', () => {
    const withHidden: TSurveyDefinition = {
      ...def,
      logic: [rule('nps', { field: 'hidden.source', op: 'eq', value: 'vip' }, { goTo: 'fans' })],
    };
    const vip = validateSubmission(withHidden, {
      answers: { nps: 3, fans: 'x' },
      hiddenFields: { source: 'vip' },
      finished: true,
    });
    expect(vip.issues).toEqual([]);
    const other = validateSubmission(withHidden, {
      answers: { nps: 3, fans: 'x' },
      hiddenFields: { source: 'web' },
      finished: true,
    });
    expect(codes(other.issues)).toEqual(['answers.why:required']);
  });

  it('scoreRange', () => {
    expect(def.questions.map(scoreRange)).toEqual([
      { min: 0, max: 10 },
      { min: 1, max: 5 },
      { min: 1, max: 7 },
      { min: 0, max: 3 },
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('validateDefinition', () => {
  it('accepts a sound definition', () => {
    expect(validateDefinition(def)).toEqual([]);
  });

  it('reports duplicate question, option, ending and hidden-field ids', () => {
    const broken: TSurveyDefinition = {
      ...def,
      questions: [
        ...def.questions,
        { id: 'nps', type: 'nps', text: text('Again?'), required: false },
        {
          id: 'dup',
          type: 'single_choice',
          text: text('Dup?'),
          required: false,
          options: options('x', 'y', 'x'),
        },
      ],
      hiddenFields: ['source', 'source'],
      endings: [...(def.endings ?? []), { id: 'bye', title: text('Bye again') }],
    };
    expect(codes(validateDefinition(broken))).toEqual([
      'questions.8.id:duplicate_id',
      'hiddenFields.1:duplicate_id',
      'endings.1.id:duplicate_id',
      'questions.9.options.2.id:duplicate_id',
    ]);
  });

  it('reports rules after or jumping to unknown questions, backward or self jumps and unknown endings', () => {
    const broken: TSurveyDefinition = {
      ...def,
      logic: [
        rule('ghost', { field: 'nps', op: 'answered' }, { goTo: 'why' }),
        rule('nps', { field: 'nps', op: 'answered' }, { goTo: 'ghost' }),
        rule('why', { field: 'nps', op: 'answered' }, { goTo: 'csat' }),
        rule('why', { field: 'nps', op: 'answered' }, { goTo: 'why' }),
        rule('why', { field: 'nps', op: 'answered' }, { end: 'nowhere' }),
        rule('why', { field: 'nps', op: 'answered' }, { end: null }),
      ],
    };
    expect(codes(validateDefinition(broken))).toEqual([
      'logic.0.after:unknown_question',
      'logic.1.then.goTo:unknown_question',
      'logic.2.then.goTo:goto_not_forward',
      'logic.3.then.goTo:goto_not_forward',
      'logic.4.then.end:unknown_ending',
    ]);
  });

  it('reports conditions on unknown fields, on later questions, with missing or bad values or unknown options', () => {
    const broken: TSurveyDefinition = {
      ...def,
      logic: [
        rule(
          'plan',
          {
            all: [
              { field: 'ghost', op: 'answered' },
              { any: [{ field: 'hidden.campaign', op: 'eq', value: 'x' }] },
              { not: { field: 'why', op: 'answered' } },
              { field: 'nps', op: 'eq' },
              { field: 'nps', op: 'gt', value: 'high' },
              { field: 'plan', op: 'in', value: ['free', 'gold'] },
              { field: 'hidden.source', op: 'contains', value: 'mail' },
              { field: 'nps', op: 'lte', value: '6' },
            ],
          },
          { goTo: 'fans' },
        ),
        rule('issues', { field: 'issues', op: 'contains', value: 'zz' }, { goTo: 'fans' }),
      ],
    };
    expect(codes(validateDefinition(broken))).toEqual([
      'logic.0.if.all.0.field:unknown_field',
      'logic.0.if.all.1.any.0.field:unknown_field',
      'logic.0.if.all.2.not.field:field_not_yet_answered',
      'logic.0.if.all.3.value:missing_value',
      'logic.0.if.all.4.value:invalid_value',
      'logic.0.if.all.5.value:unknown_option',
      'logic.1.if.value:unknown_option',
    ]);
  });

  it('reports texts missing the default language, and a default language not offered', () => {
    const broken: TSurveyDefinition = {
      ...def,
      defaultLanguage: 'vi',
      languages: ['en'],
      questions: [
        { id: 'n', type: 'nps', text: { vi: 'Giới thiệu?' }, required: false, lowLabel: { en: 'Low' } },
        {
          id: 'c',
          type: 'single_choice',
          text: { vi: '  ' },
          description: { vi: 'Mô tả' },
          required: false,
          options: [
            { id: 'a', label: { vi: 'Có' } },
            { id: 'b', label: { en: 'No' } },
          ],
        },
      ],
      logic: [],
      endings: [{ id: 'bye', title: { vi: 'Tạm biệt' }, message: { en: 'Bye' } }],
    };
    expect(codes(validateDefinition(broken))).toEqual([
      'languages:default_language_not_offered',
      'questions.0.lowLabel:missing_default_language',
      'questions.1.text:missing_default_language',
      'questions.1.options.1.label:missing_default_language',
      'endings.0.message:missing_default_language',
    ]);
  });

  it('reports minSelected above maxSelected or above the number of options', () => {
    const broken: TSurveyDefinition = {
      ...def,
      questions: [
        {
          id: 'm',
          type: 'multiple_choice',
          text: text('Pick'),
          required: false,
          options: options('a', 'b'),
          minSelected: 3,
          maxSelected: 2,
        },
      ],
      logic: [],
    };
    expect(codes(validateDefinition(broken))).toEqual([
      'questions.0.minSelected:min_above_max',
      'questions.0.minSelected:min_above_options',
    ]);
  });
});

describe('validateSubmission: answers along a random walk through a template are valid', () => {
  const words = [
    'Giao hàng',
    'trễ',
    'nhưng',
    'nhân viên',
    'rất',
    'dễ thương',
    'great',
    'support',
    '😀',
    'đẹp',
  ];

  /** A valid, non-empty answer to a question, drawn with fast-check's generator. */
  const drawAnswer = (g: fc.GeneratorValue, question: TQuestion): SurveyAnswer => {
    const range = scoreRange(question);
    if (range) return g(fc.integer, range);
    switch (question.type) {
      case 'single_choice':
        return g(fc.constantFrom, ...question.options.map((o) => o.id));
      case 'multiple_choice': {
        const ids = question.options.map((o) => o.id);
        const min = Math.max(1, question.minSelected ?? 1);
        const max = Math.min(ids.length, question.maxSelected ?? ids.length);
        return g(() => fc.shuffledSubarray(ids, { minLength: min, maxLength: max }));
      }
      case 'open_text': {
        const draft = g(() => fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 })).join(' ');
        return [...draft].slice(0, question.maxLength ?? 2000).join('');
      }
      default:
        return null;
    }
  };

  it('gives no issues, for finished and unfinished submissions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SURVEY_TEMPLATES), fc.boolean(), fc.gen(), (template, finished, g) => {
        const survey = template.definition;
        const answers: Record<string, SurveyAnswer> = {};
        const hiddenFields: Record<string, string> = {};
        for (const id of survey.hiddenFields ?? []) {
          if (g(fc.boolean)) hiddenFields[id] = g(fc.constantFrom, 'email', 'qr', '42', 'Hà Nội');
        }
        // Answer question by question as a respondent would, asking the evaluator where to go next; an
        // unfinished respondent may stop anywhere.
        for (;;) {
          const path = computePath(survey, { answers, hidden: hiddenFields });
          if (path.nextQuestionId === null) break;
          if (!finished && g(fc.integer, { min: 0, max: 5 }) === 0) break;
          const question = survey.questions.find((q) => q.id === path.nextQuestionId) as TQuestion;
          const skips = !question.required && g(fc.integer, { min: 0, max: 3 }) === 0;
          answers[question.id] = skips ? null : drawAnswer(g, question);
        }
        const result = validateSubmission(survey, { answers, hiddenFields, finished });
        expect(result.issues).toEqual([]);
        expect(result.path).toEqual(computePath(survey, { answers, hidden: hiddenFields }));
        if (finished) expect(result.endingId).toBe(result.path.endingId);
      }),
      { numRuns: 500 },
    );
  });
});
