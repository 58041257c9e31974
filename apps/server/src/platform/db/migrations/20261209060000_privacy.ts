import { type Kysely, sql } from 'kysely';

// Personal data rights: consent records per contact, erasure jobs (with progress, one per person so a
// repeated request finds the first), the workspace's retention and self-service settings, and the
// single-use links a customer receives to download their own data.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE consent_records (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      contact_id uuid NOT NULL,
      channel text NOT NULL,
      purpose text NOT NULL,
      granted boolean NOT NULL DEFAULT true,
      source text NOT NULL DEFAULT 'api',
      recorded_at timestamptz NOT NULL DEFAULT now(),
      withdrawn_at timestamptz,
      created_by text,
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX consent_records_contact_idx ON consent_records (workspace_id, contact_id, recorded_at DESC);

    CREATE TABLE privacy_erasures (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      contact_id uuid NOT NULL,
      -- SHA-256 of each identifier (workspace-salted), so a repeated request by email or external id
      -- finds this job after the identifiers themselves are gone.
      identifier_hashes text[] NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
      steps_total integer NOT NULL DEFAULT 0,
      steps_done integer NOT NULL DEFAULT 0,
      current_step text,
      -- What the job erases, gathered once before the first step (ids and identifiers); emptied when done.
      subject jsonb,
      counts jsonb NOT NULL DEFAULT '{}'::jsonb,
      error text,
      requested_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      PRIMARY KEY (workspace_id, id)
    );
    CREATE UNIQUE INDEX privacy_erasures_contact_idx ON privacy_erasures (workspace_id, contact_id);

    CREATE TABLE privacy_settings (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      retention_mode text NOT NULL DEFAULT 'anonymise' CHECK (retention_mode IN ('delete', 'anonymise')),
      responses_days integer CHECK (responses_days >= 1),
      conversations_days integer CHECK (conversations_days >= 1),
      events_days integer CHECK (events_days >= 1),
      self_service_enabled boolean NOT NULL DEFAULT false,
      last_retention_run_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id)
    );

    CREATE TABLE privacy_export_links (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      contact_id uuid NOT NULL,
      token_hash text NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE
    );
    CREATE UNIQUE INDEX privacy_export_links_token_idx ON privacy_export_links (workspace_id, token_hash);
    CREATE INDEX privacy_export_links_contact_idx ON privacy_export_links (workspace_id, contact_id, created_at);
  `.execute(db);
}
