import { z } from 'zod';
import { LOCALES, ROLES } from './constants';

/** Ids are UUIDs (v7 for rows created by the app, so they sort by creation time). */
export const ZId = z.uuid();

export const ZRole = z.enum(ROLES);
export const ZLocale = z.enum(LOCALES);

export const ZEmail = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

/** Cursor pagination: `cursor` is opaque to clients; `nextCursor` is null on the last page. */
export const ZPageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export function zPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const ZIdParams = z.strictObject({ id: ZId });

/** RFC 9457 problem details, extended with a stable `code`, the `requestId` and every validation issue. */
export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  requestId: z.string(),
  invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })),
});
export type TProblem = z.infer<typeof ZProblem>;

/** A language code such as `en`, `vi` or `pt-BR`. */
export const ZLanguage = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a language code such as en or vi');
