import { type Kysely, sql } from 'kysely';

// Workspace settings: the time zone metric days and schedules follow, the default language of emails and
// notifications, the brand shown on public pages and emails, the secret web pages sign visitor identities
// with (HMAC-SHA256, made on the customer's own server) and whether unsigned identities are refused, and the
// progress of the rollup rebuild a time-zone change starts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE workspaces
      ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC',
      ADD COLUMN default_language text NOT NULL DEFAULT 'en',
      ADD COLUMN brand_color text,
      ADD COLUMN logo_url text,
      ADD COLUMN logo_image bytea,
      ADD COLUMN logo_content_type text,
      ADD COLUMN identity_secret text,
      ADD COLUMN require_identity_verification boolean NOT NULL DEFAULT false,
      ADD COLUMN rollup_rebuild_status text NOT NULL DEFAULT 'idle'
        CHECK (rollup_rebuild_status IN ('idle', 'queued', 'running', 'failed')),
      ADD COLUMN rollup_rebuild_progress real NOT NULL DEFAULT 1
  `.execute(db);
}
