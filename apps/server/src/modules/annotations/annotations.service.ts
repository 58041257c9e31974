import type { TAnnotation } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';

function annotationRows(db: Db, workspaceId: string) {
  return db
    .selectFrom('metricAnnotations')
    .select(['id', 'day', 'text', 'touchpointId', 'createdBy', 'createdAt'])
    .where('workspaceId', '=', workspaceId);
}

type AnnotationRow = Awaited<ReturnType<ReturnType<typeof annotationRows>['execute']>>[number];

function present(row: AnnotationRow): TAnnotation {
  return {
    id: row.id,
    day: String(row.day).slice(0, 10),
    text: row.text,
    touchpointId: row.touchpointId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The annotations of a period, by day. With a touchpoint: its own annotations and the workspace-wide
 * ones (an app release matters to every touchpoint's trend).
 */
export async function listAnnotations(
  ctx: AppContext,
  workspaceId: string,
  q: { from?: string | undefined; to?: string | undefined; touchpointId?: string | undefined },
): Promise<{ items: TAnnotation[] }> {
  const rows = await annotationRows(ctx.db, workspaceId)
    .$if(Boolean(q.from), (b) => b.where('day', '>=', q.from as string))
    .$if(Boolean(q.to), (b) => b.where('day', '<', q.to as string))
    .$if(Boolean(q.touchpointId), (b) =>
      b.where((eb) =>
        eb.or([eb('touchpointId', 'is', null), eb('touchpointId', '=', q.touchpointId as string)]),
      ),
    )
    .orderBy('day')
    .orderBy('id')
    .limit(1000)
    .execute();
  return { items: rows.map(present) };
}

export async function createAnnotation(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: { day: string; text: string; touchpointId?: string | null | undefined },
): Promise<TAnnotation> {
  const id = uuidv7();
  const touchpointId = input.touchpointId ?? null;
  await inTransaction(ctx, async (tx) => {
    if (touchpointId) {
      const touchpoint = await tx
        .selectFrom('touchpoints')
        .select('id')
        .where('workspaceId', '=', principal.workspaceId)
        .where('id', '=', touchpointId)
        .executeTakeFirst();
      // Another workspace's touchpoint answers exactly like a missing one.
      if (!touchpoint) throw AppError.notFound('touchpoint');
    }
    await tx
      .insertInto('metricAnnotations')
      .values({
        workspaceId: principal.workspaceId,
        id,
        day: input.day,
        text: input.text,
        touchpointId,
        createdBy: actorOf(principal),
      })
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'annotation.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { day: input.day, text: input.text, touchpointId },
    });
  });
  const row = await annotationRows(ctx.db, principal.workspaceId).where('id', '=', id).executeTakeFirst();
  return present(row as AnnotationRow);
}

export async function deleteAnnotation(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const deleted = await tx
      .deleteFrom('metricAnnotations')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .returning(['day', 'text'])
      .executeTakeFirst();
    if (!deleted) throw AppError.notFound('annotation');
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'annotation.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { day: String(deleted.day).slice(0, 10), text: deleted.text },
    });
  });
}
