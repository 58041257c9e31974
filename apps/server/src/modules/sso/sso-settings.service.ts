import type { TRole, TSsoSettings, TUpdateSsoSettingsBody } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { assertUsableIssuer } from './oidc-provider-client';

export const CLIENT_SECRET_PURPOSE = 'workspace_sso.client_secret';
export const CALLBACK_PATH = '/api/v1/auth/sso/callback';

export function redirectUriOf(ctx: AppContext): string {
  return `${ctx.publicUrl}${CALLBACK_PATH}`;
}

export async function readSsoSettings(ctx: AppContext, workspaceId: string): Promise<TSsoSettings> {
  const row = await ctx.db
    .selectFrom('workspaceSso')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  const common = {
    redirectUri: redirectUriOf(ctx),
    signInUrl: `${ctx.publicUrl}/api/v1/auth/sso/start?workspace=${workspaceId}`,
  };
  if (!row) {
    return {
      configured: false,
      enabled: false,
      issuerUrl: null,
      clientId: null,
      hasClientSecret: false,
      allowedDomains: [],
      requireSso: false,
      jitRole: null,
      ...common,
    };
  }
  return {
    configured: true,
    enabled: row.enabled,
    issuerUrl: row.issuerUrl,
    clientId: row.clientId,
    hasClientSecret: row.clientSecret.length > 0,
    allowedDomains: row.allowedDomains,
    requireSso: row.requireSso,
    jitRole: row.jitRole,
    ...common,
  };
}

/**
 * Saves the workspace's SSO settings; the client secret is sealed before it is stored and never answered.
 * Requiring SSO is refused for an API key (a person's decision) and audit-logged like every change.
 */
export async function saveSsoSettings(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: TUpdateSsoSettingsBody,
): Promise<TSsoSettings> {
  assertUsableIssuer(body.issuerUrl);
  const issuerUrl = body.issuerUrl.replace(/\/$/, '');
  const existing = await ctx.db
    .selectFrom('workspaceSso')
    .select(['clientSecret', 'requireSso', 'jitRole', 'enabled'])
    .where('workspaceId', '=', principal.workspaceId)
    .executeTakeFirst();
  if (!existing && !body.clientSecret) {
    throw new AppError('VALIDATION_FAILED', 'Enter the client secret the provider gave you.', [
      { name: 'body.clientSecret', reason: 'required the first time' },
    ]);
  }
  const clientSecret = body.clientSecret
    ? ctx.secretBox.seal(body.clientSecret, CLIENT_SECRET_PURPOSE)
    : (existing?.clientSecret as string);
  const values = {
    enabled: body.enabled ?? existing?.enabled ?? true,
    issuerUrl,
    clientId: body.clientId,
    clientSecret,
    allowedDomains: [...new Set(body.allowedDomains)],
    requireSso: body.requireSso ?? existing?.requireSso ?? false,
    jitRole: (body.jitRole === undefined ? (existing?.jitRole ?? null) : body.jitRole) as TRole | null,
    updatedAt: new Date(),
  };
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('workspaceSso')
      .values({ workspaceId: principal.workspaceId, ...values })
      .onConflict((oc) => oc.column('workspaceId').doUpdateSet(values))
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'workspace.sso_changed',
      actor: actorOf(principal),
      subjectId: principal.workspaceId,
      // Never the secret, not even sealed: only whether it changed.
      payload: {
        enabled: values.enabled,
        issuerUrl,
        clientId: body.clientId,
        clientSecretChanged: Boolean(body.clientSecret),
        allowedDomains: values.allowedDomains,
        requireSso: values.requireSso,
        jitRole: values.jitRole,
      },
    });
  });
  return readSsoSettings(ctx, principal.workspaceId);
}
