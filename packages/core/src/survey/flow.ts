import type { TEnding, TSurveyDefinition } from '@touchpoint/schemas';
import { evaluateCondition, type LogicContext, type SurveyAnswer } from './condition';

/** Where the respondent goes after a question: another question, or an ending (`null`: the default one). */
export type NextStep = { kind: 'question'; questionId: string } | { kind: 'end'; endingId: string | null };

/** The route through a survey that a set of answers takes. */
export interface SurveyPath {
  /** Every question reached, in the order shown, the pending `nextQuestionId` included. */
  questionIds: string[];
  /** The first reached question with no answer yet (`undefined`), or null when the walk reached an end. */
  nextQuestionId: string | null;
  /** The ending reached (`null`: the default ending, or no end reached — see `isComplete`). */
  endingId: string | null;
  /** Whether the walk reached an end. */
  isComplete: boolean;
}

/** The id of the question a respondent sees first (null only for a definition with no questions). */
export function firstQuestionId(def: TSurveyDefinition): string | null {
  return def.questions[0]?.id ?? null;
}

/**
 * Where to go after `afterQuestionId`: the logic rules for that question are tried in their order and the
 * first whose condition holds decides; with no match, the next question in order, or the default ending
 * (`endingId: null`) after the last one.
 *
 * Defensive at run time, so that a bad definition can never loop or strand a respondent: a `goTo` to an
 * unknown question or to one that is not strictly after `afterQuestionId` is ignored (the next rule is
 * tried); an `end` to an unknown ending ends at the default ending; an unknown `afterQuestionId` ends.
 * `validateDefinition` reports all of these to the author.
 */
export function nextStep(def: TSurveyDefinition, afterQuestionId: string, ctx: LogicContext): NextStep {
  const index = def.questions.findIndex((question) => question.id === afterQuestionId);
  if (index < 0) return { kind: 'end', endingId: null };
  for (const rule of def.logic ?? []) {
    if (rule.after !== afterQuestionId) continue;
    if ('goTo' in rule.then) {
      const target = rule.then.goTo;
      const targetIndex = def.questions.findIndex((question) => question.id === target);
      if (targetIndex <= index) continue;
      if (evaluateCondition(rule.if, ctx)) return { kind: 'question', questionId: target };
    } else if (evaluateCondition(rule.if, ctx)) {
      const endingId = rule.then.end;
      const isKnown = endingId !== null && (def.endings ?? []).some((ending) => ending.id === endingId);
      return { kind: 'end', endingId: isKnown ? endingId : null };
    }
  }
  const next = def.questions[index + 1];
  return next ? { kind: 'question', questionId: next.id } : { kind: 'end', endingId: null };
}

/**
 * Walks the logic from the first question. `isAbsentPassed(index)` says whether a question with no answer
 * at all (`undefined`) at that position is passed over like a skipped one instead of ending the walk.
 * Conditions only see the answers of questions already on the path, so an answer left over from a branch
 * the respondent backed out of can never steer the route.
 */
export function walkPath(
  def: TSurveyDefinition,
  ctx: LogicContext,
  isAbsentPassed: (index: number) => boolean,
): SurveyPath {
  const questionIds: string[] = [];
  const seen: Record<string, SurveyAnswer> = {};
  const indexOf = new Map(def.questions.map((question, index) => [question.id, index]));
  let currentId = firstQuestionId(def);
  while (currentId !== null) {
    questionIds.push(currentId);
    const answer = Object.hasOwn(ctx.answers, currentId) ? ctx.answers[currentId] : undefined;
    if (answer === undefined && !isAbsentPassed(indexOf.get(currentId) ?? 0)) {
      return { questionIds, nextQuestionId: currentId, endingId: null, isComplete: false };
    }
    seen[currentId] = answer;
    const step = nextStep(def, currentId, { answers: seen, hidden: ctx.hidden });
    if (step.kind === 'end')
      return { questionIds, nextQuestionId: null, endingId: step.endingId, isComplete: true };
    currentId = step.questionId;
  }
  return { questionIds, nextQuestionId: null, endingId: null, isComplete: true };
}

/**
 * The route a respondent's answers take: from the first question, following `nextStep`, until the first
 * reached question whose answer is `undefined` (not reached yet: it is `nextQuestionId`, and the path
 * includes it) or an end (`isComplete`). An explicit `null` (or blank text, or an empty selection) means
 * "seen and skipped": the walk moves on. Widgets should send `null` for an optional question the respondent
 * skipped, and call this with all current answers rather than chaining `nextStep` themselves: answers to
 * questions off the path are ignored, both for the route and for conditions.
 */
export function computePath(def: TSurveyDefinition, ctx: LogicContext): SurveyPath {
  return walkPath(def, ctx, () => false);
}

/** The ending to show: the one with this id, else the survey's first ending, else null (a generic thanks). */
export function resolveEnding(def: TSurveyDefinition, endingId: string | null): TEnding | null {
  const endings = def.endings ?? [];
  return endings.find((ending) => ending.id === endingId) ?? endings[0] ?? null;
}
