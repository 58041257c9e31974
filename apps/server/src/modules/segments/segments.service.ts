import type {
  TCondition,
  TContact,
  TCreateSegmentBody,
  TSegment,
  TSegmentPreview,
  TUpdateSegmentBody,
} from '@touchpoint/schemas';
import type { RawBuilder } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { compileSegmentCondition, prepareSegmentCondition, staticMembership } from './segment-sql';

type SegmentRow = {
  id: string;
  name: string;
  description: string;
  kind: 'dynamic' | 'static';
  condition: Record<string, unknown> | null;
  createdAt: Date;
  updatedAt: Date;
};

const SEGMENT_COLUMNS = ['id', 'name', 'description', 'kind', 'condition', 'createdAt', 'updatedAt'] as const;
const CONTACT_COLUMNS = [
  'c.id',
  'c.externalId',
  'c.email',
  'c.phone',
  'c.attributes',
  'c.createdAt',
  'c.updatedAt',
] as const;

function present(row: SegmentRow, count?: number): TSegment {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    condition: row.condition as TCondition | null,
    ...(count === undefined ? {} : { count }),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentContact(row: {
  id: string;
  externalId: string | null;
  email: string | null;
  phone: string | null;
  attributes: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}): TContact {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function findSegment(db: Db, workspaceId: string, id: string): Promise<SegmentRow> {
  const row = await db
    .selectFrom('segments')
    .select(SEGMENT_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('segment');
  return row;
}

/**
 * Who is in a segment, as one SQL boolean over `contacts c` of the workspace: the compiled condition of a
 * dynamic segment (evaluated now), the stored list of a static one. 404 for another workspace's segment.
 */
export async function segmentMembership(
  db: Db,
  workspaceId: string,
  segmentId: string,
): Promise<RawBuilder<boolean>> {
  return membershipOf(db, workspaceId, await findSegment(db, workspaceId, segmentId));
}

async function membershipOf(db: Db, workspaceId: string, row: SegmentRow): Promise<RawBuilder<boolean>> {
  if (row.kind === 'static') return staticMembership(workspaceId, row.id);
  const condition = row.condition as TCondition;
  return compileSegmentCondition(condition, await prepareSegmentCondition(db, workspaceId, condition));
}

/** Every segment of the workspace with its membership (metrics grouped by segment), by name. */
export async function allSegmentMemberships(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<{ id: string; name: string; membership: RawBuilder<boolean> }[]> {
  const rows = await db
    .selectFrom('segments')
    .select(SEGMENT_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .orderBy('name')
    .limit(limit)
    .execute();
  const result = [];
  for (const row of rows) {
    // A segment whose condition no longer compiles (say, a field this server lost) is left out, not fatal.
    const membership = await membershipOf(db, workspaceId, row).catch(() => null);
    if (membership) result.push({ id: row.id, name: row.name, membership });
  }
  return result;
}

async function countMembers(db: Db, workspaceId: string, membership: RawBuilder<boolean>): Promise<number> {
  const row = await db
    .selectFrom('contacts as c')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.workspaceId', '=', workspaceId)
    .where('c.mergedInto', 'is', null)
    .where(membership)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of the segment's contacts, newest profiles first (keyset on the id). */
async function pageMembers(
  db: Db,
  workspaceId: string,
  membership: RawBuilder<boolean>,
  page: { limit: number; cursor?: string | undefined },
) {
  const before = decodeCursor(page.cursor);
  const rows = await db
    .selectFrom('contacts as c')
    .select(CONTACT_COLUMNS)
    .where('c.workspaceId', '=', workspaceId)
    .where('c.mergedInto', 'is', null)
    .where(membership)
    .$if(Boolean(before), (q) => q.where('c.id', '<', before as string))
    .orderBy('c.id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return toPage(rows, page.limit, (row) => row.id, presentContact);
}

/** The ids of a segment's contacts, at most `limit` of them (invitations to a segment). */
export async function segmentContactIds(
  db: Db,
  workspaceId: string,
  segmentId: string,
  limit: number,
): Promise<{ id: string; email: string | null; attributes: Record<string, unknown> }[]> {
  const membership = await segmentMembership(db, workspaceId, segmentId);
  return db
    .selectFrom('contacts as c')
    .select(['c.id', 'c.email', 'c.attributes'])
    .where('c.workspaceId', '=', workspaceId)
    .where('c.mergedInto', 'is', null)
    .where(membership)
    .orderBy('c.id')
    .limit(limit)
    .execute();
}

export async function listSegments(
  ctx: AppContext,
  workspaceId: string,
  query: { limit: number; cursor?: string | undefined; q?: string | undefined },
) {
  const before = decodeCursor(query.cursor);
  const needle = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await ctx.db
    .selectFrom('segments')
    .select(SEGMENT_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(needle), (q) => q.where('name', 'ilike', needle as string))
    .$if(Boolean(before), (q) => q.where('id', '<', before as string))
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(
    rows,
    query.limit,
    (row) => row.id,
    (row) => present(row),
  );
}

export async function getSegment(ctx: AppContext, workspaceId: string, id: string): Promise<TSegment> {
  const row = await findSegment(ctx.db, workspaceId, id);
  return present(row, await countMembers(ctx.db, workspaceId, await membershipOf(ctx.db, workspaceId, row)));
}

export async function listSegmentContacts(
  ctx: AppContext,
  workspaceId: string,
  id: string,
  page: { limit: number; cursor?: string | undefined },
) {
  const membership = await segmentMembership(ctx.db, workspaceId, id);
  return pageMembers(ctx.db, workspaceId, membership, page);
}

/** The live count and a few contacts for a condition being edited (nothing is stored). */
export async function previewSegment(
  ctx: AppContext,
  workspaceId: string,
  body: { condition: TCondition; sampleSize: number },
): Promise<TSegmentPreview> {
  const cx = await prepareSegmentCondition(ctx.db, workspaceId, body.condition, 'body.condition');
  const membership = compileSegmentCondition(body.condition, cx);
  const [count, sample] = await Promise.all([
    countMembers(ctx.db, workspaceId, membership),
    body.sampleSize > 0
      ? pageMembers(ctx.db, workspaceId, membership, { limit: body.sampleSize })
      : Promise.resolve({ items: [] }),
  ]);
  return { count, sample: sample.items };
}

/** Only contacts of this workspace can be listed; each unknown id is reported (400). */
async function assertContacts(db: Db, workspaceId: string, ids: string[], param: string): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = await db
    .selectFrom('contacts')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', 'in', unique)
    .execute();
  const known = new Set(found.map((r) => r.id));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${missing.length} of the contacts do not exist in this workspace.`,
      missing.slice(0, 20).map((id) => ({ name: param, reason: `no contact ${id} in this workspace` })),
    );
  }
  return unique;
}

async function addMembers(tx: Tx, workspaceId: string, segmentId: string, contactIds: string[]) {
  for (let i = 0; i < contactIds.length; i += 1000) {
    await tx
      .insertInto('segmentMembers')
      .values(contactIds.slice(i, i + 1000).map((contactId) => ({ workspaceId, segmentId, contactId })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function createSegment(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  body: TCreateSegmentBody,
): Promise<TSegment> {
  const { workspaceId } = principal;
  if (body.condition) await prepareSegmentCondition(ctx.db, workspaceId, body.condition, 'body.condition');
  const members = await assertContacts(ctx.db, workspaceId, body.contactIds ?? [], 'body.contactIds');
  const id = uuidv7();
  await inTransaction(ctx, async (tx) => {
    await tx
      .insertInto('segments')
      .values({
        workspaceId,
        id,
        name: body.name,
        description: body.description,
        kind: body.kind,
        condition: body.kind === 'dynamic' ? JSON.stringify(body.condition) : null,
        createdBy: principal.userId,
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .execute();
    await addMembers(tx, workspaceId, id, members);
    await recordEvent(tx, {
      workspaceId,
      type: 'segment.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: body.name, kind: body.kind },
    });
  });
  return getSegment(ctx, workspaceId, id);
}

export async function updateSegment(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  body: TUpdateSegmentBody,
): Promise<TSegment> {
  const { workspaceId } = principal;
  const row = await findSegment(ctx.db, workspaceId, id);
  if (body.condition && row.kind === 'static') {
    throw new AppError('VALIDATION_FAILED', 'A static segment is a list: add or remove contacts instead.', [
      { name: 'body.condition', reason: 'only a dynamic segment has a condition' },
    ]);
  }
  if ((body.addContactIds || body.removeContactIds) && row.kind === 'dynamic') {
    throw new AppError(
      'VALIDATION_FAILED',
      'A dynamic segment follows its condition: change the condition.',
      [
        {
          name: body.addContactIds ? 'body.addContactIds' : 'body.removeContactIds',
          reason: 'static segments only',
        },
      ],
    );
  }
  if (body.condition) await prepareSegmentCondition(ctx.db, workspaceId, body.condition, 'body.condition');
  const added = await assertContacts(ctx.db, workspaceId, body.addContactIds ?? [], 'body.addContactIds');
  await inTransaction(ctx, async (tx) => {
    await tx
      .updateTable('segments')
      .set({
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.condition ? { condition: JSON.stringify(body.condition) } : {}),
        updatedAt: new Date(),
      })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    await addMembers(tx, workspaceId, id, added);
    if (body.removeContactIds && body.removeContactIds.length > 0) {
      await tx
        .deleteFrom('segmentMembers')
        .where('workspaceId', '=', workspaceId)
        .where('segmentId', '=', id)
        .where('contactId', 'in', body.removeContactIds)
        .execute();
    }
    await recordEvent(tx, {
      workspaceId,
      type: 'segment.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: {
        fields: Object.keys(body),
        added: added.length,
        removed: body.removeContactIds?.length ?? 0,
      },
    });
  });
  return getSegment(ctx, workspaceId, id);
}

export async function deleteSegment(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<void> {
  const { workspaceId } = principal;
  const row = await findSegment(ctx.db, workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    await tx.deleteFrom('segments').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'segment.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: row.name },
    });
  });
}
