import {
  BUILTIN_TEXT_ANALYZER,
  compareCalibration,
  isHeldOut,
  MIN_CALIBRATION_GAIN,
  type TextLanguage,
  trainSentimentCalibration,
  weakSentimentLabel,
} from '@touchpoint/core';
import type { TSentimentCalibration, TSentimentCalibrationOverview } from '@touchpoint/schemas';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/transaction';
import { AppError } from '../../platform/errors';
import { recordEvent } from '../../platform/events';
import { actorOf, type WorkspacePrincipal } from '../../platform/http/principal';
import type { JobSpec } from '../../platform/jobs';
import { reanalyzeWorkspace } from './analysis.service';

// Per-workspace sentiment calibration (issue 17). The workspace's scored survey comments are weak labels —
// an NPS 0–3 or CSAT 1 comment is evidence of negative, NPS 9–10 or CSAT 5 of positive — and one comment in
// five (by a hash of its key, so the split never depends on the data) is held out. The calibration is
// trained on the rest and compared with the built-in analyzer on the held-out comments; it is switched on
// only when it beats the analyzer there, and then every stored comment is read again with it.

/** Each side needs this many weakly labelled comments before a training starts. */
export const MIN_CALIBRATION_PER_CLASS = 25;
/** At most this many comments per side are used (the newest), which bounds the training time. */
const MAX_PER_CLASS = 20_000;

/** Reads every stored comment again after a calibration was switched on or off by hand. */
export const reanalyzeForCalibrationJob: JobSpec<{ workspaceId: string }> = {
  name: 'text.reanalyze-for-calibration',
  payload: z.object({ workspaceId: z.uuid() }),
};

export const trainSentimentCalibrationJob: JobSpec<{ workspaceId: string; version: number }> = {
  name: 'text.calibrate-sentiment',
  payload: z.object({ workspaceId: z.uuid(), version: z.number().int().positive() }),
};

type Row = {
  version: number;
  status: TSentimentCalibration['status'];
  progress: number;
  stage: string;
  examples: number;
  heldOut: number;
  comparison: Record<string, unknown> | null;
  error: string | null;
  createdAt: Date;
  trainedAt: Date | null;
};

const SUMMARY_COLUMNS = [
  'version',
  'status',
  'progress',
  'stage',
  'examples',
  'heldOut',
  'comparison',
  'error',
  'createdAt',
  'trainedAt',
] as const;

function present(row: Row): TSentimentCalibration {
  return {
    version: row.version,
    status: row.status,
    progress: row.progress,
    stage: row.stage,
    examples: row.examples,
    heldOut: row.heldOut,
    comparison: (row.comparison as TSentimentCalibration['comparison']) ?? null,
    error: row.error,
    createdAt: new Date(row.createdAt).toISOString(),
    trainedAt: row.trainedAt ? new Date(row.trainedAt).toISOString() : null,
  };
}

interface WeakExample {
  key: string;
  text: string;
  lang: TextLanguage;
  label: 'negative' | 'positive';
}

/**
 * The workspace's scored survey comments as weak labels, newest first, read from the stored analyses
 * (redacted text: the model never learns a customer's email or phone number).
 */
async function weakExamples(db: Db, workspaceId: string): Promise<WeakExample[]> {
  const { name: analyzer, version } = BUILTIN_TEXT_ANALYZER;
  const rows = await sql<{
    itemId: string;
    field: string;
    text: string;
    lang: TextLanguage;
    npsScore: number | null;
    rating: number | null;
  }>`
    SELECT item_id AS "itemId", field, text_redacted AS text, lang, nps_score AS "npsScore", rating
    FROM text_analyses
    WHERE workspace_id = ${workspaceId} AND item_kind = 'response'
      AND analyzer = ${analyzer} AND version = ${version}
      AND (nps_score <= 3 OR nps_score >= 9 OR (nps_score IS NULL AND rating IN (1, 5)))
    ORDER BY occurred_at DESC
    LIMIT ${MAX_PER_CLASS * 4}
  `.execute(db);
  const perClass = { negative: 0, positive: 0 };
  const examples: WeakExample[] = [];
  for (const row of rows.rows) {
    const label = weakSentimentLabel({ npsScore: row.npsScore, csat: row.rating });
    if (!label || perClass[label] >= MAX_PER_CLASS || row.text.trim() === '') continue;
    perClass[label]++;
    examples.push({ key: `${row.itemId}:${row.field}`, text: row.text, lang: row.lang, label });
  }
  return examples;
}

async function availableCounts(db: Db, workspaceId: string) {
  const { name: analyzer, version } = BUILTIN_TEXT_ANALYZER;
  const row = await sql<{ negative: number; positive: number }>`
    SELECT
      count(*) FILTER (WHERE nps_score <= 3 OR (nps_score IS NULL AND rating = 1))::int AS negative,
      count(*) FILTER (WHERE nps_score >= 9 OR (nps_score IS NULL AND rating = 5))::int AS positive
    FROM text_analyses
    WHERE workspace_id = ${workspaceId} AND item_kind = 'response'
      AND analyzer = ${analyzer} AND version = ${version}
  `.execute(db);
  return { negative: row.rows[0]?.negative ?? 0, positive: row.rows[0]?.positive ?? 0 };
}

export async function sentimentCalibrationOverview(
  ctx: AppContext,
  workspaceId: string,
): Promise<TSentimentCalibrationOverview> {
  const rows = await ctx.db
    .selectFrom('sentimentCalibrations')
    .select(SUMMARY_COLUMNS)
    .where('workspaceId', '=', workspaceId)
    .orderBy('version', 'desc')
    .limit(50)
    .execute();
  const versions = rows.map((row) => present(row as Row));
  return {
    active: versions.find((v) => v.status === 'active') ?? null,
    versions,
    available: await availableCounts(ctx.db, workspaceId),
    minPerClass: MIN_CALIBRATION_PER_CLASS,
  };
}

/** Checks there is enough to learn from and queues the training job (202 with the queued version). */
export async function startSentimentCalibration(
  ctx: AppContext,
  principal: WorkspacePrincipal,
): Promise<TSentimentCalibration> {
  const { workspaceId } = principal;
  const available = await availableCounts(ctx.db, workspaceId);
  if (available.negative < MIN_CALIBRATION_PER_CLASS || available.positive < MIN_CALIBRATION_PER_CLASS) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The workspace has ${available.negative} negative and ${available.positive} positive scored comments (NPS 0–3 or CSAT 1; NPS 9–10 or CSAT 5); a calibration needs at least ${MIN_CALIBRATION_PER_CLASS} of each.`,
    );
  }
  const summary = await inTransaction(ctx, async (tx) => {
    // One training at a time per workspace: the workspace row lock serialises concurrent requests.
    await sql`SELECT id FROM workspaces WHERE id = ${workspaceId} FOR UPDATE`.execute(tx);
    const running = await tx
      .selectFrom('sentimentCalibrations')
      .select('version')
      .where('workspaceId', '=', workspaceId)
      .where('status', '=', 'training')
      .where('createdAt', '>', new Date(Date.now() - 30 * 60_000))
      .executeTakeFirst();
    if (running) {
      throw new AppError(
        'CONFLICT',
        `Calibration version ${running.version} is still training; wait for it to finish.`,
      );
    }
    const last = await tx
      .selectFrom('sentimentCalibrations')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('workspaceId', '=', workspaceId)
      .executeTakeFirst();
    const version = (last?.version ?? 0) + 1;
    const row = await tx
      .insertInto('sentimentCalibrations')
      .values({ workspaceId, version, createdBy: principal.userId ?? null } as never)
      .returning(SUMMARY_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordEvent(tx, {
      workspaceId,
      type: 'sentiment_calibration.training_started',
      actor: actorOf(principal),
      payload: { version },
    });
    return present(row as Row);
  });
  await ctx.jobs.send(trainSentimentCalibrationJob, { workspaceId, version: summary.version });
  return summary;
}

async function setStage(
  ctx: AppContext,
  workspaceId: string,
  version: number,
  progress: number,
  stage: string,
) {
  await ctx.db
    .updateTable('sentimentCalibrations')
    .set({ progress, stage })
    .where('workspaceId', '=', workspaceId)
    .where('version', '=', version)
    .execute();
}

/**
 * The training job. Idempotent: a version that is no longer training is left alone. A calibration that
 * beats the analyzer becomes the active one (the previous active one turns inactive) and every stored
 * comment is read again; one that does not is kept as `rejected`, with its comparison, for the record.
 */
export async function runSentimentCalibration(
  ctx: AppContext,
  workspaceId: string,
  version: number,
): Promise<void> {
  const row = await ctx.db
    .selectFrom('sentimentCalibrations')
    .select('status')
    .where('workspaceId', '=', workspaceId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (row?.status !== 'training') return;
  try {
    await setStage(ctx, workspaceId, version, 0.1, 'reading comments');
    const examples = await weakExamples(ctx.db, workspaceId);
    const train = examples.filter((e) => !isHeldOut(e.key));
    const heldOut = examples.filter((e) => isHeldOut(e.key));
    const count = (list: WeakExample[], label: string) => list.filter((e) => e.label === label).length;
    if (count(heldOut, 'negative') < 5 || count(heldOut, 'positive') < 5) {
      throw new Error(
        `Too few held-out comments to compare (${count(heldOut, 'negative')} negative, ${count(heldOut, 'positive')} positive; 5 of each are needed).`,
      );
    }
    await setStage(ctx, workspaceId, version, 0.3, 'training');
    const model = trainSentimentCalibration(train.map((e) => ({ text: e.text, label: e.label })));
    await setStage(ctx, workspaceId, version, 0.6, 'comparing with the built-in analyzer');
    const comparison = { ...compareCalibration(model, heldOut), minGain: MIN_CALIBRATION_GAIN };
    await inTransaction(ctx, async (tx) => {
      await sql`SELECT id FROM workspaces WHERE id = ${workspaceId} FOR UPDATE`.execute(tx);
      if (comparison.better) {
        await tx
          .updateTable('sentimentCalibrations')
          .set({ status: 'inactive' })
          .where('workspaceId', '=', workspaceId)
          .where('status', '=', 'active')
          .execute();
      }
      await tx
        .updateTable('sentimentCalibrations')
        .set({
          status: comparison.better ? 'active' : 'rejected',
          progress: comparison.better ? 0.7 : 1,
          stage: comparison.better ? 'reading stored comments again' : 'done',
          examples: train.length,
          heldOut: heldOut.length,
          comparison: JSON.stringify(comparison),
          model: JSON.stringify(model),
          trainedAt: new Date(),
        } as never)
        .where('workspaceId', '=', workspaceId)
        .where('version', '=', version)
        .execute();
      await recordEvent(tx, {
        workspaceId,
        type: comparison.better ? 'sentiment_calibration.activated' : 'sentiment_calibration.rejected',
        actor: null,
        payload: { version, builtin: comparison.builtin.macroF1, calibrated: comparison.calibrated.macroF1 },
      });
    });
    if (comparison.better) {
      await reanalyzeWorkspace(ctx, workspaceId);
      await setStage(ctx, workspaceId, version, 1, 'done');
    }
  } catch (error) {
    await ctx.db
      .updateTable('sentimentCalibrations')
      .set({ status: 'failed', progress: 1, stage: 'failed', error: (error as Error).message.slice(0, 500) })
      .where('workspaceId', '=', workspaceId)
      .where('version', '=', version)
      .execute();
  }
}

/**
 * Switches a version on (only one that beat the analyzer) or off, then queues a job that reads every stored
 * comment again so the figures follow. Switching on turns the previously active version off.
 */
export async function setSentimentCalibrationActive(
  ctx: AppContext,
  principal: WorkspacePrincipal,
  version: number,
  active: boolean,
): Promise<TSentimentCalibration> {
  const { workspaceId } = principal;
  const updated = await inTransaction(ctx, async (tx) => {
    await sql`SELECT id FROM workspaces WHERE id = ${workspaceId} FOR UPDATE`.execute(tx);
    const row = await tx
      .selectFrom('sentimentCalibrations')
      .select(['status', 'comparison'])
      .where('workspaceId', '=', workspaceId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) throw AppError.notFound('calibration');
    const comparison = row.comparison as { better?: boolean } | null;
    if (active && !comparison?.better) {
      throw new AppError(
        'CONFLICT',
        `Calibration version ${version} did not beat the built-in analyzer on the held-out comments, so it cannot be switched on.`,
      );
    }
    if (active && row.status !== 'active') {
      await tx
        .updateTable('sentimentCalibrations')
        .set({ status: 'inactive' })
        .where('workspaceId', '=', workspaceId)
        .where('status', '=', 'active')
        .execute();
    }
    const changed = active ? row.status !== 'active' : row.status === 'active';
    if (changed) {
      await tx
        .updateTable('sentimentCalibrations')
        .set({ status: active ? 'active' : 'inactive' })
        .where('workspaceId', '=', workspaceId)
        .where('version', '=', version)
        .execute();
      await recordEvent(tx, {
        workspaceId,
        type: active ? 'sentiment_calibration.activated' : 'sentiment_calibration.deactivated',
        actor: actorOf(principal),
        payload: { version },
      });
    }
    const saved = await tx
      .selectFrom('sentimentCalibrations')
      .select(SUMMARY_COLUMNS)
      .where('workspaceId', '=', workspaceId)
      .where('version', '=', version)
      .executeTakeFirstOrThrow();
    return { summary: present(saved as Row), changed };
  });
  if (updated.changed) await ctx.jobs.send(reanalyzeForCalibrationJob, { workspaceId });
  return updated.summary;
}
