import type { TContact } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '../../platform/db/database';
import { recordEvent } from '../../platform/events';

export interface Identifiers {
  externalId?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

/** Emails compare case-insensitively; phones by their digits (and a leading +), so formatting never splits a person. */
export function normaliseIdentifiers(ids: Identifiers): Identifiers {
  return {
    externalId: ids.externalId?.trim() || undefined,
    email: ids.email?.trim().toLowerCase() || undefined,
    phone: ids.phone ? normalisePhone(ids.phone) : undefined,
  };
}

export function normalisePhone(phone: string): string | undefined {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (!digits) return undefined;
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

type ContactRow = {
  id: string;
  externalId: string | null;
  email: string | null;
  phone: string | null;
  attributes: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
};

export function presentContact(row: ContactRow): TContact {
  return {
    id: row.id,
    externalId: row.externalId,
    email: row.email,
    phone: row.phone,
    attributes: row.attributes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface Resolution {
  contact: ContactRow;
  created: boolean;
  mergedContactIds: string[];
}

/**
 * Finds the one live profile for these identifiers, creating it when none matches. When the identifiers
 * match several profiles, they are the same person: the oldest profile survives and the others are folded
 * into it — events, responses and links move over, identifiers and attributes are kept (the survivor's
 * win on conflict), and the merged rows stay as history with `merged_into` set.
 *
 * Runs in the caller's transaction and locks the matched rows, so two concurrent calls for the same person
 * do not create two profiles (the partial unique indexes are the last line of defence).
 */
export async function resolveContact(
  tx: Tx,
  workspaceId: string,
  raw: Identifiers,
  attributes: Record<string, unknown> = {},
  actor: string | null = null,
): Promise<Resolution> {
  const ids = normaliseIdentifiers(raw);
  const matches = await findLiveMatches(tx, workspaceId, ids);

  if (matches.length === 0) {
    const id = uuidv7();
    const inserted = await tx
      .insertInto('contacts')
      .values({
        workspaceId,
        id,
        externalId: ids.externalId ?? null,
        email: ids.email ?? null,
        phone: ids.phone ?? null,
        attributes: JSON.stringify(attributes),
      })
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'externalId', 'email', 'phone', 'attributes', 'createdAt', 'updatedAt'])
      .executeTakeFirst();
    if (!inserted) {
      // Another request created this person a moment ago: resolve again against it.
      return resolveContact(tx, workspaceId, raw, attributes, actor);
    }
    await recordEvent(tx, { workspaceId, type: 'contact.created', actor, subjectId: id });
    return { contact: inserted, created: true, mergedContactIds: [] };
  }

  return foldProfiles(tx, workspaceId, matches, ids, attributes, actor);
}

/**
 * Folds profiles into the first (the oldest): events, responses and links move over, identifiers and
 * attributes are kept (the survivor's win on conflict, `attributes` over both), the others stay as history
 * with `merged_into` set. The rows must be locked by the caller, oldest first.
 */
async function foldProfiles(
  tx: Tx,
  workspaceId: string,
  matches: ContactRow[],
  ids: Identifiers,
  attributes: Record<string, unknown>,
  actor: string | null,
): Promise<Resolution> {
  const [survivor, ...others] = matches;
  if (!survivor) throw new Error('unreachable');
  const mergedAttributes = {
    ...Object.assign({}, ...others.map((o) => o.attributes).reverse()),
    ...survivor.attributes,
    ...attributes,
  };
  const identifiers = {
    externalId: survivor.externalId ?? others.find((o) => o.externalId)?.externalId ?? ids.externalId ?? null,
    email: survivor.email ?? others.find((o) => o.email)?.email ?? ids.email ?? null,
    phone: survivor.phone ?? others.find((o) => o.phone)?.phone ?? ids.phone ?? null,
  };
  // New identifiers fill gaps but do not overwrite: a different email for a known external id is a change
  // the integrator makes explicitly, not something a survey answer may silently rewrite.
  if (others.length > 0) {
    const otherIds = others.map((o) => o.id);
    await tx
      .updateTable('contacts')
      .set({ mergedInto: survivor.id, updatedAt: new Date() })
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', otherIds)
      .execute();
    for (const table of ['contactEvents', 'responses', 'surveyLinks', 'surveyDisplays'] as const) {
      await tx
        .updateTable(table)
        .set({ contactId: survivor.id })
        .where('workspaceId', '=', workspaceId)
        .where('contactId', 'in', otherIds)
        .execute();
    }
    // Cases and account memberships follow the person too (a membership the survivor has already wins).
    await tx
      .updateTable('cases')
      .set({ contactId: survivor.id })
      .where('workspaceId', '=', workspaceId)
      .where('contactId', 'in', otherIds)
      .execute();
    await sql`
      INSERT INTO account_contacts (workspace_id, account_id, contact_id, role, created_at)
      SELECT workspace_id, account_id, ${survivor.id}::uuid, role, created_at FROM account_contacts
      WHERE workspace_id = ${workspaceId} AND contact_id = ANY(${otherIds}::uuid[])
      ON CONFLICT DO NOTHING
    `.execute(tx);
    // Earlier merges pointed at the folded profiles; point them at the survivor.
    await tx
      .updateTable('contacts')
      .set({ mergedInto: survivor.id })
      .where('workspaceId', '=', workspaceId)
      .where('mergedInto', 'in', otherIds)
      .execute();
    await recordEvent(tx, {
      workspaceId,
      type: 'contact.merged',
      actor,
      subjectId: survivor.id,
      payload: { mergedContactIds: otherIds },
    });
  }
  const updated = await tx
    .updateTable('contacts')
    .set({ ...identifiers, attributes: JSON.stringify(mergedAttributes), updatedAt: new Date() })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', survivor.id)
    .returning(['id', 'externalId', 'email', 'phone', 'attributes', 'createdAt', 'updatedAt'])
    .executeTakeFirstOrThrow();
  return { contact: updated, created: false, mergedContactIds: others.map((o) => o.id) };
}

async function findLiveMatches(tx: Tx, workspaceId: string, ids: Identifiers): Promise<ContactRow[]> {
  if (!ids.externalId && !ids.email && !ids.phone) return [];
  return tx
    .selectFrom('contacts')
    .select(['id', 'externalId', 'email', 'phone', 'attributes', 'createdAt', 'updatedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('mergedInto', 'is', null)
    .where((eb) =>
      eb.or([
        ...(ids.externalId ? [eb('externalId', '=', ids.externalId)] : []),
        ...(ids.email ? [eb('email', '=', ids.email)] : []),
        ...(ids.phone ? [eb('phone', '=', ids.phone)] : []),
      ]),
    )
    .orderBy('createdAt')
    .orderBy('id')
    .forUpdate()
    .execute();
}

/**
 * Merges two live profiles a person chose to join (the identify route can only join profiles whose
 * identifiers it is given): the older survives, as in identity resolution. Null when either is missing,
 * merged already, or they are the same profile.
 */
export async function mergeTwoContacts(
  tx: Tx,
  workspaceId: string,
  contactIds: [string, string],
  actor: string | null,
): Promise<Resolution | null> {
  if (contactIds[0] === contactIds[1]) return null;
  const rows = await tx
    .selectFrom('contacts')
    .select(['id', 'externalId', 'email', 'phone', 'attributes', 'createdAt', 'updatedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('mergedInto', 'is', null)
    .where('id', 'in', contactIds)
    .orderBy('createdAt')
    .orderBy('id')
    .forUpdate()
    .execute();
  if (rows.length !== 2) return null;
  return foldProfiles(tx, workspaceId, rows, {}, {}, actor);
}
