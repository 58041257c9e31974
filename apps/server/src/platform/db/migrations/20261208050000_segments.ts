import { type Kysely, sql } from 'kysely';

// Segments: a dynamic segment is a condition evaluated live against the contacts (nothing stored per
// member, so membership follows the data as it arrives); a static segment is a stored list of contacts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE segments (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      kind text NOT NULL CHECK (kind IN ('dynamic', 'static')),
      condition jsonb,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      CHECK ((kind = 'dynamic') = (condition IS NOT NULL))
    );
    CREATE INDEX segments_name_idx ON segments (workspace_id, lower(name));

    CREATE TABLE segment_members (
      workspace_id uuid NOT NULL,
      segment_id uuid NOT NULL,
      contact_id uuid NOT NULL,
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, segment_id, contact_id),
      FOREIGN KEY (workspace_id, segment_id) REFERENCES segments (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX segment_members_contact_idx ON segment_members (workspace_id, contact_id);

    -- Segment conditions count events per contact and name, and look up a contact's latest response.
    CREATE INDEX contact_events_name_idx ON contact_events (workspace_id, event, occurred_at DESC);
    CREATE INDEX responses_contact_time_idx ON responses (workspace_id, contact_id, created_at DESC)
      WHERE contact_id IS NOT NULL;
    CREATE INDEX cases_open_contact_idx ON cases (workspace_id, contact_id)
      WHERE contact_id IS NOT NULL AND status NOT IN ('resolved', 'closed');
  `.execute(db);
}
