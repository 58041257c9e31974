import { SURVEY_TEMPLATES } from '@touchpoint/core';
import {
  ZCreateSurveyBody,
  ZCreateSurveyLinkBody,
  ZIdParams,
  ZQrQuery,
  ZSurvey,
  ZSurveyLink,
  ZSurveyListQuery,
  ZSurveyTemplate,
  ZUpdateSurveyBody,
  zPage,
} from '@touchpoint/schemas';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  createSurvey,
  createSurveyLink,
  deleteSurvey,
  getSurvey,
  listSurveys,
  setSurveyStatus,
  updateSurvey,
} from './surveys.service';

export function surveyRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/surveys',
      tag: 'Surveys',
      summary: 'List surveys, newest first',
      access: 'workspace.read',
      query: ZSurveyListQuery,
      responses: { 200: zPage(ZSurvey) },
      handler: ({ query, principal }) => listSurveys(ctx, requireWorkspace(principal).workspaceId, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/surveys',
      tag: 'Surveys',
      summary: 'Create a survey (a draft) with questions, hidden fields, logic and endings',
      access: 'surveys.manage',
      body: ZCreateSurveyBody,
      responses: { 201: ZSurvey },
      handler: ({ body, principal }) => createSurvey(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/surveys/:id',
      tag: 'Surveys',
      summary: 'A survey with its definition',
      access: 'workspace.read',
      params: ZIdParams,
      responses: { 200: ZSurvey },
      handler: ({ params, principal }) => getSurvey(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/surveys/:id',
      tag: 'Surveys',
      summary: 'Change a survey; a changed definition gets a new version (responses keep theirs)',
      access: 'surveys.manage',
      params: ZIdParams,
      body: ZUpdateSurveyBody,
      responses: { 200: ZSurvey },
      handler: ({ params, body, principal }) =>
        updateSurvey(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/surveys/:id',
      tag: 'Surveys',
      summary: 'Delete a survey that has no responses (close it otherwise)',
      access: 'surveys.manage',
      params: ZIdParams,
      responses: { 204: null },
      handler: ({ params, principal }) => deleteSurvey(ctx, requireWorkspace(principal), params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/surveys/:id/publish',
      tag: 'Surveys',
      summary: 'Publish: the hosted link and the widget start taking answers',
      access: 'surveys.manage',
      params: ZIdParams,
      responses: { 200: ZSurvey },
      handler: ({ params, principal }) =>
        setSurveyStatus(ctx, requireWorkspace(principal), params.id, 'published'),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/surveys/:id/close',
      tag: 'Surveys',
      summary: 'Close: no more answers are taken; existing responses stay',
      access: 'surveys.manage',
      params: ZIdParams,
      responses: { 200: ZSurvey },
      handler: ({ params, principal }) =>
        setSurveyStatus(ctx, requireWorkspace(principal), params.id, 'closed'),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/survey-templates',
      tag: 'Surveys',
      summary:
        'Ready bilingual templates: relationship NPS, transactional CSAT, post-support CES, eNPS pulse, product-market fit',
      access: 'workspace.read',
      responses: { 200: z.object({ items: z.array(ZSurveyTemplate) }) },
      handler: async () => ({ items: SURVEY_TEMPLATES }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/surveys/:id/qr',
      tag: 'Surveys',
      summary: 'A QR code of the hosted link, as SVG or PNG, for print and point of sale',
      access: 'workspace.read',
      params: ZIdParams,
      query: ZQrQuery,
      responses: { 200: null },
      handler: async ({ params, query, principal, reply }) => {
        const survey = await getSurvey(ctx, requireWorkspace(principal).workspaceId, params.id);
        const url = new URL(survey.hostedUrl);
        url.searchParams.set('channel', 'qr');
        if (query.language) url.searchParams.set('lang', query.language);
        const filename = `survey-${survey.id}.${query.format}`;
        reply.header('content-disposition', `inline; filename="${filename}"`);
        if (query.format === 'png') {
          const png = await QRCode.toBuffer(url.toString(), { type: 'png', width: query.size, margin: 2 });
          return reply.type('image/png').send(png);
        }
        const svg = await QRCode.toString(url.toString(), { type: 'svg', width: query.size, margin: 2 });
        return reply.type('image/svg+xml').send(svg);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/surveys/:id/links',
      tag: 'Surveys',
      summary: 'Create a personal (optionally single-use) link tied to a contact',
      access: 'surveys.manage',
      params: ZIdParams,
      body: ZCreateSurveyLinkBody,
      responses: { 201: ZSurveyLink },
      handler: ({ params, body, principal }) =>
        createSurveyLink(ctx, requireWorkspace(principal), params.id, body),
    }),
  ];
}
