import {
  ZEmployee,
  ZEmployeeImportBody,
  ZEmployeeImportResult,
  ZEmployeeListQuery,
  ZOrgChart,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { importEmployees, listEmployees, orgChart } from './employees.service';

export function employeeRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/employees/import',
      tag: 'Employees',
      summary:
        'Import staff into the employee directory (updates by email; `full` marks people not listed as left)',
      access: 'employees.manage',
      body: ZEmployeeImportBody,
      responses: { 200: ZEmployeeImportResult },
      handler: ({ body, principal }) => importEmployees(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/employees',
      tag: 'Employees',
      summary: 'The employee directory, by email, filtered by department or a search on name and email',
      access: 'employees.manage',
      query: ZEmployeeListQuery,
      responses: { 200: zPage(ZEmployee) },
      handler: ({ query, principal }) => listEmployees(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/employees/org-chart',
      tag: 'Employees',
      summary: 'Current staff as a tree of who reports to whom (from each person’s manager email)',
      access: 'employees.manage',
      responses: { 200: ZOrgChart },
      handler: ({ principal }) => orgChart(ctx, requireWorkspace(principal).workspaceId),
    }),
  ];
}
