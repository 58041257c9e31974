import {
  computePath,
  countCharacters,
  firstQuestionId,
  isAnswered,
  type LogicContext,
  nextStep,
} from '@touchpoint/core';
import type { TQuestion, TSurveyDefinition } from '@touchpoint/schemas/browser';
import type { TAnswer, TAnswers } from './widget-types';

/**
 * A respondent's walk through a survey in the widget, the same walk as the hosted page's: every route
 * decision goes through `@touchpoint/core` (`nextStep`, `computePath`), the evaluator the server
 * validates submissions with. Pure functions over plain state, so they are tested without a DOM.
 */

export interface TWalk {
  answers: TAnswers;
  /** The question on screen; null once the walk has ended. */
  current: string | null;
  endingId: string | null;
  isDone: boolean;
}

export function startWalk(def: TSurveyDefinition): TWalk {
  return { answers: {}, current: firstQuestionId(def), endingId: null, isDone: false };
}

/** The answers the logic and piping see: only those of questions on the route the answers take. */
export function pathContext(
  def: TSurveyDefinition,
  answers: TAnswers,
  hidden: Record<string, string>,
): LogicContext {
  const path = computePath(def, { answers, hidden });
  const onPath: TAnswers = {};
  for (const id of path.questionIds) if (Object.hasOwn(answers, id)) onPath[id] = answers[id] ?? null;
  return { answers: onPath, hidden };
}

/** Blank text and empty selections are skips (`null`). */
function normalise(value: TAnswer | undefined): TAnswer {
  return value === undefined || !isAnswered(value) ? null : value;
}

function withCurrent(walk: TWalk): TAnswers {
  return walk.current
    ? { ...walk.answers, [walk.current]: normalise(walk.answers[walk.current]) }
    : walk.answers;
}

/** Whether Next from the current question ends the survey (the button then says Submit). */
export function isLastStep(def: TSurveyDefinition, walk: TWalk, hidden: Record<string, string>): boolean {
  if (!walk.current) return true;
  return nextStep(def, walk.current, pathContext(def, withCurrent(walk), hidden)).kind === 'end';
}

/** Records the current answer (a skip as `null`) and moves on with `nextStep`. */
export function advance(def: TSurveyDefinition, walk: TWalk, hidden: Record<string, string>): TWalk {
  if (!walk.current) return walk;
  const answers = withCurrent(walk);
  const step = nextStep(def, walk.current, pathContext(def, answers, hidden));
  return step.kind === 'question'
    ? { answers, current: step.questionId, endingId: null, isDone: false }
    : { answers, current: null, endingId: step.endingId, isDone: true };
}

/** Back to the question before the current one on the route actually taken (unchanged on the first). */
export function goBack(def: TSurveyDefinition, walk: TWalk, hidden: Record<string, string>): TWalk {
  const path = computePath(def, { answers: walk.answers, hidden }).questionIds;
  const index = walk.current ? path.indexOf(walk.current) : path.length;
  const previous = path[index - 1];
  return previous ? { ...walk, current: previous, endingId: null, isDone: false } : walk;
}

/** 0–100: how far into the survey the current question is (logic only jumps forward). */
export function progressOf(def: TSurveyDefinition, walk: TWalk): number {
  if (walk.isDone) return 100;
  const index = def.questions.findIndex((question) => question.id === walk.current);
  return Math.round((Math.max(0, index) / Math.max(1, def.questions.length)) * 100);
}

/**
 * The answers to send: those on the route taken so far (the current question's only once it is
 * answered and left), and `null` for any question sent before that the route no longer reaches (the
 * server merges a response's submissions, so an abandoned branch must be cleared, not left behind).
 */
export function submissionAnswers(
  def: TSurveyDefinition,
  walk: TWalk,
  hidden: Record<string, string>,
  sentIds: readonly string[],
): TAnswers {
  const { answers } = pathContext(def, walk.answers, hidden);
  const result: TAnswers = {};
  for (const [id, value] of Object.entries(answers)) {
    if (id === walk.current && !walk.isDone) continue;
    result[id] = normalise(value as TAnswer);
  }
  for (const id of sentIds) if (!Object.hasOwn(result, id)) result[id] = null;
  return result;
}

export type TAnswerProblem =
  | { code: 'required' }
  | { code: 'tooFew'; count: number }
  | { code: 'tooMany'; count: number }
  | { code: 'tooLong'; count: number };

/** What stops the respondent leaving a question (the server checks the same with `validateSubmission`). */
export function answerProblem(question: TQuestion, value: TAnswer | undefined): TAnswerProblem | null {
  if (value === undefined || !isAnswered(value)) return question.required ? { code: 'required' } : null;
  if (question.type === 'multiple_choice' && Array.isArray(value)) {
    if (question.minSelected !== undefined && value.length < question.minSelected) {
      return { code: 'tooFew', count: question.minSelected };
    }
    if (question.maxSelected !== undefined && value.length > question.maxSelected) {
      return { code: 'tooMany', count: question.maxSelected };
    }
  }
  if (question.type === 'open_text' && typeof value === 'string') {
    const max = question.maxLength ?? 2000;
    if (countCharacters(value) > max) return { code: 'tooLong', count: max };
  }
  return null;
}
