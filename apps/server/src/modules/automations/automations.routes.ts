import {
  ZAddCouponCodesBody,
  ZAddCouponCodesResult,
  ZAutomationDryRunBody,
  ZAutomationDryRunResult,
  ZAutomationRule,
  ZAutomationRuleDryRunBody,
  ZAutomationRun,
  ZAutomationRunsQuery,
  ZCouponPool,
  ZCreateAutomationRuleBody,
  ZCreateCouponPoolBody,
  ZIdParams,
  ZPageQuery,
  ZUpdateAutomationRuleBody,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { addCouponCodes, createCouponPool, getCouponPool, listCouponPools } from './coupons.service';
import {
  createAutomationRule,
  deleteAutomationRule,
  dryRunDraftRule,
  dryRunSavedRule,
  getAutomationRule,
  listAutomationRules,
  listAutomationRuns,
  updateAutomationRule,
} from './rules.service';

/** 10,000 codes of up to 100 characters, quoted, with room to spare. */
const CODES_BODY_LIMIT = 2 * 1024 * 1024;

export function automationRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/automation-rules',
      tag: 'Automations',
      summary: 'List automation rules with how often each ran and its last run',
      access: 'automations.manage',
      query: ZPageQuery,
      responses: { 200: zPage(ZAutomationRule) },
      handler: ({ query, principal }) =>
        listAutomationRules(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/automation-rules',
      tag: 'Automations',
      summary: 'Create a rule: trigger → condition → ordered actions (inactive until enabled)',
      access: 'automations.manage',
      body: ZCreateAutomationRuleBody,
      responses: { 201: ZAutomationRule },
      handler: ({ body, principal }) => createAutomationRule(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/automation-rules/dry-run',
      tag: 'Automations',
      summary:
        'Test a trigger and condition against past data: how often it would have fired (no action runs)',
      access: 'automations.manage',
      body: ZAutomationDryRunBody,
      responses: { 200: ZAutomationDryRunResult },
      handler: ({ body, principal }) => dryRunDraftRule(ctx, requireWorkspace(principal).workspaceId, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/automation-rules/:id',
      tag: 'Automations',
      summary: 'Get an automation rule',
      access: 'automations.manage',
      params: ZIdParams,
      responses: { 200: ZAutomationRule },
      handler: ({ params, principal }) =>
        getAutomationRule(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/automation-rules/:id',
      tag: 'Automations',
      summary: 'Change a rule, or enable/disable it with {active}',
      access: 'automations.manage',
      params: ZIdParams,
      body: ZUpdateAutomationRuleBody,
      responses: { 200: ZAutomationRule },
      handler: ({ params, body, principal }) =>
        updateAutomationRule(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/automation-rules/:id',
      tag: 'Automations',
      summary: 'Delete a rule and its run log',
      access: 'automations.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteAutomationRule(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/automation-rules/:id/dry-run',
      tag: 'Automations',
      summary: 'Test a saved rule against past data (no action runs)',
      access: 'automations.manage',
      params: ZIdParams,
      body: ZAutomationRuleDryRunBody,
      responses: { 200: ZAutomationDryRunResult },
      handler: ({ params, body, principal }) =>
        dryRunSavedRule(ctx, requireWorkspace(principal).workspaceId, params.id, body.days),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/automation-rules/:id/runs',
      tag: 'Automations',
      summary: 'The run log of a rule, newest first, with what each action did',
      access: 'automations.manage',
      params: ZIdParams,
      query: ZAutomationRunsQuery,
      responses: { 200: zPage(ZAutomationRun) },
      handler: ({ params, query, principal }) =>
        listAutomationRuns(ctx, requireWorkspace(principal).workspaceId, params.id, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/coupon-pools',
      tag: 'Automations',
      summary: 'List coupon pools with their total, assigned and free codes',
      access: 'automations.manage',
      query: ZPageQuery,
      responses: { 200: zPage(ZCouponPool) },
      handler: ({ query, principal }) => listCouponPools(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/coupon-pools',
      tag: 'Automations',
      summary: 'Create a coupon pool (add its codes next)',
      access: 'automations.manage',
      body: ZCreateCouponPoolBody,
      responses: { 201: ZCouponPool },
      handler: ({ body, principal }) => createCouponPool(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/coupon-pools/:id',
      tag: 'Automations',
      summary: 'Get a coupon pool with its counts',
      access: 'automations.manage',
      params: ZIdParams,
      responses: { 200: ZCouponPool },
      handler: ({ params, principal }) =>
        getCouponPool(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/coupon-pools/:id/codes',
      tag: 'Automations',
      summary: 'Add unique codes to a pool (up to 10,000 per call; repeats are reported, not added)',
      access: 'automations.manage',
      params: ZIdParams,
      body: ZAddCouponCodesBody,
      bodyLimitBytes: CODES_BODY_LIMIT,
      responses: { 200: ZAddCouponCodesResult },
      handler: ({ params, body, principal }) =>
        addCouponCodes(ctx, requireWorkspace(principal), params.id, body.codes),
    }),
  ];
}
