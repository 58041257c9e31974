import { can, type TPermission, type TRole } from '@touchpoint/schemas';
import { AppError } from '../errors';

/** The caller of a request, resolved once from the session cookie or the API key. */
export interface Principal {
  via: 'session' | 'api_key' | 'system';
  /** The signed-in person (null for API keys). */
  userId: string | null;
  /** The workspace this request acts in; null for a signed-in person who belongs to none. */
  workspaceId: string | null;
  role: TRole | null;
  sessionTokenHash: string | null;
  csrfToken: string | null;
  apiKeyId: string | null;
  /** The workspace requires two-factor sign-in and this person has not set it up: only set-up routes work. */
  twoFactorSetupRequired?: boolean;
}

/** `user:<id>` or `api_key:<id>`, as recorded in the audit log. */
export function actorOf(principal: Principal): string {
  if (principal.via === 'system') return 'system';
  return principal.userId ? `user:${principal.userId}` : `api_key:${principal.apiKeyId}`;
}

/** Touchpoint itself acting in a workspace (demo seed, jobs): an admin that no request can become. */
export function systemPrincipal(workspaceId: string): WorkspacePrincipal {
  return {
    via: 'system',
    userId: null,
    workspaceId,
    role: 'admin',
    sessionTokenHash: null,
    csrfToken: null,
    apiKeyId: null,
  };
}

export interface WorkspacePrincipal extends Principal {
  workspaceId: string;
  role: TRole;
}

export function requireWorkspace(principal: Principal | null, permission?: TPermission): WorkspacePrincipal {
  if (!principal) throw new AppError('UNAUTHENTICATED');
  if (!principal.workspaceId || !principal.role) {
    throw new AppError(
      'FORBIDDEN',
      'You are not a member of any workspace yet. Create one or accept an invitation.',
    );
  }
  if (permission && !can(principal.role, permission)) {
    throw new AppError('FORBIDDEN', `The ${principal.role} role may not do this (needs ${permission}).`);
  }
  return principal as WorkspacePrincipal;
}

export function requireUser(principal: Principal | null): Principal & { userId: string } {
  if (!principal) throw new AppError('UNAUTHENTICATED');
  if (!principal.userId)
    throw new AppError('FORBIDDEN', 'This endpoint is for signed-in people, not API keys.');
  return principal as Principal & { userId: string };
}
