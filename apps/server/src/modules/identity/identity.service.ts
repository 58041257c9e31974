import {
  isIanaTimeZone,
  permissionsOf,
  type TLocale,
  type TMe,
  type TRole,
  type TSignUpPending,
} from '@touchpoint/schemas';
import type { FastifyReply } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { hashPassword, verifyPassword } from '../../platform/crypto';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import type { Principal } from '../../platform/http/principal';
import { assertAcceptablePassword } from './password-policy';
import { endSession, startSession } from './sessions';
import { notifySignUpAttempt } from './sign-up-notice';
import { ssoWorkspaceOfSession, workspacesRequiringSso } from './sso-policy';
import { verifySecondFactor } from './two-factor';

// Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
const DUMMY_HASH = hashPassword('touchpoint-timing-equaliser');

export interface NewUser {
  email: string;
  password: string;
  name: string;
  locale?: TLocale;
}

/** Inserts a user; an email that already has an account is a 409, whatever its letter case. */
export async function insertUser(tx: Tx, user: NewUser): Promise<string> {
  assertAcceptablePassword(user.password, [user.email, user.name]);
  const id = uuidv7();
  const existing = await tx
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', user.email.toLowerCase()))
    .executeTakeFirst();
  if (existing)
    throw new AppError('EMAIL_TAKEN', 'An account with this email already exists. Sign in instead.');
  await tx
    .insertInto('users')
    .values({
      id,
      email: user.email.toLowerCase(),
      name: user.name,
      passwordHash: await hashPassword(user.password),
      locale: user.locale ?? 'en',
    })
    .execute();
  return id;
}

/** Creates a workspace with the given person as its admin. */
export async function insertWorkspace(
  tx: Tx,
  name: string,
  adminUserId: string,
  options: { isDemo?: boolean; timeZone?: string | undefined } = {},
): Promise<string> {
  const workspaceId = uuidv7();
  // The browser's zone at sign-up; an unknown name falls back to UTC rather than refusing the sign-up.
  const timeZone = options.timeZone && isIanaTimeZone(options.timeZone) ? options.timeZone : 'UTC';
  await tx
    .insertInto('workspaces')
    .values({ id: workspaceId, name, isDemo: options.isDemo ?? false, timeZone })
    .execute();
  await tx.insertInto('memberships').values({ workspaceId, userId: adminUserId, role: 'admin' }).execute();
  await recordEvent(tx, {
    workspaceId,
    type: 'workspace.created',
    actor: `user:${adminUserId}`,
    subjectId: workspaceId,
    payload: { name },
  });
  return workspaceId;
}

/**
 * Whether public sign-up is open now. On an invitation-only server (TOUCHPOINT_SIGNUP=invite) the very
 * first account can still be created, by whoever sets the server up; after that only invitations add people.
 */
export async function signUpMode(ctx: AppContext): Promise<'open' | 'invite'> {
  if (ctx.signUp === 'open') return 'open';
  const anyUser = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return anyUser ? 'invite' : 'open';
}

const SIGN_UP_PENDING: TSignUpPending = {
  status: 'check_email',
  detail: 'Check your inbox: we have sent you an email about how to continue.',
};

/**
 * Creates the account and its workspace and signs in (201). An email that already has an account gets
 * the same kind of answer as any accepted sign-up — 202 "check your inbox", after the same password-hashing
 * work — and its owner an email saying someone tried to sign up with it; nothing is created, so the form
 * cannot tell anyone whether an address has an account. Refused when sign-up is by invitation only.
 */
export async function signUp(
  ctx: AppContext,
  reply: FastifyReply,
  input: NewUser & { workspaceName: string; timeZone?: string | undefined },
): Promise<TMe | TSignUpPending> {
  if ((await signUpMode(ctx)) === 'invite') {
    throw new AppError(
      'SIGN_UP_CLOSED',
      'New accounts on this server are by invitation only. Ask an admin of your workspace to invite you.',
    );
  }
  // Checked before looking the email up: a weak password is refused the same way for any address.
  assertAcceptablePassword(input.password, [input.email, input.name]);
  const existingUserId = await findUserIdByEmail(ctx.db, input.email);
  let created: { userId: string; workspaceId: string } | null = null;
  if (!existingUserId) {
    try {
      created = await inTransaction(ctx, async (tx) => {
        const userId = await insertUser(tx, input);
        const workspaceId = await insertWorkspace(tx, input.workspaceName, userId, {
          timeZone: input.timeZone,
        });
        return { userId, workspaceId };
      });
    } catch (error) {
      // Someone signed up with the same email a moment ago: answer as for any existing account.
      if (!(error instanceof AppError && error.code === 'EMAIL_TAKEN')) throw error;
    }
  }
  if (!created) {
    // The same argon2 work a new account costs, so the answer takes as long either way.
    await hashPassword(input.password);
    const ownerId = existingUserId ?? (await findUserIdByEmail(ctx.db, input.email));
    if (ownerId) notifySignUpAttempt(ctx, ownerId);
    // Sent here rather than returned: the route's default status is the 201 of a new account.
    await reply.code(202).send(SIGN_UP_PENDING);
    return SIGN_UP_PENDING;
  }
  const session = await startSession(ctx, reply, created.userId, created.workspaceId);
  return buildMe(ctx.db, sessionPrincipal(created.userId, created.workspaceId, 'admin', session));
}

/** The user with this email (case-insensitive), if any. */
export async function findUserIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const user = await db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return user?.id;
}

export async function signIn(
  ctx: AppContext,
  reply: FastifyReply,
  input: { email: string; password: string; code?: string | undefined },
): Promise<TMe> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'passwordHash', 'totpEnabledAt'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.toLowerCase()))
    .executeTakeFirst();
  const isValid = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), input.password);
  if (!user || !isValid) throw new AppError('INVALID_CREDENTIALS', 'The email or the password is wrong.');
  if (user.totpEnabledAt) {
    if (!input.code) {
      throw new AppError(
        'TWO_FACTOR_REQUIRED',
        'Enter the 6-digit code from your authenticator app (or one of your recovery codes).',
      );
    }
    if (!(await verifySecondFactor(ctx.db, ctx.secretBox, user.id, input.code))) {
      throw new AppError(
        'INVALID_TWO_FACTOR_CODE',
        'That code does not match or was already used. Try the next one.',
      );
    }
  }
  // A workspace that requires SSO is not opened by a password (unless the person is its admin).
  return signInAs(ctx, reply, user.id, undefined, await workspacesRequiringSso(ctx.db, user.id));
}

/** Starts a session for a known user in their most recently joined workspace. */
export async function signInAs(
  ctx: AppContext,
  reply: FastifyReply,
  userId: string,
  workspaceId?: string,
  requiringSso: Set<string> = new Set(),
): Promise<TMe> {
  const membership = await ctx.db
    .selectFrom('memberships')
    .select(['workspaceId', 'role'])
    .where('userId', '=', userId)
    .where('deactivatedAt', 'is', null)
    .$if(Boolean(workspaceId), (q) => q.where('workspaceId', '=', workspaceId as string))
    .$if(requiringSso.size > 0, (q) => q.where('workspaceId', 'not in', [...requiringSso]))
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
  if (!membership && requiringSso.size > 0) {
    throw new AppError(
      'SSO_REQUIRED',
      'Your workspace signs in through single sign-on. Choose "Sign in with SSO" and use your work account.',
    );
  }
  const session = await startSession(ctx, reply, userId, membership?.workspaceId ?? null);
  return buildMe(
    ctx.db,
    sessionPrincipal(userId, membership?.workspaceId ?? null, membership?.role ?? null, session),
  );
}

export async function signOut(
  ctx: AppContext,
  reply: FastifyReply,
  principal: Principal | null,
): Promise<void> {
  await endSession(ctx.db, reply, principal?.sessionTokenHash ?? null);
}

export async function updateMe(
  ctx: AppContext,
  principal: Principal & { userId: string },
  changes: { name?: string; locale?: TLocale },
): Promise<TMe> {
  if (changes.name !== undefined || changes.locale !== undefined) {
    await ctx.db.updateTable('users').set(changes).where('id', '=', principal.userId).execute();
  }
  return buildMe(ctx.db, principal);
}

export async function createWorkspace(
  ctx: AppContext,
  principal: Principal & { userId: string },
  name: string,
): Promise<TMe> {
  const workspaceId = await inTransaction(ctx, (tx) => insertWorkspace(tx, name, principal.userId));
  return switchWorkspace(ctx, principal, workspaceId);
}

export async function switchWorkspace(
  ctx: AppContext,
  principal: Principal & { userId: string },
  workspaceId: string,
): Promise<TMe> {
  const membership = await ctx.db
    .selectFrom('memberships')
    .select(['role', 'deactivatedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', principal.userId)
    .executeTakeFirst();
  // Not a member answers exactly like a workspace that does not exist.
  if (!membership) throw AppError.notFound('workspace');
  if (membership.deactivatedAt) {
    throw new AppError('FORBIDDEN', 'Your access to this workspace has been deactivated by an admin.');
  }
  if (principal.sessionTokenHash) {
    const ssoWorkspaceId = await ssoWorkspaceOfSession(ctx.db, principal.sessionTokenHash);
    if (ssoWorkspaceId && ssoWorkspaceId !== workspaceId) {
      throw new AppError(
        'FORBIDDEN',
        'You signed in through the single sign-on of another workspace. Sign out and sign in again to open this one.',
      );
    }
    if (!ssoWorkspaceId && (await workspacesRequiringSso(ctx.db, principal.userId)).has(workspaceId)) {
      throw new AppError(
        'SSO_REQUIRED',
        'This workspace signs in through single sign-on: sign out, then choose "Sign in with SSO".',
      );
    }
  }
  if (principal.sessionTokenHash) {
    await ctx.db
      .updateTable('sessions')
      .set({ workspaceId })
      .where('tokenHash', '=', principal.sessionTokenHash)
      .execute();
  }
  return buildMe(ctx.db, { ...principal, workspaceId, role: membership.role });
}

export function sessionPrincipal(
  userId: string,
  workspaceId: string | null,
  role: TRole | null,
  session: { tokenHash: string; csrfToken: string },
): Principal {
  return {
    via: 'session',
    userId,
    workspaceId,
    role,
    sessionTokenHash: session.tokenHash,
    csrfToken: session.csrfToken,
    apiKeyId: null,
  };
}

/** The caller as the web app and integrations see it: who, where, with which role and permissions. */
export async function buildMe(db: Db, principal: Principal): Promise<TMe> {
  if (!principal.workspaceId || !principal.role) {
    throw new AppError(
      'FORBIDDEN',
      'You are not a member of any workspace yet. Create one or accept an invitation.',
    );
  }
  const { requireTwoFactor, ...workspace } = await db
    .selectFrom('workspaces')
    .select(['id', 'name', 'timeZone', 'requireTwoFactor'])
    .where('id', '=', principal.workspaceId)
    .executeTakeFirstOrThrow();
  const userRow = principal.userId
    ? await db
        .selectFrom('users')
        .select(['id', 'email', 'name', 'locale', 'totpEnabledAt'])
        .where('id', '=', principal.userId)
        .executeTakeFirstOrThrow()
    : null;
  const user = userRow
    ? { id: userRow.id, email: userRow.email, name: userRow.name, locale: userRow.locale }
    : null;
  const workspaces = principal.userId
    ? await db
        .selectFrom('memberships')
        .innerJoin('workspaces', 'workspaces.id', 'memberships.workspaceId')
        .select(['workspaces.id', 'workspaces.name', 'memberships.role'])
        .where('memberships.userId', '=', principal.userId)
        .where('memberships.deactivatedAt', 'is', null)
        .orderBy('workspaces.name')
        .execute()
    : [{ id: workspace.id, name: workspace.name, role: principal.role }];
  return {
    user,
    workspace,
    role: principal.role,
    permissions: permissionsOf(principal.role),
    workspaces,
    via: principal.via === 'system' ? 'api_key' : principal.via,
    csrfToken: principal.csrfToken,
    ...(userRow
      ? {
          twoFactor: {
            enabled: userRow.totpEnabledAt !== null,
            requiredByWorkspace: requireTwoFactor,
            setupRequired: requireTwoFactor && userRow.totpEnabledAt === null,
          },
        }
      : {}),
  };
}
