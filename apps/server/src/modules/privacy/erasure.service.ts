import type { TErasure } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { ERASURE_STEPS } from './erasure-steps';
import {
  type ErasureSubject,
  gatherErasureSubject,
  identifierHash,
  survivingContactId,
} from './erasure-subject';

export const eraseContactJob = {
  name: 'privacy.erase-contact',
  payload: z.object({ workspaceId: z.uuid(), erasureId: z.uuid() }),
};

interface ErasureRow {
  id: string;
  contactId: string;
  status: TErasure['status'];
  stepsTotal: number;
  stepsDone: number;
  currentStep: string | null;
  subject: ErasureSubject | null;
  counts: Record<string, number>;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const COLUMNS = sql`id, contact_id AS "contactId", status, steps_total AS "stepsTotal", steps_done AS "stepsDone",
  current_step AS "currentStep", subject, counts, error, created_at AS "createdAt", finished_at AS "finishedAt"`;

function present(row: ErasureRow): TErasure {
  return {
    id: row.id,
    contactId: row.contactId,
    status: row.status,
    stepsTotal: row.stepsTotal,
    stepsDone: row.stepsDone,
    currentStep: row.currentStep,
    counts: row.counts ?? {},
    error: row.error,
    createdAt: new Date(row.createdAt).toISOString(),
    finishedAt: row.finishedAt ? new Date(row.finishedAt).toISOString() : null,
  };
}

async function erasureOfContact(ctx: AppContext, workspaceId: string, contactId: string) {
  const { rows } = await sql<ErasureRow>`
    SELECT ${COLUMNS} FROM privacy_erasures WHERE workspace_id = ${workspaceId} AND contact_id = ${contactId}
  `.execute(ctx.db);
  return rows[0] ?? null;
}

export async function getErasure(ctx: AppContext, workspaceId: string, id: string): Promise<TErasure> {
  const { rows } = await sql<ErasureRow>`
    SELECT ${COLUMNS} FROM privacy_erasures WHERE workspace_id = ${workspaceId} AND id = ${id}
  `.execute(ctx.db);
  if (!rows[0]) throw AppError.notFound('erasure');
  return present(rows[0]);
}

/**
 * Starts erasing a person (every profile merged into theirs as well). Idempotent: a second request for the
 * same person, by id, email or external id, answers the first job (`created: false`).
 */
export async function requestErasure(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  target: { contactId: string } | { email: string } | { externalId: string },
): Promise<{ erasure: TErasure; created: boolean }> {
  const ws = principal.workspaceId;
  let contactId: string | null = null;
  let hashes: string[] = [];
  if ('contactId' in target) {
    contactId = await survivingContactId(ctx.db, ws, target.contactId);
    if (!contactId) {
      // Already erased: the job remembers the id it erased.
      const done = await erasureOfContact(ctx, ws, target.contactId);
      if (done) return { erasure: present(done), created: false };
      throw AppError.notFound('contact');
    }
  } else {
    const kind = 'email' in target ? 'email' : 'externalId';
    const value = 'email' in target ? target.email : target.externalId;
    const hash = identifierHash(ws, kind, value);
    const { rows } = await sql<{ id: string }>`
      SELECT id FROM contacts WHERE workspace_id = ${ws} AND merged_into IS NULL
        AND ${kind === 'email' ? sql`lower(email) = ${value.trim().toLowerCase()}` : sql`external_id = ${value.trim()}`}
      LIMIT 1
    `.execute(ctx.db);
    if (rows[0]) contactId = rows[0].id;
    else {
      const { rows: earlier } = await sql<ErasureRow>`
        SELECT ${COLUMNS} FROM privacy_erasures WHERE workspace_id = ${ws} AND ${hash} = ANY(identifier_hashes)
        ORDER BY created_at DESC LIMIT 1
      `.execute(ctx.db);
      if (earlier[0]) return { erasure: present(earlier[0]), created: false };
      throw AppError.notFound('contact');
    }
  }
  const existing = await erasureOfContact(ctx, ws, contactId);
  if (existing) {
    // A failed job is started again; anything else is simply reported.
    if (existing.status === 'failed') {
      await sql`UPDATE privacy_erasures SET status = 'queued', error = NULL WHERE workspace_id = ${ws} AND id = ${existing.id}`.execute(
        ctx.db,
      );
      await ctx.jobs.send(eraseContactJob, { workspaceId: ws, erasureId: existing.id });
      return { erasure: { ...present(existing), status: 'queued', error: null }, created: false };
    }
    return { erasure: present(existing), created: false };
  }
  const id = uuidv7();
  const row = await inTransaction(ctx, async (tx) => {
    const { rows: profiles } = await sql<{ email: string | null; externalId: string | null }>`
      SELECT email, external_id AS "externalId" FROM contacts
      WHERE workspace_id = ${ws} AND (id = ${contactId} OR merged_into = ${contactId})
    `.execute(tx);
    hashes = [
      ...new Set(
        profiles.flatMap((p) => [
          ...(p.email ? [identifierHash(ws, 'email', p.email)] : []),
          ...(p.externalId ? [identifierHash(ws, 'externalId', p.externalId)] : []),
        ]),
      ),
    ];
    const { rows: inserted } = await sql<ErasureRow>`
      INSERT INTO privacy_erasures (workspace_id, id, contact_id, identifier_hashes, steps_total, requested_by)
      VALUES (${ws}, ${id}, ${contactId}, ${hashes}::text[], ${ERASURE_STEPS.length + 1}, ${actorOf(principal)})
      ON CONFLICT (workspace_id, contact_id) DO NOTHING
      RETURNING ${COLUMNS}
    `.execute(tx);
    if (inserted[0]) {
      await recordEvent(tx, {
        workspaceId: ws,
        type: 'contact.erasure_requested',
        actor: actorOf(principal),
        subjectId: contactId,
        payload: { erasureId: id },
      });
    }
    return inserted[0] ?? null;
  });
  if (!row) {
    // Two requests raced: the other one created the job.
    const other = await erasureOfContact(ctx, ws, contactId as string);
    return { erasure: present(other as ErasureRow), created: false };
  }
  await ctx.jobs.send(eraseContactJob, { workspaceId: ws, erasureId: id });
  return { erasure: present(row), created: true };
}

/**
 * The erasure job: gathers the subject once (kept on the row so a retry erases the same things), then runs
 * each step in its own transaction with the progress, and finally forgets the subject.
 */
export async function runErasure(ctx: AppContext, payload: { workspaceId: string; erasureId: string }) {
  const ws = payload.workspaceId;
  const { rows } = await sql<ErasureRow>`
    SELECT ${COLUMNS} FROM privacy_erasures WHERE workspace_id = ${ws} AND id = ${payload.erasureId}
  `.execute(ctx.db);
  const job = rows[0];
  if (!job || job.status === 'done') return;
  try {
    let subject = job.subject;
    let done = job.stepsDone;
    if (!subject) {
      subject = await gatherErasureSubject(ctx.db, ws, job.contactId);
      await sql`UPDATE privacy_erasures SET subject = ${JSON.stringify(subject)}::jsonb, status = 'running',
                  steps_done = 1, current_step = 'gather'
                WHERE workspace_id = ${ws} AND id = ${job.id}`.execute(ctx.db);
      done = 1;
    }
    const counts: Record<string, number> = { ...(job.counts ?? {}) };
    for (const [index, step] of ERASURE_STEPS.entries()) {
      if (index + 1 < done) continue;
      await inTransaction(ctx, async (tx) => {
        const changed = await step.run(tx, ws, subject as ErasureSubject, job.id);
        for (const [k, v] of Object.entries(changed)) counts[k] = (counts[k] ?? 0) + v;
        await sql`UPDATE privacy_erasures SET steps_done = ${index + 2}, current_step = ${step.name},
                    counts = ${JSON.stringify(counts)}::jsonb, status = 'running'
                  WHERE workspace_id = ${ws} AND id = ${job.id}`.execute(tx);
      });
    }
    await inTransaction(ctx, async (tx) => {
      await sql`UPDATE privacy_erasures SET status = 'done', subject = NULL, current_step = NULL, finished_at = now()
                WHERE workspace_id = ${ws} AND id = ${job.id}`.execute(tx);
      await recordEvent(tx, {
        workspaceId: ws,
        type: 'contact.erased',
        actor: 'system',
        subjectId: job.contactId,
        payload: { erasureId: job.id, counts },
      });
    });
  } catch (error) {
    await sql`UPDATE privacy_erasures SET status = 'failed', error = ${String((error as Error).message).slice(0, 500)}
              WHERE workspace_id = ${ws} AND id = ${job.id}`.execute(ctx.db);
    throw error;
  }
}
