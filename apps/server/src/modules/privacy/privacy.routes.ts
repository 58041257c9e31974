import {
  ZConsent,
  ZConsentParams,
  ZContactExportQuery,
  ZCreateConsentBody,
  ZErasure,
  ZErasureByIdentifierQuery,
  ZIdParams,
  ZPrivacySettings,
  ZRetentionCounts,
  ZRetentionPreviewBody,
  ZSelfServiceParams,
  ZSelfServiceRequestBody,
  ZUpdatePrivacySettingsBody,
} from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import { listConsents, recordConsent, withdrawConsent } from './consent.service';
import { getErasure, requestErasure } from './erasure.service';
import { exportContact, exportToZip } from './export.service';
import {
  getPrivacySettings,
  previewRetention,
  runRetentionFor,
  updatePrivacySettings,
} from './retention.service';
import { requestSelfServiceExport } from './self-service.service';

const ZErasureAnswer = ZErasure;

export function privacyRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/contacts/:id/export',
      tag: 'Privacy',
      summary:
        'Everything held about a person (all merged profiles): identities, attributes, events, responses, reviews they wrote, conversations, cases and notes, invitations and emails, consents and unsubscribes, accounts, segments, churn predictions. format=zip gives export.json plus one CSV per section',
      access: 'contacts.write',
      params: ZIdParams,
      query: ZContactExportQuery,
      responses: { 200: z.record(z.string(), z.unknown()) },
      handler: async ({ params, query, principal, reply }) => {
        const workspace = requireWorkspace(principal);
        const data = await exportContact(ctx, workspace.workspaceId, params.id);
        const name = `touchpoint-contact-${params.id}-${data.exportedAt.slice(0, 10)}`;
        if (query.format === 'zip') {
          return reply
            .type('application/zip')
            .header('content-disposition', `attachment; filename="${name}.zip"`)
            .send(Buffer.from(exportToZip(data)));
        }
        reply.header('content-disposition', `attachment; filename="${name}.json"`);
        return data;
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/contacts/:id',
      tag: 'Privacy',
      summary:
        'Erase a person (every merged profile) everywhere their data was copied, keeping only anonymous scores; answers 202 with a job to poll (200 with the same job when asked again)',
      access: 'contacts.write',
      params: ZIdParams,
      responses: { 202: ZErasureAnswer },
      handler: async ({ params, principal, reply }) => {
        const { erasure, created } = await requestErasure(ctx, requireWorkspace(principal), {
          contactId: params.id,
        });
        await reply.code(created ? 202 : 200).send(erasure);
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/contacts',
      tag: 'Privacy',
      summary: 'Erase a person found by ?email= or ?externalId= (as DELETE /api/v1/contacts/:id)',
      access: 'contacts.write',
      query: ZErasureByIdentifierQuery,
      responses: { 202: ZErasureAnswer },
      handler: async ({ query, principal, reply }) => {
        if (Boolean(query.email) === Boolean(query.externalId)) {
          throw new AppError('VALIDATION_FAILED', 'Give exactly one of ?email= or ?externalId=.', [
            { name: 'query', reason: 'exactly one of email, externalId' },
          ]);
        }
        const target = query.email ? { email: query.email } : { externalId: query.externalId as string };
        const { erasure, created } = await requestErasure(ctx, requireWorkspace(principal), target);
        await reply.code(created ? 202 : 200).send(erasure);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/privacy/erasures/:id',
      tag: 'Privacy',
      summary: 'Progress of an erasure (status queued → running → done; stepsDone of stepsTotal)',
      access: 'contacts.write',
      params: ZIdParams,
      responses: { 200: ZErasure },
      handler: ({ params, principal }) => getErasure(ctx, requireWorkspace(principal).workspaceId, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/contacts/:id/consents',
      tag: 'Privacy',
      summary: "A person's consent records (channel, purpose, when, source, withdrawn), newest first",
      access: 'contacts.read',
      params: ZIdParams,
      responses: { 200: z.object({ items: z.array(ZConsent) }) },
      handler: async ({ params, principal }) => ({
        items: await listConsents(ctx, requireWorkspace(principal).workspaceId, params.id),
      }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/contacts/:id/consents',
      tag: 'Privacy',
      summary: 'Record a consent given (or refused with granted=false) on a channel for a purpose',
      access: 'contacts.write',
      params: ZIdParams,
      body: ZCreateConsentBody,
      responses: { 201: ZConsent },
      handler: ({ params, body, principal }) =>
        recordConsent(ctx, requireWorkspace(principal), params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/contacts/:id/consents/:consentId/withdraw',
      tag: 'Privacy',
      summary: 'Withdraw a consent (the record stays, with the time it was withdrawn)',
      access: 'contacts.write',
      params: ZConsentParams,
      responses: { 200: ZConsent },
      handler: ({ params, principal }) =>
        withdrawConsent(ctx, requireWorkspace(principal), params.id, params.consentId),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/privacy/settings',
      tag: 'Privacy',
      summary: 'Retention limits and the self-service data request page',
      access: 'settings.manage',
      responses: { 200: ZPrivacySettings },
      handler: ({ principal }) => getPrivacySettings(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/privacy/settings',
      tag: 'Privacy',
      summary:
        'Change retention (delete or anonymise responses, conversations and events older than N days) or the self-service page',
      access: 'settings.manage',
      body: ZUpdatePrivacySettingsBody,
      responses: { 200: ZPrivacySettings },
      handler: ({ body, principal }) => updatePrivacySettings(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/privacy/retention/preview',
      tag: 'Privacy',
      summary:
        'Dry run: how many rows retention would delete or anonymise with these settings (nothing changes)',
      access: 'settings.manage',
      body: ZRetentionPreviewBody,
      responses: { 200: ZRetentionCounts },
      handler: ({ body, principal }) => previewRetention(ctx, requireWorkspace(principal).workspaceId, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/privacy/retention/run',
      tag: 'Privacy',
      summary: 'Apply the saved retention now (it also runs every day)',
      access: 'settings.manage',
      responses: { 200: ZRetentionCounts },
      handler: ({ principal }) => runRetentionFor(ctx, requireWorkspace(principal)),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/public/privacy/:workspaceId/requests',
      tag: 'Privacy',
      summary:
        'A customer asks for a copy of their data: a known address receives a single-use link valid one hour; answers 202 either way',
      access: 'public',
      rateLimitPerMinute: 5,
      params: ZSelfServiceParams,
      body: ZSelfServiceRequestBody,
      responses: { 202: z.object({ status: z.literal('check_email') }) },
      handler: async ({ params, body, reply }) => {
        void requestSelfServiceExport(ctx, params.workspaceId, body.email).catch((error: unknown) =>
          ctx.logger.warn({ err: error }, 'could not send a data export link'),
        );
        await reply.code(202).send({ status: 'check_email' });
      },
    }),
  ];
}
