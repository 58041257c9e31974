import type { TAddCouponCodesResult, TCouponPool, TPageQuery } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

/** Codes per insert statement, well below the parameter limit (3 per row). */
const INSERT_CHUNK = 1_000;

interface PoolRow {
  id: string;
  name: string;
  description: string;
  createdAt: Date;
}

async function countsOf(db: Db, workspaceId: string, poolIds: string[]) {
  if (poolIds.length === 0) return new Map<string, { total: number; assigned: number }>();
  const rows = await db
    .selectFrom('couponCodes')
    .select([
      'poolId',
      (eb) => eb.fn.countAll<number>().as('total'),
      (eb) => eb.fn.count<number>('assignedAt').as('assigned'),
    ])
    .where('workspaceId', '=', workspaceId)
    .where('poolId', 'in', poolIds)
    .groupBy('poolId')
    .execute();
  return new Map(rows.map((r) => [r.poolId, { total: Number(r.total), assigned: Number(r.assigned) }]));
}

function presentPool(row: PoolRow, counts: { total: number; assigned: number } | undefined): TCouponPool {
  const total = counts?.total ?? 0;
  const assigned = counts?.assigned ?? 0;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    total,
    assigned,
    free: total - assigned,
    createdAt: row.createdAt.toISOString(),
  };
}

async function findPool(db: Db, workspaceId: string, id: string): Promise<PoolRow> {
  const row = await db
    .selectFrom('couponPools')
    .select(['id', 'name', 'description', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('coupon pool');
  return row;
}

export async function listCouponPools(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const before = decodeCursor(page.cursor);
  const rows = await ctx.db
    .selectFrom('couponPools')
    .select(['id', 'name', 'description', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(before), (q) => q.where('id', '<', before as string))
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  const counts = await countsOf(
    ctx.db,
    workspaceId,
    rows.slice(0, page.limit).map((r) => r.id),
  );
  return toPage(
    rows,
    page.limit,
    (row) => row.id,
    (row) => presentPool(row, counts.get(row.id)),
  );
}

export async function getCouponPool(ctx: AppContext, workspaceId: string, id: string): Promise<TCouponPool> {
  const row = await findPool(ctx.db, workspaceId, id);
  return presentPool(row, (await countsOf(ctx.db, workspaceId, [id])).get(id));
}

export async function createCouponPool(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: { name: string; description: string },
): Promise<TCouponPool> {
  const id = uuidv7();
  const row = await inTransaction(ctx, async (tx) => {
    const inserted = await tx
      .insertInto('couponPools')
      .values({ workspaceId: principal.workspaceId, id, name: input.name, description: input.description })
      .returning(['id', 'name', 'description', 'createdAt'])
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'coupon_pool.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: input.name },
    });
    return inserted;
  });
  return presentPool(row, undefined);
}

/** Adds codes to a pool; repeats (in the request or already in the pool) are counted, not added. */
export async function addCouponCodes(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  poolId: string,
  codes: string[],
): Promise<TAddCouponCodesResult> {
  const pool = await findPool(ctx.db, principal.workspaceId, poolId);
  const unique = [...new Set(codes)];
  const added = await inTransaction(ctx, async (tx) => {
    let count = 0;
    for (let start = 0; start < unique.length; start += INSERT_CHUNK) {
      const inserted = await tx
        .insertInto('couponCodes')
        .values(
          unique
            .slice(start, start + INSERT_CHUNK)
            .map((code) => ({ workspaceId: principal.workspaceId, poolId, code })),
        )
        .onConflict((oc) => oc.columns(['workspaceId', 'poolId', 'code']).doNothing())
        .returning('code')
        .execute();
      count += inserted.length;
    }
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'coupon_pool.codes_added',
      actor: actorOf(principal),
      subjectId: poolId,
      payload: { added: count, duplicates: codes.length - count },
    });
    return count;
  });
  return {
    added,
    duplicates: codes.length - added,
    pool: presentPool(pool, (await countsOf(ctx.db, principal.workspaceId, [poolId])).get(poolId)),
  };
}

/**
 * Hands one unused code of the pool to a contact, for a run: concurrent runs never get the same code
 * (the row is locked, and rows another transaction holds are skipped). Null when the pool is empty.
 */
export async function claimCouponCode(
  tx: Tx,
  input: { workspaceId: string; poolId: string; contactId: string; runId: number },
): Promise<string | null> {
  const result = await sql<{ code: string }>`
    UPDATE coupon_codes
    SET contact_id = ${input.contactId}, run_id = ${input.runId}, assigned_at = now()
    WHERE (workspace_id, pool_id, code) = (
      SELECT workspace_id, pool_id, code FROM coupon_codes
      WHERE workspace_id = ${input.workspaceId} AND pool_id = ${input.poolId} AND assigned_at IS NULL
      ORDER BY code
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING code
  `.execute(tx);
  return result.rows[0]?.code ?? null;
}

/** Gives a code back to the pool when its email definitely did not go out. */
export async function releaseCouponCode(
  db: Db,
  input: { workspaceId: string; poolId: string; code: string; runId: number },
): Promise<void> {
  await db
    .updateTable('couponCodes')
    .set({ contactId: null, runId: null, assignedAt: null })
    .where('workspaceId', '=', input.workspaceId)
    .where('poolId', '=', input.poolId)
    .where('code', '=', input.code)
    .where('runId', '=', input.runId)
    .execute();
}

export async function poolName(db: Db, workspaceId: string, poolId: string): Promise<string | null> {
  const row = await db
    .selectFrom('couponPools')
    .select('name')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', poolId)
    .executeTakeFirst();
  return row?.name ?? null;
}
