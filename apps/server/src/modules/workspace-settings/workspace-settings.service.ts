import type { TUpdateWorkspaceSettingsBody, TWorkspaceSettings } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import {
  generateIdentitySecret,
  openIdentitySecret,
  sealIdentitySecret,
} from '../identity-verification/index';
import { rebuildRollupsJob } from './rollup-rebuild';

/** Where the uploaded logo is served (public: survey pages, the widget and emails show it). */
export function uploadedLogoUrl(workspaceId: string): string {
  return `/api/v1/public/workspaces/${workspaceId}/logo`;
}

export async function readWorkspaceSettings(db: Db, workspaceId: string): Promise<TWorkspaceSettings> {
  const row = await db
    .selectFrom('workspaces')
    .select([
      'id',
      'name',
      'timeZone',
      'defaultLanguage',
      'brandColor',
      'logoUrl',
      'logoContentType',
      'identitySecret',
      'requireIdentityVerification',
      'rollupRebuildStatus',
      'rollupRebuildProgress',
    ])
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('workspace');
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    defaultLanguage: row.defaultLanguage === 'vi' ? 'vi' : 'en',
    brand: {
      color: row.brandColor,
      logoUrl: row.logoUrl ?? (row.logoContentType ? uploadedLogoUrl(row.id) : null),
    },
    identityVerification: {
      required: row.requireIdentityVerification,
      secretSet: row.identitySecret !== null,
    },
    rollupRebuild: { status: row.rollupRebuildStatus, progress: Number(row.rollupRebuildProgress) },
  };
}

/**
 * Changes workspace settings; audit-logged. A new time zone moves every metric day, so the rollups are
 * rebuilt by a job whose progress GET /api/v1/workspace shows. Requiring identity verification needs a
 * secret first (otherwise no page could identify anyone).
 */
export async function updateWorkspaceSettings(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  changes: TUpdateWorkspaceSettingsBody,
): Promise<TWorkspaceSettings> {
  const workspaceId = principal.workspaceId;
  const rebuild = await inTransaction(ctx, async (tx) => {
    const current = await tx
      .selectFrom('workspaces')
      .select(['timeZone', 'identitySecret'])
      .where('id', '=', workspaceId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (changes.requireIdentityVerification && !current.identitySecret) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Generate an identity secret first: pages sign visitor identities with it.',
        [{ name: 'body.requireIdentityVerification', reason: 'no identity secret yet' }],
      );
    }
    const timeZoneChanged = changes.timeZone !== undefined && changes.timeZone !== current.timeZone;
    const set = {
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.timeZone === undefined ? {} : { timeZone: changes.timeZone }),
      ...(changes.defaultLanguage === undefined ? {} : { defaultLanguage: changes.defaultLanguage }),
      ...(changes.brandColor === undefined ? {} : { brandColor: changes.brandColor }),
      // A URL replaces an uploaded logo; null removes both.
      ...(changes.logoUrl === undefined
        ? {}
        : { logoUrl: changes.logoUrl, logoImage: null, logoContentType: null }),
      ...(changes.requireIdentityVerification === undefined
        ? {}
        : { requireIdentityVerification: changes.requireIdentityVerification }),
      ...(timeZoneChanged ? { rollupRebuildStatus: 'queued' as const, rollupRebuildProgress: 0 } : {}),
    };
    if (Object.keys(set).length === 0) return false;
    await tx.updateTable('workspaces').set(set).where('id', '=', workspaceId).execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'workspace.settings_changed',
      actor: actorOf(principal),
      subjectId: workspaceId,
      payload: { ...changes },
    });
    return timeZoneChanged;
  });
  if (rebuild) {
    await ctx.jobs.send(rebuildRollupsJob, { workspaceId }, { singletonKey: workspaceId });
  }
  return readWorkspaceSettings(ctx.db, workspaceId);
}

/** Makes a new identity secret (the old one stops verifying at once) and returns it. Audit-logged. */
export async function rotateIdentitySecret(
  ctx: AppContext,
  principal: WorkspacePrincipal,
): Promise<{ secret: string }> {
  const secret = generateIdentitySecret();
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('workspaces')
      // Sealed at rest: a copied table or backup alone does not let anyone sign identities.
      .set({ identitySecret: sealIdentitySecret(ctx.secretBox, secret) })
      .where('id', '=', principal.workspaceId)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'workspace.identity_secret_rotated',
      actor: actorOf(principal),
      subjectId: principal.workspaceId,
    });
  });
  return { secret };
}

export async function readIdentitySecret(
  ctx: AppContext,
  workspaceId: string,
): Promise<{ secret: string | null }> {
  const row = await ctx.db
    .selectFrom('workspaces')
    .select('identitySecret')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return { secret: row?.identitySecret ? openIdentitySecret(ctx.secretBox, row.identitySecret) : null };
}

const LOGO_TYPES = new Set(['image/png', 'image/jpeg', 'image/svg+xml', 'image/webp', 'image/gif']);
export const LOGO_MAX_BYTES = 256 * 1024;

/** Stores an uploaded logo (PNG, JPEG, WebP, GIF or SVG up to 256 KB); it replaces a logo URL. */
export async function uploadLogo(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  contentType: string,
  bytes: Buffer,
): Promise<TWorkspaceSettings> {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!LOGO_TYPES.has(type)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Upload a PNG, JPEG, WebP, GIF or SVG image.');
  }
  if (bytes.length === 0) throw new AppError('VALIDATION_FAILED', 'The image is empty.');
  await ctx.db
    .updateTable('workspaces')
    .set({ logoImage: bytes, logoContentType: type, logoUrl: null })
    .where('id', '=', principal.workspaceId)
    .execute();
  return readWorkspaceSettings(ctx.db, principal.workspaceId);
}

export async function readLogo(
  db: Db,
  workspaceId: string,
): Promise<{ contentType: string; bytes: Buffer } | null> {
  const row = await db
    .selectFrom('workspaces')
    .select(['logoImage', 'logoContentType'])
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  if (!row?.logoImage || !row.logoContentType) return null;
  return { contentType: row.logoContentType, bytes: row.logoImage };
}

/** The brand public pages and emails show: colour and logo URL (absolute when a base URL is given). */
/**
 * The language of emails and notifications to someone whose own language is unknown (a contact without a
 * `language` attribute): the workspace's default language (Settings → Workspace).
 */
export async function workspaceLanguage(db: Db, workspaceId: string): Promise<'en' | 'vi'> {
  const row = await db
    .selectFrom('workspaces')
    .select('defaultLanguage')
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return row?.defaultLanguage === 'vi' ? 'vi' : 'en';
}

export async function brandOf(
  db: Db,
  workspaceId: string,
  baseUrl = '',
): Promise<{ color: string | null; logoUrl: string | null; defaultLanguage: 'en' | 'vi' }> {
  const settings = await readWorkspaceSettings(db, workspaceId).catch(() => null);
  if (!settings) return { color: null, logoUrl: null, defaultLanguage: 'en' };
  const logo = settings.brand.logoUrl;
  return {
    color: settings.brand.color,
    logoUrl: logo?.startsWith('/') ? `${baseUrl}${logo}` : logo,
    defaultLanguage: settings.defaultLanguage,
  };
}
