import type { SentimentCalibrationModel } from '@touchpoint/core';
import type { Db, Tx } from '../../platform/db/database';

// The active calibration of a workspace, as the analysis reads it on every batch. The version is looked up
// each time (one indexed row), so switching a calibration on or off takes effect at the next batch in every
// process; the model itself is parsed once per version and kept.
const models = new Map<string, { version: number; model: SentimentCalibrationModel }>();

export interface ActiveCalibration {
  version: number;
  model: SentimentCalibrationModel;
}

export async function activeSentimentCalibration(
  db: Db | Tx,
  workspaceId: string,
): Promise<ActiveCalibration | null> {
  const row = await db
    .selectFrom('sentimentCalibrations')
    .select('version')
    .where('workspaceId', '=', workspaceId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!row) return null;
  const cached = models.get(workspaceId);
  if (cached?.version === row.version) return cached;
  const stored = await db
    .selectFrom('sentimentCalibrations')
    .select('model')
    .where('workspaceId', '=', workspaceId)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (!stored?.model) return null;
  const entry = { version: row.version, model: stored.model as SentimentCalibrationModel };
  if (models.size > 200) models.clear();
  models.set(workspaceId, entry);
  return entry;
}
