import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import type { JobSpec } from '../../platform/jobs';
import { refreshSlice } from '../metrics/rollups.service';

/** Rebuilds a workspace's metric days after its time zone changed; progress is kept on the workspace row. */
export const rebuildRollupsJob: JobSpec<{ workspaceId: string }> = {
  name: 'metrics.rebuild-for-time-zone',
  payload: z.object({ workspaceId: z.uuid() }),
};

/**
 * Recomputes every (survey, day) slice of the workspace with days in its current time zone, then removes
 * rollup rows of days that no longer have responses. Dashboards keep reading the old rows until each slice
 * is replaced, so they never show an empty workspace; progress (0–1) is written every few slices.
 * Idempotent: a retried job starts over and ends in the same state.
 */
export async function runRollupRebuild(ctx: AppContext, workspaceId: string): Promise<void> {
  await setRebuild(ctx, workspaceId, 'running', 0);
  try {
    const { rows: slices } = await sql<{ surveyId: string; day: string }>`
      SELECT r.survey_id, to_char((r.created_at AT TIME ZONE w.time_zone)::date, 'YYYY-MM-DD') AS day
      FROM responses r JOIN workspaces w ON w.id = r.workspace_id
      WHERE r.workspace_id = ${workspaceId}
        AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.workspace_id = r.workspace_id AND s.id = r.survey_id AND s.anonymous)
      GROUP BY 1, 2
      ORDER BY 2, 1
    `.execute(ctx.db);
    for (const [index, slice] of slices.entries()) {
      await refreshSlice(ctx.db, workspaceId, slice.surveyId, slice.day);
      if (index % 20 === 19) await setRebuild(ctx, workspaceId, 'running', (index + 1) / slices.length);
    }
    const surveyIds = slices.map((s) => s.surveyId);
    const days = slices.map((s) => s.day);
    // Days of the old time zone that no longer hold any response.
    await sql`
      DELETE FROM metric_rollups m
      WHERE m.workspace_id = ${workspaceId}
        AND NOT EXISTS (
          SELECT 1 FROM unnest(${surveyIds}::uuid[], ${days}::date[]) AS k (survey_id, day)
          WHERE k.survey_id = m.survey_id AND k.day = m.day
        )
    `.execute(ctx.db);
    await setRebuild(ctx, workspaceId, 'idle', 1);
  } catch (error) {
    await setRebuild(ctx, workspaceId, 'failed', 0);
    throw error;
  }
}

async function setRebuild(
  ctx: AppContext,
  workspaceId: string,
  status: 'queued' | 'running' | 'idle' | 'failed',
  progress: number,
): Promise<void> {
  await ctx.db
    .updateTable('workspaces')
    .set({ rollupRebuildStatus: status, rollupRebuildProgress: progress })
    .where('id', '=', workspaceId)
    .execute();
}
