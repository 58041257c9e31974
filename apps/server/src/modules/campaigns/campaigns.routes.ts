import {
  ZCampaign,
  ZCampaignCreate,
  ZCampaignRecipient,
  ZCampaignRecipientQuery,
  ZEmailTemplate,
  ZEmailTemplateCreate,
  ZEmailTemplateUpdate,
  ZIdParams,
  ZPageQuery,
  zPage,
} from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { piiViewOf } from '../../platform/pii-view';
import {
  createCampaign,
  getCampaign,
  listCampaignRecipients,
  listCampaigns,
  sendCampaign,
} from './campaigns.service';
import {
  createEmailTemplate,
  deleteEmailTemplate,
  getEmailTemplate,
  listEmailTemplates,
  updateEmailTemplate,
} from './email-templates.service';

export function campaignRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/campaigns',
      tag: 'Campaigns',
      summary:
        'Create a campaign: a survey ({survey: {surveyId}}) or an email template ({email: {templateId, priority}}) to a segment; send: true starts sending at once. Each person gets it in their language, under the contact budget (by priority) and unsubscribes; skips are kept with their reason',
      access: 'invitations.send',
      body: ZCampaignCreate,
      responses: { 201: ZCampaign },
      handler: ({ body, principal }) => createCampaign(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/campaigns',
      tag: 'Campaigns',
      summary: 'Campaigns, newest first, with their results',
      access: 'contacts.read',
      query: ZPageQuery,
      responses: { 200: zPage(ZCampaign) },
      handler: ({ query, principal }) => listCampaigns(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/campaigns/:id',
      tag: 'Campaigns',
      summary:
        'A campaign with its progress and results: sent, skipped by reason, opened (a link clicked or the survey shown), answered',
      access: 'contacts.read',
      params: ZIdParams,
      responses: { 200: ZCampaign },
      handler: ({ params, principal }) =>
        getCampaign(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/campaigns/:id/send',
      tag: 'Campaigns',
      summary: 'Send a draft campaign (a job; follow its progress on the campaign). A failed one resumes',
      access: 'invitations.send',
      params: ZIdParams,
      responses: { 202: ZCampaign },
      handler: ({ params, principal }) => sendCampaign(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/campaigns/:id/recipients',
      tag: 'Campaigns',
      summary: 'The people of a campaign and what happened to each (status, skip reason and why), paged',
      access: 'contacts.read',
      params: ZIdParams,
      query: ZCampaignRecipientQuery,
      responses: { 200: zPage(ZCampaignRecipient) },
      handler: ({ params, query, principal }) => {
        const workspace = requireWorkspace(principal);
        return listCampaignRecipients(ctx, workspace.workspaceId, params.id, query, piiViewOf(workspace));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/email-templates',
      tag: 'Campaigns',
      summary: 'Email templates (a subject and body per language; {{customerName}} is replaced)',
      access: 'contacts.read',
      responses: { 200: zPage(ZEmailTemplate) },
      handler: ({ principal }) => listEmailTemplates(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/email-templates',
      tag: 'Campaigns',
      summary: 'Create an email template: {name, defaultLanguage, content: {en: {subject, body}, vi: {…}}}',
      access: 'automations.manage',
      body: ZEmailTemplateCreate,
      responses: { 201: ZEmailTemplate },
      handler: ({ body, principal }) => createEmailTemplate(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/email-templates/:id',
      tag: 'Campaigns',
      summary: 'One email template',
      access: 'contacts.read',
      params: ZIdParams,
      responses: { 200: ZEmailTemplate },
      handler: ({ params, principal }) =>
        getEmailTemplate(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/email-templates/:id',
      tag: 'Campaigns',
      summary: 'Change an email template',
      access: 'automations.manage',
      params: ZIdParams,
      body: ZEmailTemplateUpdate,
      responses: { 200: ZEmailTemplate },
      handler: ({ params, body, principal }) =>
        updateEmailTemplate(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/email-templates/:id',
      tag: 'Campaigns',
      summary: 'Delete an email template (campaigns sent with it keep their results)',
      access: 'automations.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteEmailTemplate(ctx, requireWorkspace(principal), params.id),
    }),
  ];
}
