import type { TApiKey, TPageQuery, TRole } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { generateSecret, hashSecret } from '../../platform/crypto';
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
  };
}

const COLUMNS = ['id', 'name', 'role', 'prefix', 'createdAt', 'lastUsedAt', 'revokedAt'] as const;

export async function listApiKeys(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const before = decodeCursor(page.cursor);
  const rows = await ctx.db
    .selectFrom('apiKeys')
    .select(COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(before), (q) => q.where('id', '<', before as string))
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return toPage(rows, page.limit, (row) => row.id, presentApiKey);
}

/** Creates a key; the secret is returned once and only its hash is stored. */
export async function createApiKey(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: { name: string; role: TRole },
): Promise<TApiKey & { key: string }> {
  const key = `${KEY_PREFIX}${generateSecret()}`;
  const id = uuidv7();
  const row = await inTransaction(ctx, async (tx) => {
    const inserted = await tx
      .insertInto('apiKeys')
      .values({
        workspaceId: principal.workspaceId,
        id,
        name: input.name,
        role: input.role,
        prefix: key.slice(0, KEY_PREFIX.length + 6),
        keyHash: hashSecret(key),
        createdBy: principal.userId,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'api_key.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: input.name, role: input.role },
    });
    return inserted;
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
