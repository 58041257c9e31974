import { type Kysely, sql } from 'kysely';

// Automations: a run remembers the chain of rules that led to it (the rule ids of the runs whose actions
// caused its trigger, oldest first), so that a rule never fires on something its own chain caused — a
// loop such as "status changed → create case → status changed" stops at the first repeat, not only at
// the depth limit. Emails still queued or interrupted mid-send are found through a small partial index.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE automation_runs ADD COLUMN chain jsonb NOT NULL DEFAULT '[]';
    -- The sweep looks for emails whose job was lost or whose send was interrupted; few runs are ever in
    -- that state, so a partial index keeps the look-up off the whole run log.
    CREATE INDEX automation_runs_pending_email_idx ON automation_runs (finished_at)
      WHERE results @> '[{"status": "queued"}]'::jsonb OR results @> '[{"status": "sending"}]'::jsonb;
  `.execute(db);
}
