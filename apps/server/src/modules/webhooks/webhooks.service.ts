import type {
  TCreatedWebhook,
  TPageQuery,
  TWebhook,
  TWebhookDelivery,
  TWebhookDeliveryStatus,
} from '@touchpoint/schemas';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import { generateWebhookSecret, signatureHeader } from './signature';
import { refuseTargetUrl } from './target-guard';
import { postWebhook, USER_AGENT } from './transport';

/** One attempt of one delivery; the handler reads everything else from the delivery row. */
export const deliverWebhookJob = {
  name: 'webhooks.deliver',
  payload: z.object({ workspaceId: z.uuid(), deliveryId: z.uuid() }),
};

export const TEST_EVENT_TYPE = 'webhook.test';
/** A claimed attempt is someone else's for this long beyond its timeout (a crashed worker's lease expires). */
const LEASE_MARGIN_MS = 60_000;
/** A due delivery this late was not picked up by its own job (lost kick): the sweep sends it again. */
const SWEEP_GRACE_MS = 30_000;
/** A job may start a little before its row's due time (clock rounding); it still counts as due. */
const DUE_SLACK_MS = 1_000;
/** Rows per insert when one event fans out to many items (review imports), well below parameter limits. */
const INSERT_CHUNK = 1_000;

const WEBHOOK_COLUMNS = ['id', 'url', 'events', 'description', 'active', 'createdAt', 'updatedAt'] as const;
type WebhookRow = {
  id: string;
  url: string;
  events: string[];
  description: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

function presentWebhook(row: WebhookRow): TWebhook {
  return {
    id: row.id,
    url: row.url,
    events: row.events as TWebhook['events'],
    description: row.description,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const DELIVERY_COLUMNS = [
  'id',
  'webhookId',
  'eventType',
  'status',
  'attempts',
  'lastStatusCode',
  'lastError',
  'nextAttemptAt',
  'createdAt',
  'deliveredAt',
] as const;
type DeliveryRow = {
  id: string;
  webhookId: string;
  eventType: string;
  status: TWebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
  deliveredAt: Date | null;
};

function presentDelivery(row: DeliveryRow): TWebhookDelivery {
  return {
    id: row.id,
    webhookId: row.webhookId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

function assertAllowedUrl(ctx: AppContext, url: string): void {
  const reason = refuseTargetUrl(url, ctx.webhooks);
  if (reason) {
    throw new AppError('VALIDATION_FAILED', `body.url: ${reason}`, [{ name: 'body.url', reason }]);
  }
}

async function findWebhook(ctx: AppContext, workspaceId: string, id: string): Promise<WebhookRow> {
  const row = await ctx.db
    .selectFrom('webhooks')
    .select(WEBHOOK_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('webhook');
  return row;
}

export async function listWebhooks(ctx: AppContext, workspaceId: string, page: TPageQuery) {
  const before = decodeCursor(page.cursor);
  const rows = await ctx.db
    .selectFrom('webhooks')
    .select(WEBHOOK_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .$if(Boolean(before), (q) => q.where('id', '<', before as string))
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return toPage(rows, page.limit, (row) => row.id, presentWebhook);
}

export async function getWebhook(ctx: AppContext, workspaceId: string, id: string): Promise<TWebhook> {
  return presentWebhook(await findWebhook(ctx, workspaceId, id));
}

/** Creates a subscription; its signing secret is returned here once (and again only by rotating it). */
export async function createWebhook(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  input: { url: string; events: string[]; description: string; active: boolean },
): Promise<TCreatedWebhook> {
  assertAllowedUrl(ctx, input.url);
  const id = uuidv7();
  const secret = generateWebhookSecret();
  const row = await inTransaction(ctx, async (tx) => {
    const inserted = await tx
      .insertInto('webhooks')
      .values({
        workspaceId: principal.workspaceId,
        id,
        url: input.url,
        events: input.events,
        description: input.description,
        active: input.active,
        secret,
        createdBy: principal.userId,
      })
      .returning(WEBHOOK_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'webhook.created',
      actor: actorOf(principal),
      subjectId: id,
      payload: { url: input.url, events: input.events },
    });
    return inserted;
  });
  return { ...presentWebhook(row), secret };
}

export async function updateWebhook(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
  changes: {
    url?: string | undefined;
    events?: string[] | undefined;
    description?: string | undefined;
    active?: boolean | undefined;
  },
): Promise<TWebhook> {
  await findWebhook(ctx, principal.workspaceId, id);
  if (changes.url !== undefined) assertAllowedUrl(ctx, changes.url);
  const set = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  const row = await inTransaction(ctx, async (tx) => {
    const updated = await tx
      .updateTable('webhooks')
      .set({ ...set, updatedAt: new Date() })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .returning(WEBHOOK_COLUMNS)
      .executeTakeFirst();
    if (!updated) throw AppError.notFound('webhook');
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'webhook.updated',
      actor: actorOf(principal),
      subjectId: id,
      payload: set,
    });
    return updated;
  });
  if (changes.active === true) await resumeHeldDeliveries(ctx, principal.workspaceId, id);
  return presentWebhook(row);
}

export async function deleteWebhook(ctx: AppContext, principal: WorkspacePrincipal, id: string) {
  const webhook = await findWebhook(ctx, principal.workspaceId, id);
  await inTransaction(ctx, async (tx) => {
    // Its deliveries go with it (foreign key cascade): nothing is sent to a removed endpoint.
    await tx
      .deleteFrom('webhooks')
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'webhook.deleted',
      actor: actorOf(principal),
      subjectId: id,
      payload: { url: webhook.url },
    });
  });
}

/** Replaces the signing secret at once; later attempts (retries included) are signed with the new one. */
export async function rotateWebhookSecret(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  id: string,
): Promise<TCreatedWebhook> {
  const secret = generateWebhookSecret();
  const row = await inTransaction(ctx, async (tx) => {
    const updated = await tx
      .updateTable('webhooks')
      .set({ secret, updatedAt: new Date() })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', id)
      .returning(WEBHOOK_COLUMNS)
      .executeTakeFirst();
    if (!updated) throw AppError.notFound('webhook');
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'webhook.secret_rotated',
      actor: actorOf(principal),
      subjectId: id,
    });
    return updated;
  });
  return { ...presentWebhook(row), secret };
}

export async function listDeliveries(
  ctx: AppContext,
  workspaceId: string,
  webhookId: string,
  query: TPageQuery & { status?: TWebhookDeliveryStatus | undefined },
) {
  await findWebhook(ctx, workspaceId, webhookId);
  const before = decodeCursor(query.cursor);
  const rows = await ctx.db
    .selectFrom('webhookDeliveries')
    .select(DELIVERY_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .where('webhookId', '=', webhookId)
    .$if(Boolean(query.status), (q) => q.where('status', '=', query.status as TWebhookDeliveryStatus))
    .$if(Boolean(before), (q) => q.where('id', '<', before as string))
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (row) => row.id, presentDelivery);
}

async function sendDeliveryJobs(ctx: AppContext, workspaceId: string, ids: string[], startAfter?: Date) {
  await ctx.jobs.sendMany(
    deliverWebhookJob,
    ids.map((deliveryId) => ({ workspaceId, deliveryId })),
    startAfter ? { startAfter } : {},
  );
}

/**
 * Sends a delivery again now, whatever its state (a dead one too), with a fresh round of retries. It keeps
 * its id: a receiver that already processed it can recognise it by `Touchpoint-Delivery`.
 */
export async function redeliver(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  webhookId: string,
  deliveryId: string,
): Promise<TWebhookDelivery> {
  await findWebhook(ctx, principal.workspaceId, webhookId);
  const now = new Date();
  const row = await inTransaction(ctx, async (tx) => {
    const existing = await tx
      .selectFrom('webhookDeliveries')
      .select(['id', 'leaseUntil'])
      .where('workspaceId', '=', principal.workspaceId)
      .where('webhookId', '=', webhookId)
      .where('id', '=', deliveryId)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) throw AppError.notFound('delivery');
    if (existing.leaseUntil && existing.leaseUntil > now) {
      throw new AppError('CONFLICT', 'This delivery is being sent right now; try again in a moment.');
    }
    const updated = await tx
      .updateTable('webhookDeliveries')
      .set({ status: 'pending', attempts: 0, nextAttemptAt: now, deliveredAt: null })
      .where('workspaceId', '=', principal.workspaceId)
      .where('id', '=', deliveryId)
      .returning(DELIVERY_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId: principal.workspaceId,
      type: 'webhook.redelivery_requested',
      actor: actorOf(principal),
      subjectId: webhookId,
      payload: { deliveryId },
    });
    return updated;
  });
  await sendDeliveryJobs(ctx, principal.workspaceId, [deliveryId]);
  return presentDelivery(row);
}

/** Queues a `webhook.test` delivery, whatever events the webhook subscribes to (and even when paused). */
export async function sendTestDelivery(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  webhookId: string,
): Promise<TWebhookDelivery> {
  const webhook = await findWebhook(ctx, principal.workspaceId, webhookId);
  const id = uuidv7();
  const now = new Date();
  const row = await ctx.db
    .insertInto('webhookDeliveries')
    .values({
      workspaceId: principal.workspaceId,
      id,
      webhookId,
      eventType: TEST_EVENT_TYPE,
      sourceKey: `test:${id}`,
      data: JSON.stringify({
        webhook: { id: webhook.id, url: webhook.url },
        message: 'A test delivery from Touchpoint. Verify its signature like any other.',
      }),
      occurredAt: now,
      nextAttemptAt: now,
    })
    .returning(DELIVERY_COLUMNS)
    .executeTakeFirstOrThrow();
  await sendDeliveryJobs(ctx, principal.workspaceId, [id]);
  return presentDelivery(row);
}

export interface WebhookEventItem {
  /** Unique per source event and item, so the same event dispatched twice adds nothing. */
  sourceKey: string;
  data: Record<string, unknown>;
}

/**
 * Writes one delivery per (active subscribed webhook × item) into the outbox and queues them. Event
 * dispatch is at least once, so the unique (webhook, source key) index makes a repeat a no-op; a repeat
 * after a crash between the insert and the queueing is picked up by the sweep instead.
 */
export async function enqueueWebhookEvent(
  ctx: AppContext,
  input: {
    workspaceId: string;
    type: string;
    occurredAt: Date;
    items: () => Promise<WebhookEventItem[]>;
    /** Only this subscription (an automation's call_webhook action names one), if it takes the event. */
    webhookId?: string;
  },
): Promise<string[]> {
  const webhooks = await ctx.db
    .selectFrom('webhooks')
    .select('id')
    .where('workspaceId', '=', input.workspaceId)
    .where('active', '=', true)
    .where(sql<boolean>`${input.type} = any(events)`)
    .$if(input.webhookId !== undefined, (q) => q.where('id', '=', input.webhookId as string))
    .execute();
  if (webhooks.length === 0) return [];
  // Built only when someone listens: most workspaces have no webhooks, and the data costs a read.
  const items = await input.items();
  const now = new Date();
  const rows = webhooks.flatMap((webhook) =>
    items.map((item) => ({
      workspaceId: input.workspaceId,
      id: uuidv7(),
      webhookId: webhook.id,
      eventType: input.type,
      sourceKey: item.sourceKey,
      data: JSON.stringify(item.data),
      occurredAt: input.occurredAt,
      nextAttemptAt: now,
    })),
  );
  const created: string[] = [];
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const inserted = await ctx.db
      .insertInto('webhookDeliveries')
      .values(rows.slice(start, start + INSERT_CHUNK))
      .onConflict((oc) => oc.columns(['workspaceId', 'webhookId', 'sourceKey']).doNothing())
      .returning('id')
      .execute();
    created.push(...inserted.map((r) => r.id));
  }
  await sendDeliveryJobs(ctx, input.workspaceId, created);
  return created;
}

/** The exact bytes sent (and signed): composed the same way on every attempt. */
export function deliveryBody(row: {
  id: string;
  eventType: string;
  occurredAt: Date;
  workspaceId: string;
  data: Record<string, unknown>;
}): string {
  return JSON.stringify({
    id: row.id,
    type: row.eventType,
    occurredAt: row.occurredAt.toISOString(),
    workspaceId: row.workspaceId,
    data: row.data,
  });
}

/**
 * One attempt of a delivery (the job handler). The row is claimed with a lease first, so a duplicate job
 * or the sweep never sends the same attempt twice; an HTTP failure is recorded and retried on the
 * schedule, never thrown (the queue's own retries are for database failures only).
 */
export async function attemptDelivery(ctx: AppContext, workspaceId: string, deliveryId: string) {
  const settings = ctx.webhooks;
  const now = new Date();
  const claimed = await ctx.db
    .updateTable('webhookDeliveries')
    .set({ leaseUntil: new Date(now.getTime() + settings.timeoutMs + LEASE_MARGIN_MS) })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', deliveryId)
    .where('status', 'in', ['pending', 'failed'])
    .where('nextAttemptAt', '<=', new Date(now.getTime() + DUE_SLACK_MS))
    .where((eb) => eb.or([eb('leaseUntil', 'is', null), eb('leaseUntil', '<', now)]))
    .returning(['id', 'webhookId', 'eventType', 'occurredAt', 'data', 'attempts', 'workspaceId'])
    .executeTakeFirst();
  if (!claimed) return; // delivered, dead, not yet due, or another worker has it

  const webhook = await ctx.db
    .selectFrom('webhooks')
    .select(['url', 'secret', 'active'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', claimed.webhookId)
    .executeTakeFirst();
  if (!webhook) return; // deleted meanwhile (its deliveries are deleted with it)
  if (!webhook.active && claimed.eventType !== TEST_EVENT_TYPE) {
    // Held, not failed: reactivating the webhook sends what waited (see resumeHeldDeliveries).
    await ctx.db
      .updateTable('webhookDeliveries')
      .set({ leaseUntil: null, nextAttemptAt: null, lastError: 'held: the webhook is paused' })
      .where('workspaceId', '=', workspaceId)
      .where('id', '=', deliveryId)
      .execute();
    return;
  }

  const body = deliveryBody(claimed);
  const outcome = await postWebhook(
    webhook.url,
    {
      'Content-Type': 'application/json',
      'Touchpoint-Signature': signatureHeader(webhook.secret, body),
      'Touchpoint-Delivery': claimed.id,
      'Touchpoint-Event': claimed.eventType,
      'User-Agent': USER_AGENT,
    },
    body,
    settings,
  );
  const attempts = claimed.attempts + 1;
  const finishedAt = new Date();
  const maxAttempts = settings.retryDelaysMs.length + 1;
  const retryIn = settings.retryDelaysMs[attempts - 1];
  const status = outcome.ok
    ? 'delivered'
    : attempts >= maxAttempts || retryIn === undefined
      ? 'dead'
      : 'failed';
  const nextAttemptAt = status === 'failed' ? new Date(finishedAt.getTime() + (retryIn ?? 0)) : null;
  await ctx.db
    .updateTable('webhookDeliveries')
    .set({
      status,
      attempts,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error,
      nextAttemptAt,
      deliveredAt: outcome.ok ? finishedAt : null,
      leaseUntil: null,
    })
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', deliveryId)
    .execute();
  if (status === 'failed' && nextAttemptAt) {
    await sendDeliveryJobs(ctx, workspaceId, [deliveryId], nextAttemptAt);
  } else if (status === 'dead') {
    ctx.logger.warn({ workspaceId, deliveryId, error: outcome.error }, 'webhook delivery dead after retries');
  }
}

/** Deliveries held while their webhook was paused go out once it is active again. */
async function resumeHeldDeliveries(ctx: AppContext, workspaceId: string, webhookId: string) {
  const now = new Date();
  const resumed = await ctx.db
    .updateTable('webhookDeliveries')
    .set({ nextAttemptAt: now })
    .where('workspaceId', '=', workspaceId)
    .where('webhookId', '=', webhookId)
    .where('status', 'in', ['pending', 'failed'])
    .where('nextAttemptAt', 'is', null)
    .returning('id')
    .execute();
  await sendDeliveryJobs(
    ctx,
    workspaceId,
    resumed.map((r) => r.id),
  );
}

/**
 * Finds deliveries that are overdue and not being sent (their job was lost: a crash between writing the
 * outbox row and queueing it, or a queue purge) and queues them again. Runs on a schedule.
 */
export async function sweepDueDeliveries(ctx: AppContext, limit = 500): Promise<number> {
  const now = new Date();
  const due = await ctx.db
    .selectFrom('webhookDeliveries')
    .select(['workspaceId', 'id'])
    .where('status', 'in', ['pending', 'failed'])
    .where('nextAttemptAt', '<', new Date(now.getTime() - SWEEP_GRACE_MS))
    .where((eb) => eb.or([eb('leaseUntil', 'is', null), eb('leaseUntil', '<', now)]))
    .orderBy('nextAttemptAt')
    .limit(limit)
    .execute();
  for (const row of due) await sendDeliveryJobs(ctx, row.workspaceId, [row.id]);
  return due.length;
}
