import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/database';

/**
 * Everything an erasure touches, gathered once before its first step and kept on the job row until it is
 * done, so a retried job erases the same things even after earlier steps removed the links between them.
 */
export interface ErasureSubject {
  contactIds: string[];
  responseIds: string[];
  conversationIds: string[];
  messageIds: string[];
  caseIds: string[];
  reviewIds: string[];
  invitationIds: string[];
  /**
   * The person's hard identifiers (emails, phones, external ids); copies of them (and of the ids above) are
   * replaced wherever they were stored. Never names or free text: those are customer-controlled and can be
   * any common word ("survey", "https"), so scrubbing them across tables would erase other people's data.
   */
  needles: string[];
}

// Attribute keys that name the person; used only to find reviews they wrote (never searched for in copies).
const NAME_KEYS = [
  'name',
  'fullName',
  'full_name',
  'firstName',
  'first_name',
  'lastName',
  'last_name',
  'displayName',
];
// Shorter identifiers would match other people's data by chance.
const MIN_IDENTIFIER_LENGTH = 5;
const MAX_NEEDLES = 2000;

/** A workspace-salted SHA-256 of one identifier, so an erased person can be recognised without keeping it. */
export function identifierHash(workspaceId: string, kind: 'email' | 'externalId', value: string): string {
  const normal = kind === 'email' ? value.trim().toLowerCase() : value.trim();
  return createHash('sha256').update(`${workspaceId}:${kind}:${normal}`).digest('hex');
}

/** The surviving profile of a contact id (following merges), or null when it does not exist here. */
export async function survivingContactId(
  db: Db | Tx,
  workspaceId: string,
  id: string,
): Promise<string | null> {
  let current = id;
  for (let depth = 0; depth < 20; depth++) {
    const { rows } = await sql<{ id: string; mergedInto: string | null }>`
      SELECT id, merged_into AS "mergedInto" FROM contacts WHERE workspace_id = ${workspaceId} AND id = ${current}
    `.execute(db);
    const row = rows[0];
    if (!row) return null;
    if (!row.mergedInto) return row.id;
    current = row.mergedInto;
  }
  return null;
}

/** Every profile of the person: the surviving one and all profiles merged into it (at any depth). */
export async function profileIdsOf(db: Db | Tx, workspaceId: string, contactId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    WITH RECURSIVE person AS (
      SELECT id FROM contacts WHERE workspace_id = ${workspaceId} AND id = ${contactId}
      UNION
      SELECT c.id FROM contacts c JOIN person p ON c.merged_into = p.id WHERE c.workspace_id = ${workspaceId}
    )
    SELECT id FROM person
  `.execute(db);
  return rows.map((r) => r.id);
}

/** Names written in the person's attributes (for matching reviews they wrote and copies of their name). */
export function namesOf(attributes: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const key of NAME_KEYS) {
    const value = attributes[key];
    if (typeof value === 'string' && value.trim()) names.push(value.trim());
  }
  const first = attributes.firstName ?? attributes.first_name;
  const last = attributes.lastName ?? attributes.last_name;
  if (typeof first === 'string' && typeof last === 'string') names.push(`${first.trim()} ${last.trim()}`);
  return names;
}

/** Gathers what to erase for one person (all profiles), including the identifiers to search for in copies. */
export async function gatherErasureSubject(
  db: Db | Tx,
  workspaceId: string,
  contactId: string,
): Promise<ErasureSubject> {
  const contactIds = await profileIdsOf(db, workspaceId, contactId);
  const identifiers: string[] = [];
  const { rows: contacts } = await sql<{
    email: string | null;
    phone: string | null;
    externalId: string | null;
    attributes: Record<string, unknown>;
  }>`
    SELECT email, phone, external_id AS "externalId", attributes FROM contacts
    WHERE workspace_id = ${workspaceId} AND id = ANY(${contactIds}::uuid[])
  `.execute(db);
  const emails: string[] = [];
  const externalIds: string[] = [];
  const names: string[] = [];
  for (const c of contacts) {
    for (const value of [c.email, c.phone, c.externalId]) if (value) identifiers.push(value);
    if (c.email) emails.push(c.email.toLowerCase());
    if (c.externalId) externalIds.push(c.externalId);
    names.push(...namesOf(c.attributes ?? {}));
  }
  const matchNames = [...new Set([...names, ...emails].map((n) => n.toLowerCase()))];

  const { rows: responses } = await sql<{ id: string }>`
    SELECT r.id FROM responses r
    WHERE r.workspace_id = ${workspaceId}
      AND (r.contact_id = ANY(${contactIds}::uuid[])
        OR r.link_id IN (SELECT l.id FROM survey_links l
                         WHERE l.workspace_id = ${workspaceId} AND l.contact_id = ANY(${contactIds}::uuid[])))
  `.execute(db);
  const responseIds = responses.map((r) => r.id);

  const { rows: conversations } = await sql<{ id: string; claimedIdentity: unknown; caseId: string | null }>`
    SELECT id, claimed_identity AS "claimedIdentity", case_id AS "caseId" FROM conversations
    WHERE workspace_id = ${workspaceId}
      AND (contact_id = ANY(${contactIds}::uuid[])
        -- Chats where a visitor claimed to be the person (unverified, so never linked to the profile).
        OR lower(claimed_identity->>'email') = ANY(${emails}::text[])
        OR claimed_identity->>'externalId' = ANY(${externalIds}::text[]))
  `.execute(db);
  const conversationIds = conversations.map((c) => c.id);
  // Only the identifying fields of a claimed identity (its name is free text a visitor typed).
  for (const c of conversations) {
    const claimed = (c.claimedIdentity ?? {}) as Record<string, unknown>;
    for (const key of ['email', 'phone', 'externalId']) {
      if (typeof claimed[key] === 'string') identifiers.push((claimed[key] as string).trim());
    }
  }
  const { rows: messages } = await sql<{ id: string }>`
    SELECT id FROM conversation_messages
    WHERE workspace_id = ${workspaceId} AND conversation_id = ANY(${conversationIds}::uuid[])
  `.execute(db);
  const { rows: threads } = await sql<{ replyTo: string | null }>`
    SELECT reply_to AS "replyTo" FROM conversation_channel_threads
    WHERE workspace_id = ${workspaceId} AND conversation_id = ANY(${conversationIds}::uuid[])
  `.execute(db);
  for (const t of threads) if (t.replyTo) identifiers.push(t.replyTo);

  const { rows: cases } = await sql<{ id: string }>`
    SELECT id FROM cases
    WHERE workspace_id = ${workspaceId}
      AND (contact_id = ANY(${contactIds}::uuid[])
        OR id IN (SELECT case_id FROM case_items WHERE workspace_id = ${workspaceId}
                  AND item_id = ANY(${[...responseIds, ...conversationIds]}::uuid[]))
        OR id IN (SELECT case_id FROM conversations WHERE workspace_id = ${workspaceId}
                  AND id = ANY(${conversationIds}::uuid[]) AND case_id IS NOT NULL))
  `.execute(db);
  const caseIds = cases.map((c) => c.id);
  const { rows: followUps } = await sql<{ toAddress: string }>`
    SELECT to_address AS "toAddress" FROM case_follow_ups
    WHERE workspace_id = ${workspaceId} AND case_id = ANY(${caseIds}::uuid[])
  `.execute(db);
  for (const f of followUps) if (f.toAddress) identifiers.push(f.toAddress);

  const { rows: reviews } = await sql<{ id: string }>`
    SELECT id FROM reviews
    WHERE workspace_id = ${workspaceId} AND lower(author) = ANY(${matchNames}::text[])
  `.execute(db);

  const { rows: invitations } = await sql<{ id: string; email: string | null }>`
    SELECT id, email FROM survey_invitations
    WHERE workspace_id = ${workspaceId}
      AND (contact_id = ANY(${contactIds}::uuid[]) OR lower(email) = ANY(${emails}::text[]))
  `.execute(db);
  for (const i of invitations) if (i.email) identifiers.push(i.email);

  const needles = [
    ...new Set(identifiers.map((s) => s.trim()).filter((s) => s.length >= MIN_IDENTIFIER_LENGTH)),
  ]
    // Longest first, so an identifier that contains a shorter one is replaced as a whole.
    .sort((x, y) => y.length - x.length)
    .slice(0, MAX_NEEDLES);

  return {
    contactIds,
    responseIds,
    conversationIds,
    messageIds: messages.map((m) => m.id),
    caseIds,
    reviewIds: reviews.map((r) => r.id),
    invitationIds: invitations.map((i) => i.id),
    needles,
  };
}
