import { z } from 'zod';
import { CONDITION_OPERATORS } from './constants';

/**
 * One condition language for survey logic, alerts, automations and segments:
 * `{all: [...]}`, `{any: [...]}`, `{not: ...}` or a leaf `{field, op, value?}`. In survey logic a field is a
 * question id or `hidden.<id>`.
 */
export type TCondition =
  | { all: TCondition[] }
  | { any: TCondition[] }
  | { not: TCondition }
  | { field: string; op: (typeof CONDITION_OPERATORS)[number]; value?: unknown };

export const ZConditionLeaf = z.strictObject({
  field: z.string().min(1).max(100),
  op: z.enum(CONDITION_OPERATORS),
  value: z
    .union([
      z.string().max(2000),
      z.number(),
      z.boolean(),
      z.array(z.union([z.string().max(200), z.number()])).max(100),
    ])
    .optional(),
});

export const ZCondition: z.ZodType<TCondition> = z.lazy(() =>
  z
    .union([
      z.strictObject({ all: z.array(ZCondition).min(1).max(50) }),
      z.strictObject({ any: z.array(ZCondition).min(1).max(50) }),
      z.strictObject({ not: ZCondition }),
      ZConditionLeaf,
    ])
    // Named so the OpenAPI document can refer to the recursive schema as #/components/schemas/Condition.
    .meta({ id: 'Condition' }),
) as z.ZodType<TCondition>;
