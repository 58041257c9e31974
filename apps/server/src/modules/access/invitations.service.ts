import type { TInvitation, TPageQuery, TRole } from '@touchpoint/schemas';
import type { FastifyReply } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashSecret } from '../../platform/crypto';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type Principal, type WorkspacePrincipal } from '../../platform/http/principal';
import { findUserIdByEmail, insertUser, signInAs } from '../identity/index';

const INVITATION_DAYS = 7;
const COLUMNS = ['id', 'email', 'role', 'createdAt', 'expiresAt', 'acceptedAt', 'revokedAt'] as const;

interface InvitationRow {
  id: string;
  email: string;
  role: TRole;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

function presentInvitation(row: InvitationRow): TInvitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listInvitations(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const before = decodeCursor(page.cursor);
  const rows = await ctx.db
    .selectFrom('invitations')
    .select(COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(before), (q) => q.where('id', '<', before as string))
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return toPage(rows, page.limit, (row) => row.id, presentInvitation);
}

export async function createInvitation(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: { email: string; role: TRole },
) {
  const alreadyMember = await ctx.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select('users.id')
    .where('memberships.workspaceId', '=', principal.workspaceId)
    .where((eb) => eb(eb.fn('lower', ['users.email']), '=', input.email))
    .executeTakeFirst();
  if (alreadyMember) throw new AppError('CONFLICT', `${input.email} is already a member of this workspace.`);

  const token = generateSecret();
  const id = uuidv7();
  const row = await inTransaction(ctx, async (tx) => {
    const inserted = await tx
      .insertInto('invitations')
      .values({
        workspaceId: principal.workspaceId,
        id,
        email: input.email,
        role: input.role,
        tokenHash: hashSecret(token),
        invitedBy: principal.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'invitation.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { email: input.email, role: input.role },
    });
    return inserted;
  });
  const acceptUrl = `${ctx.publicUrl}/invite?token=${encodeURIComponent(token)}`;
  return { ...presentInvitation(row), token, acceptUrl };
}

export async function revokeInvitation(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await tx
      .selectFrom('invitations')
      .select(['id', 'acceptedAt', 'revokedAt'])
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw AppError.notFound('invitation');
    if (row.acceptedAt)
      throw new AppError('CONFLICT', 'This invitation was already accepted; remove the member instead.');
    if (row.revokedAt) return;
    await tx
      .updateTable('invitations')
      .set({ revokedAt: new Date() })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'invitation.revoked',
      actor: actorOf(principal),
      subjectId: id,
    });
  });
}

/** Finds a usable invitation by its secret token (the token is what proves the right to join). */
async function findOpenInvitation(db: Db, token: string) {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('workspaces', 'workspaces.id', 'invitations.workspaceId')
    .select([
      'invitations.workspaceId',
      'invitations.id',
      'invitations.email',
      'invitations.role',
      'invitations.expiresAt',
      'invitations.acceptedAt',
      'invitations.revokedAt',
      'workspaces.name as workspaceName',
    ])
    .where('invitations.tokenHash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row || row.revokedAt) throw AppError.notFound('invitation');
  if (row.acceptedAt) throw new AppError('GONE', 'This invitation has already been used.');
  if (row.expiresAt.getTime() < Date.now()) {
    throw new AppError('GONE', 'This invitation has expired. Ask an admin of the workspace for a new one.');
  }
  return row;
}

export async function previewInvitation(ctx: AppContext, token: string) {
  const invitation = await findOpenInvitation(ctx.db, token);
  return {
    workspaceName: invitation.workspaceName,
    email: invitation.email,
    role: invitation.role,
    hasAccount: Boolean(await findUserIdByEmail(ctx.db, invitation.email)),
  };
}

/**
 * Joins the invited workspace: as the signed-in person (whose email must match), or by creating the
 * account with a name and password when the email has none yet. Then signs in to that workspace.
 */
export async function acceptInvitation(
  ctx: AppContext,
  reply: FastifyReply,
  principal: Principal | null,
  input: { token: string; name?: string; password?: string },
) {
  const invitation = await findOpenInvitation(ctx.db, input.token);
  const existingUserId = await findUserIdByEmail(ctx.db, invitation.email);
  if (principal?.userId && principal.userId !== existingUserId) {
    throw new AppError(
      'FORBIDDEN',
      `This invitation is for ${invitation.email}. Sign out and open the link again.`,
    );
  }
  if (existingUserId && principal?.userId !== existingUserId) {
    throw new AppError(
      'UNAUTHENTICATED',
      `Sign in as ${invitation.email} first, then open the invitation again.`,
    );
  }
  if (!existingUserId && (!input.name || !input.password)) {
    throw new AppError('VALIDATION_FAILED', 'Choose your name and a password to create your account.', [
      ...(input.name ? [] : [{ name: 'body.name', reason: 'required for a new account' }]),
      ...(input.password ? [] : [{ name: 'body.password', reason: 'required for a new account' }]),
    ]);
  }
  const userId = await inTransaction(ctx, async (tx) => {
    const claimed = await tx
      .updateTable('invitations')
      .set({ acceptedAt: new Date() })
      .where('workspaceId', '=', invitation.workspaceId)
      .where('id', '=', invitation.id)
      .where('acceptedAt', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!claimed) throw new AppError('GONE', 'This invitation has already been used.');
    const userId =
      existingUserId ??
      (await insertUser(tx, {
        email: invitation.email,
        name: input.name as string,
        password: input.password as string,
      }));
    await tx
      .insertInto('memberships')
      .values({ workspaceId: invitation.workspaceId, userId, role: invitation.role })
      .onConflict((oc) => oc.columns(['workspaceId', 'userId']).doNothing())
      .execute();
    await recordEvent(tx, {
      workspaceId: invitation.workspaceId,
      type: 'member.joined',
      actor: `user:${userId}`,
      subjectId: userId,
      payload: { email: invitation.email, role: invitation.role, invitationId: invitation.id },
    });
    return userId;
  });
  return signInAs(ctx, reply, userId, invitation.workspaceId);
}
