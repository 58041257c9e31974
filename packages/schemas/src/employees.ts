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

/**
 * The workspace's confidentiality thresholds for anonymous results: the smallest group shown (`k`, 5 by
 * default, never below 3) and the smallest group whose comments are shown (10 by default, never below k).
 * `null` restores the default.
 */
export const ZConfidentialitySettingsBody = z
  .strictObject({
    minGroupSize: z.number().int().min(3).max(1000).nullable().optional(),
    minCommentGroupSize: z.number().int().min(3).max(1000).nullable().optional(),
  })
  .refine(
    (body) =>
      typeof body.minGroupSize !== 'number' ||
      typeof body.minCommentGroupSize !== 'number' ||
      body.minCommentGroupSize >= body.minGroupSize,
    { message: 'comments need a group at least as large as results', path: ['minCommentGroupSize'] },
  );
export type TConfidentialitySettingsBody = z.infer<typeof ZConfidentialitySettingsBody>;

export const ZConfidentialitySettings = z.object({
  /** In force: the setting or the default. */
  minGroupSize: z.number().int(),
  minCommentGroupSize: z.number().int(),
  /** What was set (null: the default applies). */
  configured: z.object({
    minGroupSize: z.number().int().nullable(),
    minCommentGroupSize: z.number().int().nullable(),
  }),
  floor: z.number().int(),
});
export type TConfidentialitySettings = z.infer<typeof ZConfidentialitySettings>;

export const PROGRAMME_CADENCES = ['weekly', 'monthly', 'quarterly'] as const;

/**
 * An employee programme on a schedule: every `cadence` the programme's survey is copied into a new wave,
 * published and sent by email to everyone (or the listed departments), reminded after `remindAfterDays`
 * and closed after `closeAfterDays` (anonymous results show once a wave is closed). `per_department`
 * makes one wave per department each time (for example quarterly per department).
 */
export const ZProgrammeScheduleBody = z.strictObject({
  cadence: z.enum(PROGRAMME_CADENCES),
  scope: z.enum(['everyone', 'per_department']).default('everyone'),
  departments: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  remindAfterDays: z.number().int().min(1).max(30).nullable().default(null),
  closeAfterDays: z.number().int().min(1).max(90).default(14),
  /** The first run (default: now, so the first wave goes out within minutes). */
  startAt: z.iso.datetime({ offset: true }).optional(),
});
export type TProgrammeScheduleBody = z.infer<typeof ZProgrammeScheduleBody>;

export const ZProgrammeWave = z.object({
  surveyId: ZId,
  name: z.string(),
  series: z.string(),
  wave: z.number().int(),
  status: z.string(),
  closeAt: z.iso.datetime({ offset: true }),
  createdAt: z.iso.datetime({ offset: true }),
});

export const ZProgrammeSchedule = z.object({
  id: ZId,
  surveyId: ZId,
  cadence: z.enum(PROGRAMME_CADENCES),
  scope: z.enum(['everyone', 'per_department']),
  departments: z.array(z.string()),
  remindAfterDays: z.number().int().nullable(),
  closeAfterDays: z.number().int(),
  nextRunAt: z.iso.datetime({ offset: true }),
  lastRunAt: z.iso.datetime({ offset: true }).nullable(),
  lastError: z.string().nullable(),
  waves: z.array(ZProgrammeWave),
});
export type TProgrammeSchedule = z.infer<typeof ZProgrammeSchedule>;
export const ZProgrammeScheduleResult = z.object({ schedule: ZProgrammeSchedule.nullable() });
