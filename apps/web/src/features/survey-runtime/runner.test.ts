import type { TSurveyDefinition } from '@touchpoint/schemas/browser';
import { describe, expect, it } from 'vitest';
import {
  advance,
  answerProblem,
  canGoBack,
  goBack,
  peekNext,
  progressOf,
  startRun,
  submissionAnswers,
  type TRunState,
} from './runner';

/** The e2e survey: NPS, a follow-up for detractors, and a thank-you that 7 and up jump to. */
const def: TSurveyDefinition = {
  defaultLanguage: 'en',
  languages: ['en', 'vi'],
  questions: [
    { id: 'nps', type: 'nps', text: { en: 'Recommend?', vi: 'Giới thiệu?' }, required: true },
    {
      id: 'comment',
      type: 'open_text',
      text: { en: 'Why?' },
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
        { id: 'speed', label: { en: 'Speed' } },
        { id: 'staff', label: { en: 'Staff' } },
      ],
      minSelected: 2,
    },
  ],
  hiddenFields: [],
  logic: [{ after: 'nps', if: { field: 'nps', op: 'gte', value: 7 }, then: { end: 'thanks' } }],
  endings: [{ id: 'thanks', title: { en: 'Thanks' } }],
};

const answer = (state: TRunState, value: TRunState['answers'][string]): TRunState =>
  state.current ? { ...state, answers: { ...state.answers, [state.current]: value } } : state;

describe('a walk through a survey', () => {
  it('follows the shared logic: a detractor gets the follow-up, a promoter ends at once', () => {
    const start = startRun(def);
    expect(start.current).toBe('nps');
    expect(canGoBack(def, start)).toBe(false);

    const detractor = advance(def, answer(start, 3), {});
    expect(detractor.current).toBe('comment');
    expect(progressOf(def, detractor)).toBe(33);

    const promoter = answer(start, 10);
    expect(peekNext(def, promoter, {})).toEqual({ kind: 'end', endingId: 'thanks' });
    expect(advance(def, promoter, {})).toMatchObject({ isDone: true, endingId: 'thanks', current: null });
  });

  it('records a skipped optional question as null and goes back along the route taken', () => {
    const atComment = advance(def, answer(startRun(def), 2), {});
    const atTopics = advance(def, answer(atComment, '   '), {});
    expect(atTopics.answers.comment).toBeNull();
    expect(atTopics.current).toBe('topics');
    expect(goBack(def, atTopics, {}).current).toBe('comment');
    expect(goBack(def, goBack(def, atTopics, {}), {}).current).toBe('nps');
  });

  it('sends answers on the route, and clears ones a changed answer took off the route', () => {
    const atComment = advance(def, answer(startRun(def), 4), {});
    const typed = answer(atComment, 'slow');
    // The question on screen is sent only once the respondent moves on.
    expect(submissionAnswers(def, typed, {}, [])).toEqual({ nps: 4 });
    const atTopics = advance(def, typed, {});
    expect(submissionAnswers(def, atTopics, {}, [])).toEqual({ nps: 4, comment: 'slow' });

    // Back to the NPS question, now a promoter: the follow-up sent earlier is cleared with null.
    const back = goBack(def, goBack(def, atTopics, {}), {});
    const done = advance(def, answer(back, 9), {});
    expect(done.isDone).toBe(true);
    expect(submissionAnswers(def, done, {}, ['nps', 'comment'])).toEqual({ nps: 9, comment: null });
  });

  it('says what keeps the respondent on a question', () => {
    const [nps, comment, topics] = def.questions as [
      TSurveyDefinition['questions'][0],
      TSurveyDefinition['questions'][0],
      TSurveyDefinition['questions'][0],
    ];
    expect(answerProblem(nps, undefined)).toEqual({ code: 'required' });
    expect(answerProblem(nps, 0)).toBeNull();
    expect(answerProblem(comment, undefined)).toBeNull();
    expect(answerProblem(comment, 'Trễ hẹn rồi!')).toEqual({ code: 'tooLong', count: 10 });
    // Counted as people count: "ễ" typed as e + combining marks is one character.
    expect(answerProblem(comment, 'Tre\u0302\u0303 he\u0323n')).toBeNull();
    expect(answerProblem(topics, ['price'])).toEqual({ code: 'tooFew', count: 2 });
    expect(answerProblem(topics, [])).toBeNull();
  });
});
