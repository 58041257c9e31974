import {
  ZEmployee,
  ZEmployeeImportBody,
  ZEmployeeImportResult,
  ZEmployeeListQuery,
  ZEmployeeSurveyBudget,
  ZOrgChart,
  zPage,
} from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { getEmployeeSurveyBudget, setEmployeeSurveyBudget } from './employee-invitations';
import { importEmployees, listEmployees, orgChart } from './employees.service';

const ZEmployeeSurveyBudgetSetting = z.object({ employeeSurveyBudget: ZEmployeeSurveyBudget.nullable() });

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
    defineRoute({
      method: 'GET',
      url: '/api/v1/settings/employee-survey-budget',
      tag: 'Employees',
      summary: 'The per-employee survey budget (null when employee surveys are not limited)',
      access: 'workspace.read',
      responses: { 200: ZEmployeeSurveyBudgetSetting },
      handler: async ({ principal }) => ({
        employeeSurveyBudget: await getEmployeeSurveyBudget(ctx.db, requireWorkspace(principal).workspaceId),
      }),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/settings/employee-survey-budget',
      tag: 'Employees',
      summary:
        'Limit employee surveys per person across every employee programme, e.g. {"maxSurveys": 2, "perDays": 30}; an invitation over it is skipped with over_budget',
      access: 'settings.manage',
      body: ZEmployeeSurveyBudget,
      responses: { 200: ZEmployeeSurveyBudgetSetting },
      handler: ({ body, principal }) => setEmployeeSurveyBudget(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/settings/employee-survey-budget',
      tag: 'Employees',
      summary: 'Remove the per-employee survey budget',
      access: 'settings.manage',
      responses: { 200: ZEmployeeSurveyBudgetSetting },
      handler: ({ principal }) => setEmployeeSurveyBudget(ctx, requireWorkspace(principal), null),
    }),
  ];
}
