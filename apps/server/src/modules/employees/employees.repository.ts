import type { TEmployee } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/database';

export function employeeRows(db: Db | Tx, workspaceId: string) {
  return db
    .selectFrom('employees')
    .select([
      'id',
      'email',
      'name',
      'department',
      'location',
      'teamId',
      'managerEmail',
      sql<string | null>`start_date::text`.as('startDate'),
      'attributes',
      'leftAt',
      'createdAt',
      'updatedAt',
    ])
    .where('workspaceId', '=', workspaceId);
}

export type EmployeeRow = Awaited<ReturnType<ReturnType<typeof employeeRows>['execute']>>[number];

export function presentEmployee(row: EmployeeRow): TEmployee {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    department: row.department,
    location: row.location,
    teamId: row.teamId,
    managerEmail: row.managerEmail,
    startDate: row.startDate,
    attributes: row.attributes ?? {},
    leftAt: row.leftAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A current (not left) employee by email, case-insensitive. */
export function findActiveEmployeeByEmail(db: Db | Tx, workspaceId: string, email: string) {
  return employeeRows(db, workspaceId)
    .where(sql<boolean>`lower(email) = ${email.toLowerCase()}`)
    .where('leftAt', 'is', null)
    .executeTakeFirst();
}

/** A person of the directory by id (a leaver too: an invitation sent before they left still counts). */
export function findEmployeeById(db: Db | Tx, workspaceId: string, id: string) {
  return employeeRows(db, workspaceId).where('id', '=', id).executeTakeFirst();
}

/** The reporting attributes an anonymous response may keep for this person (tenure in bands). */
export function employeeReportingValues(
  employee: Pick<EmployeeRow, 'department' | 'location' | 'startDate'>,
  on: Date,
): Record<string, string | undefined> {
  let tenure: string | undefined;
  if (employee.startDate) {
    const years = (on.getTime() - Date.parse(`${employee.startDate}T00:00:00Z`)) / (365.25 * 86_400_000);
    tenure = years < 1 ? 'under-1y' : years < 3 ? '1-3y' : years < 5 ? '3-5y' : '5y-plus';
  }
  return {
    department: employee.department ?? undefined,
    location: employee.location ?? undefined,
    tenure,
  };
}
