import type { TReview, TReviewInput } from '@touchpoint/schemas';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../../platform/context';
import { hashSecret } from '../../platform/crypto';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination';
import type { PiiView } from '../../platform/pii-view';
import { assertTouchpointExists } from '../journeys/index';

/** A stable id for a review without one, so importing the same file twice creates nothing new. */
export function deriveExternalId(review: Pick<TReviewInput, 'author' | 'postedAt' | 'text'>): string {
  return `derived:${hashSecret(`${review.author ?? ''}\u0000${review.postedAt}\u0000${review.text}`).slice(0, 32)}`;
}

/** Stores reviews, skipping those already stored for the same source and external id. */
export async function importReviews(
  ctx: AppContext,
  workspaceId: string,
  actor: string | null,
  items: TReviewInput[],
) {
  const touchpointIds = [
    ...new Set(items.map((i) => i.touchpointId).filter((id): id is string => Boolean(id))),
  ];
  for (const id of touchpointIds)
    await assertTouchpointExists(ctx.db, workspaceId, id, 'body.items.touchpointId');
  return inTransaction(ctx, async (tx) => {
    const results: { id: string | null; externalId: string; status: 'created' | 'duplicate' }[] = [];
    for (const item of items) {
      const externalId = item.externalId ?? deriveExternalId(item);
      const inserted = await tx
        .insertInto('reviews')
        .values({
          workspaceId,
          id: uuidv7(),
          source: item.source.toLowerCase(),
          externalId,
          rating: item.rating ?? null,
          ratingScale: item.ratingScale,
          author: item.author ?? null,
          title: item.title ?? null,
          text: item.text,
          url: item.url ?? null,
          language: item.language ?? null,
          touchpointId: item.touchpointId ?? null,
          postedAt: new Date(item.postedAt),
        })
        .onConflict((oc) => oc.columns(['workspaceId', 'source', 'externalId']).doNothing())
        .returning('id')
        .executeTakeFirst();
      results.push({ id: inserted?.id ?? null, externalId, status: inserted ? 'created' : 'duplicate' });
    }
    const created = results.filter((r) => r.status === 'created').length;
    if (created > 0) {
      await recordEvent(tx, {
        workspaceId,
        type: 'reviews.imported',
        actor,
        // The ids let text analytics analyse exactly the new reviews after the import commits.
        payload: {
          created,
          duplicates: results.length - created,
          ids: results.flatMap((r) => (r.id ? [r.id] : [])),
        },
      });
    }
    return { created, duplicates: results.length - created, items: results };
  });
}

export async function listReviews(
  ctx: AppContext,
  workspaceId: string,
  query: {
    limit: number;
    cursor?: string | undefined;
    source?: string | undefined;
    touchpointId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
  pii: PiiView,
) {
  const raw = decodeCursor(query.cursor);
  const [at, lastId] = raw ? raw.split('|') : [];
  if (raw && (!lastId || Number.isNaN(new Date(at ?? '').getTime()))) {
    throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', [
      { name: 'query.cursor', reason: 'not a cursor from this API' },
    ]);
  }
  const rows = await ctx.db
    .selectFrom('reviews')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(query.source), (q) => q.where('source', '=', (query.source as string).toLowerCase()))
    .$if(Boolean(query.touchpointId), (q) => q.where('touchpointId', '=', query.touchpointId as string))
    .$if(Boolean(query.from), (q) => q.where('postedAt', '>=', new Date(query.from as string)))
    .$if(Boolean(query.to), (q) => q.where('postedAt', '<', new Date(query.to as string)))
    .$if(Boolean(raw), (q) =>
      q.where((eb) =>
        eb.or([
          eb('postedAt', '<', new Date(at as string)),
          eb.and([eb('postedAt', '=', new Date(at as string)), eb('id', '<', lastId as string)]),
        ]),
      ),
    )
    .orderBy('postedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  return {
    items: shown.map(
      (r): TReview => ({
        id: r.id,
        source: r.source,
        externalId: r.externalId,
        rating: r.rating,
        ratingScale: r.ratingScale,
        author: r.author,
        title: pii.optionalText(r.title),
        text: pii.text(r.text),
        url: r.url,
        language: r.language,
        touchpointId: r.touchpointId,
        postedAt: r.postedAt.toISOString(),
        createdAt: r.createdAt.toISOString(),
      }),
    ),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor(`${last.postedAt.toISOString()}|${last.id}`) : null,
  };
}
