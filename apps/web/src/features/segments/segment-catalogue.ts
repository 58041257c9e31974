import type { TFieldCatalogue, TFieldSpec, TOperator } from '../cases/condition-model';

// The people fields a segment condition reads (the server's segment field catalogue), for the shared
// condition builder. Fields typed by hand are described by their pattern: `contact.<attribute>`,
// `account.<field>` and `event.<name>.count<N>d` / `.count` / `.daysSince`.

const TEXT_OPERATORS: readonly TOperator[] = [
  'eq',
  'neq',
  'contains',
  'not_contains',
  'in',
  'nin',
  'gt',
  'gte',
  'lt',
  'lte',
  'answered',
  'skipped',
];
const NUMBER_OPERATORS: readonly TOperator[] = ['gte', 'gt', 'lte', 'lt', 'eq', 'neq', 'in', 'nin'];
const ENUM_OPERATORS: readonly TOperator[] = ['eq', 'neq', 'in', 'nin', 'answered', 'skipped'];
const LIST_OPERATORS: readonly TOperator[] = ['contains', 'not_contains', 'in', 'nin', 'answered', 'skipped'];

export const ACCOUNT_ROLES = ['decision_maker', 'influencer', 'user', 'finance', 'technical'] as const;

export const SEGMENT_FIELDS: readonly TFieldSpec[] = [
  { id: 'npsBand', kind: 'enum', values: ['detractor', 'passive', 'promoter'], operators: ENUM_OPERATORS },
  {
    id: 'latestNps',
    kind: 'number',
    min: 0,
    max: 10,
    operators: [...NUMBER_OPERATORS, 'answered', 'skipped'],
  },
  {
    id: 'latestCsat',
    kind: 'number',
    min: 1,
    max: 5,
    operators: [...NUMBER_OPERATORS, 'answered', 'skipped'],
  },
  { id: 'lastResponseAt', kind: 'date' },
  { id: 'responseCount', kind: 'number', min: 0, operators: NUMBER_OPERATORS },
  { id: 'openCases', kind: 'number', min: 0, operators: NUMBER_OPERATORS },
  {
    id: 'sentiment',
    kind: 'enum',
    values: ['negative', 'mixed', 'neutral', 'positive'],
    operators: ENUM_OPERATORS,
  },
  { id: 'topics', kind: 'list', operators: LIST_OPERATORS },
  { id: 'churnRisk', kind: 'enum', values: ['low', 'medium', 'high'], operators: ENUM_OPERATORS },
  { id: 'account.role', kind: 'enum', values: ACCOUNT_ROLES, operators: ENUM_OPERATORS },
  { id: 'contact.email', kind: 'text', operators: TEXT_OPERATORS },
];

const EVENT_FIELD = /^event\.[A-Za-z0-9_.:-]+\.(count|count\d{1,4}d|daysSince)$/;

/** A field's kind and operators, for listed and hand-typed fields alike. */
export function segmentFieldSpec(field: string): TFieldSpec {
  const listed = SEGMENT_FIELDS.find((f) => f.id === field);
  if (listed) return listed;
  if (EVENT_FIELD.test(field)) {
    return {
      id: field,
      kind: 'number',
      min: 0,
      operators: field.endsWith('daysSince')
        ? [...NUMBER_OPERATORS, 'answered', 'skipped']
        : NUMBER_OPERATORS,
    };
  }
  return { id: field, kind: 'text', operators: TEXT_OPERATORS };
}

export const SEGMENT_CATALOGUE: TFieldCatalogue = {
  fields: SEGMENT_FIELDS,
  specOf: segmentFieldSpec,
  labelKey: (field) => `segments.fields.${field.replace('.', '_')}`,
  defaultField: 'npsBand',
  customPlaceholder: 'event.order.delivered.count30d',
};
