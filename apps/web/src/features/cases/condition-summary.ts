import type { TCondition } from '@touchpoint/schemas/browser';

const SYMBOLS: Record<string, string> = {
  eq: '=',
  neq: '≠',
  lt: '<',
  lte: '≤',
  gt: '>',
  gte: '≥',
};

type Translate = (key: string, options?: Record<string, unknown>) => string;

function valueText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  if (typeof value === 'string') return `“${value}”`;
  return String(value);
}

/** A one-line reading of a condition for lists, e.g. `nps ≤ 6 and (sentiment = “negative” or …)`. */
export function describeCondition(
  condition: TCondition | null | undefined,
  t: Translate,
  nested = false,
): string {
  if (!condition) return '—';
  if ('field' in condition) {
    const symbol = SYMBOLS[condition.op];
    if (symbol) return `${condition.field} ${symbol} ${valueText(condition.value)}`;
    const word = t(`cases.rules.operators.${condition.op}`);
    return condition.value === undefined
      ? `${condition.field} ${word}`
      : `${condition.field} ${word} ${valueText(condition.value)}`;
  }
  if ('not' in condition)
    return `${t('cases.rules.builder.not')} (${describeCondition(condition.not, t, true)})`;
  const isAll = 'all' in condition;
  const parts = (isAll ? condition.all : condition.any).map((child) => describeCondition(child, t, true));
  const joined = parts.join(` ${isAll ? t('cases.rules.builder.and') : t('cases.rules.builder.or')} `);
  return nested && parts.length > 1 ? `(${joined})` : joined;
}
