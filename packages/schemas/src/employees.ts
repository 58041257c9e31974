import { z } from 'zod';
import { ZId } from './common';

// Employees: the staff directory (separate from customers) and its import.

/** At most this many people per import call (the CLI sends larger files in batches). */
export const MAX_EMPLOYEE_IMPORT = 5_000;

/** One person as an import gives them; each item is checked on its own so one bad row does not stop the rest. */
export const ZEmployeeImportItem = z.strictObject({
  email: z.string().trim().max(254).pipe(z.email()),
  name: z.string().trim().max(200).default(''),
  department: z.string().trim().max(200).nullable().optional(),
  location: z.string().trim().max(200).nullable().optional(),
  teamId: ZId.nullable().optional(),
  managerEmail: z.string().trim().max(254).pipe(z.email()).nullable().optional(),
  startDate: z.iso.date().nullable().optional(),
  attributes: z.record(z.string().max(100), z.string().max(500)).optional(),
});
export type TEmployeeImportItem = z.infer<typeof ZEmployeeImportItem>;

export const ZEmployeeImportBody = z.strictObject({
  items: z.array(z.unknown()).min(1).max(MAX_EMPLOYEE_IMPORT),
  /**
   * `true` when the items are the whole staff list: anyone not in it is marked as having left (never
   * deleted). Leavers are only marked when every item was valid, so a typo cannot mark someone as gone.
   */
  full: z.boolean().default(false),
});

export const ZEmployeeImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  markedLeft: z.number().int(),
  errors: z.array(z.object({ index: z.number().int(), reason: z.string() })),
});
export type TEmployeeImportResult = z.infer<typeof ZEmployeeImportResult>;

export const ZEmployee = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  teamId: ZId.nullable(),
  managerEmail: z.string().nullable(),
  startDate: z.string().nullable(),
  attributes: z.record(z.string(), z.string()),
  leftAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TEmployee = z.infer<typeof ZEmployee>;

export const ZEmployeeListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
  department: z.string().trim().max(200).optional(),
  /** Matches name or email (case-insensitive substring). */
  q: z.string().trim().max(200).optional(),
  /** Include people marked as having left (default: only current staff). */
  includeLeft: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TEmployeeListQuery = z.infer<typeof ZEmployeeListQuery>;

export interface TOrgNode {
  id: string;
  email: string;
  name: string;
  department: string | null;
  reports: TOrgNode[];
}
export const ZOrgNode: z.ZodType<TOrgNode> = z.lazy(() =>
  z.object({
    id: ZId,
    email: z.string(),
    name: z.string(),
    department: z.string().nullable(),
    reports: z.array(ZOrgNode),
  }),
);

export const ZOrgChart = z.object({
  /** People with no manager in the directory (or whose manager chain loops) are roots. */
  roots: z.array(ZOrgNode),
  /** Manager emails that name nobody in the directory. */
  unknownManagers: z.array(z.string()),
});
export type TOrgChart = z.infer<typeof ZOrgChart>;

/** Reporting attributes an anonymous programme may keep on each response. */
export const EMPLOYEE_REPORTING_ATTRIBUTES = ['department', 'location', 'tenure'] as const;
export type TEmployeeReportingAttribute = (typeof EMPLOYEE_REPORTING_ATTRIBUTES)[number];
