import {
  ZAlertRule,
  ZAlertRulesQuery,
  ZAlertRuleTestResult,
  ZAnswerFollowUpBody,
  ZCaseDetail,
  ZCaseFollowUp,
  ZCaseNoteBody,
  ZCaseParams,
  ZCaseSummary,
  ZCasesQuery,
  ZCreateAlertRuleBody,
  ZCreateCaseBody,
  ZCreateFollowUpBody,
  ZFollowUpPreview,
  ZFollowUpPreviewQuery,
  ZIdParams,
  ZPublicFollowUp,
  ZPublicFollowUpParams,
  ZTestAlertRuleBody,
  ZUpdateAlertRuleBody,
  ZUpdateCaseBody,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { actorOf, requireWorkspace, type WorkspacePrincipal } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { piiViewOf } from '../../platform/pii-view';
import {
  createAlertRule,
  deleteAlertRule,
  getAlertRule,
  listAlertRules,
  testAlertRule,
  updateAlertRule,
} from './alert-rules.service';
import { getCaseDetail, listCases } from './cases.queries';
import { addCaseNote, createCase, updateCase } from './cases.service';
import { answerFollowUp, createFollowUp, previewFollowUp, previewPublicFollowUp } from './follow-ups.service';

export function caseRoutes(ctx: AppContext) {
  const detail = (principal: WorkspacePrincipal, id: string) =>
    getCaseDetail(ctx, principal.workspaceId, id, piiViewOf(principal));
  return [
    // ---- Alert rules ----
    defineRoute({
      method: 'GET',
      url: '/api/v1/alert-rules',
      tag: 'Alert rules',
      summary: 'List alert rules, with how often each fired in the last 7 days',
      access: 'cases.read',
      query: ZAlertRulesQuery,
      responses: { 200: zPage(ZAlertRule) },
      handler: ({ query, principal }) => listAlertRules(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/alert-rules',
      tag: 'Alert rules',
      summary:
        'Create an alert rule: a condition on new feedback (e.g. {"all": [{"field": "nps", "op": "lte", "value": 6}]}) or a significant drop of a metric (kind "anomaly"); it may open a case',
      access: 'alertRules.manage',
      body: ZCreateAlertRuleBody,
      responses: { 201: ZAlertRule },
      handler: ({ body, principal }) => createAlertRule(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/alert-rules/test',
      tag: 'Alert rules',
      summary: "Dry run: how many of the last N days' responses and reviews a condition would have matched",
      access: 'alertRules.manage',
      body: ZTestAlertRuleBody,
      responses: { 200: ZAlertRuleTestResult },
      handler: ({ body, principal }) => testAlertRule(ctx, requireWorkspace(principal).workspaceId, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/alert-rules/:id',
      tag: 'Alert rules',
      summary: 'Get an alert rule',
      access: 'cases.read',
      params: ZIdParams,
      responses: { 200: ZAlertRule },
      handler: ({ params, principal }) =>
        getAlertRule(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/alert-rules/:id',
      tag: 'Alert rules',
      summary: 'Change an alert rule, or pause/resume it (active)',
      access: 'alertRules.manage',
      params: ZIdParams,
      body: ZUpdateAlertRuleBody,
      responses: { 200: ZAlertRule },
      handler: ({ params, body, principal }) =>
        updateAlertRule(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/alert-rules/:id',
      tag: 'Alert rules',
      summary: 'Delete an alert rule and its alerts (cases it opened stay)',
      access: 'alertRules.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteAlertRule(ctx, requireWorkspace(principal), params.id),
    }),

    // ---- Cases ----
    defineRoute({
      method: 'GET',
      url: '/api/v1/cases',
      tag: 'Cases',
      summary:
        'List cases, newest first: by status, team (a team queue), assignee ("me" for your own), priority, touchpoint, customer, title, or overdue',
      access: 'cases.read',
      query: ZCasesQuery,
      responses: { 200: zPage(ZCaseSummary) },
      handler: ({ query, principal }) => {
        const p = requireWorkspace(principal);
        return listCases(ctx, p.workspaceId, query, p.userId, piiViewOf(p));
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/cases',
      tag: 'Cases',
      summary: 'Open a case by hand; it is routed to the owning team and assigned round-robin unless given',
      access: 'cases.work',
      body: ZCreateCaseBody,
      responses: { 201: ZCaseDetail },
      handler: async ({ body, principal }) => {
        const p = requireWorkspace(principal);
        const created = await createCase(ctx, p.workspaceId, {
          ...body,
          source: p.via === 'api_key' ? 'api' : 'manual',
          actor: actorOf(p),
        });
        return detail(p, created.id);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/cases/:id',
      tag: 'Cases',
      summary: 'A case with its feedback, customer, team, assignee, activity and follow-ups',
      access: 'cases.read',
      params: ZCaseParams,
      responses: { 200: ZCaseDetail },
      handler: ({ params, principal }) => detail(requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/cases/:id',
      tag: 'Cases',
      summary:
        'Change a case: title, description, priority, status (new → in_progress → waiting_on_customer → resolved → closed; reopen to in_progress), team and assignee, outcome',
      access: 'cases.work',
      params: ZCaseParams,
      body: ZUpdateCaseBody,
      responses: { 200: ZCaseDetail },
      handler: async ({ params, body, principal }) => {
        const p = requireWorkspace(principal);
        await updateCase(ctx, p.workspaceId, params.id, body, actorOf(p));
        return detail(p, params.id);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/cases/:id/notes',
      tag: 'Cases',
      summary: 'Add an internal note (never shown to the customer)',
      access: 'cases.work',
      params: ZCaseParams,
      body: ZCaseNoteBody,
      responses: { 201: ZCaseDetail },
      handler: async ({ params, body, principal }) => {
        const p = requireWorkspace(principal);
        await addCaseNote(ctx, p.workspaceId, params.id, body.body, actorOf(p));
        return detail(p, params.id);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/cases/:id/follow-ups/preview',
      tag: 'Cases',
      summary: "A follow-up template filled in for this case's customer, in their language",
      access: 'cases.work',
      params: ZCaseParams,
      query: ZFollowUpPreviewQuery,
      responses: { 200: ZFollowUpPreview },
      handler: ({ params, query, principal }) => {
        const p = requireWorkspace(principal);
        return previewFollowUp(ctx, p.workspaceId, params.id, query.template, actorOf(p));
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/cases/:id/follow-ups',
      tag: 'Cases',
      summary:
        'Email the customer from the case (a template or your own text); queued and sent in the background, with a "Did we resolve this?" reply link',
      access: 'cases.work',
      params: ZCaseParams,
      body: ZCreateFollowUpBody,
      responses: { 202: ZCaseFollowUp },
      handler: ({ params, body, principal }) => {
        const p = requireWorkspace(principal);
        return createFollowUp(ctx, p.workspaceId, params.id, body, actorOf(p));
      },
    }),

    // ---- The customer's reply (public; the token from the email is the proof) ----
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/follow-ups/:token',
      tag: 'Public',
      summary: 'What a follow-up reply link is about, and whether it was answered',
      access: 'public',
      rateLimitPerMinute: 60,
      params: ZPublicFollowUpParams,
      responses: { 200: ZPublicFollowUp },
      handler: ({ params }) => previewPublicFollowUp(ctx, params.token),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/public/follow-ups/:token',
      tag: 'Public',
      summary: 'The customer says whether they felt heard; the first answer is kept',
      access: 'public',
      rateLimitPerMinute: 60,
      bodyLimitBytes: 8_192,
      params: ZPublicFollowUpParams,
      body: ZAnswerFollowUpBody,
      responses: { 200: ZPublicFollowUp },
      handler: ({ params, body }) => answerFollowUp(ctx, params.token, body),
    }),
  ];
}
