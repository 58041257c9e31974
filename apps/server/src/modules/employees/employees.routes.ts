import {
  ZConfidentialitySettings,
  ZConfidentialitySettingsBody,
  ZEmployee,
  ZEmployeeImportBody,
  ZEmployeeImportResult,
  ZEmployeeListQuery,
  ZEmployeeSurveyBudget,
  ZIdParams,
  ZOrgChart,
  ZProgrammeScheduleBody,
  ZProgrammeScheduleResult,
  zPage,
} from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { anonymousComments, ZAnonymousComments, ZAnonymousCommentsQuery } from './anonymous-comments';
import { getConfidentialitySettings, setConfidentialitySettings } from './confidentiality-settings';
import { getEmployeeSurveyBudget, setEmployeeSurveyBudget } from './employee-invitations';
import { importEmployees, listEmployees, orgChart } from './employees.service';
import { deleteSchedule, getSchedule, setSchedule } from './programme-schedules';

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
      url: '/api/v1/surveys/:id/comments',
      tag: 'Employees',
      summary:
        'Comments of an anonymous employee survey once closed: the whole and each group of a reporting attribute (groupBy) with at least the comment threshold of commenters (10 by default), as sorted lists with sentiment counts; smaller groups, and one more where subtraction would reveal them, answer {"suppressed": true}',
      access: 'responses.read',
      params: ZIdParams,
      query: ZAnonymousCommentsQuery,
      responses: { 200: ZAnonymousComments },
      handler: ({ params, query, principal }) =>
        anonymousComments(ctx, requireWorkspace(principal).workspaceId, params.id, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/surveys/:id/schedule',
      tag: 'Employees',
      summary:
        'The schedule of an employee programme (null when it is sent by hand) and its waves, newest first',
      access: 'workspace.read',
      params: ZIdParams,
      responses: { 200: ZProgrammeScheduleResult },
      handler: ({ params, principal }) =>
        getSchedule(ctx.db, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/surveys/:id/schedule',
      tag: 'Employees',
      summary:
        'Run an employee programme on a schedule, e.g. {"cadence": "monthly"} or {"cadence": "quarterly", "scope": "per_department"}: each run sends a new wave (a copy of this survey) by email, reminds and closes it',
      access: 'surveys.manage',
      params: ZIdParams,
      body: ZProgrammeScheduleBody,
      responses: { 200: ZProgrammeScheduleResult },
      handler: ({ params, body, principal }) =>
        setSchedule(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/surveys/:id/schedule',
      tag: 'Employees',
      summary: 'Stop the schedule (waves already sent stay as they are)',
      access: 'surveys.manage',
      params: ZIdParams,
      responses: { 200: ZProgrammeScheduleResult },
      handler: ({ params, principal }) => deleteSchedule(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/settings/confidentiality',
      tag: 'Employees',
      summary:
        'Confidentiality thresholds of anonymous results: the minimum group size k (default 5, never below 3) and the minimum group for comments (default 10)',
      access: 'workspace.read',
      responses: { 200: ZConfidentialitySettings },
      handler: ({ principal }) => getConfidentialitySettings(ctx.db, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/settings/confidentiality',
      tag: 'Employees',
      summary:
        'Change the thresholds, e.g. {"minGroupSize": 7, "minCommentGroupSize": 12}; null restores a default; below 3 is refused',
      access: 'settings.manage',
      body: ZConfidentialitySettingsBody,
      responses: { 200: ZConfidentialitySettings },
      handler: ({ body, principal }) => setConfidentialitySettings(ctx, requireWorkspace(principal), body),
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
