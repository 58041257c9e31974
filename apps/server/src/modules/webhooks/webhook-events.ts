import { sql } from 'kysely';
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
        // An anonymous employee answer is never a webhook payload (docs/CONFIDENTIALITY.md).
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('surveys')
                .select('surveys.id')
                .whereRef('surveys.workspaceId', '=', 'responses.workspaceId')
                .whereRef('surveys.id', '=', 'responses.surveyId')
                .where('surveys.anonymous', '=', true),
            ),
          ),
        )
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

/**
 * An automation rule's call_webhook action: one `automation.fired` delivery to the webhook it names (which
 * must be active and subscribed to `automation.fired`). Idempotent per source key (run and action).
 * Returns the delivery id, or null when that webhook takes no such delivery (paused, unsubscribed, gone).
 */
export async function enqueueAutomationDelivery(
  ctx: AppContext,
  input: {
    workspaceId: string;
    webhookId: string;
    sourceKey: string;
    occurredAt: Date;
    data: Record<string, unknown>;
  },
): Promise<string | null> {
  const created = await enqueueWebhookEvent(ctx, {
    workspaceId: input.workspaceId,
    type: 'automation.fired',
    occurredAt: input.occurredAt,
    webhookId: input.webhookId,
    items: async () => [{ sourceKey: input.sourceKey, data: input.data }],
  });
  if (created[0]) return created[0];
  // Already enqueued by an earlier attempt of the same action: report that delivery.
  const existing = await ctx.db
    .selectFrom('webhookDeliveries')
    .select('id')
    .where('workspaceId', '=', input.workspaceId)
    .where('webhookId', '=', input.webhookId)
    .where('sourceKey', '=', input.sourceKey)
    .executeTakeFirst();
  return existing?.id ?? null;
}

/** `case.created` / `case.updated` → one delivery per subscribed webhook, with the case as it is now. */
export async function enqueueCaseEvent(ctx: AppContext, event: DomainEvent): Promise<void> {
  const caseId = event.subjectId;
  if (!caseId) return;
  await enqueueWebhookEvent(ctx, {
    workspaceId: event.workspaceId,
    type: event.type,
    occurredAt: event.occurredAt,
    items: async () => {
      const row = await ctx.db
        .selectFrom('cases')
        .select([
          'id',
          'number',
          'title',
          'status',
          'priority',
          'source',
          'alertRuleId',
          'contactId',
          'touchpointId',
          'topicId',
          'teamId',
          'assigneeId',
          'firstActionDueAt',
          'resolveDueAt',
          'firstActionAt',
          'resolvedAt',
          'closedAt',
          'outcome',
          'createdAt',
          'updatedAt',
        ])
        .where('workspaceId', '=', event.workspaceId)
        .where('id', '=', caseId)
        .executeTakeFirst();
      if (!row) return [];
      const iso = (value: Date | null) => value?.toISOString() ?? null;
      const data: Record<string, unknown> = {
        case: {
          ...row,
          firstActionDueAt: iso(row.firstActionDueAt),
          resolveDueAt: iso(row.resolveDueAt),
          firstActionAt: iso(row.firstActionAt),
          resolvedAt: iso(row.resolvedAt),
          closedAt: iso(row.closedAt),
          createdAt: row.createdAt.toISOString(),
          updatedAt: row.updatedAt.toISOString(),
        },
      };
      if (event.type === 'case.updated') data.changes = event.payload.changes ?? {};
      return [{ sourceKey: String(event.id), data }];
    },
  });
}

/** `alert.fired` → one delivery per subscribed webhook, with the alert (rule, subject, case). */
export async function enqueueAlertFired(ctx: AppContext, event: DomainEvent): Promise<void> {
  const alertId = event.subjectId;
  if (!alertId) return;
  await enqueueWebhookEvent(ctx, {
    workspaceId: event.workspaceId,
    type: 'alert.fired',
    occurredAt: event.occurredAt,
    items: async () => {
      const row = await ctx.db
        .selectFrom('alerts')
        .innerJoin('alertRules', (join) =>
          join
            .onRef('alertRules.workspaceId', '=', 'alerts.workspaceId')
            .onRef('alertRules.id', '=', 'alerts.ruleId'),
        )
        .select([
          'alerts.id',
          'alerts.ruleId',
          'alertRules.name as ruleName',
          'alerts.subjectKind',
          'alerts.subjectKey',
          'alerts.caseId',
          'alerts.facts',
          'alerts.firedAt',
        ])
        .where('alerts.workspaceId', '=', event.workspaceId)
        .where('alerts.id', '=', alertId)
        .executeTakeFirst();
      if (!row) return [];
      return [
        { sourceKey: String(event.id), data: { alert: { ...row, firedAt: row.firedAt.toISOString() } } },
      ];
    },
  });
}

/**
 * `conversation.created` / `.handed_over` / `.resolved` → one delivery per subscribed webhook, with the
 * conversation as it is now (never its messages: they may hold personal data the receiver did not ask for).
 */
export async function enqueueConversationEvent(ctx: AppContext, event: DomainEvent): Promise<void> {
  const conversationId = event.subjectId;
  if (!conversationId) return;
  await enqueueWebhookEvent(ctx, {
    workspaceId: event.workspaceId,
    type: event.type,
    occurredAt: event.occurredAt,
    items: async () => {
      const row = await ctx.db
        .selectFrom('conversations')
        .select([
          'id',
          'status',
          'channel',
          'language',
          'contactId',
          'touchpointId',
          'teamId',
          'assigneeUserId',
          'handoffReason',
          'handedOverAt',
          'firstResponseAt',
          'resolvedAt',
          'resolvedByUserId',
          'resolvedByTeamId',
          'resolution',
          'caseId',
          'createdAt',
        ])
        .where('workspaceId', '=', event.workspaceId)
        .where('id', '=', conversationId)
        .executeTakeFirst();
      if (!row) return [];
      const iso = (value: Date | null) => value?.toISOString() ?? null;
      return [
        {
          sourceKey: String(event.id),
          data: {
            conversation: {
              ...row,
              handedOverAt: iso(row.handedOverAt),
              firstResponseAt: iso(row.firstResponseAt),
              resolvedAt: iso(row.resolvedAt),
              createdAt: row.createdAt.toISOString(),
            },
          },
        },
      ];
    },
  });
}

/** Domain event type → the webhook event it becomes, and how its deliveries are written. */
const FROM_DOMAIN_EVENT: Record<
  string,
  { webhookEvent: string; enqueue: (ctx: AppContext, event: DomainEvent) => Promise<void> }
> = {
  'response.completed': { webhookEvent: 'response.completed', enqueue: enqueueResponseCompleted },
  'reviews.imported': { webhookEvent: 'review.imported', enqueue: enqueueReviewsImported },
  'case.created': { webhookEvent: 'case.created', enqueue: enqueueCaseEvent },
  'case.updated': { webhookEvent: 'case.updated', enqueue: enqueueCaseEvent },
  'alert.fired': { webhookEvent: 'alert.fired', enqueue: enqueueAlertFired },
  'conversation.created': { webhookEvent: 'conversation.created', enqueue: enqueueConversationEvent },
  'conversation.handed_over': { webhookEvent: 'conversation.handed_over', enqueue: enqueueConversationEvent },
  'conversation.resolved': { webhookEvent: 'conversation.resolved', enqueue: enqueueConversationEvent },
};

/** The domain events that can become webhook deliveries. */
export const WEBHOOK_SOURCE_EVENT_TYPES = Object.keys(FROM_DOMAIN_EVENT);

/**
 * A dispatched batch of domain events → outbox rows. One statement finds which of the batch's workspaces
 * have an active webhook for which event; only those events are read and written (most workspaces have
 * no webhooks, so a burst of responses costs one statement instead of one per response).
 */
export async function enqueueWebhookEvents(ctx: AppContext, events: readonly DomainEvent[]): Promise<void> {
  const relevant = events.filter((event) => FROM_DOMAIN_EVENT[event.type]);
  if (relevant.length === 0) return;
  const rows = await ctx.db
    .selectFrom('webhooks')
    .select(['workspaceId', sql<string>`unnest(events)`.as('event')])
    .distinct()
    .where('workspaceId', 'in', [...new Set(relevant.map((event) => event.workspaceId))])
    .where('active', '=', true)
    .execute();
  const subscribed = new Set(rows.map((row) => `${row.workspaceId} ${row.event}`));
  for (const event of relevant) {
    const mapping = FROM_DOMAIN_EVENT[event.type];
    if (!mapping || !subscribed.has(`${event.workspaceId} ${mapping.webhookEvent}`)) continue;
    await mapping.enqueue(ctx, event);
  }
}
