import {
  ZIdentitySecret,
  ZIdParams,
  ZUpdateWorkspaceSettingsBody,
  ZWorkspaceSettings,
} from '@touchpoint/schemas';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { requireUser, requireWorkspace } from '../../platform/http/principal';
import { defineRoute } from '../../platform/http/route';
import {
  LOGO_MAX_BYTES,
  readIdentitySecret,
  readLogo,
  readWorkspaceSettings,
  rotateIdentitySecret,
  updateWorkspaceSettings,
  uploadLogo,
} from './workspace-settings.service';

const ZLogoUploadBody = z.strictObject({
  contentType: z.string().trim().min(1).max(100),
  /** The image, base64-encoded (at most 256 KB decoded). */
  data: z
    .string()
    .min(1)
    .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 8),
});

export function workspaceSettingsRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspace',
      tag: 'Workspaces',
      summary:
        'Workspace settings: time zone, default language, brand, identity verification and the progress of a rollup rebuild',
      access: 'workspace.read',
      responses: { 200: ZWorkspaceSettings },
      handler: ({ principal }) => readWorkspaceSettings(ctx.db, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/workspace',
      tag: 'Workspaces',
      summary:
        'Change workspace settings: name, timeZone (IANA; metric days follow it and are rebuilt), defaultLanguage, brandColor, logoUrl, requireIdentityVerification',
      access: 'settings.manage',
      body: ZUpdateWorkspaceSettingsBody,
      responses: { 200: ZWorkspaceSettings },
      handler: ({ principal, body }) => updateWorkspaceSettings(ctx, requireWorkspace(principal), body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/workspace/identity-secret',
      tag: 'Workspaces',
      summary:
        'The secret your server signs visitor identities with (HMAC-SHA256 of the external id or email → userHash); null until generated',
      access: 'settings.manage',
      responses: { 200: ZIdentitySecret },
      handler: ({ principal }) => readIdentitySecret(ctx, requireWorkspace(principal).workspaceId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/workspace/identity-secret',
      tag: 'Workspaces',
      summary: 'Generate or rotate the identity secret; hashes made with the old one stop verifying at once',
      access: 'settings.manage',
      responses: { 200: ZIdentitySecret },
      // A person's decision, like the sign-in policy: an API key may not replace the secret.
      handler: ({ principal }) => {
        requireUser(principal);
        return rotateIdentitySecret(ctx, requireWorkspace(principal));
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/workspace/logo',
      tag: 'Workspaces',
      summary:
        'Upload the brand logo (PNG, JPEG, WebP, GIF or SVG, base64, up to 256 KB); replaces a logo URL',
      access: 'settings.manage',
      bodyLimitBytes: 400 * 1024,
      body: ZLogoUploadBody,
      responses: { 200: ZWorkspaceSettings },
      handler: ({ principal, body }) => {
        const bytes = Buffer.from(body.data, 'base64');
        if (bytes.length > LOGO_MAX_BYTES) {
          throw new AppError('PAYLOAD_TOO_LARGE', 'The logo may be at most 256 KB.');
        }
        return uploadLogo(ctx, requireWorkspace(principal), body.contentType, bytes);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/workspaces/:id/logo',
      tag: 'Public',
      summary: "A workspace's uploaded logo (shown on its survey pages, widget, help center and emails)",
      access: 'public',
      rateLimitPerMinute: ctx.limits.publicPerIpPerMinute * 3,
      params: ZIdParams,
      responses: { 200: null },
      handler: async ({ params, reply }) => {
        const logo = await readLogo(ctx.db, params.id);
        if (!logo) throw AppError.notFound('logo');
        // SVG may carry script: served as an image with a sandboxing policy so opening it directly is inert.
        return reply
          .header('content-type', logo.contentType)
          .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'public, max-age=300')
          .send(logo.bytes);
      },
    }),
  ];
}
