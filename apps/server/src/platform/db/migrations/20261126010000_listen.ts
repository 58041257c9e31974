import { type Kysely, sql } from 'kysely';

// Journeys → stages → touchpoints; surveys attributed to touchpoints; contacts with identity keys and
// events; responses (idempotent per survey and key) and displays for response rates.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE journeys (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );

    CREATE TABLE journey_stages (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      journey_id uuid NOT NULL,
      name text NOT NULL,
      position integer NOT NULL,
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, journey_id) REFERENCES journeys (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX journey_stages_journey_idx ON journey_stages (workspace_id, journey_id, position);

    CREATE TABLE touchpoints (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      journey_id uuid NOT NULL,
      stage_id uuid NOT NULL,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      owner_team_id uuid,
      channels text[] NOT NULL DEFAULT '{}',
      position integer NOT NULL,
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, stage_id) REFERENCES journey_stages (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, owner_team_id) REFERENCES teams (workspace_id, id) ON DELETE SET NULL (owner_team_id)
    );
    CREATE INDEX touchpoints_stage_idx ON touchpoints (workspace_id, stage_id, position);

    CREATE TABLE surveys (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed')),
      touchpoint_id uuid,
      definition jsonb NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      closed_at timestamptz,
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, touchpoint_id) REFERENCES touchpoints (workspace_id, id) ON DELETE SET NULL (touchpoint_id)
    );
    -- Public endpoints know only the survey id; this finds its workspace.
    CREATE UNIQUE INDEX surveys_id_key ON surveys (id);

    CREATE TABLE contacts (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      external_id text,
      email text,
      phone text,
      attributes jsonb NOT NULL DEFAULT '{}',
      merged_into uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );
    -- One live profile per identifier; merged profiles keep their identifiers for history only.
    CREATE UNIQUE INDEX contacts_external_id_key ON contacts (workspace_id, external_id) WHERE merged_into IS NULL AND external_id IS NOT NULL;
    CREATE UNIQUE INDEX contacts_email_key ON contacts (workspace_id, email) WHERE merged_into IS NULL AND email IS NOT NULL;
    CREATE UNIQUE INDEX contacts_phone_key ON contacts (workspace_id, phone) WHERE merged_into IS NULL AND phone IS NOT NULL;

    CREATE TABLE contact_events (
      workspace_id uuid NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      contact_id uuid NOT NULL,
      event text NOT NULL,
      properties jsonb NOT NULL DEFAULT '{}',
      occurred_at timestamptz NOT NULL DEFAULT now(),
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX contact_events_contact_idx ON contact_events (workspace_id, contact_id, occurred_at DESC);

    CREATE TABLE survey_links (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      survey_id uuid NOT NULL,
      token_hash text NOT NULL UNIQUE,
      contact_id uuid,
      language text,
      single_use boolean NOT NULL DEFAULT true,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE SET NULL (contact_id)
    );

    CREATE TABLE responses (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      survey_id uuid NOT NULL,
      survey_version integer NOT NULL,
      -- Attribution is history: it stays when a touchpoint is later renamed or removed.
      touchpoint_id uuid,
      contact_id uuid,
      link_id uuid,
      idempotency_key text NOT NULL,
      channel text NOT NULL,
      language text NOT NULL,
      answers jsonb NOT NULL DEFAULT '{}',
      hidden_fields jsonb NOT NULL DEFAULT '{}',
      meta jsonb NOT NULL DEFAULT '{}',
      nps_score smallint,
      finished boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE SET NULL (contact_id)
    );
    CREATE UNIQUE INDEX responses_idempotency_key ON responses (workspace_id, survey_id, idempotency_key);
    CREATE INDEX responses_created_idx ON responses (workspace_id, created_at DESC, id DESC);
    CREATE INDEX responses_survey_idx ON responses (workspace_id, survey_id, created_at DESC);
    CREATE INDEX responses_contact_idx ON responses (workspace_id, contact_id) WHERE contact_id IS NOT NULL;

    CREATE TABLE survey_displays (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      survey_id uuid NOT NULL,
      channel text NOT NULL,
      language text,
      contact_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX survey_displays_survey_idx ON survey_displays (workspace_id, survey_id, created_at);
  `.execute(db);
}
