import { type Kysely, sql } from 'kysely';

// A workspace's own sentiment calibration (issue 17): versions trained by a job from the workspace's scored
// comments, each with its held-out comparison against the built-in analyzer. At most one version is active,
// and only a version that beat the analyzer may be.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sentiment_calibrations (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      version integer NOT NULL,
      status text NOT NULL DEFAULT 'training'
        CHECK (status IN ('training', 'active', 'inactive', 'rejected', 'failed')),
      progress real NOT NULL DEFAULT 0,
      stage text NOT NULL DEFAULT 'queued',
      examples integer NOT NULL DEFAULT 0,
      held_out integer NOT NULL DEFAULT 0,
      comparison jsonb,
      model jsonb,
      error text,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      trained_at timestamptz,
      PRIMARY KEY (workspace_id, version)
    );
    CREATE UNIQUE INDEX sentiment_calibrations_one_active ON sentiment_calibrations (workspace_id)
      WHERE status = 'active';
  `.execute(db);
}
