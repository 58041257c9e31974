import type {
  TCondition,
  TEnding,
  TLogicRule,
  TQuestion,
  TQuestionType,
  TSurvey,
  TSurveyDefinition,
  TText,
} from '@touchpoint/schemas/browser';
import {
  draftFromDistribution,
  type TDistributionDraft,
  toDistribution,
} from '../distribution/distribution-draft';

/**
 * The survey being edited. Every question, option, rule and ending has a local `key` (its id is editable,
 * so it cannot be the React key). Options remember whether their id still follows their label: new ones do
 * until the author edits the id; saved ones never change id, so stored answers keep their meaning.
 */
export interface TDraftOption {
  key: string;
  id: string;
  label: TText;
  isAutoId: boolean;
}

export interface TDraftQuestion {
  key: string;
  id: string;
  type: TQuestionType;
  text: TText;
  description: TText;
  required: boolean;
  lowLabel: TText;
  highLabel: TText;
  min: number;
  max: number;
  options: TDraftOption[];
  minSelected: number | null;
  maxSelected: number | null;
  maxLength: number;
  multiline: boolean;
}

export type TRuleTarget = { goTo: string } | { end: string | null };

export interface TDraftRule {
  key: string;
  after: string;
  if: TCondition;
  then: TRuleTarget;
}

export interface TDraftEnding {
  key: string;
  id: string;
  title: TText;
  message: TText;
}

export interface TSurveyDraft {
  name: string;
  touchpointId: string | null;
  defaultLanguage: string;
  languages: string[];
  questions: TDraftQuestion[];
  hiddenFields: string[];
  logic: TDraftRule[];
  endings: TDraftEnding[];
  /** How the survey reaches people (saved with the rest: one Save, one unsaved-changes guard). */
  distribution: TDistributionDraft;
}

/** The languages the editor offers (PRODUCT.md: at least English and Vietnamese). */
export const EDITOR_LANGUAGES = ['en', 'vi'] as const;

export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', vi: 'Tiếng Việt' };

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}

let counter = 0;
function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export const FIELD_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/**
 * A field id from a label: accents and `đ` folded ("Giá cả" → "gia_ca"), lower case, `_` between words,
 * starting with a letter, at most 40 characters; `fallback` when nothing is left.
 */
export function slugify(label: string, fallback: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  if (!slug) return fallback;
  return /^[a-z]/.test(slug) ? slug : `o_${slug}`.slice(0, 40);
}

/** `base`, else `base_2`, `base_3`… — the first one not in `taken`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

const ID_BASE: Record<TQuestionType, string> = {
  nps: 'nps',
  csat: 'csat',
  ces: 'ces',
  rating: 'rating',
  single_choice: 'choice',
  multiple_choice: 'choices',
  open_text: 'comment',
};

function emptyQuestion(type: TQuestionType, id: string): TDraftQuestion {
  return {
    key: newKey('question'),
    id,
    type,
    text: {},
    description: {},
    required: false,
    lowLabel: {},
    highLabel: {},
    min: 1,
    max: 5,
    options: [],
    minSelected: null,
    maxSelected: null,
    maxLength: 2000,
    multiline: true,
  };
}

export function newOption(taken: readonly TDraftOption[]): TDraftOption {
  return {
    key: newKey('option'),
    id: uniqueId(
      `option_${taken.length + 1}`,
      taken.map((option) => option.id),
    ),
    label: {},
    isAutoId: true,
  };
}

export function newQuestion(type: TQuestionType, questions: readonly TDraftQuestion[]): TDraftQuestion {
  const question = emptyQuestion(
    type,
    uniqueId(
      ID_BASE[type],
      questions.map((q) => q.id),
    ),
  );
  if (type === 'single_choice' || type === 'multiple_choice') {
    const first = newOption([]);
    question.options = [first, newOption([first])];
  }
  return question;
}

export function newEnding(endings: readonly TDraftEnding[]): TDraftEnding {
  return {
    key: newKey('ending'),
    id: uniqueId(
      endings.length === 0 ? 'thanks' : 'ending',
      endings.map((e) => e.id),
    ),
    title: {},
    message: {},
  };
}

/** Whether a text has anything but blanks. */
export function hasText(text: TText | undefined): boolean {
  return Object.values(text ?? {}).some((value) => value.trim() !== '');
}

/** The text of the given languages only, blanks left out (a missing translation falls back at run time). */
function cleanText(text: TText, languages: readonly string[]): TText {
  const clean: TText = {};
  for (const language of languages) {
    const value = text[language];
    if (typeof value === 'string' && value.trim() !== '') clean[language] = value.trim();
  }
  return clean;
}

function optionalText(text: TText, languages: readonly string[]): TText | undefined {
  const clean = cleanText(text, languages);
  return hasText(clean) ? clean : undefined;
}

function toQuestion(question: TDraftQuestion, languages: readonly string[]): TQuestion {
  const description = optionalText(question.description, languages);
  const base = {
    id: question.id,
    text: cleanText(question.text, languages),
    required: question.required,
    ...(description ? { description } : {}),
  };
  const lowLabel = optionalText(question.lowLabel, languages);
  const highLabel = optionalText(question.highLabel, languages);
  const labels = {
    ...(lowLabel ? { lowLabel } : {}),
    ...(highLabel ? { highLabel } : {}),
  };
  const options = question.options.map((option) => ({
    id: option.id,
    label: cleanText(option.label, languages),
  }));
  switch (question.type) {
    case 'nps':
      return { ...base, type: 'nps', ...labels };
    case 'csat':
      return { ...base, type: 'csat' };
    case 'ces':
      return { ...base, type: 'ces' };
    case 'rating':
      return { ...base, type: 'rating', min: question.min, max: question.max, ...labels };
    case 'single_choice':
      return { ...base, type: 'single_choice', options };
    case 'multiple_choice':
      return {
        ...base,
        type: 'multiple_choice',
        options,
        ...(question.minSelected !== null ? { minSelected: question.minSelected } : {}),
        ...(question.maxSelected !== null ? { maxSelected: question.maxSelected } : {}),
      };
    case 'open_text':
      return { ...base, type: 'open_text', maxLength: question.maxLength, multiline: question.multiline };
  }
}

/** The definition the server stores and the shared evaluator reads. */
export function toDefinition(draft: TSurveyDraft): TSurveyDefinition {
  const languages = [...new Set([draft.defaultLanguage, ...draft.languages])];
  return {
    defaultLanguage: draft.defaultLanguage,
    languages,
    questions: draft.questions.map((question) => toQuestion(question, languages)),
    hiddenFields: draft.hiddenFields,
    logic: draft.logic.map((rule): TLogicRule => ({ after: rule.after, if: rule.if, then: rule.then })),
    endings: draft.endings.map((ending): TEnding => {
      const message = optionalText(ending.message, languages);
      return {
        id: ending.id,
        title: cleanText(ending.title, languages),
        ...(message ? { message } : {}),
      };
    }),
  };
}

/** The PATCH body: the definition with the survey's name, touchpoint and distribution. */
export function toSurveyBody(draft: TSurveyDraft) {
  return {
    name: draft.name.trim(),
    touchpointId: draft.touchpointId,
    ...toDefinition(draft),
    distribution: toDistribution(draft.distribution),
  };
}

function fromQuestion(question: TQuestion): TDraftQuestion {
  const draft = emptyQuestion(question.type, question.id);
  draft.text = { ...question.text };
  draft.description = { ...(question.description ?? {}) };
  draft.required = question.required ?? false;
  if (question.type === 'nps' || question.type === 'rating') {
    draft.lowLabel = { ...(question.lowLabel ?? {}) };
    draft.highLabel = { ...(question.highLabel ?? {}) };
  }
  if (question.type === 'rating') {
    draft.min = question.min ?? 1;
    draft.max = question.max ?? 5;
  }
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    draft.options = question.options.map((option) => ({
      key: newKey('option'),
      id: option.id,
      label: { ...option.label },
      isAutoId: false,
    }));
  }
  if (question.type === 'multiple_choice') {
    draft.minSelected = question.minSelected ?? null;
    draft.maxSelected = question.maxSelected ?? null;
  }
  if (question.type === 'open_text') {
    draft.maxLength = question.maxLength ?? 2000;
    draft.multiline = question.multiline ?? true;
  }
  return draft;
}

type TDefinitionLike = Pick<
  TSurvey,
  'defaultLanguage' | 'languages' | 'questions' | 'hiddenFields' | 'logic' | 'endings'
>;

export function draftFromSurvey(
  survey: TDefinitionLike & Pick<TSurvey, 'name' | 'touchpointId'> & Partial<Pick<TSurvey, 'distribution'>>,
): TSurveyDraft {
  return {
    name: survey.name,
    touchpointId: survey.touchpointId,
    defaultLanguage: survey.defaultLanguage,
    languages: [...new Set([survey.defaultLanguage, ...(survey.languages ?? [])])],
    questions: survey.questions.map(fromQuestion),
    hiddenFields: [...(survey.hiddenFields ?? [])],
    logic: (survey.logic ?? []).map((rule) => ({
      key: newKey('rule'),
      after: rule.after,
      if: rule.if,
      then: rule.then,
    })),
    endings: (survey.endings ?? []).map((ending) => ({
      key: newKey('ending'),
      id: ending.id,
      title: { ...ending.title },
      message: { ...(ending.message ?? {}) },
    })),
    distribution: draftFromDistribution(survey.distribution),
  };
}

/** Points every field, `after` and `goTo` of the logic at a renamed question. */
function renameInCondition(condition: TCondition, from: string, to: string): TCondition {
  if ('all' in condition) return { all: condition.all.map((c) => renameInCondition(c, from, to)) };
  if ('any' in condition) return { any: condition.any.map((c) => renameInCondition(c, from, to)) };
  if ('not' in condition) return { not: renameInCondition(condition.not, from, to) };
  return condition.field === from ? { ...condition, field: to } : condition;
}

export function renameQuestion(draft: TSurveyDraft, key: string, id: string): TSurveyDraft {
  const question = draft.questions.find((q) => q.key === key);
  if (!question) return draft;
  const from = question.id;
  const questions = draft.questions.map((q) => (q.key === key ? { ...q, id } : q));
  // Only follow a rename to an id no other question has, so two questions' rules never merge.
  const isFree = !draft.questions.some((q) => q.key !== key && (q.id === id || q.id === from));
  if (!isFree || from === id) return { ...draft, questions };
  return {
    ...draft,
    questions,
    logic: draft.logic.map((rule) => ({
      ...rule,
      after: rule.after === from ? id : rule.after,
      if: renameInCondition(rule.if, from, id),
      then: 'goTo' in rule.then && rule.then.goTo === from ? { goTo: id } : rule.then,
    })),
  };
}

/** Drops a question with the rules that start from it or jump to it (conditions on it stay, flagged). */
export function removeQuestion(draft: TSurveyDraft, key: string): TSurveyDraft {
  const question = draft.questions.find((q) => q.key === key);
  if (!question) return draft;
  return {
    ...draft,
    questions: draft.questions.filter((q) => q.key !== key),
    logic: draft.logic.filter(
      (rule) => rule.after !== question.id && !('goTo' in rule.then && rule.then.goTo === question.id),
    ),
  };
}

export function renameEnding(draft: TSurveyDraft, key: string, id: string): TSurveyDraft {
  const ending = draft.endings.find((e) => e.key === key);
  if (!ending) return draft;
  const from = ending.id;
  const isFree = !draft.endings.some((e) => e.key !== key && (e.id === id || e.id === from));
  return {
    ...draft,
    endings: draft.endings.map((e) => (e.key === key ? { ...e, id } : e)),
    logic: isFree
      ? draft.logic.map((rule) =>
          'end' in rule.then && rule.then.end === from ? { ...rule, then: { end: id } } : rule,
        )
      : draft.logic,
  };
}

export function removeEnding(draft: TSurveyDraft, key: string): TSurveyDraft {
  const ending = draft.endings.find((e) => e.key === key);
  if (!ending) return draft;
  return {
    ...draft,
    endings: draft.endings.filter((e) => e.key !== key),
    logic: draft.logic.map((rule) =>
      'end' in rule.then && rule.then.end === ending.id ? { ...rule, then: { end: null } } : rule,
    ),
  };
}

/** A label change that also moves an auto-id option's id along (unique among its siblings). */
export function relabelOption(
  question: TDraftQuestion,
  optionKey: string,
  language: string,
  value: string,
  defaultLanguage: string,
): TDraftQuestion {
  return {
    ...question,
    options: question.options.map((option, index) => {
      if (option.key !== optionKey) return option;
      const label = { ...option.label, [language]: value };
      if (!option.isAutoId) return { ...option, label };
      const source = label[defaultLanguage]?.trim() || Object.values(label).find((v) => v.trim()) || '';
      const siblings = question.options.filter((o) => o.key !== optionKey).map((o) => o.id);
      return { ...option, label, id: uniqueId(slugify(source, `option_${index + 1}`), siblings) };
    }),
  };
}

export function newRule(draft: TSurveyDraft, after?: string): TDraftRule {
  const index = Math.max(
    0,
    draft.questions.findIndex((q) => q.id === after),
  );
  const question = draft.questions[index];
  const next = draft.questions[index + 2] ?? draft.questions[index + 1];
  return {
    key: newKey('rule'),
    after: question?.id ?? '',
    if: { all: [question ? defaultLeaf(question) : { field: '', op: 'answered' }] },
    then: next ? { goTo: next.id } : { end: null },
  };
}

/** A first condition on a question: detractors for NPS, "at most 2" on short scales, "answered" otherwise. */
export function defaultLeaf(question: TDraftQuestion): TCondition {
  switch (question.type) {
    case 'nps':
      return { field: question.id, op: 'lte', value: 6 };
    case 'csat':
      return { field: question.id, op: 'lte', value: 2 };
    case 'ces':
      return { field: question.id, op: 'lte', value: 3 };
    case 'rating':
      return { field: question.id, op: 'lte', value: question.min + 1 };
    case 'single_choice':
      return { field: question.id, op: 'eq', value: question.options[0]?.id ?? '' };
    case 'multiple_choice':
      return { field: question.id, op: 'contains', value: question.options[0]?.id ?? '' };
    case 'open_text':
      return { field: question.id, op: 'answered' };
  }
}

/** Problems the shared validator does not look for but the API refuses: empty groups, blank ids. */
export function localIssues(draft: TSurveyDraft): { name: string; code: string }[] {
  const issues: { name: string; code: string }[] = [];
  if (!draft.name.trim()) issues.push({ name: 'name', code: 'name_required' });
  if (draft.questions.length === 0) issues.push({ name: 'questions', code: 'no_questions' });
  draft.questions.forEach((question, i) => {
    if (!FIELD_ID_PATTERN.test(question.id)) issues.push({ name: `questions.${i}.id`, code: 'invalid_id' });
    question.options.forEach((option, j) => {
      if (!FIELD_ID_PATTERN.test(option.id)) {
        issues.push({ name: `questions.${i}.options.${j}.id`, code: 'invalid_id' });
      }
    });
    if (
      (question.type === 'single_choice' || question.type === 'multiple_choice') &&
      question.options.length < 2
    ) {
      issues.push({ name: `questions.${i}.options`, code: 'too_few_options' });
    }
  });
  draft.hiddenFields.forEach((id, i) => {
    if (!FIELD_ID_PATTERN.test(id)) issues.push({ name: `hiddenFields.${i}`, code: 'invalid_id' });
  });
  draft.endings.forEach((ending, i) => {
    if (!FIELD_ID_PATTERN.test(ending.id)) issues.push({ name: `endings.${i}.id`, code: 'invalid_id' });
  });
  const emptyGroups = (condition: TCondition, at: string): void => {
    const items = 'all' in condition ? condition.all : 'any' in condition ? condition.any : null;
    if (items) {
      if (items.length === 0) issues.push({ name: at, code: 'empty_group' });
      for (const [i, item] of items.entries()) emptyGroups(item, `${at}.${i}`);
    } else if ('not' in condition) emptyGroups(condition.not, `${at}.not`);
  };
  draft.logic.forEach((rule, i) => {
    emptyGroups(rule.if, `logic.${i}.if`);
  });
  return issues;
}
