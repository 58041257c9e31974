import {
  ZIdParams,
  ZNbaRule,
  ZNbaRuleCreate,
  ZNbaRuleUpdate,
  ZNbaSuggestions,
  ZNbaTakeBody,
  ZNbaTaken,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { piiViewOf } from '../../platform/pii-view';
import { accountNextBestActions, contactNextBestActions, takeNextBestAction } from './nba.service';
import { createNbaRule, deleteNbaRule, findNbaRule, listNbaRules, updateNbaRule } from './nba-rules.service';

const RULE_FIELDS =
  'The condition uses the segment language: npsBand, latestNps, lastResponseAt, responseCount, openCases, churnRisk, churnScore, sentiment, contact.<attribute>, account.role|name|<attribute>, event.<name>.count<N>d, event.<name>.daysSince. Actions: create_case {title, priority, withinHours?}, send_survey {surveyId?}, send_email {templateId?}, assign_owner {teamId?}; what is left open is chosen when the action is taken';

export function nextBestActionRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/contacts/:id/next-best-actions',
      tag: 'Next best action',
      summary:
        'Suggested actions for a person from the workspace rules, each with its evidence, and the actions taken recently',
      access: 'contacts.read',
      params: ZIdParams,
      responses: { 200: ZNbaSuggestions },
      handler: ({ params, principal }) => {
        const workspace = requireWorkspace(principal);
        return contactNextBestActions(ctx, workspace.workspaceId, params.id, piiViewOf(workspace));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/accounts/:id/next-best-actions',
      tag: 'Next best action',
      summary: 'Suggested actions for the people of an account (with their role and evidence)',
      access: 'contacts.read',
      params: ZIdParams,
      responses: { 200: ZNbaSuggestions },
      handler: ({ params, principal }) => {
        const workspace = requireWorkspace(principal);
        return accountNextBestActions(ctx, workspace.workspaceId, params.id, piiViewOf(workspace));
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/next-best-actions/take',
      tag: 'Next best action',
      summary:
        'Do a suggested action for a person (create the case, send the survey or the template email, assign the account owner) and record it; 409 when it is not suggested now. Sending needs invitations.send, assigning an owner contacts.write',
      access: 'cases.work',
      body: ZNbaTakeBody,
      responses: { 201: ZNbaTaken },
      handler: ({ body, principal }) => takeNextBestAction(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/next-best-action/rules',
      tag: 'Next best action',
      summary: 'The workspace rules (the built-in defaults included), highest priority first',
      access: 'contacts.read',
      responses: { 200: zPage(ZNbaRule) },
      handler: ({ principal }) => listNbaRules(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/next-best-action/rules',
      tag: 'Next best action',
      summary: `Create a rule. ${RULE_FIELDS}`,
      access: 'automations.manage',
      body: ZNbaRuleCreate,
      responses: { 201: ZNbaRule },
      handler: ({ body, principal }) => createNbaRule(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/next-best-action/rules/:id',
      tag: 'Next best action',
      summary: 'One rule',
      access: 'contacts.read',
      params: ZIdParams,
      responses: { 200: ZNbaRule },
      handler: ({ params, principal }) =>
        findNbaRule(ctx.db, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/next-best-action/rules/:id',
      tag: 'Next best action',
      summary: `Change a rule or turn it off (active: false). ${RULE_FIELDS}`,
      access: 'automations.manage',
      params: ZIdParams,
      body: ZNbaRuleUpdate,
      responses: { 200: ZNbaRule },
      handler: ({ params, body, principal }) =>
        updateNbaRule(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/next-best-action/rules/:id',
      tag: 'Next best action',
      summary: 'Delete a rule of the workspace (a built-in one is turned off instead: 409)',
      access: 'automations.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteNbaRule(ctx, requireWorkspace(principal), params.id),
    }),
  ];
}
