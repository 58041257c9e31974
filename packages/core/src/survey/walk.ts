import type { TQuestion, TSurveyDefinition } from '@touchpoint/schemas';
import { isAnswered, type LogicContext } from './condition';
import { computePath, firstQuestionId, nextStep } from './flow';
import { countCharacters } from './validate-submission';

/**
 * A respondent's walk through a survey, shared by the hosted page, the editor's preview and the website
 * widget: pure functions over plain state (tested without a DOM), with every route decision made by the
 * same evaluator the server validates submissions with.
 */

/** A score, an option id, option ids or text; `null` for a question seen and skipped. */
export type TAnswer = number | string | string[] | null;
export type TAnswers = Record<string, TAnswer>;

export interface TRunState {
  answers: TAnswers;
  /** The question on screen; null once the walk has ended. */
  current: string | null;
  endingId: string | null;
  isDone: boolean;
}

export function startRun(def: TSurveyDefinition): TRunState {
  return { answers: {}, current: firstQuestionId(def), endingId: null, isDone: false };
}

/** The answers the logic sees: those of questions on the route the answers take, nothing left over. */
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

/** Blank text and empty selections are skips. */
function normalise(value: TAnswer | undefined): TAnswer {
  return value === undefined || !isAnswered(value) ? null : value;
}

/** Where Next leads from the current question with its current answer. */
export function peekNext(def: TSurveyDefinition, state: TRunState, hidden: Record<string, string>) {
  if (!state.current) return null;
  const answers = { ...state.answers, [state.current]: normalise(state.answers[state.current]) };
  return nextStep(def, state.current, pathContext(def, answers, hidden));
}

/** Records the current answer (a skip as `null`) and moves on with `nextStep`. */
export function advance(def: TSurveyDefinition, state: TRunState, hidden: Record<string, string>): TRunState {
  if (!state.current) return state;
  const answers = { ...state.answers, [state.current]: normalise(state.answers[state.current]) };
  const step = nextStep(def, state.current, pathContext(def, answers, hidden));
  return step.kind === 'question'
    ? { answers, current: step.questionId, endingId: null, isDone: false }
    : { answers, current: null, endingId: step.endingId, isDone: true };
}

/** Back to the question before the current one on the route actually taken. */
export function goBack(def: TSurveyDefinition, state: TRunState, hidden: Record<string, string>): TRunState {
  const path = computePath(def, { answers: state.answers, hidden }).questionIds;
  const index = state.current ? path.indexOf(state.current) : path.length;
  const previous = path[index - 1];
  return previous ? { ...state, current: previous, endingId: null, isDone: false } : state;
}

/** 0–100: how far into the survey the current question is (logic only jumps forward). */
export function progressOf(def: TSurveyDefinition, state: TRunState): number {
  if (state.isDone) return 100;
  const index = def.questions.findIndex((question) => question.id === state.current);
  return def.questions.length === 0 ? 0 : Math.round((Math.max(0, index) / def.questions.length) * 100);
}

export function canGoBack(def: TSurveyDefinition, state: TRunState): boolean {
  return !state.isDone && state.current !== null && state.current !== firstQuestionId(def);
}

/**
 * The answers to send: those on the route taken so far (the current question's only once it is answered),
 * and `null` for any question sent before that the route no longer reaches (the server merges a response's
 * submissions, so a branch the respondent backed out of must be cleared, not left behind).
 */
export function submissionAnswers(
  def: TSurveyDefinition,
  state: TRunState,
  hidden: Record<string, string>,
  sentIds: readonly string[],
): TAnswers {
  const { answers } = pathContext(def, state.answers, hidden);
  const result: TAnswers = {};
  for (const [id, value] of Object.entries(answers)) {
    if (id === state.current && !state.isDone) continue;
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
  const answered = value !== undefined && isAnswered(value);
  if (!answered) return question.required ? { code: 'required' } : null;
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

/** Whether Next from the current question ends the survey (the button then says Submit). */
export function isLastStep(
  def: TSurveyDefinition,
  state: TRunState,
  hidden: Record<string, string>,
): boolean {
  return peekNext(def, state, hidden)?.kind !== 'question';
}
