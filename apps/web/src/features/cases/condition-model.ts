import { CHANNELS, type TCondition } from '@touchpoint/schemas/browser';

// The condition builder's model: an `all`/`any` group of rows, where a row is a field/operator/value leaf
// or one nested group. It maps to and from the one condition language the server evaluates
// (`{all: [...]}`, `{any: [...]}`, `{field, op, value}`); what the builder cannot show (`not`, deeper
// nesting) is edited as JSON instead.

export type TFieldKind = 'number' | 'enum' | 'text' | 'boolean' | 'list' | 'touchpoint' | 'date' | 'segment';
export type TOperator =
  | 'eq'
  | 'neq'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'in'
  | 'nin'
  | 'contains'
  | 'not_contains'
  | 'answered'
  | 'skipped';

export interface TFieldSpec {
  id: string;
  kind: TFieldKind;
  /** Allowed values of an enum (or of the items of a list). */
  values?: readonly string[];
  min?: number;
  max?: number;
  /** The operators offered, when not the kind's usual ones. */
  operators?: readonly TOperator[];
}

/**
 * Which fields a builder offers: alert rules and automations read feedback facts (the default), segments
 * read people. `specOf` also describes fields typed by hand (`contact.tier`, `event.<name>.count30d`).
 */
export interface TFieldCatalogue {
  fields: readonly TFieldSpec[];
  specOf: (field: string) => TFieldSpec;
  /** The translation key of a listed field's name. */
  labelKey: (field: string) => string;
  /** The field of a new row. */
  defaultField: string;
  /** The example shown in the hand-typed field input. */
  customPlaceholder: string;
}

/** The fields of feedback a rule reads most often (the server's FeedbackFacts); any other is "custom". */
export const CONDITION_FIELDS: readonly TFieldSpec[] = [
  { id: 'nps', kind: 'number', min: 0, max: 10 },
  { id: 'npsBand', kind: 'enum', values: ['detractor', 'passive', 'promoter'] },
  { id: 'csat', kind: 'number', min: 1, max: 5 },
  { id: 'ces', kind: 'number', min: 1, max: 7 },
  { id: 'rating', kind: 'number', min: 1, max: 5 },
  { id: 'sentiment', kind: 'enum', values: ['negative', 'mixed', 'neutral', 'positive'] },
  { id: 'topics', kind: 'list' },
  { id: 'text', kind: 'text' },
  { id: 'effort', kind: 'boolean' },
  { id: 'urgency', kind: 'list', values: ['churn_threat', 'safety', 'legal'] },
  { id: 'contact.vip', kind: 'boolean' },
  { id: 'churnRisk', kind: 'enum', values: ['low', 'medium', 'high'] },
  // The segments the person is in when the rule runs: `segments contains <segment id>`.
  { id: 'segments', kind: 'segment' },
  { id: 'touchpointId', kind: 'touchpoint' },
  { id: 'channel', kind: 'enum', values: CHANNELS },
  { id: 'language', kind: 'text' },
];

export const OPERATORS_BY_KIND: Record<TFieldKind, readonly TOperator[]> = {
  number: ['lte', 'lt', 'eq', 'neq', 'gte', 'gt', 'answered', 'skipped'],
  enum: ['eq', 'neq', 'in', 'nin'],
  text: ['contains', 'not_contains', 'eq', 'neq', 'answered', 'skipped'],
  boolean: ['eq'],
  list: ['contains', 'not_contains'],
  touchpoint: ['eq', 'neq'],
  date: ['gte', 'lte', 'gt', 'lt', 'answered', 'skipped'],
  segment: ['contains', 'not_contains'],
};

/** Operators that take no value. */
export const VALUELESS: readonly TOperator[] = ['answered', 'skipped'];

export function fieldSpec(field: string): TFieldSpec {
  return CONDITION_FIELDS.find((f) => f.id === field) ?? { id: field, kind: 'text' };
}

/** The feedback fields of alert rules and automations. */
export const FEEDBACK_CATALOGUE: TFieldCatalogue = {
  fields: CONDITION_FIELDS,
  specOf: fieldSpec,
  labelKey: (field) => `cases.rules.conditionFields.${field.replace('.', '_')}`,
  defaultField: 'nps',
  customPlaceholder: 'contact.tier',
};

/** The operators a field offers. */
export function operatorsOf(spec: TFieldSpec): readonly TOperator[] {
  return spec.operators ?? OPERATORS_BY_KIND[spec.kind];
}

export interface TLeafRow {
  kind: 'leaf';
  key: string;
  field: string;
  op: TOperator;
  /** As typed: a number, a word, `true`/`false`, or a comma-separated list for `in`/`nin`. */
  value: string;
}

export interface TGroupRow {
  kind: 'group';
  key: string;
  mode: 'all' | 'any';
  children: (TLeafRow | TGroupRow)[];
}

let keys = 0;
export function rowKey(): string {
  keys += 1;
  return `row-${keys}`;
}

export function newLeaf(field = 'nps', catalogue: TFieldCatalogue = FEEDBACK_CATALOGUE): TLeafRow {
  const spec = catalogue.specOf(field);
  const op = operatorsOf(spec)[0] as TOperator;
  const value = spec.kind === 'boolean' ? 'true' : spec.kind === 'enum' ? (spec.values?.[0] ?? '') : '';
  return { kind: 'leaf', key: rowKey(), field, op, value: field === 'nps' ? '6' : value };
}

export function newGroup(
  mode: 'all' | 'any' = 'all',
  children?: (TLeafRow | TGroupRow)[],
  catalogue: TFieldCatalogue = FEEDBACK_CATALOGUE,
): TGroupRow {
  return {
    kind: 'group',
    key: rowKey(),
    mode,
    children: children ?? [newLeaf(catalogue.defaultField, catalogue)],
  };
}

/** A leaf's value as the condition language wants it (numbers as numbers, lists as arrays). */
function leafValue(row: TLeafRow, catalogue: TFieldCatalogue): unknown {
  const spec = catalogue.specOf(row.field);
  if (VALUELESS.includes(row.op)) return undefined;
  if (row.op === 'in' || row.op === 'nin') {
    const items = row.value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    return spec.kind === 'number' ? items.map(Number) : items;
  }
  if (spec.kind === 'number') return Number(row.value);
  if (spec.kind === 'boolean') return row.value === 'true';
  return row.value;
}

export function toCondition(group: TGroupRow, catalogue: TFieldCatalogue = FEEDBACK_CATALOGUE): TCondition {
  const children = group.children.map((child): TCondition => {
    if (child.kind === 'group') return toCondition(child, catalogue);
    const value = leafValue(child, catalogue);
    return value === undefined
      ? { field: child.field, op: child.op }
      : { field: child.field, op: child.op, value };
  });
  return group.mode === 'all' ? { all: children } : { any: children };
}

function toLeaf(condition: { field: string; op: string; value?: unknown }): TLeafRow | null {
  const value = condition.value;
  let text: string;
  if (value === undefined) text = '';
  else if (Array.isArray(value)) text = value.join(', ');
  else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    text = String(value);
  else return null;
  return { kind: 'leaf', key: rowKey(), field: condition.field, op: condition.op as TOperator, value: text };
}

/**
 * The builder's rows for a condition, or null when the builder cannot show it (then it is edited as JSON).
 * A bare leaf becomes an `all` group of one; groups nest one level.
 */
export function fromCondition(
  condition: TCondition | null | undefined,
  depth = 0,
  catalogue: TFieldCatalogue = FEEDBACK_CATALOGUE,
): TGroupRow | null {
  if (!condition) return newGroup('all', undefined, catalogue);
  if ('field' in condition) {
    const leaf = toLeaf(condition);
    return leaf && depth === 0 ? { kind: 'group', key: rowKey(), mode: 'all', children: [leaf] } : null;
  }
  if ('not' in condition) return null;
  const mode = 'all' in condition ? 'all' : 'any';
  const items = 'all' in condition ? condition.all : condition.any;
  const children: (TLeafRow | TGroupRow)[] = [];
  for (const item of items) {
    if ('field' in item) {
      const leaf = toLeaf(item);
      if (!leaf) return null;
      children.push(leaf);
    } else {
      if (depth >= 1) return null;
      const nested = fromCondition(item, depth + 1, catalogue);
      if (!nested) return null;
      children.push(nested);
    }
  }
  return { kind: 'group', key: rowKey(), mode, children };
}

/** The first problem of a builder's rows (a translation key and the row), or null when it can be saved. */
export function findProblem(
  group: TGroupRow,
  catalogue: TFieldCatalogue = FEEDBACK_CATALOGUE,
): { key: string; rowKey: string } | null {
  if (group.children.length === 0) return { key: 'cases.rules.problems.emptyGroup', rowKey: group.key };
  for (const child of group.children) {
    if (child.kind === 'group') {
      const nested = findProblem(child, catalogue);
      if (nested) return nested;
      continue;
    }
    if (!child.field.trim()) return { key: 'cases.rules.problems.field', rowKey: child.key };
    if (VALUELESS.includes(child.op)) continue;
    if (!child.value.trim()) return { key: 'cases.rules.problems.value', rowKey: child.key };
    const spec = catalogue.specOf(child.field);
    if (spec.kind === 'number') {
      const parts = child.op === 'in' || child.op === 'nin' ? child.value.split(',') : [child.value];
      if (parts.some((p) => p.trim() === '' || Number.isNaN(Number(p)))) {
        return { key: 'cases.rules.problems.number', rowKey: child.key };
      }
    }
  }
  return null;
}

/** Replaces one row (found by key, at any depth) with `next`, or removes it when `next` is null. */
export function replaceRow(group: TGroupRow, key: string, next: TLeafRow | TGroupRow | null): TGroupRow {
  const children: (TLeafRow | TGroupRow)[] = [];
  for (const child of group.children) {
    if (child.key === key) {
      if (next) children.push(next);
    } else if (child.kind === 'group') {
      children.push(replaceRow(child, key, next));
    } else {
      children.push(child);
    }
  }
  return { ...group, children };
}
