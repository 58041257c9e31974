import {
  ZActionPlan,
  ZActionPlanDetail,
  ZActionPlansQuery,
  ZCreateActionPlanBody,
  ZIdParams,
  ZLinkPlanCasesBody,
  ZPlanCaseParams,
  ZUpdateActionPlanBody,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { piiViewOf } from '../../platform/pii-view';
import {
  createActionPlan,
  deleteActionPlan,
  getActionPlan,
  linkCases,
  listActionPlans,
  unlinkCase,
  updateActionPlan,
} from './action-plans.service';

export function actionPlanRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/action-plans',
      tag: 'Action plans',
      summary: 'List action plans, newest first (filter by status or owner team)',
      access: 'cases.read',
      query: ZActionPlansQuery,
      responses: { 200: zPage(ZActionPlan) },
      handler: ({ query, principal }) => listActionPlans(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/action-plans',
      tag: 'Action plans',
      summary: 'Create an action plan for a root cause (topic, touchpoint, owner team, due date, metric)',
      access: 'actionPlans.manage',
      body: ZCreateActionPlanBody,
      responses: { 201: ZActionPlanDetail },
      handler: ({ body, principal }) => createActionPlan(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/action-plans/:id',
      tag: 'Action plans',
      summary: 'An action plan with its cases, its metric before and after, and its notices',
      access: 'cases.read',
      params: ZIdParams,
      responses: { 200: ZActionPlanDetail },
      handler: ({ params, principal }) => {
        const workspace = requireWorkspace(principal);
        return getActionPlan(ctx, workspace.workspaceId, params.id, piiViewOf(workspace));
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/action-plans/:id',
      tag: 'Action plans',
      summary: 'Change a plan; status done with an announcement sends "you said, we did" notices once',
      access: 'actionPlans.manage',
      params: ZIdParams,
      body: ZUpdateActionPlanBody,
      responses: { 200: ZActionPlanDetail },
      handler: ({ params, body, principal }) =>
        updateActionPlan(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/action-plans/:id',
      tag: 'Action plans',
      summary: 'Delete a plan (its cases stay, unlinked)',
      access: 'actionPlans.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteActionPlan(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/action-plans/:id/cases',
      tag: 'Action plans',
      summary: 'Link cases to the plan by id or by number (a case belongs to one plan at most)',
      access: 'actionPlans.manage',
      params: ZIdParams,
      body: ZLinkPlanCasesBody,
      responses: { 200: ZActionPlanDetail },
      handler: ({ params, body, principal }) => linkCases(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/action-plans/:id/cases/:caseId',
      tag: 'Action plans',
      summary: 'Unlink a case from the plan',
      access: 'actionPlans.manage',
      params: ZPlanCaseParams,
      responses: { 200: ZActionPlanDetail },
      handler: ({ params, principal }) =>
        unlinkCase(ctx, requireWorkspace(principal), params.id, params.caseId),
    }),
  ];
}
