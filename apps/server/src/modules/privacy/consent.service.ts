import type { TConsent } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { profileIdsOf, survivingContactId } from './erasure-subject';

interface ConsentRow {
  id: string;
  contactId: string;
  channel: TConsent['channel'];
  purpose: string;
  granted: boolean;
  source: string;
  recordedAt: Date;
  withdrawnAt: Date | null;
  createdBy: string | null;
}

const COLUMNS = sql`id, contact_id AS "contactId", channel, purpose, granted, source, recorded_at AS "recordedAt",
  withdrawn_at AS "withdrawnAt", created_by AS "createdBy"`;

function present(row: ConsentRow): TConsent {
  return {
    ...row,
    recordedAt: new Date(row.recordedAt).toISOString(),
    withdrawnAt: row.withdrawnAt ? new Date(row.withdrawnAt).toISOString() : null,
  };
}

async function requireContact(ctx: AppContext, workspaceId: string, id: string): Promise<string> {
  const contactId = await survivingContactId(ctx.db, workspaceId, id);
  if (!contactId) throw AppError.notFound('contact');
  return contactId;
}

/** A person's consent records (all merged profiles), newest first. */
export async function listConsents(ctx: AppContext, workspaceId: string, id: string): Promise<TConsent[]> {
  const contactId = await requireContact(ctx, workspaceId, id);
  const ids = await profileIdsOf(ctx.db, workspaceId, contactId);
  const { rows } = await sql<ConsentRow>`
    SELECT ${COLUMNS} FROM consent_records WHERE workspace_id = ${workspaceId} AND contact_id = ANY(${ids}::uuid[])
    ORDER BY recorded_at DESC, id DESC
  `.execute(ctx.db);
  return rows.map(present);
}

export async function recordConsent(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  input: {
    channel: TConsent['channel'];
    purpose: string;
    granted: boolean;
    source: string;
    recordedAt?: string | undefined;
  },
): Promise<TConsent> {
  const contactId = await requireContact(ctx, principal.workspaceId, id);
  return inTransaction(ctx, async (tx) => {
    const { rows } = await sql<ConsentRow>`
      INSERT INTO consent_records (workspace_id, id, contact_id, channel, purpose, granted, source, recorded_at, created_by)
      VALUES (${principal.workspaceId}, ${uuidv7()}, ${contactId}, ${input.channel}, ${input.purpose}, ${input.granted},
        ${input.source}, ${input.recordedAt ? new Date(input.recordedAt) : new Date()}, ${actorOf(principal)})
      RETURNING ${COLUMNS}
    `.execute(tx);
    const row = rows[0] as ConsentRow;
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'consent.recorded',
      actor: actorOf(principal),
      subjectId: contactId,
      payload: { consentId: row.id, channel: row.channel, purpose: row.purpose, granted: row.granted },
    });
    return present(row);
  });
}

/** Withdraws a consent (kept, with the time it was withdrawn, as proof of what applied when). */
export async function withdrawConsent(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  consentId: string,
): Promise<TConsent> {
  const contactId = await requireContact(ctx, principal.workspaceId, id);
  const ids = await profileIdsOf(ctx.db, principal.workspaceId, contactId);
  return inTransaction(ctx, async (tx) => {
    const { rows } = await sql<ConsentRow>`
      UPDATE consent_records SET withdrawn_at = coalesce(withdrawn_at, now())
      WHERE workspace_id = ${principal.workspaceId} AND id = ${consentId} AND contact_id = ANY(${ids}::uuid[])
      RETURNING ${COLUMNS}
    `.execute(tx);
    const row = rows[0];
    if (!row) throw AppError.notFound('consent');
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'consent.withdrawn',
      actor: actorOf(principal),
      subjectId: contactId,
      payload: { consentId },
    });
    return present(row);
  });
}
