import type { TCondition } from '@touchpoint/schemas';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import { AppError, type InvalidParam } from '../../platform/errors';
import { segmentMembership } from './segments.service';

/**
 * Segments where a "who" is chosen in the condition language of alert rules and automations: the field
 * `segments` is the list of segments the subject's contact is in when the rule is evaluated, so
 * `{"field": "segments", "op": "contains", "value": "<segmentId>"}` (in that segment),
 * `{"field": "segments", "op": "in", "value": ["<id1>", "<id2>"]}` (in any of them) and `not_contains`
 * (not in it) read as they do for `topicIds`. Only the segments a rule names are evaluated, and only for
 * the contacts at hand; feedback without a contact is in no segment. `churnRisk` (`low` | `medium` |
 * `high`, the contact's latest churn band) is there for every subject with a contact.
 */
export const SEGMENTS_FIELD = 'segments';
export const CHURN_RISK_FIELD = 'churnRisk';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Leaf = { field: string; op: string; value?: unknown };

function leavesOf(condition: TCondition | null | undefined, into: Leaf[] = []): Leaf[] {
  if (!condition) return into;
  if ('all' in condition) for (const c of condition.all) leavesOf(c, into);
  else if ('any' in condition) for (const c of condition.any) leavesOf(c, into);
  else if ('not' in condition) leavesOf(condition.not, into);
  else into.push(condition);
  return into;
}

/** The segment ids conditions name with the `segments` field (each once). */
export function segmentIdsInConditions(conditions: readonly (TCondition | null | undefined)[]): string[] {
  const ids = new Set<string>();
  for (const condition of conditions) {
    for (const leaf of leavesOf(condition)) {
      if (leaf.field !== SEGMENTS_FIELD) continue;
      const values = Array.isArray(leaf.value) ? leaf.value : leaf.value === undefined ? [] : [leaf.value];
      for (const v of values) if (typeof v === 'string') ids.add(v);
    }
  }
  return [...ids];
}

/**
 * Every segment a condition names must be a segment of this workspace (400 naming each one that is not),
 * so a rule never silently matches nobody because of a typo or another workspace's id.
 */
export async function assertSegmentReferences(
  db: Db,
  workspaceId: string,
  condition: TCondition | null | undefined,
  param: string,
): Promise<void> {
  const invalid: InvalidParam[] = [];
  for (const leaf of leavesOf(condition)) {
    if (leaf.field !== SEGMENTS_FIELD) continue;
    const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
    if (leaf.op !== 'answered' && leaf.op !== 'skipped' && values.some((v) => typeof v !== 'string')) {
      invalid.push({ name: param, reason: 'segments takes a segment id or a list of them' });
    }
  }
  const ids = segmentIdsInConditions([condition]);
  const wellFormed = ids.filter((id) => UUID.test(id));
  for (const id of ids.filter((id) => !UUID.test(id))) {
    invalid.push({ name: param, reason: `"${id}" is not a segment id` });
  }
  if (wellFormed.length > 0) {
    const found = await db
      .selectFrom('segments')
      .select('id')
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', wellFormed)
      .execute();
    const known = new Set(found.map((r) => r.id));
    for (const id of wellFormed) {
      if (!known.has(id)) invalid.push({ name: param, reason: `no segment ${id} in this workspace` });
    }
  }
  if (invalid.length > 0) {
    throw new AppError('VALIDATION_FAILED', invalid.map((p) => `${p.name}: ${p.reason}`).join('; '), invalid);
  }
}

/**
 * For each contact (a merged profile counts as its survivor), the segments among `segmentIds` it is in now:
 * one query per segment over just these contacts.
 */
export async function segmentsOfContacts(
  db: Db,
  workspaceId: string,
  segmentIds: readonly string[],
  contactIds: readonly string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  const ids = [...new Set(contactIds)];
  if (ids.length === 0 || segmentIds.length === 0) return result;
  for (const segmentId of segmentIds) {
    if (!UUID.test(segmentId)) continue;
    const membership = await segmentMembership(db, workspaceId, segmentId).catch((error: unknown) => {
      // Deleted since the rule named it, or a condition this server can no longer compile: no members.
      if (error instanceof AppError && error.status < 500) return null;
      throw error;
    });
    if (!membership) continue;
    const rows = await sql<{ id: string }>`SELECT x.id FROM contacts x
      JOIN contacts c ON c.workspace_id = x.workspace_id AND c.id = coalesce(x.merged_into, x.id)
      WHERE x.workspace_id = ${workspaceId} AND x.id = ANY(${ids}::uuid[]) AND c.merged_into IS NULL
        AND ${membership}`.execute(db);
    for (const row of rows.rows) result.set(row.id, [...(result.get(row.id) ?? []), segmentId]);
  }
  return result;
}

/**
 * Adds what the conditions read about each subject's contact: `segments` (the named segments it is in,
 * `[]` without a contact) when a condition names the field, and `churnRisk` when a condition reads it and
 * the subject does not carry it yet (events and cases; feedback facts load it themselves).
 */
export async function addContactSegmentFacts(
  db: Db,
  workspaceId: string,
  subjects: readonly { contactId: string | null; values: Record<string, unknown> }[],
  conditions: readonly (TCondition | null | undefined)[],
): Promise<void> {
  if (subjects.length === 0) return;
  const fields = new Set(conditions.flatMap((c) => leavesOf(c).map((leaf) => leaf.field)));
  const contactIds = subjects.map((s) => s.contactId).filter((id): id is string => id !== null);
  if (fields.has(SEGMENTS_FIELD)) {
    const memberships = await segmentsOfContacts(
      db,
      workspaceId,
      segmentIdsInConditions(conditions),
      contactIds,
    );
    for (const subject of subjects) {
      subject.values[SEGMENTS_FIELD] = subject.contactId ? (memberships.get(subject.contactId) ?? []) : [];
    }
  }
  const needsChurn = subjects.filter((s) => s.contactId && !(CHURN_RISK_FIELD in s.values));
  if (fields.has(CHURN_RISK_FIELD) && needsChurn.length > 0) {
    const rows = await sql<{ id: string; band: string }>`SELECT x.id, s.band FROM contacts x
      JOIN contact_churn_scores s ON s.workspace_id = x.workspace_id AND s.contact_id = coalesce(x.merged_into, x.id)
      WHERE x.workspace_id = ${workspaceId} AND x.id = ANY(${needsChurn.map((s) => s.contactId)}::uuid[])`.execute(
      db,
    );
    const band = new Map(rows.rows.map((r) => [r.id, r.band]));
    for (const subject of needsChurn) {
      subject.values[CHURN_RISK_FIELD] = band.get(subject.contactId as string) ?? null;
    }
  }
}
