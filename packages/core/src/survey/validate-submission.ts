import type { TQuestion, TSurveyDefinition } from '@touchpoint/schemas';
import { isAnswered, type SurveyAnswer } from './condition';
import { type SurveyPath, walkPath } from './flow';

export type SubmissionIssueCode =
  | 'unknown_question'
  | 'invalid_type'
  | 'not_integer'
  | 'out_of_range'
  | 'unknown_option'
  | 'duplicate_option'
  | 'too_few_selected'
  | 'too_many_selected'
  | 'too_long'
  | 'unknown_hidden_field'
  | 'not_on_path'
  | 'required';

/** One problem with a submission; `name` is `answers.<questionId>` or `hiddenFields.<id>`. */
export interface SubmissionIssue {
  name: string;
  reason: string;
  code: SubmissionIssueCode;
}

export interface SubmissionInput {
  answers: Readonly<Record<string, unknown>>;
  hiddenFields?: Readonly<Record<string, unknown>>;
  finished: boolean;
}

export interface SubmissionValidation {
  /** Every issue found, in question order, then unknown answers, then hidden fields; empty when valid. */
  issues: SubmissionIssue[];
  /** The route the valid answers take (see `validateSubmission` for how absent answers are read). */
  path: SurveyPath;
  /** The ending reached (`null`: the default ending, or none when `path.isComplete` is false). */
  endingId: string | null;
}

/** Text length as people count it: Unicode code points after NFC, so "ễ" is one however it was typed. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text.normalize('NFC')) count++;
  return count;
}

/** The score range of a scored question, or null for questions that are not scored. */
export function scoreRange(question: TQuestion): { min: number; max: number } | null {
  switch (question.type) {
    case 'nps':
      return { min: 0, max: 10 };
    case 'csat':
      return { min: 1, max: 5 };
    case 'ces':
      return { min: 1, max: 7 };
    case 'rating':
      return { min: question.min ?? 1, max: question.max ?? 5 };
    default:
      return null;
  }
}

type Check = Omit<SubmissionIssue, 'name'>;

function checkScore(question: TQuestion, value: unknown, range: { min: number; max: number }): Check[] {
  if (typeof value !== 'number') return [{ code: 'invalid_type', reason: 'must be a number' }];
  if (!Number.isInteger(value)) return [{ code: 'not_integer', reason: 'must be a whole number' }];
  if (value < range.min || value > range.max) {
    return [
      {
        code: 'out_of_range',
        reason: `must be from ${range.min} to ${range.max} (${question.type}), got ${value}`,
      },
    ];
  }
  return [];
}

function checkSelection(question: Extract<TQuestion, { type: 'multiple_choice' }>, value: unknown): Check[] {
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) {
    return [{ code: 'invalid_type', reason: 'must be a list of option ids' }];
  }
  const checks: Check[] = [];
  const known = new Set(question.options.map((option) => option.id));
  const counted = new Set<string>();
  const reported = new Set<string>();
  for (const id of value as string[]) {
    if (!known.has(id)) checks.push({ code: 'unknown_option', reason: `unknown option "${id}"` });
    else if (counted.has(id) && !reported.has(id)) {
      reported.add(id);
      checks.push({ code: 'duplicate_option', reason: `option "${id}" is selected more than once` });
    }
    counted.add(id);
  }
  // An empty selection is a skip: the minimum applies to respondents who selected something.
  if (counted.size > 0 && question.minSelected !== undefined && counted.size < question.minSelected) {
    checks.push({ code: 'too_few_selected', reason: `select at least ${question.minSelected} options` });
  }
  if (question.maxSelected !== undefined && counted.size > question.maxSelected) {
    checks.push({ code: 'too_many_selected', reason: `select at most ${question.maxSelected} options` });
  }
  return checks;
}

/** Problems with one non-null answer to a known question. */
function checkAnswer(question: TQuestion, value: unknown): Check[] {
  const range = scoreRange(question);
  if (range) return checkScore(question, value, range);
  switch (question.type) {
    case 'single_choice':
      if (typeof value !== 'string') return [{ code: 'invalid_type', reason: 'must be one option id' }];
      return question.options.some((option) => option.id === value)
        ? []
        : [{ code: 'unknown_option', reason: `unknown option "${value}"` }];
    case 'multiple_choice':
      return checkSelection(question, value);
    case 'open_text': {
      if (typeof value !== 'string') return [{ code: 'invalid_type', reason: 'must be text' }];
      const maxLength = question.maxLength ?? 2_000;
      const length = countCharacters(value);
      return length > maxLength
        ? [{ code: 'too_long', reason: `must be at most ${maxLength} characters, got ${length}` }]
        : [];
    }
    default:
      return [{ code: 'invalid_type', reason: 'this question type cannot be answered' }];
  }
}

/**
 * Validates a submission against a survey definition and its logic, reporting every issue (not only the
 * first): unknown questions and hidden fields, wrong types, scores off the scale or fractional, unknown or
 * repeated options, selections outside `minSelected`..`maxSelected` (an empty selection is a skip), text
 * over `maxLength` (code points after NFC), answers to questions the logic could not have reached given
 * the other answers, and — when `finished` — required questions on the path left unanswered.
 *
 * The route is walked with the valid answers only (an invalid one counts as skipped). An absent answer is
 * read as skipped when the submission is `finished`, or when a later question was answered (the respondent
 * evidently went past it); otherwise the walk stops there, as in `computePath`. `null`, blank text and an
 * empty selection are skips and are never "off the path".
 */
export function validateSubmission(
  def: TSurveyDefinition,
  submission: SubmissionInput,
): SubmissionValidation {
  const answers = submission.answers;
  const hiddenFields = submission.hiddenFields ?? {};
  const issues: SubmissionIssue[] = [];
  const failed = new Set<string>();
  // Null-prototype maps: a question id such as `constructor` must not read Object.prototype.
  const valid: Record<string, SurveyAnswer> = Object.create(null);

  for (const question of def.questions) {
    if (!Object.hasOwn(answers, question.id)) continue;
    const value = answers[question.id];
    if (value === undefined || value === null) {
      if (value === null) valid[question.id] = null;
      continue;
    }
    const checks = checkAnswer(question, value);
    for (const check of checks) issues.push({ name: `answers.${question.id}`, ...check });
    if (checks.length > 0) failed.add(question.id);
    valid[question.id] = checks.length > 0 ? null : (value as SurveyAnswer);
  }

  const hidden: Record<string, string> = Object.create(null);
  const declared = new Set(def.hiddenFields ?? []);
  const hiddenIssues: SubmissionIssue[] = [];
  for (const [id, value] of Object.entries(hiddenFields)) {
    const name = `hiddenFields.${id}`;
    if (!declared.has(id))
      hiddenIssues.push({ name, code: 'unknown_hidden_field', reason: 'unknown hidden field' });
    else if (typeof value !== 'string')
      hiddenIssues.push({ name, code: 'invalid_type', reason: 'must be text' });
    else hidden[id] = value;
  }

  let lastPresent = -1;
  def.questions.forEach((question, index) => {
    if (Object.hasOwn(valid, question.id)) lastPresent = index;
  });
  const path = walkPath(
    def,
    { answers: valid, hidden },
    (index) => submission.finished || index < lastPresent,
  );
  const onPath = new Set(path.questionIds);

  const ordered: SubmissionIssue[] = [];
  for (const question of def.questions) {
    const name = `answers.${question.id}`;
    ordered.push(...issues.filter((issue) => issue.name === name));
    const raw = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (isAnswered(raw) && !onPath.has(question.id)) {
      ordered.push({
        name,
        code: 'not_on_path',
        reason: 'not on the path the logic allows for these answers',
      });
    }
    if (
      submission.finished &&
      question.required &&
      onPath.has(question.id) &&
      !failed.has(question.id) &&
      !isAnswered(valid[question.id])
    ) {
      ordered.push({ name, code: 'required', reason: 'this question is required' });
    }
  }

  const known = new Set(def.questions.map((question) => question.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id))
      ordered.push({ name: `answers.${id}`, code: 'unknown_question', reason: 'unknown question' });
  }
  ordered.push(...hiddenIssues);

  return { issues: ordered, path, endingId: path.endingId };
}
