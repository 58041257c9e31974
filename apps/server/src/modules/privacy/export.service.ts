import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { isFormulaLike } from '../../platform/csv';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { namesOf, profileIdsOf, survivingContactId } from './erasure-subject';

type Rows = Record<string, unknown>[];

/** One person's data, as a data-subject access request answers it (GDPR art. 15; Vietnam PDP Decree 13). */
export interface ContactExport {
  exportedAt: string;
  contact: Record<string, unknown>;
  identities: Rows;
  attributes: Record<string, unknown>;
  events: Rows;
  responses: Rows;
  reviews: Rows;
  conversations: Rows;
  messages: Rows;
  cases: Rows;
  caseNotes: Rows;
  caseEmails: Rows;
  invitations: Rows;
  consents: Rows;
  unsubscribes: Rows;
  accounts: Rows;
  segments: Rows;
  churnPredictions: Rows;
}

const q = async (db: Db, query: ReturnType<typeof sql>) => (await query.execute(db)).rows as Rows;

/** Builds the export of a person (all merged profiles); another workspace's contact is 404. */
export async function exportContact(
  ctx: AppContext,
  workspaceId: string,
  id: string,
): Promise<ContactExport> {
  const ws = workspaceId;
  const db = ctx.db;
  const contactId = await survivingContactId(db, ws, id);
  if (!contactId) throw AppError.notFound('contact');
  const ids = await profileIdsOf(db, ws, contactId);
  const profiles = await q(
    db,
    sql`SELECT id, external_id AS "externalId", email, phone, attributes, merged_into AS "mergedInto",
          unsubscribed_at AS "unsubscribedAt", created_at AS "createdAt", updated_at AS "updatedAt"
        FROM contacts WHERE workspace_id = ${ws} AND id = ANY(${ids}::uuid[]) ORDER BY created_at`,
  );
  const main = profiles.find((p) => p.id === contactId) ?? {};
  const attributes = (main.attributes ?? {}) as Record<string, unknown>;
  const emails = profiles.map((p) => p.email).filter((e): e is string => typeof e === 'string');
  const names = [...new Set([...namesOf(attributes), ...emails].map((n) => n.toLowerCase()))];

  const responses = await q(
    db,
    sql`SELECT r.id, r.survey_id AS "surveyId", s.name AS "surveyName", r.channel, r.language, r.answers,
          r.hidden_fields AS "hiddenFields", r.nps_score AS "npsScore", r.finished, r.created_at AS "createdAt", r.finished_at AS "finishedAt"
        FROM responses r LEFT JOIN surveys s ON s.workspace_id = r.workspace_id AND s.id = r.survey_id
        WHERE r.workspace_id = ${ws} AND r.contact_id = ANY(${ids}::uuid[]) ORDER BY r.created_at`,
  );
  const conversations = await q(
    db,
    sql`SELECT id, status, channel, language, created_at AS "createdAt", last_message_at AS "lastMessageAt"
        FROM conversations WHERE workspace_id = ${ws} AND contact_id = ANY(${ids}::uuid[]) ORDER BY created_at`,
  );
  const conversationIds = conversations.map((c) => c.id as string);
  const responseIds = responses.map((r) => r.id as string);
  const cases = await q(
    db,
    sql`SELECT id, title, description, status, priority, source, outcome, outcome_note AS "outcomeNote",
          created_at AS "createdAt", closed_at AS "closedAt"
        FROM cases WHERE workspace_id = ${ws}
          AND (contact_id = ANY(${ids}::uuid[])
            OR id IN (SELECT case_id FROM case_items WHERE workspace_id = ${ws}
                      AND item_id = ANY(${[...responseIds, ...conversationIds]}::uuid[])))
        ORDER BY created_at`,
  );
  const caseIds = cases.map((c) => c.id as string);
  return {
    exportedAt: new Date().toISOString(),
    contact: { id: contactId, createdAt: main.createdAt, updatedAt: main.updatedAt },
    identities: profiles.map((p) => ({
      profileId: p.id,
      externalId: p.externalId,
      email: p.email,
      phone: p.phone,
      mergedInto: p.mergedInto,
      createdAt: p.createdAt,
    })),
    attributes,
    events: await q(
      db,
      sql`SELECT id, event, properties, occurred_at AS "occurredAt" FROM contact_events
          WHERE workspace_id = ${ws} AND contact_id = ANY(${ids}::uuid[]) ORDER BY occurred_at`,
    ),
    responses,
    reviews: await q(
      db,
      sql`SELECT id, source, author, title, text, rating, url, posted_at AS "postedAt" FROM reviews
          WHERE workspace_id = ${ws} AND lower(author) = ANY(${names}::text[]) ORDER BY posted_at`,
    ),
    conversations,
    messages: await q(
      db,
      sql`SELECT id, conversation_id AS "conversationId", author, private, text, created_at AS "createdAt"
          FROM conversation_messages
          WHERE workspace_id = ${ws} AND conversation_id = ANY(${conversationIds}::uuid[])
          ORDER BY created_at`,
    ),
    cases,
    caseNotes: await q(
      db,
      sql`SELECT case_id AS "caseId", kind, body, created_at AS "createdAt" FROM case_activities
          WHERE workspace_id = ${ws} AND case_id = ANY(${caseIds}::uuid[]) AND kind = 'note' ORDER BY created_at`,
    ),
    caseEmails: await q(
      db,
      sql`SELECT case_id AS "caseId", channel, to_address AS "toAddress", subject, body, status,
            sent_at AS "sentAt", customer_comment AS "customerComment", created_at AS "createdAt"
          FROM case_follow_ups WHERE workspace_id = ${ws} AND case_id = ANY(${caseIds}::uuid[]) ORDER BY created_at`,
    ),
    invitations: await q(
      db,
      sql`SELECT i.id, i.survey_id AS "surveyId", i.email, i.channel, i.status, i.skip_reason AS "skipReason",
            i.sent_at AS "sentAt", i.created_at AS "createdAt"
          FROM survey_invitations i WHERE i.workspace_id = ${ws} AND i.contact_id = ANY(${ids}::uuid[])
          ORDER BY i.created_at`,
    ),
    consents: await q(
      db,
      sql`SELECT id, channel, purpose, granted, source, recorded_at AS "recordedAt", withdrawn_at AS "withdrawnAt"
          FROM consent_records WHERE workspace_id = ${ws} AND contact_id = ANY(${ids}::uuid[]) ORDER BY recorded_at`,
    ),
    unsubscribes: profiles
      .filter((p) => p.unsubscribedAt)
      .map((p) => ({ profileId: p.id, unsubscribedAt: p.unsubscribedAt })),
    accounts: await q(
      db,
      sql`SELECT a.id, a.name, ac.role FROM account_contacts ac
          JOIN accounts a ON a.workspace_id = ac.workspace_id AND a.id = ac.account_id
          WHERE ac.workspace_id = ${ws} AND ac.contact_id = ANY(${ids}::uuid[])`,
    ),
    segments: await q(
      db,
      sql`SELECT s.id, s.name FROM segment_members m
          JOIN segments s ON s.workspace_id = m.workspace_id AND s.id = m.segment_id
          WHERE m.workspace_id = ${ws} AND m.contact_id = ANY(${ids}::uuid[])`,
    ),
    churnPredictions: await q(
      db,
      sql`SELECT score, band, reasons, scored_at AS "scoredAt" FROM contact_churn_scores
          WHERE workspace_id = ${ws} AND contact_id = ANY(${ids}::uuid[])`,
    ),
  };
}

function cell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return isFormulaLike(text) ? `'${text}` : text;
}

function toCsv(rows: Rows): string {
  const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (header.length === 0) return '';
  return stringify(
    rows.map((r) => header.map((h) => cell(r[h]))),
    { header: true, columns: header, bom: true },
  );
}

/** The export as a ZIP: `export.json` plus one CSV per section (spreadsheet formulas neutralised). */
export function exportToZip(data: ContactExport): Uint8Array {
  const files: Record<string, Uint8Array> = { 'export.json': strToU8(JSON.stringify(data, null, 2)) };
  files['profile.csv'] = strToU8(
    toCsv([
      {
        ...data.contact,
        ...Object.fromEntries(Object.entries(data.attributes).map(([k, v]) => [`attribute.${k}`, v])),
      },
    ]),
  );
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value)) continue;
    files[`${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.csv`] = strToU8(toCsv(value as Rows));
  }
  return zipSync(files, { level: 6 });
}
