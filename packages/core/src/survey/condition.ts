import type { TCondition } from '@touchpoint/schemas';

/**
 * One answer as the logic sees it: a score (number), an option id or a text (string), option ids
 * (string[]), `null` for a question the respondent skipped, `undefined` for one not reached yet.
 */
export type SurveyAnswer = number | string | string[] | null | undefined;

/** What conditions read: answers by question id, and hidden fields (read as `hidden.<id>`). */
export interface LogicContext {
  readonly answers: Readonly<Record<string, SurveyAnswer>>;
  readonly hidden: Readonly<Record<string, string>>;
}

/** The prefix that makes a condition field read a hidden field instead of an answer. */
export const HIDDEN_FIELD_PREFIX = 'hidden.';

/**
 * Whether a value counts as an answer: a finite number, a string that is not blank, or a non-empty
 * selection. `null`, `undefined`, `''`, whitespace and `[]` all count as "not answered".
 */
export function isAnswered(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return false;
}

/**
 * Folds text for forgiving search: NFD, combining marks removed, `đ` → `d`, lower case, so "tre" finds
 * "Trễ" and "do" finds "Đỏ" (Vietnamese `đ` has no decomposition, hence the explicit mapping).
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Reads a condition field: `hidden.<id>` from the hidden fields, anything else from the answers. */
export function readField(field: string, ctx: LogicContext): unknown {
  if (field.startsWith(HIDDEN_FIELD_PREFIX)) {
    const id = field.slice(HIDDEN_FIELD_PREFIX.length);
    return Object.hasOwn(ctx.hidden, id) ? ctx.hidden[id] : undefined;
  }
  return Object.hasOwn(ctx.answers, field) ? ctx.answers[field] : undefined;
}

const NUMERIC = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** A number, or a string written as a plain decimal number (hidden fields are strings), else null. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && NUMERIC.test(value.trim())) return Number(value.trim());
  return null;
}

/** Equality of one scalar answer and one condition value (see `evaluateCondition` for the rules). */
function scalarEquals(answer: unknown, value: unknown): boolean {
  if (typeof value === 'boolean') return typeof answer === 'string' && answer === String(value);
  if (typeof answer === 'number' || typeof value === 'number') {
    const a = toNumber(answer);
    const b = toNumber(value);
    return a !== null && b !== null && a === b;
  }
  return typeof answer === 'string' && typeof value === 'string' && answer === value;
}

function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Same members, order and repetition ignored. */
function setEquals(a: readonly unknown[], b: readonly unknown[]): boolean {
  return (
    a.every((x) => b.some((y) => scalarEquals(x, y))) && b.every((y) => a.some((x) => scalarEquals(x, y)))
  );
}

function isEqual(answer: unknown, value: unknown): boolean {
  if (Array.isArray(answer) || Array.isArray(value)) {
    if (value === undefined) return false;
    return setEquals(asList(answer), asList(value));
  }
  return scalarEquals(answer, value);
}

function isIn(answer: unknown, value: unknown): boolean {
  const list = asList(value);
  return asList(answer).some((member) => list.some((candidate) => scalarEquals(member, candidate)));
}

function contains(answer: unknown, value: unknown): boolean {
  if (value === undefined) return false;
  const needles = asList(value);
  if (Array.isArray(answer)) return needles.every((needle) => answer.some((id) => scalarEquals(id, needle)));
  if (typeof answer !== 'string') return false;
  const haystack = foldText(answer);
  return needles.every(
    (needle) =>
      (typeof needle === 'string' || typeof needle === 'number') &&
      haystack.includes(foldText(String(needle))),
  );
}

function compare(answer: unknown, value: unknown, test: (a: number, b: number) => boolean): boolean {
  const a = toNumber(answer);
  const b = toNumber(value);
  return a !== null && b !== null && test(a, b);
}

function evaluateLeaf(leaf: { field: string; op: string; value?: unknown }, ctx: LogicContext): boolean {
  const answer = readField(leaf.field, ctx);
  const hasAnswer = isAnswered(answer);
  switch (leaf.op) {
    case 'answered':
      return hasAnswer;
    case 'skipped':
      return !hasAnswer;
    // Each negative operator is exactly the negation of its positive one, unanswered fields included.
    case 'neq':
      return !(hasAnswer && isEqual(answer, leaf.value));
    case 'nin':
      return !(hasAnswer && isIn(answer, leaf.value));
    case 'not_contains':
      return !(hasAnswer && contains(answer, leaf.value));
  }
  if (!hasAnswer) return false;
  switch (leaf.op) {
    case 'eq':
      return isEqual(answer, leaf.value);
    case 'in':
      return isIn(answer, leaf.value);
    case 'contains':
      return contains(answer, leaf.value);
    case 'gt':
      return compare(answer, leaf.value, (a, b) => a > b);
    case 'gte':
      return compare(answer, leaf.value, (a, b) => a >= b);
    case 'lt':
      return compare(answer, leaf.value, (a, b) => a < b);
    case 'lte':
      return compare(answer, leaf.value, (a, b) => a <= b);
    default:
      return false;
  }
}

/**
 * Evaluates a logic condition against the answers and hidden fields. The one evaluator the server, the
 * hosted page and the widget share, so a branch never differs between what was shown and what is accepted.
 *
 * - Fields: `q1` reads the answer to question `q1`; `hidden.source` reads hidden field `source`.
 * - Unanswered (`undefined`, `null`, blank text, empty selection): `skipped`, `neq`, `nin` and
 *   `not_contains` are true, every other operator is false. Each negative operator is always the exact
 *   negation of its positive (`neq` = not `eq`, `nin` = not `in`, `not_contains` = not `contains`).
 * - `eq`/`neq`: numbers compare numerically (a number and a decimal string such as the hidden value
 *   `"42"` are equal when their values are), strings exactly (case-sensitive), `true`/`false` against the
 *   strings `"true"`/`"false"`. When either side is a list, `eq` is set equality: `["a","b"] eq ["b","a"]`
 *   holds, and a selection `["a"]` equals `"a"`, but `["a","b"] eq "a"` is false — use `contains` or `in`
 *   for membership.
 * - `gt`/`gte`/`lt`/`lte`: only numbers (or decimal strings); false for anything else, selections included.
 * - `in`/`nin`: the answer — or, for a selection, any selected option — is in the value list (a scalar
 *   value counts as a one-item list).
 * - `contains`/`not_contains`: for text, a case-, accent- and `đ`-insensitive substring ("tre" is in
 *   "Trễ hẹn"); for a selection, membership of the option id (exact). A list value requires every
 *   item. Numbers never contain anything.
 * - `answered`/`skipped`: presence, as `isAnswered`.
 * - `all` is true when every child holds (`all: []` is true), `any` when one does (`any: []` is false),
 *   `not` negates; nesting has no depth limit. An unrecognised node is false.
 */
export function evaluateCondition(condition: TCondition, ctx: LogicContext): boolean {
  if ('all' in condition) return condition.all.every((child) => evaluateCondition(child, ctx));
  if ('any' in condition) return condition.any.some((child) => evaluateCondition(child, ctx));
  if ('not' in condition) return !evaluateCondition(condition.not, ctx);
  if ('field' in condition && typeof condition.field === 'string') return evaluateLeaf(condition, ctx);
  return false;
}
