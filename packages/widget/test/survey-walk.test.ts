import { validateSubmission } from '@touchpoint/core';
import type { TSurveyDefinition } from '@touchpoint/schemas/browser';
import { describe, expect, it } from 'vitest';
import {
  advance,
  answerProblem,
  goBack,
  isLastStep,
  pathContext,
  progressOf,
  startWalk,
  submissionAnswers,
  type TWalk,
} from '../src/survey-walk';

/** NPS; detractors (0–6) are asked why, everyone else jumps to the topics; 9–10 end at "promoters". */
const def: TSurveyDefinition = {
  defaultLanguage: 'en',
  languages: ['en', 'vi'],
  questions: [
    { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
    {
      id: 'why',
      type: 'open_text',
      text: { en: 'Why {{nps}}?' },
      required: false,
      maxLength: 10,
      multiline: true,
    },
    {
      id: 'topics',
      type: 'multiple_choice',
      text: { en: 'Topics' },
      required: false,
      options: [
        { id: 'price', label: { en: 'Price' } },
        { id: 'delivery', label: { en: 'Delivery' } },
        { id: 'support', label: { en: 'Support' } },
      ],
      minSelected: 2,
      maxSelected: 2,
    },
  ],
  hiddenFields: [],
  logic: [
    { after: 'nps', if: { field: 'nps', op: 'gte', value: 7 }, then: { goTo: 'topics' } },
    { after: 'topics', if: { field: 'nps', op: 'gte', value: 9 }, then: { end: 'promoters' } },
  ],
  endings: [
    { id: 'thanks', title: { en: 'Thanks' } },
    { id: 'promoters', title: { en: 'You rock' } },
  ],
};

const answer = (walk: TWalk, value: TWalk['answers'][string]): TWalk =>
  walk.current ? { ...walk, answers: { ...walk.answers, [walk.current]: value } } : walk;

describe('the widget survey walk (routing by @touchpoint/core)', () => {
  it('follows the logic: detractors are asked why, promoters skip it and end at their ending', () => {
    let detractor = startWalk(def);
    expect(detractor.current).toBe('nps');
    detractor = advance(def, answer(detractor, 3), {});
    expect(detractor.current).toBe('why');

    let promoter = advance(def, answer(startWalk(def), 10), {});
    expect(promoter.current).toBe('topics');
    expect(isLastStep(def, promoter, {})).toBe(true);
    promoter = advance(def, answer(promoter, ['price', 'support']), {});
    expect(promoter).toMatchObject({ isDone: true, current: null, endingId: 'promoters' });
    expect(progressOf(def, promoter)).toBe(100);
  });

  it('records a skipped optional question as null, and blank text as a skip', () => {
    let walk = advance(def, answer(startWalk(def), 2), {});
    walk = advance(def, answer(walk, '   '), {});
    expect(walk.answers.why).toBeNull();
    expect(walk.current).toBe('topics');
    walk = advance(def, walk, {});
    expect(walk.answers.topics).toBeNull();
    expect(walk).toMatchObject({ isDone: true, endingId: null });
    const answers = submissionAnswers(def, walk, {}, []);
    expect(answers).toEqual({ nps: 2, why: null, topics: null });
    // What the server will check with the same evaluator.
    expect(validateSubmission(def, { answers, hiddenFields: {}, finished: true }).issues).toEqual([]);
  });

  it('sends the current question only once it is left, and clears an abandoned branch with null', () => {
    let walk = advance(def, answer(startWalk(def), 4), {});
    walk = answer(walk, 'Late');
    expect(submissionAnswers(def, walk, {}, [])).toEqual({ nps: 4 });
    walk = advance(def, walk, {});
    const sent = Object.keys(submissionAnswers(def, walk, {}, []));
    expect(sent).toEqual(['nps', 'why']);

    // Back twice, now a promoter: "why" is off the route and must be cleared on the server.
    walk = goBack(def, goBack(def, walk, {}), {});
    expect(walk.current).toBe('nps');
    walk = advance(def, answer(walk, 9), {});
    expect(walk.current).toBe('topics');
    expect(submissionAnswers(def, walk, {}, sent)).toEqual({ nps: 9, why: null });
    // Piping and conditions only see answers on the route.
    expect(pathContext(def, walk.answers, {}).answers).toEqual({ nps: 9 });
  });

  it('goes back along the route actually taken, and not before the first question', () => {
    let walk = advance(def, answer(startWalk(def), 8), {});
    expect(walk.current).toBe('topics');
    expect(goBack(def, walk, {}).current).toBe('nps');
    walk = startWalk(def);
    expect(goBack(def, walk, {})).toBe(walk);
  });

  it('says what stops the respondent leaving a question', () => {
    const [nps, why, topics] = def.questions;
    if (!nps || !why || !topics) throw new Error('fixture');
    expect(answerProblem(nps, undefined)).toEqual({ code: 'required' });
    expect(answerProblem(nps, 0)).toBeNull();
    expect(answerProblem(why, undefined)).toBeNull();
    expect(answerProblem(why, 'Far too long')).toEqual({ code: 'tooLong', count: 10 });
    // Code points after NFC, as the server counts: ten Vietnamese letters fit.
    expect(answerProblem(why, 'Tiếng Việt'.normalize('NFD'))).toBeNull();
    expect(answerProblem(topics, ['price'])).toEqual({ code: 'tooFew', count: 2 });
    expect(answerProblem(topics, ['price', 'delivery', 'support'])).toEqual({ code: 'tooMany', count: 2 });
    expect(answerProblem(topics, [])).toBeNull();
  });

  it('measures progress by position, since logic only jumps forward', () => {
    const walk = startWalk(def);
    expect(progressOf(def, walk)).toBe(0);
    expect(progressOf(def, advance(def, answer(walk, 1), {}))).toBe(33);
  });
});
