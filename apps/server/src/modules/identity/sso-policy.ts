import type { Db } from '../../platform/db/database';

// Where a workspace requires single sign-on, its members may not act there with a password session;
// its admins may (the break-glass way in when the provider is down or misconfigured). A session opened by
// a workspace's SSO acts in that workspace only.

/** The workspaces where this person may not work with a password-opened session. */
export async function workspacesRequiringSso(db: Db, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('workspaceSso', 'workspaceSso.workspaceId', 'memberships.workspaceId')
    .select('memberships.workspaceId')
    .where('memberships.userId', '=', userId)
    .where('memberships.role', '!=', 'admin')
    .where('workspaceSso.enabled', '=', true)
    .where('workspaceSso.requireSso', '=', true)
    .execute();
  return new Set(rows.map((row) => row.workspaceId));
}

/** The workspace a session opened by SSO is bound to, or null for a password session. */
export async function ssoWorkspaceOfSession(db: Db, tokenHash: string): Promise<string | null> {
  const row = await db
    .selectFrom('sessions')
    .select('ssoWorkspaceId')
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
  return row?.ssoWorkspaceId ?? null;
}
