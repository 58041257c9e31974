import { HIDDEN_FIELD_PREFIX, scoreRange } from '@touchpoint/core';
import type { TCondition, TConditionOperator, TQuestion } from '@touchpoint/schemas/browser';
import type { TDraftQuestion } from '../survey-draft';

/** A condition group as the builder shows it: all / any / none of its items. */
export type TGroupMode = 'all' | 'any' | 'none';
export type TLeaf = Extract<TCondition, { field: string }>;

/** Reads a condition as a group, or null for a leaf. `{not: {any}}` is "none"; any other `not` wraps one item. */
export function asGroup(condition: TCondition): { mode: TGroupMode; items: TCondition[] } | null {
  if ('all' in condition) return { mode: 'all', items: condition.all };
  if ('any' in condition) return { mode: 'any', items: condition.any };
  if ('not' in condition) {
    const inner = condition.not;
    return { mode: 'none', items: 'any' in inner ? inner.any : [inner] };
  }
  return null;
}

export function makeGroup(mode: TGroupMode, items: TCondition[]): TCondition {
  if (mode === 'all') return { all: items };
  if (mode === 'any') return { any: items };
  return { not: { any: items } };
}

/** What a condition field holds, which decides its operators and value input. */
export type TFieldKind = 'score' | 'single' | 'multiple' | 'text' | 'hidden' | 'unknown';

export function fieldKind(field: string, questions: readonly TDraftQuestion[]): TFieldKind {
  if (field.startsWith(HIDDEN_FIELD_PREFIX)) return 'hidden';
  const question = questions.find((q) => q.id === field);
  if (!question) return 'unknown';
  if (question.type === 'single_choice') return 'single';
  if (question.type === 'multiple_choice') return 'multiple';
  if (question.type === 'open_text') return 'text';
  return 'score';
}

export const OPERATORS: Record<TFieldKind, readonly TConditionOperator[]> = {
  score: ['lte', 'gte', 'lt', 'gt', 'eq', 'neq', 'in', 'nin', 'answered', 'skipped'],
  single: ['eq', 'neq', 'in', 'nin', 'answered', 'skipped'],
  multiple: ['contains', 'not_contains', 'in', 'nin', 'answered', 'skipped'],
  text: ['contains', 'not_contains', 'eq', 'neq', 'answered', 'skipped'],
  hidden: ['eq', 'neq', 'contains', 'not_contains', 'in', 'nin', 'answered', 'skipped'],
  unknown: ['answered', 'skipped'],
};

export const LIST_OPERATORS = new Set<TConditionOperator>(['in', 'nin']);
export const VALUE_FREE_OPERATORS = new Set<TConditionOperator>(['answered', 'skipped']);

/** The points of a scored question, for value pickers. */
export function scalePoints(question: TDraftQuestion | undefined): number[] {
  if (!question) return [];
  // A draft question carries the type, min and max that scoreRange reads.
  const range = scoreRange(question as unknown as TQuestion);
  if (!range) return [];
  return Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);
}

/** A value that fits the operator and field: none, a list, or one scalar, keeping what still fits. */
export function fitValue(
  kind: TFieldKind,
  op: TConditionOperator,
  value: unknown,
  question: TDraftQuestion | undefined,
): TLeaf['value'] {
  if (VALUE_FREE_OPERATORS.has(op)) return undefined;
  const list = Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value];
  if (LIST_OPERATORS.has(op)) {
    if (kind === 'hidden' || kind === 'text') return list.map(String);
    return list as (string | number)[];
  }
  const first = list[0];
  if (kind === 'score') {
    const points = scalePoints(question);
    const number = typeof first === 'number' ? first : Number(first);
    return Number.isFinite(number) && points.includes(number)
      ? number
      : (points[Math.floor(points.length / 2)] ?? 0);
  }
  if (kind === 'single' || kind === 'multiple') {
    const ids = question?.options.map((option) => option.id) ?? [];
    return typeof first === 'string' && ids.includes(first) ? first : (ids[0] ?? '');
  }
  return first === undefined ? '' : String(first);
}

/** A leaf on a newly chosen field: its first operator and a value that fits. */
export function leafFor(field: string, questions: readonly TDraftQuestion[]): TLeaf {
  const kind = fieldKind(field, questions);
  const op = OPERATORS[kind][0] ?? 'answered';
  const question = questions.find((q) => q.id === field);
  const value = fitValue(kind, op, undefined, question);
  return value === undefined ? { field, op } : { field, op, value };
}
