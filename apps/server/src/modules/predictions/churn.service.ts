import {
  type ChurnModel,
  churnBand,
  churnBandCuts,
  evaluateBinary,
  type FeatureRow,
  findLabelLeaks,
  predictChurn,
  stratifiedSplit,
  trainChurnModel,
  trainLogisticBaseline,
} from '@touchpoint/core';
import type { TChurnLabel, TChurnModelSummary, TContactChurnRisk } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent, recordEvents } from '../../platform/events';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import type { JobSpec } from '../../platform/jobs';
import {
  CHURN_EVENT_PREFIX,
  type ChurnHistory,
  churnFeatures,
  labelsOf,
  loadChurnHistory,
} from './churn-features';
import { churnReasons } from './churn-reasons';

/** Each side needs this many contacts before a model is worth training. */
export const MIN_PER_CLASS = 5;
/** Training reads at most this many labelled contacts (a seeded, class-balanced sample beyond it). */
const MAX_TRAINING_ROWS = 20_000;
/** The contact event recorded when a contact's risk becomes high: `event.tracked` automations can react to it. */
export const RISK_BECAME_HIGH_EVENT = `${CHURN_EVENT_PREFIX}became_high`;
export const RESCORING_POLICY =
  'Every contact is scored after each training, and re-scored daily (02:23 UTC) with the newest model on fresh data.';

export const trainChurnJob: JobSpec<{ workspaceId: string; version: number }> = {
  name: 'predictions.train-churn',
  payload: z.object({ workspaceId: z.uuid(), version: z.number().int().positive() }),
};
export const RESCORE_CHURN_CRON = '23 2 * * *';

type ModelRow = {
  version: number;
  label: TChurnLabel;
  status: 'training' | 'ready' | 'failed';
  progress: number;
  stage: string;
  error: string | null;
  metrics: Record<string, unknown> | null;
  contactsScored: number;
  createdAt: Date;
  trainedAt: Date | null;
};

const SUMMARY_COLUMNS = [
  'version',
  'label',
  'status',
  'progress',
  'stage',
  'error',
  'metrics',
  'contactsScored',
  'createdAt',
  'trainedAt',
] as const;

function presentModel(row: ModelRow): TChurnModelSummary {
  return {
    version: row.version,
    label: row.label,
    status: row.status,
    progress: row.progress,
    stage: row.stage,
    error: row.error,
    metrics: (row.metrics as TChurnModelSummary['metrics']) ?? null,
    contactsScored: row.contactsScored,
    createdAt: new Date(row.createdAt).toISOString(),
    trainedAt: row.trainedAt ? new Date(row.trainedAt).toISOString() : null,
  };
}

function describeLabel(label: TChurnLabel): string {
  return 'attribute' in label ? `the attribute "${label.attribute}"` : `the event "${label.event}"`;
}

/** Checks that a label separates enough churned from retained contacts, and queues the training job (202). */
export async function startChurnTraining(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  label: TChurnLabel,
): Promise<TChurnModelSummary> {
  const { workspaceId } = principal;
  const counts =
    'attribute' in label
      ? await sql<{ value: string | null; n: number }>`
          SELECT lower(attributes ->> ${label.attribute}) AS value, count(*)::int AS n
          FROM contacts WHERE workspace_id = ${workspaceId} AND merged_into IS NULL
            AND attributes ? ${label.attribute}
          GROUP BY 1
        `.execute(ctx.db)
      : await sql<{ value: string; n: number }>`
          SELECT CASE WHEN EXISTS (
              SELECT 1 FROM contact_events e
              WHERE e.workspace_id = c.workspace_id AND e.contact_id = c.id AND e.event = ${label.event}
            ) THEN 'true' ELSE 'false' END AS value, count(*)::int AS n
          FROM contacts c WHERE c.workspace_id = ${workspaceId} AND c.merged_into IS NULL
          GROUP BY 1
        `.execute(ctx.db);
  const truthy = new Set(['true', '1', 'yes', 'y', 't', 'churned']);
  const falsy = new Set(['false', '0', 'no', 'n', 'f']);
  let churned = 0;
  let stayed = 0;
  for (const row of counts.rows) {
    if (row.value !== null && truthy.has(row.value)) churned += row.n;
    else if (row.value !== null && falsy.has(row.value)) stayed += row.n;
  }
  if (churned < MIN_PER_CLASS || stayed < MIN_PER_CLASS) {
    throw new AppError(
      'VALIDATION_FAILED',
      `With ${describeLabel(label)} there are ${churned} churned and ${stayed} retained customers; training needs at least ${MIN_PER_CLASS} of each. Name an attribute set to true/false on contacts, or an event some contacts have.`,
      [{ name: 'body.label', reason: 'does not separate enough churned from retained contacts' }],
    );
  }
  const summary = await inTransaction(ctx, async (tx) => {
    // One training at a time per workspace: the row lock serialises concurrent requests.
    await sql`SELECT id FROM workspaces WHERE id = ${workspaceId} FOR UPDATE`.execute(tx);
    const running = await tx
      .selectFrom('churnModels')
      .select('version')
      .where('workspaceId', '=', workspaceId)
      .where('status', '=', 'training')
      .where('createdAt', '>', new Date(Date.now() - 30 * 60_000))
      .executeTakeFirst();
    if (running) {
      throw new AppError(
        'CONFLICT',
        `Model version ${running.version} is still training; wait for it to finish.`,
      );
    }
    const last = await tx
      .selectFrom('churnModels')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirst();
    const version = (last?.version ?? 0) + 1;
    const row = await tx
      .insertInto('churnModels')
      .values({ workspaceId, version, label: JSON.stringify(label), createdBy: principal.userId ?? null })
      .returning(SUMMARY_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId,
      type: 'churn_model.training_started',
      actor: actorOf(principal),
      payload: { version, label },
    });
    return presentModel(row as ModelRow);
  });
  await ctx.jobs.send(trainChurnJob, { workspaceId, version: summary.version });
  return summary;
}

async function setProgress(db: Db, workspaceId: string, version: number, progress: number, stage: string) {
  await db
    .updateTable('churnModels')
    .set({ progress, stage })
    .where('workspaceId', '=', workspaceId)
    .where('version', '=', version)
    .execute();
}

function roundMetrics(m: ReturnType<typeof evaluateBinary>) {
  const r = (x: number) => (Number.isFinite(x) ? Math.round(x * 10_000) / 10_000 : null);
  return {
    n: m.n,
    rocAuc: r(m.rocAuc),
    prAuc: r(m.prAuc),
    brier: r(m.brier),
    f1: r(m.f1),
    positiveRate: r(m.positiveRate),
    labelRate: r(m.labelRate),
    threshold: r(m.threshold),
  };
}

/**
 * The training job: builds features from the workspace's history, holds out a fifth of the labelled
 * contacts to measure the model (and plain logistic regression beside it), keeps the model trained on the
 * rest, then scores every contact. Idempotent: a version that is no longer training is left alone.
 */
export async function runChurnTraining(ctx: AppContext, workspaceId: string, version: number): Promise<void> {
  const { db } = ctx;
  const row = await db
    .selectFrom('churnModels')
    .select(['label', 'status'])
    .where('workspaceId', '=', workspaceId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (row?.status !== 'training') return;
  const label = row.label as TChurnLabel;
  try {
    await setProgress(db, workspaceId, version, 0.1, 'collecting');
    const history = await loadChurnHistory(db, workspaceId, 'event' in label ? label.event : undefined);
    const labels = labelsOf(history, label);
    const now = Date.now();
    let rows: FeatureRow[] = [];
    let ys: number[] = [];
    for (const contact of history.contacts) {
      const known = labels.get(contact.id);
      if (!known || known.label === null) continue;
      rows.push(churnFeatures(history, contact, known.asOf ?? now, label));
      ys.push(known.label);
    }
    if (rows.length > MAX_TRAINING_ROWS) {
      const keep = stratifiedSplit(ys, MAX_TRAINING_ROWS / rows.length, 7).validation;
      rows = keep.map((i) => rows[i] as FeatureRow);
      ys = keep.map((i) => ys[i] as number);
    }
    const positives = ys.filter((y) => y === 1).length;
    if (positives < MIN_PER_CLASS || ys.length - positives < MIN_PER_CLASS) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Too few labelled contacts (${positives} churned of ${ys.length}).`,
      );
    }
    await setProgress(db, workspaceId, version, 0.3, 'training');
    // An attribute that restates the label (retained: false beside churned: true) would explain nothing.
    const leaks = findLabelLeaks(rows, ys);
    const { fit, validation } = stratifiedSplit(ys, 0.2, 13);
    const pick = <T>(xs: readonly T[], idx: readonly number[]) => idx.map((i) => xs[i] as T);
    const trainRows = pick(rows, fit);
    const trainYs = pick(ys, fit);
    const model = trainChurnModel(trainRows, trainYs, { seed: 42, exclude: leaks });
    const baseline = trainLogisticBaseline(trainRows, trainYs, { seed: 42, exclude: leaks });
    const heldOutRows = pick(rows, validation);
    const heldOutYs = pick(ys, validation);
    const heldOut = (m: ChurnModel) =>
      roundMetrics(
        evaluateBinary(
          heldOutRows.map((r) => predictChurn(m, r)),
          heldOutYs,
          m.threshold,
        ),
      );
    const metrics = {
      model: heldOut(model),
      logisticRegression: heldOut(baseline),
      trainedOn: trainRows.length,
      positives,
      features: model.schema.features.length,
      variant: model.variant,
      leftOut: [...leaks, ...model.schema.excluded.map((e) => e.name)],
    };
    await db
      .updateTable('churnModels')
      .set({
        model: JSON.stringify(model),
        metrics: JSON.stringify(metrics),
        progress: 0.7,
        stage: 'scoring',
      })
      .where('workspaceId', '=', workspaceId)
      .where('version', '=', version)
      .execute();
    const scored = await scoreContacts(ctx, workspaceId, version, model, label, history, async (share) =>
      setProgress(db, workspaceId, version, 0.7 + 0.3 * share, 'scoring'),
    );
    await db
      .updateTable('churnModels')
      .set({ status: 'ready', progress: 1, stage: 'done', trainedAt: new Date(), contactsScored: scored })
      .where('workspaceId', '=', workspaceId)
      .where('version', '=', version)
      .execute();
  } catch (error) {
    ctx.logger.warn({ err: error, workspaceId, version }, 'churn model training failed');
    await db
      .updateTable('churnModels')
      .set({
        status: 'failed',
        stage: 'failed',
        error: error instanceof AppError ? error.message : 'Training failed; see the server log.',
      })
      .where('workspaceId', '=', workspaceId)
      .where('version', '=', version)
      .execute();
  }
}

/**
 * Scores every live contact with a model as of now and stores score, band and reasons. Contacts already
 * known to have churned get no score (they are not at risk, they are gone). A contact whose band becomes
 * high gets the contact event `churn_risk.became_high`, which `event.tracked` automations can react to.
 */
export async function scoreContacts(
  ctx: AppContext,
  workspaceId: string,
  version: number,
  model: ChurnModel,
  label: TChurnLabel,
  loaded?: ChurnHistory,
  onProgress?: (share: number) => Promise<void>,
): Promise<number> {
  const history =
    loaded ?? (await loadChurnHistory(ctx.db, workspaceId, 'event' in label ? label.event : undefined));
  const labels = labelsOf(history, label);
  const previous = new Map(
    (
      await ctx.db
        .selectFrom('contactChurnScores')
        .select(['contactId', 'band'])
        .where('workspaceId', '=', workspaceId)
        .execute()
    ).map((r) => [r.contactId, r.band]),
  );
  const now = Date.now();
  const cuts = churnBandCuts(model);
  const gone: string[] = [];
  const scored: { contactId: string; score: number; band: 'low' | 'medium' | 'high'; reasons: unknown[] }[] =
    [];
  for (const contact of history.contacts) {
    if (labels.get(contact.id)?.label === 1) {
      gone.push(contact.id);
      continue;
    }
    const row = churnFeatures(history, contact, now, label);
    const score = predictChurn(model, row);
    scored.push({
      contactId: contact.id,
      score: Math.round(score * 10_000) / 10_000,
      band: churnBand(score, cuts),
      reasons: churnReasons(model, row),
    });
  }
  const BATCH = 500;
  for (let start = 0; start < scored.length; start += BATCH) {
    const batch = scored.slice(start, start + BATCH);
    await inTransaction(ctx, async (tx) => {
      await tx
        .insertInto('contactChurnScores')
        .values(
          batch.map((s) => ({
            workspaceId,
            contactId: s.contactId,
            score: s.score,
            band: s.band,
            reasons: JSON.stringify(s.reasons),
            modelVersion: version,
            scoredAt: new Date(),
          })),
        )
        .onConflict((oc) =>
          oc.columns(['workspaceId', 'contactId']).doUpdateSet((eb) => ({
            score: eb.ref('excluded.score'),
            band: eb.ref('excluded.band'),
            reasons: eb.ref('excluded.reasons'),
            modelVersion: eb.ref('excluded.modelVersion'),
            scoredAt: eb.ref('excluded.scoredAt'),
          })),
        )
        .execute();
      const becameHigh = batch.filter((s) => s.band === 'high' && previous.get(s.contactId) !== 'high');
      if (becameHigh.length > 0) {
        const events = await tx
          .insertInto('contactEvents')
          .values(
            becameHigh.map((s) => ({
              workspaceId,
              contactId: s.contactId,
              event: RISK_BECAME_HIGH_EVENT,
              properties: JSON.stringify({ score: s.score, modelVersion: version }),
              occurredAt: new Date(),
            })),
          )
          .returning(['id', 'contactId'])
          .execute();
        await recordEvents(
          tx,
          events.map((e) => ({
            workspaceId,
            type: 'contact.event_tracked',
            actor: 'system',
            subjectId: e.contactId,
            payload: { event: RISK_BECAME_HIGH_EVENT, eventId: e.id },
          })),
        );
      }
    });
    await onProgress?.(Math.min(1, (start + batch.length) / Math.max(1, scored.length)));
  }
  if (gone.length > 0) {
    await ctx.db
      .deleteFrom('contactChurnScores')
      .where('workspaceId', '=', workspaceId)
      .where('contactId', '=', sql<string>`ANY(${gone}::uuid[])`)
      .execute();
  }
  return scored.length;
}

async function latestReady(db: Db, workspaceId: string) {
  return db
    .selectFrom('churnModels')
    .select(['version', 'label', 'model'])
    .where('workspaceId', '=', workspaceId)
    .where('status', '=', 'ready')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Trains a model at once, without the job queue (the demo seeding, where a few hundred contacts take well
 * under a second). Returns the version's status.
 */
export async function trainChurnNow(ctx: AppContext, workspaceId: string, label: TChurnLabel) {
  const last = await ctx.db
    .selectFrom('churnModels')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  const version = (last?.version ?? 0) + 1;
  await ctx.db
    .insertInto('churnModels')
    .values({ workspaceId, version, label: JSON.stringify(label), createdBy: null })
    .execute();
  await runChurnTraining(ctx, workspaceId, version);
  const row = await ctx.db
    .selectFrom('churnModels')
    .select(['status', 'error'])
    .where('workspaceId', '=', workspaceId)
    .where('version', '=', version)
    .executeTakeFirstOrThrow();
  return { version, status: row.status, error: row.error };
}

/** The daily re-score: every workspace's newest ready model on fresh data (no retraining). */
export async function rescoreAllWorkspaces(ctx: AppContext): Promise<number> {
  const workspaces = await ctx.db
    .selectFrom('churnModels')
    .select('workspaceId')
    .where('status', '=', 'ready')
    .distinct()
    .execute();
  let total = 0;
  for (const { workspaceId } of workspaces) {
    const current = await latestReady(ctx.db, workspaceId);
    if (!current) continue;
    try {
      total += await scoreContacts(
        ctx,
        workspaceId,
        current.version,
        current.model as ChurnModel,
        current.label as TChurnLabel,
      );
    } catch (error) {
      ctx.logger.error({ err: error, workspaceId }, 'churn re-score failed');
    }
  }
  return total;
}

export async function churnOverview(ctx: AppContext, workspaceId: string) {
  const rows = await ctx.db
    .selectFrom('churnModels')
    .select(SUMMARY_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .orderBy('version', 'desc')
    .limit(20)
    .execute();
  const models = rows.map((r) => presentModel(r as ModelRow));
  const counts = { low: 0, medium: 0, high: 0 };
  const bands = await ctx.db
    .selectFrom('contactChurnScores')
    .select(['band', (eb) => eb.fn.countAll<number>().as('n')])
    .where('workspaceId', '=', workspaceId)
    .groupBy('band')
    .execute();
  for (const b of bands) counts[b.band] = Number(b.n);
  return {
    current: models.find((m) => m.status === 'ready') ?? null,
    models,
    counts,
    rescoring: RESCORING_POLICY,
  };
}

function presentRisk(row: {
  score: number;
  band: 'low' | 'medium' | 'high';
  reasons: unknown;
  modelVersion: number;
  scoredAt: Date;
}): TContactChurnRisk {
  return {
    score: row.score,
    band: row.band,
    reasons: row.reasons as TContactChurnRisk['reasons'],
    modelVersion: row.modelVersion,
    scoredAt: new Date(row.scoredAt).toISOString(),
  };
}

/** A contact's latest churn risk, or null before a model scored them. */
export async function churnRiskOf(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<TContactChurnRisk | null> {
  const row = await db
    .selectFrom('contactChurnScores')
    .select(['score', 'band', 'reasons', 'modelVersion', 'scoredAt'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .executeTakeFirst();
  return row ? presentRisk(row) : null;
}

/** Customers at risk, riskiest first, a page at a time (cursor = the last row's score and id). */
export async function listAtRisk(
  ctx: AppContext,
  workspaceId: string,
  query: { limit: number; cursor?: string | undefined; band: 'high' | 'medium' | 'low' | 'medium_or_high' },
) {
  const after = decodeCursor(query.cursor);
  let parsed: { score: number; id: string } | null = null;
  if (after) {
    const [score, id] = after.split('|');
    if (!score || !id || !Number.isFinite(Number(score))) {
      throw new AppError('VALIDATION_FAILED', 'The cursor is not valid.', [
        { name: 'query.cursor', reason: 'not a cursor from this API' },
      ]);
    }
    parsed = { score: Number(score), id };
  }
  let q = ctx.db
    .selectFrom('contactChurnScores as s')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.workspaceId', '=', 's.workspaceId').onRef('c.id', '=', 's.contactId'),
    )
    .select([
      's.contactId',
      's.score',
      's.band',
      's.reasons',
      's.scoredAt',
      'c.email',
      'c.externalId',
      'c.attributes',
    ])
    .where('s.workspaceId', '=', workspaceId)
    .where('c.mergedInto', 'is', null);
  q =
    query.band === 'medium_or_high'
      ? q.where('s.band', 'in', ['medium', 'high'])
      : q.where('s.band', '=', query.band);
  if (parsed) {
    const { score, id } = parsed;
    q = q.where((eb) =>
      eb.or([eb('s.score', '<', score), eb.and([eb('s.score', '=', score), eb('s.contactId', '>', id)])]),
    );
  }
  const rows = await q
    .orderBy('s.score', 'desc')
    .orderBy('s.contactId', 'asc')
    .limit(query.limit + 1)
    .execute();
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  return {
    items: shown.map((r) => {
      const name = r.attributes.name;
      return {
        contactId: r.contactId,
        email: r.email,
        externalId: r.externalId,
        name: typeof name === 'string' ? name : null,
        score: r.score,
        band: r.band,
        reasons: r.reasons as TContactChurnRisk['reasons'],
        scoredAt: new Date(r.scoredAt).toISOString(),
      };
    }),
    nextCursor: rows.length > query.limit && last ? encodeCursor(`${last.score}|${last.contactId}`) : null,
  };
}
