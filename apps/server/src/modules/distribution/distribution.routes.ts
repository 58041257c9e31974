import {
  ZContactBudget,
  ZIdParams,
  ZPageQuery,
  ZSendInvitationsBody,
  ZSendInvitationsResult,
  ZSurveyInvitation,
  ZUnsubscribeParams,
  ZUnsubscribePreview,
  ZWidgetConfig,
  ZWidgetConfigQuery,
  ZWidgetEligibleBody,
  ZWidgetEligibleResult,
  zPage,
} from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { piiViewOf } from '../../platform/pii-view';
import { withScreenedContact } from '../identity-verification/index';
import { getContactBudget, setContactBudget } from './contact-budget.service';
import {
  findInvitableSurvey,
  listSurveyInvitations,
  previewUnsubscribe,
  sendInvitations,
  unsubscribe,
} from './invitations.service';
import { findWidgetSurvey, getWidgetConfig } from './widget.service';

const ZContactBudgetSetting = z.object({ contactBudget: ZContactBudget.nullable() });

export function distributionRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/settings/contact-budget',
      tag: 'Distribution',
      summary: 'The workspace contact budget (null when surveys are not limited)',
      access: 'workspace.read',
      responses: { 200: ZContactBudgetSetting },
      handler: async ({ principal }) => ({
        contactBudget: await getContactBudget(ctx.db, requireWorkspace(principal).workspaceId),
      }),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/settings/contact-budget',
      tag: 'Distribution',
      summary:
        'Limit surveys per contact across every channel, e.g. {"maxSurveys": 1, "perDays": 7}. A survey is held back only by recent surveys of the same or higher priority',
      access: 'settings.manage',
      body: ZContactBudget,
      responses: { 200: ZContactBudgetSetting },
      handler: ({ body, principal }) => setContactBudget(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/settings/contact-budget',
      tag: 'Distribution',
      summary: 'Remove the contact budget (surveys keep their own cadence and sampling)',
      access: 'settings.manage',
      responses: { 200: ZContactBudgetSetting },
      handler: ({ principal }) => setContactBudget(ctx, requireWorkspace(principal), null),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/surveys/:id/invitations',
      tag: 'Distribution',
      summary:
        'Invite people by email with personal single-use links (and a reminder to those who have not answered); answers what was sent and what was skipped, and why',
      access: 'invitations.send',
      params: ZIdParams,
      body: ZSendInvitationsBody,
      responses: { 200: ZSendInvitationsResult },
      handler: ({ params, body, principal }) =>
        sendInvitations(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/surveys/:id/invitations',
      tag: 'Distribution',
      summary: 'Invitations of a survey, newest first: sent, skipped (with the reason), reminded, answered',
      access: 'responses.read',
      params: ZIdParams,
      query: ZPageQuery,
      responses: { 200: zPage(ZSurveyInvitation) },
      handler: async ({ params, query, principal }) => {
        const workspace = requireWorkspace(principal);
        if (!(await findInvitableSurvey(ctx.db, workspace.workspaceId, params.id))) {
          throw AppError.notFound('survey');
        }
        return listSurveyInvitations(ctx, workspace.workspaceId, params.id, query, piiViewOf(workspace));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/widget/config',
      tag: 'Public',
      summary:
        'What the website widget listens for on this workspace’s sites (click selectors, events, exit intent)',
      access: 'public',
      rateLimitPerMinute: ctx.limits.publicPerIpPerMinute * 3,
      query: ZWidgetConfigQuery,
      responses: { 200: ZWidgetConfig },
      handler: ({ query }) => getWidgetConfig(ctx, query.workspaceId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/public/widget/eligible',
      tag: 'Public',
      summary:
        'The survey (at most one) the widget may show for a trigger: matching triggers, targeting and the contact budget decided on the server',
      access: 'public',
      rateLimitPerMinute: ctx.limits.publicPerIpPerMinute * 3,
      bodyLimitBytes: 64 * 1024,
      body: ZWidgetEligibleBody,
      responses: { 200: ZWidgetEligibleResult },
      // A page-supplied contact without a valid userHash is dropped where the workspace requires one.
      handler: async ({ body }) =>
        findWidgetSurvey(ctx, await withScreenedContact(ctx.db, ctx.secretBox, body.workspaceId, body)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/unsubscribe/:token',
      tag: 'Public',
      summary: 'What an unsubscribe link is for (the token from the email is the proof)',
      access: 'public',
      rateLimitPerMinute: 60,
      params: ZUnsubscribeParams,
      responses: { 200: ZUnsubscribePreview },
      handler: ({ params }) => previewUnsubscribe(ctx, params.token),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/public/unsubscribe/:token',
      tag: 'Public',
      summary: 'Unsubscribe from all surveys of this workspace, on every channel',
      access: 'public',
      rateLimitPerMinute: 60,
      params: ZUnsubscribeParams,
      responses: { 200: ZUnsubscribePreview },
      handler: ({ params }) => unsubscribe(ctx, params.token),
    }),
  ];
}
