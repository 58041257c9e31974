import {
  ZDisplayBody,
  ZIdParams,
  ZPublicSurvey,
  ZResponse,
  ZResponseExportQuery,
  ZResponseListQuery,
  ZSubmission,
  ZSubmissionResult,
  zPage,
} from '@touchpoint/schemas';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { piiViewOf } from '../../platform/pii-view';
import { withScreenedContact, workspaceOfSurvey } from '../identity-verification/index';
import {
  findAnswerableSurvey,
  presentPublicSurvey,
  recordDisplay,
  submitResponse,
} from './ingestion.service';
import { exportResponsesCsv, getResponse, listResponses } from './responses.service';

const PUBLIC_BODY_LIMIT = 64 * 1024;
// Lower-cased: the same survey id in another letter case must not get a fresh bucket.
const perSurvey = (request: FastifyRequest) =>
  `survey:${((request.params as { id?: string }).id ?? '').toLowerCase()}`;

function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[\x21-\x7e]{8,200}$/.test(value)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The Idempotency-Key header must be 8–200 visible ASCII characters.',
      [{ name: 'headers.idempotency-key', reason: '8–200 visible ASCII characters, e.g. a UUID' }],
    );
  }
  return value;
}

export function responseRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/surveys/:id',
      tag: 'Public',
      summary: 'A published survey as respondents see it (for the hosted page and the widget)',
      access: 'public',
      rateLimitPerMinute: ctx.limits.publicPerIpPerMinute * 3,
      params: ZIdParams,
      responses: { 200: ZPublicSurvey },
      handler: async ({ params }) => presentPublicSurvey(await findAnswerableSurvey(ctx, params.id)),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/public/surveys/:id/displays',
      tag: 'Public',
      summary: 'Record that the survey was shown (for response rates per channel)',
      access: 'public',
      rateLimitPerMinute: ctx.limits.publicPerIpPerMinute * 3,
      extraRateLimits: [{ perMinute: ctx.limits.publicPerSurveyPerMinute, key: perSurvey }],
      bodyLimitBytes: PUBLIC_BODY_LIMIT,
      params: ZIdParams,
      body: ZDisplayBody,
      responses: { 201: z.object({ id: z.uuid() }) },
      handler: async ({ params, body }) =>
        recordDisplay(
          ctx,
          params.id,
          body.contact
            ? await withScreenedContact(
                ctx.db,
                ctx.secretBox,
                await workspaceOfSurvey(ctx.db, params.id),
                body,
              )
            : body,
        ),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/public/surveys/:id/responses',
      tag: 'Public',
      summary:
        'Submit answers (partial or final). Send one Idempotency-Key per response: the same key updates the same response and never creates two',
      access: 'public',
      rateLimitPerMinute: ctx.limits.publicPerIpPerMinute,
      extraRateLimits: [{ perMinute: ctx.limits.publicPerSurveyPerMinute, key: perSurvey }],
      bodyLimitBytes: PUBLIC_BODY_LIMIT,
      params: ZIdParams,
      body: ZSubmission,
      responses: { 201: ZSubmissionResult },
      // A page-supplied contact without a valid userHash is dropped where the workspace requires one: the
      // answer is then stored as anonymous (identity-verification module).
      handler: async ({ params, body, req }) =>
        submitResponse(
          ctx,
          params.id,
          idempotencyKeyOf(req),
          body.contact
            ? await withScreenedContact(
                ctx.db,
                ctx.secretBox,
                await workspaceOfSurvey(ctx.db, params.id),
                body,
              )
            : body,
        ),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/responses',
      tag: 'Responses',
      summary:
        'List responses, newest first, filtered by survey, touchpoint, dates, NPS band, language, completion',
      access: 'responses.read',
      query: ZResponseListQuery,
      responses: { 200: zPage(ZResponse) },
      handler: ({ query, principal }) => {
        const workspace = requireWorkspace(principal);
        return listResponses(ctx, workspace.workspaceId, query, piiViewOf(workspace));
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/responses/export.csv',
      tag: 'Responses',
      summary:
        'Stream the filtered responses as CSV (UTF-8 with BOM; one column per question when a survey is chosen)',
      access: 'responses.export',
      query: ZResponseExportQuery,
      responses: { 200: null },
      handler: async ({ query, principal, reply }) => {
        const workspace = requireWorkspace(principal);
        const stream = await exportResponsesCsv(ctx, workspace.workspaceId, query, piiViewOf(workspace));
        const date = new Date().toISOString().slice(0, 10);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="touchpoint-responses-${date}.csv"`)
          .send(stream);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/responses/:id',
      tag: 'Responses',
      summary: 'One response with its answers (option ids and scores as stored)',
      access: 'responses.read',
      params: ZIdParams,
      responses: { 200: ZResponse },
      handler: ({ params, principal }) =>
        getResponse(
          ctx,
          requireWorkspace(principal).workspaceId,
          params.id,
          piiViewOf(requireWorkspace(principal)),
        ),
    }),
  ];
}
