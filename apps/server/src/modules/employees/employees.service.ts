import {
  type TEmployeeImportItem,
  type TEmployeeImportResult,
  type TEmployeeListQuery,
  type TOrgChart,
  type TOrgNode,
  ZEmployeeImportItem,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { employeeRows, presentEmployee } from './employees.repository';

/**
 * Imports people into the directory: each item is validated on its own (bad ones are reported by index,
 * the rest go in), an email already in the directory is updated in place (and comes back if they had
 * left), and a `full` import marks everyone it does not name as having left; never deleted, since their
 * anonymous answers still count. Leavers are only marked when every item was valid.
 */
export async function importEmployees(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: { items: unknown[]; full: boolean },
): Promise<TEmployeeImportResult> {
  const { workspaceId } = principal;
  const errors: TEmployeeImportResult['errors'] = [];
  const valid = new Map<string, { index: number; item: TEmployeeImportItem }>();
  input.items.forEach((raw, index) => {
    const parsed = ZEmployeeImportItem.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({ index, reason: `${issue?.path.join('.') || 'item'}: ${issue?.message ?? 'not valid'}` });
      return;
    }
    const email = parsed.data.email.toLowerCase();
    if (valid.has(email)) {
      errors.push({ index, reason: `email: ${email} appears more than once in this import` });
      return;
    }
    if (parsed.data.managerEmail?.toLowerCase() === email) {
      errors.push({ index, reason: 'managerEmail: a person cannot be their own manager' });
      return;
    }
    valid.set(email, { index, item: { ...parsed.data, email } });
  });

  return inTransaction(ctx, async (tx) => {
    const teamIds = [
      ...new Set([...valid.values()].map((v) => v.item.teamId).filter((t): t is string => !!t)),
    ];
    const knownTeams = new Set(
      teamIds.length === 0
        ? []
        : (
            await tx
              .selectFrom('teams')
              .select('id')
              .where('workspaceId', '=', workspaceId)
              .where('id', 'in', teamIds)
              .execute()
          ).map((t) => t.id),
    );
    for (const [email, { index, item }] of valid) {
      if (item.teamId && !knownTeams.has(item.teamId)) {
        errors.push({ index, reason: 'teamId: no such team in this workspace' });
        valid.delete(email);
      }
    }
    const emails = [...valid.keys()];
    const existing = new Map<string, string>();
    for (let start = 0; start < emails.length; start += 1000) {
      const chunk = emails.slice(start, start + 1000);
      const rows = await tx
        .selectFrom('employees')
        .select(['id', sql<string>`lower(email)`.as('key')])
        .where('workspaceId', '=', workspaceId)
        .where(sql<boolean>`lower(email) in (${sql.join(chunk)})`)
        .execute();
      for (const row of rows) existing.set(row.key, row.id);
    }
    const now = new Date();
    const fields = (item: TEmployeeImportItem) => ({
      email: item.email,
      name: item.name,
      department: item.department ?? null,
      location: item.location ?? null,
      teamId: item.teamId ?? null,
      managerEmail: item.managerEmail?.toLowerCase() ?? null,
      startDate: item.startDate ?? null,
      attributes: JSON.stringify(item.attributes ?? {}),
    });
    const fresh = [...valid.values()].filter(({ item }) => !existing.has(item.email));
    for (let start = 0; start < fresh.length; start += 500) {
      await tx
        .insertInto('employees')
        .values(
          fresh.slice(start, start + 500).map(({ item }) => ({ workspaceId, id: uuidv7(), ...fields(item) })),
        )
        .execute();
    }
    let updated = 0;
    for (const { item } of valid.values()) {
      const id = existing.get(item.email);
      if (!id) continue;
      await tx
        .updateTable('employees')
        .set({ ...fields(item), leftAt: null, updatedAt: now })
        .where('workspaceId', '=', workspaceId)
        .where('id', '=', id)
        .execute();
      updated++;
    }
    const markedLeft =
      input.full && errors.length === 0 ? await markLeavers(tx, workspaceId, emails, now) : 0;
    const result = {
      created: fresh.length,
      updated,
      markedLeft,
      errors: errors.sort((a, b) => a.index - b.index),
    };
    await recordEvent(tx, {
      workspaceId,
      type: 'employees.imported',
      actor: actorOf(principal),
      subjectId: null,
      payload: { created: result.created, updated, markedLeft, errors: errors.length, full: input.full },
    });
    return result;
  });
}

/** Marks every current employee whose email is not in `keep` as having left (never deletes anyone). */
export async function markLeavers(db: Db | Tx, workspaceId: string, keep: string[], now = new Date()) {
  const left = await db
    .updateTable('employees')
    .set({ leftAt: now, updatedAt: now })
    .where('workspaceId', '=', workspaceId)
    .where('leftAt', 'is', null)
    .$if(keep.length > 0, (q) =>
      q.where(sql<boolean>`lower(email) <> all(${keep.map((e) => e.toLowerCase())}::text[])`),
    )
    .returning('id')
    .execute();
  return left.length;
}

export async function listEmployees(ctx: AppContext, workspaceId: string, query: TEmployeeListQuery) {
  const after = decodeCursor(query.cursor);
  const pattern = query.q ? `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await employeeRows(ctx.db, workspaceId)
    .$if(!query.includeLeft, (q) => q.where('leftAt', 'is', null))
    .$if(Boolean(query.department), (q) => q.where('department', '=', query.department as string))
    .$if(Boolean(pattern), (q) =>
      q.where(sql<boolean>`(lower(email) like ${pattern} or lower(name) like ${pattern})`),
    )
    .$if(Boolean(after), (q) => q.where(sql<boolean>`lower(email) > ${after}`))
    .orderBy(sql`lower(email)`)
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (row) => row.email.toLowerCase(), presentEmployee);
}

/** The manager chain as a tree. A chain that loops is cut at its first member by email (it becomes a root). */
export async function orgChart(ctx: AppContext, workspaceId: string): Promise<TOrgChart> {
  const rows = await employeeRows(ctx.db, workspaceId)
    .where('leftAt', 'is', null)
    .orderBy(sql`lower(email)`)
    .limit(50_000)
    .execute();
  const byEmail = new Map(rows.map((row) => [row.email.toLowerCase(), row]));
  const parentOf = new Map<string, string>();
  const unknownManagers = new Set<string>();
  for (const row of rows) {
    const manager = row.managerEmail?.toLowerCase();
    if (!manager) continue;
    if (byEmail.has(manager)) parentOf.set(row.email.toLowerCase(), manager);
    else unknownManagers.add(manager);
  }
  // Break loops: walk up from each person; a person met twice on one walk closes a loop.
  for (const start of byEmail.keys()) {
    const seen: string[] = [];
    let current: string | undefined = start;
    while (current && !seen.includes(current)) {
      seen.push(current);
      current = parentOf.get(current);
    }
    if (current) {
      const loop = seen.slice(seen.indexOf(current));
      const cut = [...loop].sort()[0] as string;
      parentOf.delete(cut);
    }
  }
  const nodes = new Map<string, TOrgNode>();
  for (const [email, row] of byEmail) {
    nodes.set(email, {
      id: row.id,
      email: row.email,
      name: row.name,
      department: row.department,
      reports: [],
    });
  }
  const roots: TOrgNode[] = [];
  for (const [email, node] of nodes) {
    const parent = parentOf.get(email);
    const parentNode = parent ? nodes.get(parent) : undefined;
    if (parentNode) parentNode.reports.push(node);
    else roots.push(node);
  }
  return { roots, unknownManagers: [...unknownManagers].sort() };
}
