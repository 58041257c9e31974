import type { TCondition, TQuestion, TSurveyDefinition, TText } from '@touchpoint/schemas';
import { HIDDEN_FIELD_PREFIX, toNumber } from './condition';

export type DefinitionIssueCode =
  | 'duplicate_id'
  | 'unknown_question'
  | 'goto_not_forward'
  | 'unknown_ending'
  | 'unknown_field'
  | 'field_not_yet_answered'
  | 'missing_value'
  | 'invalid_value'
  | 'unknown_option'
  | 'missing_default_language'
  | 'default_language_not_offered'
  | 'min_above_max'
  | 'min_above_options';

/** One problem for the survey's author; `name` is a dotted path like zod's (`logic.2.then.goTo`). */
export interface DefinitionIssue {
  name: string;
  reason: string;
  code: DefinitionIssueCode;
}

const VALUE_FREE_OPERATORS = new Set(['answered', 'skipped']);
const NUMERIC_OPERATORS = new Set(['gt', 'gte', 'lt', 'lte']);
const MEMBERSHIP_OPERATORS = new Set(['eq', 'neq', 'in', 'nin']);
const SELECTION_OPERATORS = new Set([...MEMBERSHIP_OPERATORS, 'contains', 'not_contains']);

function reportDuplicates(
  ids: readonly string[],
  name: (index: number) => string,
  what: string,
): DefinitionIssue[] {
  const seen = new Set<string>();
  const issues: DefinitionIssue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id))
      issues.push({ name: name(index), code: 'duplicate_id', reason: `duplicate ${what} id "${id}"` });
    seen.add(id);
  });
  return issues;
}

/** Every translatable text of a question with its issue name. */
function questionTexts(question: TQuestion, at: string): [string, TText | undefined][] {
  const texts: [string, TText | undefined][] = [
    [`${at}.text`, question.text],
    [`${at}.description`, question.description],
  ];
  if (question.type === 'nps' || question.type === 'rating') {
    texts.push([`${at}.lowLabel`, question.lowLabel], [`${at}.highLabel`, question.highLabel]);
  }
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    question.options.forEach((option, index) => {
      texts.push([`${at}.options.${index}.label`, option.label]);
    });
  }
  return texts;
}

interface ConditionScope {
  questionIndex: Map<string, number>;
  questions: readonly TQuestion[];
  hiddenFields: Set<string>;
  afterIndex: number;
}

function checkLeaf(
  leaf: { field: string; op: string; value?: unknown },
  at: string,
  scope: ConditionScope,
): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  if (leaf.value === undefined && !VALUE_FREE_OPERATORS.has(leaf.op)) {
    issues.push({ name: `${at}.value`, code: 'missing_value', reason: `"${leaf.op}" needs a value` });
  }
  if (NUMERIC_OPERATORS.has(leaf.op) && leaf.value !== undefined) {
    if (toNumber(leaf.value) === null) {
      issues.push({
        name: `${at}.value`,
        code: 'invalid_value',
        reason: `"${leaf.op}" compares numbers only`,
      });
    }
  }
  if (leaf.field.startsWith(HIDDEN_FIELD_PREFIX)) {
    const id = leaf.field.slice(HIDDEN_FIELD_PREFIX.length);
    if (!scope.hiddenFields.has(id)) {
      issues.push({ name: `${at}.field`, code: 'unknown_field', reason: `unknown hidden field "${id}"` });
    }
    return issues;
  }
  const index = scope.questionIndex.get(leaf.field);
  if (index === undefined) {
    issues.push({ name: `${at}.field`, code: 'unknown_field', reason: `unknown question "${leaf.field}"` });
    return issues;
  }
  if (scope.afterIndex >= 0 && index > scope.afterIndex) {
    issues.push({
      name: `${at}.field`,
      code: 'field_not_yet_answered',
      reason: `question "${leaf.field}" comes later, so it is never answered when this rule runs`,
    });
  }
  const question = scope.questions[index];
  if (question && (question.type === 'single_choice' || question.type === 'multiple_choice')) {
    // Text operators on a single choice read the id as text; on a selection they test membership.
    const ops = question.type === 'single_choice' ? MEMBERSHIP_OPERATORS : SELECTION_OPERATORS;
    if (ops.has(leaf.op)) {
      const known = new Set(question.options.map((option) => option.id));
      const values = Array.isArray(leaf.value) ? leaf.value : leaf.value === undefined ? [] : [leaf.value];
      for (const value of values) {
        if (typeof value !== 'string' || !known.has(value)) {
          issues.push({
            name: `${at}.value`,
            code: 'unknown_option',
            reason: `"${String(value)}" is not an option of "${question.id}"`,
          });
        }
      }
    }
  }
  return issues;
}

function checkCondition(condition: TCondition, at: string, scope: ConditionScope): DefinitionIssue[] {
  if ('all' in condition)
    return condition.all.flatMap((child, i) => checkCondition(child, `${at}.all.${i}`, scope));
  if ('any' in condition)
    return condition.any.flatMap((child, i) => checkCondition(child, `${at}.any.${i}`, scope));
  if ('not' in condition) return checkCondition(condition.not, `${at}.not`, scope);
  return checkLeaf(condition, at, scope);
}

/**
 * Problems an author must fix before publishing: duplicate question, option, ending or hidden-field ids;
 * rules after unknown questions, jumps to unknown questions or not strictly forward (which keeps every
 * path loop-free), ends at unknown endings; conditions on unknown fields, on questions after the rule's
 * question (never answered when it runs), with a missing or non-numeric value, or naming unknown options;
 * the default language missing from a text or from `languages`; `minSelected` above `maxSelected` or above
 * the number of options. Empty when the definition is sound.
 */
export function validateDefinition(def: TSurveyDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const questions = def.questions;
  const hiddenFields = def.hiddenFields ?? [];
  const endings = def.endings ?? [];
  const language = def.defaultLanguage ?? 'en';

  issues.push(
    ...reportDuplicates(
      questions.map((q) => q.id),
      (i) => `questions.${i}.id`,
      'question',
    ),
  );
  issues.push(...reportDuplicates(hiddenFields, (i) => `hiddenFields.${i}`, 'hidden field'));
  issues.push(
    ...reportDuplicates(
      endings.map((e) => e.id),
      (i) => `endings.${i}.id`,
      'ending',
    ),
  );

  if (def.languages && !def.languages.includes(language)) {
    issues.push({
      name: 'languages',
      code: 'default_language_not_offered',
      reason: `must include the default language "${language}"`,
    });
  }

  const texts: [string, TText | undefined][] = [];
  questions.forEach((question, i) => {
    const at = `questions.${i}`;
    texts.push(...questionTexts(question, at));
    if (question.type === 'single_choice' || question.type === 'multiple_choice') {
      issues.push(
        ...reportDuplicates(
          question.options.map((o) => o.id),
          (j) => `${at}.options.${j}.id`,
          'option',
        ),
      );
    }
    if (question.type === 'multiple_choice' && question.minSelected !== undefined) {
      if (question.maxSelected !== undefined && question.minSelected > question.maxSelected) {
        issues.push({
          name: `${at}.minSelected`,
          code: 'min_above_max',
          reason: `minSelected (${question.minSelected}) is above maxSelected (${question.maxSelected})`,
        });
      }
      if (question.minSelected > question.options.length) {
        issues.push({
          name: `${at}.minSelected`,
          code: 'min_above_options',
          reason: `minSelected (${question.minSelected}) is above the number of options (${question.options.length})`,
        });
      }
    }
  });
  endings.forEach((ending, i) => {
    texts.push([`endings.${i}.title`, ending.title], [`endings.${i}.message`, ending.message]);
  });
  for (const [name, text] of texts) {
    if (text !== undefined && !(typeof text[language] === 'string' && text[language].trim() !== '')) {
      issues.push({
        name,
        code: 'missing_default_language',
        reason: `needs a text in the default language "${language}"`,
      });
    }
  }

  const questionIndex = new Map<string, number>();
  questions.forEach((question, i) => {
    if (!questionIndex.has(question.id)) questionIndex.set(question.id, i);
  });
  const endingIds = new Set(endings.map((ending) => ending.id));
  const hiddenSet = new Set(hiddenFields);
  (def.logic ?? []).forEach((rule, i) => {
    const at = `logic.${i}`;
    const afterIndex = questionIndex.get(rule.after);
    if (afterIndex === undefined) {
      issues.push({
        name: `${at}.after`,
        code: 'unknown_question',
        reason: `unknown question "${rule.after}"`,
      });
    }
    if ('goTo' in rule.then) {
      const target = questionIndex.get(rule.then.goTo);
      if (target === undefined) {
        issues.push({
          name: `${at}.then.goTo`,
          code: 'unknown_question',
          reason: `unknown question "${rule.then.goTo}"`,
        });
      } else if (afterIndex !== undefined && target <= afterIndex) {
        issues.push({
          name: `${at}.then.goTo`,
          code: 'goto_not_forward',
          reason: `must jump forward to a question after "${rule.after}"`,
        });
      }
    } else if (rule.then.end !== null && !endingIds.has(rule.then.end)) {
      issues.push({
        name: `${at}.then.end`,
        code: 'unknown_ending',
        reason: `unknown ending "${rule.then.end}"`,
      });
    }
    issues.push(
      ...checkCondition(rule.if, `${at}.if`, {
        questionIndex,
        questions,
        hiddenFields: hiddenSet,
        afterIndex: afterIndex ?? -1,
      }),
    );
  });
  return issues;
}
