import { statSync } from 'node:fs';
import type { TReviewInput } from '@touchpoint/schemas';
import { importReviews, readReviewFile } from '../modules/reviews/index';
import type { AppContext } from '../platform/context';
import type { Db } from '../platform/db/database';
import { createProgressBar } from './progress';

const BATCH = 500;

/** The workspace named by id, or the only one there is; otherwise a message that lists the choices. */
export async function pickWorkspace(db: Db, requested?: string): Promise<string> {
  const workspaces = await db.selectFrom('workspaces').select(['id', 'name']).orderBy('name').execute();
  if (requested) {
    const match = workspaces.find((w) => w.id === requested || w.name === requested);
    if (!match)
      throw new Error(
        `No workspace "${requested}". Workspaces: ${workspaces.map((w) => `${w.name} (${w.id})`).join(', ')}`,
      );
    return match.id;
  }
  if (workspaces.length === 1) return (workspaces[0] as { id: string }).id;
  throw new Error(
    `Say which workspace with --workspace <id or name>: ${workspaces.map((w) => `${w.name} (${w.id})`).join(', ') || 'none yet'}`,
  );
}

/** Imports a review file in batches with a progress bar; bad rows are collected, not fatal. */
export async function importReviewFile(ctx: AppContext, workspaceId: string, file: string, source?: string) {
  const total = statSync(file).size;
  const bar = createProgressBar('Importing reviews');
  let created = 0;
  let duplicates = 0;
  let rows = 0;
  const errors: { line: number; error: string }[] = [];
  let batch: TReviewInput[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await importReviews(ctx, workspaceId, 'system', batch);
    created += result.created;
    duplicates += result.duplicates;
    batch = [];
  };
  for await (const row of readReviewFile(file, { source })) {
    rows++;
    if (row.review) batch.push(row.review);
    else errors.push({ line: row.line, error: row.error ?? 'invalid row' });
    if (batch.length >= BATCH) {
      await flush();
      // Rows are not known up front in a stream; the bar advances by rows against a size-based estimate.
      bar.update(rows, Math.max(rows, Math.round(total / 200)));
    }
  }
  await flush();
  bar.update(rows, rows);
  bar.stop();
  return { created, duplicates, errors, rows };
}
