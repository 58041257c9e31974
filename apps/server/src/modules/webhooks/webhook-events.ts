import type { AppContext } from '../../platform/context';
import type { DomainEvent } from '../../platform/events';
import { enqueueWebhookEvent } from './webhooks.service';

// Maps domain events (internal, `noun.verb` as recorded) to webhook events (the public contract). Payload
// data is read when the event is dispatched, i.e. just after it committed, and then frozen in the outbox.

/** `response.completed` → one delivery per subscribed webhook, with the response as it was completed. */
export async function enqueueResponseCompleted(ctx: AppContext, event: DomainEvent): Promise<void> {
  const responseId = event.subjectId;
  if (!responseId) return;
  await enqueueWebhookEvent(ctx, {
    workspaceId: event.workspaceId,
    type: 'response.completed',
    occurredAt: event.occurredAt,
    items: async () => {
      const response = await ctx.db
        .selectFrom('responses')
        .select(['id', 'surveyId', 'touchpointId', 'npsScore', 'answers', 'finished', 'createdAt'])
        .where('workspaceId', '=', event.workspaceId)
        .where('id', '=', responseId)
        .executeTakeFirst();
      if (!response) return [];
      return [
        {
          sourceKey: String(event.id),
          data: { response: { ...response, createdAt: response.createdAt.toISOString() } },
        },
      ];
    },
  });
}

/** `reviews.imported` (one event per import) → one `review.imported` delivery per new review. */
export async function enqueueReviewsImported(ctx: AppContext, event: DomainEvent): Promise<void> {
  const ids = Array.isArray(event.payload.ids) ? (event.payload.ids as string[]) : [];
  if (ids.length === 0) return;
  await enqueueWebhookEvent(ctx, {
    workspaceId: event.workspaceId,
    type: 'review.imported',
    occurredAt: event.occurredAt,
    items: async () => {
      const reviews = [];
      for (let start = 0; start < ids.length; start += 1000) {
        reviews.push(
          ...(await ctx.db
            .selectFrom('reviews')
            .select([
              'id',
              'source',
              'externalId',
              'rating',
              'ratingScale',
              'author',
              'title',
              'text',
              'url',
              'language',
              'touchpointId',
              'postedAt',
              'createdAt',
            ])
            .where('workspaceId', '=', event.workspaceId)
            .where('id', 'in', ids.slice(start, start + 1000))
            .orderBy('id')
            .execute()),
        );
      }
      return reviews.map((review) => ({
        sourceKey: `${event.id}:${review.id}`,
        data: {
          review: {
            ...review,
            postedAt: review.postedAt.toISOString(),
            createdAt: review.createdAt.toISOString(),
          },
        },
      }));
    },
  });
}
