import type { TApiKey, TPageQuery, TRole } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashSecret } from '../../platform/crypto';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

const KEY_PREFIX = 'tpk_';

interface ApiKeyRow {
  id: string;
  name: string;
  role: TRole;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  creatorId: string | null;
  creatorName: string | null;
  creatorEmail: string | null;
  creatorRole: TRole | null;
  creatorDeactivatedAt: Date | null;
}

function presentApiKey(row: ApiKeyRow): TApiKey {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdBy:
      row.creatorId && row.creatorName !== null && row.creatorEmail !== null
        ? {
            userId: row.creatorId,
            name: row.creatorName,
            email: row.creatorEmail,
            status: !row.creatorRole ? 'removed' : row.creatorDeactivatedAt ? 'deactivated' : 'active',
          }
        : null,
  };
}

/** Keys with their creator and the creator's membership of the key's workspace now. */
function apiKeyRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('apiKeys')
    .leftJoin('users', 'users.id', 'apiKeys.createdBy')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.workspaceId', '=', 'apiKeys.workspaceId')
        .onRef('memberships.userId', '=', 'apiKeys.createdBy'),
    )
    .select([
      'apiKeys.id',
      'apiKeys.name',
      'apiKeys.role',
      'apiKeys.prefix',
      'apiKeys.createdAt',
      'apiKeys.lastUsedAt',
      'apiKeys.revokedAt',
      'apiKeys.createdBy as creatorId',
      'users.name as creatorName',
      'users.email as creatorEmail',
      'memberships.role as creatorRole',
      'memberships.deactivatedAt as creatorDeactivatedAt',
    ])
    .where('apiKeys.workspaceId', '=', workspaceId);
}

export async function listApiKeys(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const before = decodeCursor(page.cursor);
  const rows = await apiKeyRows(ctx.db, workspaceId)
    .$if(Boolean(before), (q) => q.where('apiKeys.id', '<', before as string))
    .orderBy('apiKeys.id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return toPage(rows, page.limit, (row) => row.id, presentApiKey);
}

/**
 * The person a new key answers to: the signed-in creator, or, for a key made with another key, that key's
 * creator (so a key can never outlive the access of the person behind the chain).
 */
async function creatorOf(db: Db, principal: WorkspacePrincipal): Promise<string> {
  if (principal.userId) return principal.userId;
  const parent = principal.apiKeyId
    ? await db
        .selectFrom('apiKeys')
        .select('createdBy')
        .where('workspaceId', '=', principal.workspaceId)
        .where('id', '=', principal.apiKeyId)
        .executeTakeFirst()
    : undefined;
  if (!parent?.createdBy) {
    throw new AppError('FORBIDDEN', 'Only a member of the workspace (or their API key) can create API keys.');
  }
  return parent.createdBy;
}

/** Creates a key; the secret is returned once and only its hash is stored. */
export async function createApiKey(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: { name: string; role: TRole },
): Promise<TApiKey & { key: string }> {
  const key = `${KEY_PREFIX}${generateSecret()}`;
  const id = uuidv7();
  const createdBy = await creatorOf(ctx.db, principal);
  const row = await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('apiKeys')
      .values({
        workspaceId: principal.workspaceId,
        id,
        name: input.name,
        role: input.role,
        prefix: key.slice(0, KEY_PREFIX.length + 6),
        keyHash: hashSecret(key),
        createdBy,
      })
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'api_key.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: input.name, role: input.role },
    });
    return apiKeyRows(tx, principal.workspaceId).where('apiKeys.id', '=', id).executeTakeFirstOrThrow();
  });
  return { ...presentApiKey(row), key };
}

export async function revokeApiKey(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await tx
      .updateTable('apiKeys')
      .set({ revokedAt: new Date() })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .where('revokedAt', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!row) {
      const exists = await tx
        .selectFrom('apiKeys')
        .select('id')
        .where('workspaceId', '=', principal.workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!exists) throw AppError.notFound('API key');
      return; // already revoked: revoking again is a no-op
    }
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'api_key.revoked',
      actor: actorOf(principal),
      subjectId: id,
    });
  });
}
