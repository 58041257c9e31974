import { type Kysely, sql } from 'kysely';

// Channels and fatigue control: per-survey distribution settings, the workspace contact budget, every
// survey touch per contact (the budget's memory), email invitations with reminders, unsubscribes, and
// passive sources (reviews).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE surveys ADD COLUMN distribution jsonb NOT NULL DEFAULT '{"cadenceDays": null, "samplingPercent": 100, "triggers": []}';
    ALTER TABLE contacts ADD COLUMN unsubscribed_at timestamptz;
    -- Event dispatch claims a batch with a lease instead of holding a transaction around the handlers.
    ALTER TABLE domain_events ADD COLUMN lease_until timestamptz;

    CREATE TABLE workspace_settings (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
      contact_budget jsonb,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    -- Each time a survey reached a contact (invitation sent, widget shown): what the budget counts.
    CREATE TABLE survey_touches (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      contact_id uuid NOT NULL,
      survey_id uuid NOT NULL,
      priority text NOT NULL,
      channel text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX survey_touches_contact_idx ON survey_touches (workspace_id, contact_id, at DESC);

    CREATE TABLE survey_invitations (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      survey_id uuid NOT NULL,
      contact_id uuid NOT NULL,
      -- Null when the invitation was skipped (no link is made for someone who is not asked).
      link_id uuid,
      -- Kept in clear (unlike other secrets) because reminders must resend the same personal link; it only
      -- lets someone answer this one survey as this contact.
      link_token text,
      email text NOT NULL,
      name text,
      language text NOT NULL,
      channel text NOT NULL DEFAULT 'email',
      -- The tracked event that caused it (event-triggered surveys); null for manual sends.
      trigger text,
      unsubscribe_token text UNIQUE,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed', 'skipped')),
      skip_reason text,
      error text,
      sent_at timestamptz,
      reminder_due_at timestamptz,
      reminded_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, link_id) REFERENCES survey_links (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX survey_invitations_survey_idx ON survey_invitations (workspace_id, survey_id, created_at DESC);
    CREATE INDEX survey_invitations_reminders_idx ON survey_invitations (reminder_due_at)
      WHERE reminder_due_at IS NOT NULL AND reminded_at IS NULL;

    CREATE TABLE reviews (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      source text NOT NULL,
      external_id text NOT NULL,
      rating numeric(4, 2),
      rating_scale smallint NOT NULL DEFAULT 5,
      author text,
      title text,
      text text NOT NULL DEFAULT '',
      url text,
      language text,
      touchpoint_id uuid,
      posted_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );
    CREATE UNIQUE INDEX reviews_source_key ON reviews (workspace_id, source, external_id);
    CREATE INDEX reviews_posted_idx ON reviews (workspace_id, posted_at DESC, id DESC);
  `.execute(db);
}
