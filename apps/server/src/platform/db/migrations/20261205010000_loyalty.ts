import { type Kysely, sql } from 'kysely';

// Trend annotations: events people mark on the timeline ("New app released") so a jump in a metric can
// be read next to its likely cause. A null touchpoint means the event concerns the whole workspace.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE metric_annotations (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      day date NOT NULL,
      text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 200),
      touchpoint_id uuid,
      -- 'user:<id>', 'api_key:<id>' or 'system', as in the audit log: the author survives leaving.
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      -- An event about a touchpoint means nothing once the touchpoint is gone.
      FOREIGN KEY (workspace_id, touchpoint_id) REFERENCES touchpoints (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX metric_annotations_day_idx ON metric_annotations (workspace_id, day);
  `.execute(db);
}
