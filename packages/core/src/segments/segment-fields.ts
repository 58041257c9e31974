import type { TCondition } from '@touchpoint/schemas';

/**
 * The fields a segment condition may read, in the one condition language (`{all|any|not}` and leaves
 * `{field, op, value}`). Each field has a kind that fixes its operators and values:
 *
 * - `contact.email`, `contact.externalId`, `contact.phone` and `contact.<attribute>` (text);
 * - `account.name`, `account.domain`, `account.externalId`, `account.role` and `account.<attribute>` (text;
 *   true when any of the contact's accounts matches);
 * - `npsBand` (`detractor` | `passive` | `promoter`, of the latest NPS answer), `latestNps` (0–10),
 *   `latestCsat` (the latest answer to a CSAT question), `lastResponseAt` (date), `responseCount`;
 * - events: `event.<name>.count` (ever), `event.<name>.count<N>d` (in the last N days, 1–3650) and
 *   `event.<name>.daysSince` (days since the latest one; unanswered when never), e.g.
 *   `{"field": "event.order.delivered.count30d", "op": "gte", "value": 1}`;
 * - `sentiment` (`negative` | `neutral` | `positive` | `mixed`, of the latest analysed answer text),
 *   `topics` and `topicIds` (topics mentioned in the last 90 days);
 * - `churnRisk` (`low` | `medium` | `high`), `churnScore` (0–1);
 * - `openCases` (cases not resolved or closed).
 *
 * Counts are 0 for a contact with nothing to count, so `{"field": "openCases", "op": "lt", "value": 1}`
 * selects contacts without an open case. Dates (`lastResponseAt`, and text fields compared with
 * `gt`/`gte`/`lt`/`lte`) take an ISO date (`2026-12-31`) or a number of days from now (`"-30d"`, `"+60d"`).
 */
export type SegmentFieldKind = 'text' | 'number' | 'enum' | 'list' | 'date';

export type SegmentField =
  | { source: 'contact'; column: 'email' | 'externalId' | 'phone'; kind: 'text' }
  | { source: 'attribute'; key: string; kind: 'text' }
  | { source: 'account'; column: 'name' | 'domain' | 'externalId' | 'role'; kind: 'text' }
  | { source: 'accountAttribute'; key: string; kind: 'text' }
  | { source: 'npsBand'; kind: 'enum'; values: readonly string[] }
  | { source: 'latestNps' | 'latestCsat' | 'responseCount' | 'openCases' | 'churnScore'; kind: 'number' }
  | { source: 'lastResponseAt'; kind: 'date' }
  | { source: 'event'; event: string; measure: 'count'; days: number | null; kind: 'number' }
  | { source: 'event'; event: string; measure: 'daysSince'; kind: 'number' }
  | { source: 'sentiment' | 'churnRisk'; kind: 'enum'; values: readonly string[] }
  | { source: 'topics' | 'topicIds'; days: number; kind: 'list' };

export const SEGMENT_NPS_BANDS = ['detractor', 'passive', 'promoter'] as const;
export const SEGMENT_SENTIMENTS = ['negative', 'neutral', 'positive', 'mixed'] as const;
export const SEGMENT_CHURN_BANDS = ['low', 'medium', 'high'] as const;
/** How far back `topics` and `topicIds` look. */
export const SEGMENT_TOPIC_DAYS = 90;

/** Operators each kind of field accepts. */
export const SEGMENT_OPERATORS: Record<SegmentFieldKind, readonly string[]> = {
  text: [
    'eq',
    'neq',
    'gt',
    'gte',
    'lt',
    'lte',
    'in',
    'nin',
    'contains',
    'not_contains',
    'answered',
    'skipped',
  ],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'nin', 'answered', 'skipped'],
  enum: ['eq', 'neq', 'in', 'nin', 'answered', 'skipped'],
  list: ['contains', 'not_contains', 'in', 'nin', 'answered', 'skipped'],
  date: ['gt', 'gte', 'lt', 'lte', 'answered', 'skipped'],
};

const EVENT_FIELD = /^event\.([A-Za-z0-9_.:-]+)\.(count|count(\d{1,4})d|daysSince)$/;
const KEY = /^[^\s.][^\s]{0,99}$/;

/** Reads a segment field name; null when it is not one (see `SegmentField` for the list). */
export function parseSegmentField(field: string): SegmentField | null {
  if (field.startsWith('contact.')) {
    const key = field.slice('contact.'.length);
    if (key === 'email' || key === 'externalId' || key === 'phone') {
      return { source: 'contact', column: key, kind: 'text' };
    }
    return KEY.test(key) ? { source: 'attribute', key, kind: 'text' } : null;
  }
  if (field.startsWith('account.')) {
    const key = field.slice('account.'.length);
    if (key === 'name' || key === 'domain' || key === 'externalId' || key === 'role') {
      return { source: 'account', column: key, kind: 'text' };
    }
    return KEY.test(key) ? { source: 'accountAttribute', key, kind: 'text' } : null;
  }
  if (field.startsWith('event.')) {
    const match = EVENT_FIELD.exec(field);
    if (!match) return null;
    const event = match[1] as string;
    if (match[2] === 'daysSince') return { source: 'event', event, measure: 'daysSince', kind: 'number' };
    const days = match[3] === undefined ? null : Number(match[3]);
    if (days !== null && (days < 1 || days > 3650)) return null;
    return { source: 'event', event, measure: 'count', days, kind: 'number' };
  }
  switch (field) {
    case 'npsBand':
      return { source: 'npsBand', kind: 'enum', values: SEGMENT_NPS_BANDS };
    case 'sentiment':
      return { source: 'sentiment', kind: 'enum', values: SEGMENT_SENTIMENTS };
    case 'churnRisk':
      return { source: 'churnRisk', kind: 'enum', values: SEGMENT_CHURN_BANDS };
    case 'latestNps':
    case 'latestCsat':
    case 'responseCount':
    case 'openCases':
    case 'churnScore':
      return { source: field, kind: 'number' };
    case 'lastResponseAt':
      return { source: 'lastResponseAt', kind: 'date' };
    case 'topics':
    case 'topicIds':
      return { source: field, days: SEGMENT_TOPIC_DAYS, kind: 'list' };
    default:
      return null;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const RELATIVE_DATE = /^([+-])(\d{1,4})d$/;

/** A date condition value as an instant: an ISO date or date-time, or `"-30d"` / `"+60d"` from `now`. */
export function resolveSegmentDate(value: unknown, now: Date): Date | null {
  if (typeof value !== 'string') return null;
  const relative = RELATIVE_DATE.exec(value);
  if (relative) {
    const days = Number(relative[2]) * (relative[1] === '-' ? -1 : 1);
    return new Date(now.getTime() + days * 86_400_000);
  }
  if (!ISO_DATE.test(value)) return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface SegmentConditionIssue {
  /** Where in the condition, e.g. `condition.all.1.value`. */
  name: string;
  reason: string;
}

const isNumeric = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && /^-?(?:\d+(?:\.\d+)?|\.\d+)$/.test(v.trim()));
const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function checkValue(field: SegmentField, op: string, value: unknown): string | null {
  if (op === 'answered' || op === 'skipped') return null;
  const list = op === 'in' || op === 'nin';
  const items = Array.isArray(value) ? value : [value];
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return 'give a value';
  switch (field.kind) {
    case 'number':
      if (!list && Array.isArray(value)) return 'give one number (use in/nin for a list)';
      return items.every(isNumeric) ? null : 'give a number';
    case 'enum': {
      if (!list && Array.isArray(value)) return 'give one value (use in/nin for a list)';
      const bad = items.find((v) => typeof v !== 'string' || !field.values.includes(v));
      return bad === undefined ? null : `one of ${field.values.join(', ')}`;
    }
    case 'list':
      return items.every((v) => typeof v === 'string' && v.length > 0)
        ? null
        : 'give a name or a list of names';
    case 'date':
      return resolveSegmentDate(value, new Date())
        ? null
        : 'an ISO date (2026-12-31) or days from now ("-30d")';
    default:
      if (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') {
        return isNumeric(value) || resolveSegmentDate(value, new Date())
          ? null
          : 'a number, an ISO date (2026-12-31) or days from now ("-30d")';
      }
      if (!list && Array.isArray(value) && op !== 'contains' && op !== 'not_contains') {
        return 'give one value (use in/nin for a list)';
      }
      return items.every(isScalar) ? null : 'give text, a number or true/false';
  }
}

/**
 * Checks a segment condition against the field catalogue: every field known, every operator allowed for
 * its field, every value of the right type. Answers each problem with where it is (empty when valid).
 */
export function validateSegmentCondition(
  condition: TCondition,
  path = 'condition',
  issues: SegmentConditionIssue[] = [],
): SegmentConditionIssue[] {
  if ('all' in condition) {
    for (const [i, c] of condition.all.entries()) validateSegmentCondition(c, `${path}.all.${i}`, issues);
  } else if ('any' in condition) {
    for (const [i, c] of condition.any.entries()) validateSegmentCondition(c, `${path}.any.${i}`, issues);
  } else if ('not' in condition) validateSegmentCondition(condition.not, `${path}.not`, issues);
  else {
    const field = parseSegmentField(condition.field);
    if (!field) {
      issues.push({
        name: `${path}.field`,
        reason: `unknown field "${condition.field}"; use contact.<attribute>, account.<field>, npsBand, latestNps, latestCsat, lastResponseAt, responseCount, event.<name>.count<N>d, event.<name>.daysSince, sentiment, topics, topicIds, churnRisk, churnScore or openCases`,
      });
      return issues;
    }
    const allowed = SEGMENT_OPERATORS[field.kind];
    if (!allowed.includes(condition.op)) {
      issues.push({ name: `${path}.op`, reason: `${condition.field} takes ${allowed.join(', ')}` });
      return issues;
    }
    const problem = checkValue(field, condition.op, condition.value);
    if (problem) issues.push({ name: `${path}.value`, reason: problem });
  }
  return issues;
}

/** Every field name a condition reads, once each (to know which data a segment depends on). */
export function segmentConditionFields(condition: TCondition, into = new Set<string>()): Set<string> {
  if ('all' in condition) for (const c of condition.all) segmentConditionFields(c, into);
  else if ('any' in condition) for (const c of condition.any) segmentConditionFields(c, into);
  else if ('not' in condition) segmentConditionFields(condition.not, into);
  else into.add(condition.field);
  return into;
}
