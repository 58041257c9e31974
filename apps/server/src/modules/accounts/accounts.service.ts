import type {
  TAccount,
  TAccountCreate,
  TAccountDetail,
  TAccountListItem,
  TAccountUpdate,
  TContactProfile,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import {
  type AccountPersonLink,
  accountChurnRisk,
  churnScores,
  computeAccountHealth,
  lastAnsweredAt,
  latestScores,
  loadRoleWeights,
  openCasesOf,
  presentScores,
  renewalDateOf,
  sentimentTrendOf,
  spendOf,
  weightedScores,
  weightOf,
} from './account-health';

const DAY_MS = 86_400_000;
const ACCOUNT_COLUMNS = [
  'id',
  'name',
  'domain',
  'externalId',
  'ownerTeamId',
  'attributes',
  'createdAt',
  'updatedAt',
] as const;

type AccountRow = {
  id: string;
  name: string;
  domain: string | null;
  externalId: string | null;
  ownerTeamId: string | null;
  attributes: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
};

function presentAccount(row: AccountRow): TAccount {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    externalId: row.externalId,
    ownerTeamId: row.ownerTeamId,
    attributes: row.attributes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function findAccount(db: Db, workspaceId: string, id: string): Promise<AccountRow> {
  const row = await db
    .selectFrom('accounts')
    .select(ACCOUNT_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('account');
  return row;
}

async function checkOwnerTeam(db: Db, workspaceId: string, teamId: string | null | undefined) {
  if (!teamId) return;
  const team = await db
    .selectFrom('teams')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  if (!team)
    throw new AppError('VALIDATION_FAILED', 'The owner team does not exist in this workspace.', [
      { name: 'body.ownerTeamId', reason: 'no such team' },
    ]);
}

async function checkExternalIdFree(db: Db, workspaceId: string, externalId: string, exceptId?: string) {
  const taken = await db
    .selectFrom('accounts')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('externalId', '=', externalId)
    .$if(Boolean(exceptId), (q) => q.where('id', '!=', exceptId as string))
    .executeTakeFirst();
  if (taken)
    throw new AppError('CONFLICT', 'Another account already has this external id; use that account.', [
      { name: 'body.externalId', reason: 'already used' },
    ]);
}

export async function createAccount(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: TAccountCreate,
): Promise<TAccount> {
  const { workspaceId } = principal;
  await checkOwnerTeam(ctx.db, workspaceId, input.ownerTeamId);
  if (input.externalId) await checkExternalIdFree(ctx.db, workspaceId, input.externalId);
  const row = await inTransaction(ctx, async (tx) => {
    const inserted = await tx
      .insertInto('accounts')
      .values({
        workspaceId,
        id: uuidv7(),
        name: input.name,
        domain: input.domain ?? null,
        externalId: input.externalId ?? null,
        ownerTeamId: input.ownerTeamId ?? null,
        attributes: JSON.stringify(input.attributes),
      })
      .returning(ACCOUNT_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId,
      type: 'account.created',
      actor: actorOf(principal),
      subjectId: inserted.id,
      payload: { name: inserted.name },
    });
    return inserted;
  });
  return presentAccount(row);
}

export async function updateAccount(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  input: TAccountUpdate,
): Promise<TAccount> {
  const { workspaceId } = principal;
  await findAccount(ctx.db, workspaceId, id);
  await checkOwnerTeam(ctx.db, workspaceId, input.ownerTeamId);
  if (input.externalId) await checkExternalIdFree(ctx.db, workspaceId, input.externalId, id);
  const row = await inTransaction(ctx, async (tx) => {
    const updated = await tx
      .updateTable('accounts')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.domain !== undefined ? { domain: input.domain } : {}),
        ...(input.externalId !== undefined ? { externalId: input.externalId } : {}),
        ...(input.ownerTeamId !== undefined ? { ownerTeamId: input.ownerTeamId } : {}),
        ...(input.attributes !== undefined ? { attributes: JSON.stringify(input.attributes) } : {}),
        updatedAt: new Date(),
      })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', id)
      .returning(ACCOUNT_COLUMNS)
      .executeTakeFirst();
    if (!updated) throw AppError.notFound('account');
    await recordEvent(tx, {
      workspaceId,
      type: 'account.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: { fields: Object.keys(input) },
    });
    return updated;
  });
  return presentAccount(row);
}

/** Deletes the account and its links; the people stay. */
export async function deleteAccount(ctx: AppContext, principal: WorkspacePrincipal, id: string) {
  await inTransaction(ctx, async (tx) => {
    const deleted = await tx
      .deleteFrom('accounts')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .returning(['id', 'name'])
      .executeTakeFirst();
    if (!deleted) throw AppError.notFound('account');
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'account.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { name: deleted.name },
    });
  });
}

/** The live profile of a contact id (a merged id answers with its survivor), or 404. */
async function liveContactId(db: Db, workspaceId: string, contactId: string): Promise<string> {
  const row = await db
    .selectFrom('contacts')
    .select(['id', 'mergedInto'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('contact');
  return row.mergedInto ?? row.id;
}

async function upsertMembership(
  tx: Tx,
  workspaceId: string,
  accountId: string,
  contactId: string,
  role: string,
) {
  await tx
    .insertInto('accountContacts')
    .values({ workspaceId, accountId, contactId, role })
    .onConflict((oc) => oc.columns(['workspaceId', 'accountId', 'contactId']).doUpdateSet({ role }))
    .execute();
}

/** Puts a person in an account with a role, or changes their role. */
export async function setAccountContact(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  accountId: string,
  contactId: string,
  role: string,
) {
  const { workspaceId } = principal;
  await findAccount(ctx.db, workspaceId, accountId);
  const live = await liveContactId(ctx.db, workspaceId, contactId);
  await inTransaction(ctx, async (tx) => {
    await upsertMembership(tx, workspaceId, accountId, live, role);
    await recordEvent(tx, {
      workspaceId,
      type: 'account.contact_set',
      actor: actorOf(principal),
      subjectId: accountId,
      payload: { contactId: live, role },
    });
  });
  return { accountId, contactId: live, role };
}

export async function removeAccountContact(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  accountId: string,
  contactId: string,
) {
  const { workspaceId } = principal;
  await findAccount(ctx.db, workspaceId, accountId);
  await inTransaction(ctx, async (tx) => {
    const removed = await tx
      .deleteFrom('accountContacts')
      .where('workspaceId', '=', workspaceId)
      .where('accountId', '=', accountId)
      .where('contactId', '=', contactId)
      .returning('contactId')
      .executeTakeFirst();
    if (!removed) throw AppError.notFound('account member');
    await recordEvent(tx, {
      workspaceId,
      type: 'account.contact_removed',
      actor: actorOf(principal),
      subjectId: accountId,
      payload: { contactId },
    });
  });
}

/**
 * Links a contact to the account with this external id while identifying them (inside the identify
 * transaction), creating the account when none has it. The role is set when given; a new link without
 * one is `user`, and an existing link keeps its role.
 */
export async function linkContactToAccount(
  tx: Tx,
  workspaceId: string,
  contactId: string,
  account: { externalId: string; name?: string | undefined },
  role: string | undefined,
  actor: string | null,
): Promise<{ id: string; name: string; role: string }> {
  let row = await tx
    .selectFrom('accounts')
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .where('externalId', '=', account.externalId)
    .executeTakeFirst();
  if (!row) {
    const id = uuidv7();
    row = await tx
      .insertInto('accounts')
      .values({
        workspaceId,
        id,
        name: account.name ?? account.externalId,
        externalId: account.externalId,
        attributes: '{}',
      })
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'name'])
      .executeTakeFirst();
    if (!row) {
      // Created by a concurrent identify a moment ago.
      row = await tx
        .selectFrom('accounts')
        .select(['id', 'name'])
        .where('workspaceId', '=', workspaceId)
        .where('externalId', '=', account.externalId)
        .executeTakeFirstOrThrow();
    } else {
      await recordEvent(tx, {
        workspaceId,
        type: 'account.created',
        actor,
        subjectId: row.id,
        payload: { name: row.name, via: 'identify' },
      });
    }
  } else if (account.name && account.name !== row.name) {
    await tx
      .updateTable('accounts')
      .set({ name: account.name, updatedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', row.id)
      .execute();
    row = { ...row, name: account.name };
  }
  const existing = await tx
    .selectFrom('accountContacts')
    .select('role')
    .where('workspaceId', '=', workspaceId)
    .where('accountId', '=', row.id)
    .where('contactId', '=', contactId)
    .executeTakeFirst();
  const finalRole = role ?? existing?.role ?? 'user';
  if (!existing || existing.role !== finalRole) {
    await upsertMembership(tx, workspaceId, row.id, contactId, finalRole);
  }
  return { id: row.id, name: row.name, role: finalRole };
}

/** The first account a contact was linked to, with their role; null when none. */
export async function accountOfContact(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<{ id: string; name: string; role: string } | null> {
  const all = await accountsOfContact(db, workspaceId, contactId);
  return all[0] ?? null;
}

async function accountsOfContact(db: Db, workspaceId: string, contactId: string) {
  return db
    .selectFrom('accountContacts as ac')
    .innerJoin('accounts as a', (join) =>
      join.onRef('a.workspaceId', '=', 'ac.workspaceId').onRef('a.id', '=', 'ac.accountId'),
    )
    .select(['a.id', 'a.name', 'ac.role'])
    .where('ac.workspaceId', '=', workspaceId)
    .where('ac.contactId', '=', contactId)
    .orderBy('ac.createdAt')
    .orderBy('a.id')
    .execute();
}

/** What the 360 page shows next to a contact: latest scores with dates, monthly sentiment, open cases. */
export async function getContactProfile(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<TContactProfile> {
  const live = await liveContactId(db, workspaceId, contactId);
  const [scores, sentimentTrend, openCases, accounts] = await Promise.all([
    latestScores(db, workspaceId, [live]),
    sentimentTrendOf(db, workspaceId, live),
    openCasesOf(db, workspaceId, [live]),
    accountsOfContact(db, workspaceId, live),
  ]);
  return { latestScores: presentScores(scores, live), sentimentTrend, openCases, accounts };
}

async function membersOf(db: Db, workspaceId: string, accountIds: readonly string[]) {
  if (accountIds.length === 0) return [];
  return db
    .selectFrom('accountContacts as ac')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.workspaceId', '=', 'ac.workspaceId').onRef('c.id', '=', 'ac.contactId'),
    )
    .select(['ac.accountId', 'ac.contactId', 'ac.role'])
    .where('ac.workspaceId', '=', workspaceId)
    .where('ac.accountId', '=', sql<string>`ANY(${[...accountIds]}::uuid[])`)
    .where('c.mergedInto', 'is', null)
    .execute();
}

export async function getAccountDetail(
  ctx: AppContext,
  workspaceId: string,
  id: string,
  now = new Date(),
): Promise<TAccountDetail> {
  const account = await findAccount(ctx.db, workspaceId, id);
  const people = await ctx.db
    .selectFrom('accountContacts as ac')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.workspaceId', '=', 'ac.workspaceId').onRef('c.id', '=', 'ac.contactId'),
    )
    .select([
      'c.id',
      'c.externalId',
      'c.email',
      'c.phone',
      'c.attributes',
      'c.createdAt',
      'c.updatedAt',
      'ac.role',
    ])
    .where('ac.workspaceId', '=', workspaceId)
    .where('ac.accountId', '=', id)
    .where('c.mergedInto', 'is', null)
    .execute();
  const weights = await loadRoleWeights(ctx.db, workspaceId);
  const links: AccountPersonLink[] = people.map((p) => ({ contactId: p.id, role: p.role }));
  const ids = links.map((l) => l.contactId);
  const [health, scores, answered, openCases] = await Promise.all([
    computeAccountHealth(ctx.db, workspaceId, links, account.attributes, weights, now),
    latestScores(ctx.db, workspaceId, ids),
    lastAnsweredAt(ctx.db, workspaceId, ids),
    openCasesOf(ctx.db, workspaceId, ids),
  ]);
  const roleOrder = (role: string) => -weightOf(weights, role);
  const presented = people
    .map((p) => ({
      id: p.id,
      externalId: p.externalId,
      email: p.email,
      phone: p.phone,
      attributes: p.attributes,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
      accountRole: p.role,
      weight: weightOf(weights, p.role),
      latestScores: presentScores(scores, p.id),
      lastAnsweredAt: answered.get(p.id)?.toISOString() ?? null,
    }))
    .sort(
      (a, b) =>
        roleOrder(a.accountRole) - roleOrder(b.accountRole) ||
        a.accountRole.localeCompare(b.accountRole) ||
        (a.email ?? a.externalId ?? a.id).localeCompare(b.email ?? b.externalId ?? b.id),
    );
  return { ...presentAccount(account), people: presented, health, openCases };
}

type Sort = 'health' | 'risk' | 'spend' | 'renewal' | 'name';

/**
 * Accounts with their health figures, sorted. Health (role-weighted NPS of the last 90 days) and risk are
 * computed for every matching account before sorting, so the cursor is an offset into that order; this
 * reads all of a workspace's accounts at once, which suits thousands, not millions.
 */
export async function listAccounts(
  ctx: AppContext,
  workspaceId: string,
  query: { sort: Sort; q?: string | undefined; limit: number; cursor?: string | undefined },
  now = new Date(),
): Promise<{ items: TAccountListItem[]; nextCursor: string | null }> {
  const rawOffset = decodeCursor(query.cursor);
  const offset = rawOffset === undefined ? 0 : Number(rawOffset);
  if (!Number.isInteger(offset) || offset < 0)
    throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', [
      { name: 'query.cursor', reason: 'not a cursor from this API' },
    ]);
  const needle = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const accounts = await ctx.db
    .selectFrom('accounts')
    .select(ACCOUNT_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(needle), (q) =>
      q.where((eb) =>
        eb.or([
          eb('name', 'ilike', needle as string),
          eb('domain', 'ilike', needle as string),
          eb('externalId', 'ilike', needle as string),
        ]),
      ),
    )
    .execute();
  const members = await membersOf(
    ctx.db,
    workspaceId,
    accounts.map((a) => a.id),
  );
  const weights = await loadRoleWeights(ctx.db, workspaceId);
  const contactIds = [...new Set(members.map((m) => m.contactId))];
  const from = new Date(now.getTime() - 90 * DAY_MS);
  const [scores, churn] = await Promise.all([
    latestScores(ctx.db, workspaceId, contactIds, { from, to: now }),
    churnScores(ctx.db, workspaceId, contactIds),
  ]);
  const byAccount = new Map<string, AccountPersonLink[]>();
  for (const m of members) {
    const list = byAccount.get(m.accountId) ?? [];
    list.push({ contactId: m.contactId, role: m.role });
    byAccount.set(m.accountId, list);
  }
  const items: TAccountListItem[] = accounts.map((a) => {
    const people = byAccount.get(a.id) ?? [];
    const { nps } = weightedScores(people, scores, weights);
    const risk = accountChurnRisk(people, churn, weights);
    return {
      ...presentAccount(a),
      people: people.length,
      health: nps.value,
      healthN: nps.n,
      risk: risk?.score ?? null,
      spend: spendOf(a.attributes),
      renewalDate: renewalDateOf(a.attributes),
    };
  });
  // Nulls last in every order; ties by name then id so pages are stable.
  const nullsLast = <T>(a: T | null, b: T | null, cmp: (x: T, y: T) => number) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : cmp(a, b);
  const compare: Record<Sort, (a: TAccountListItem, b: TAccountListItem) => number> = {
    // Worst health first: the list is for finding who needs attention.
    health: (a, b) => nullsLast(a.health, b.health, (x, y) => x - y),
    risk: (a, b) => nullsLast(a.risk, b.risk, (x, y) => y - x),
    spend: (a, b) => nullsLast(a.spend, b.spend, (x, y) => y - x),
    renewal: (a, b) => nullsLast(a.renewalDate, b.renewalDate, (x, y) => x.localeCompare(y)),
    name: () => 0,
  };
  items.sort((a, b) => compare[query.sort](a, b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const page = items.slice(offset, offset + query.limit);
  return {
    items: page,
    nextCursor: offset + query.limit < items.length ? encodeCursor(offset + query.limit) : null,
  };
}

export async function getRoleWeights(ctx: AppContext, workspaceId: string) {
  return { weights: await loadRoleWeights(ctx.db, workspaceId) };
}

export async function setRoleWeights(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  weights: Record<string, number>,
) {
  await inTransaction(ctx, async (tx) => {
    const value = JSON.stringify(weights);
    await tx
      .insertInto('workspaceSettings')
      .values({ workspaceId: principal.workspaceId, accountRoleWeights: value })
      .onConflict((oc) =>
        oc.column('workspaceId').doUpdateSet({ accountRoleWeights: value, updatedAt: new Date() }),
      )
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'settings.account_role_weights_changed',
      actor: actorOf(principal),
      payload: { weights },
    });
  });
  return getRoleWeights(ctx, principal.workspaceId);
}
