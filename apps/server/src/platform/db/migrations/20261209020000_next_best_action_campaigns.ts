import { type Kysely, sql } from 'kysely';

// Next best action: workspace rules (a condition in the segment language and one action) and the actions
// people took, so a suggestion rests for the rule's cool-down after it was done.
// Campaigns: an email template or a survey sent to a segment, one row per contact with what happened.
// Template emails: every email made from a template (a campaign's or a one-off suggested action's), with
// its tracked links, sent by one job.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE nba_rules (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      builtin_key text,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      condition jsonb NOT NULL,
      action jsonb NOT NULL,
      priority integer NOT NULL DEFAULT 50,
      cooldown_days integer NOT NULL DEFAULT 14,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );
    CREATE UNIQUE INDEX nba_rules_builtin_idx ON nba_rules (workspace_id, builtin_key)
      WHERE builtin_key IS NOT NULL;

    CREATE TABLE nba_actions_taken (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      rule_id uuid NOT NULL,
      contact_id uuid NOT NULL,
      account_id uuid,
      kind text NOT NULL,
      evidence text NOT NULL DEFAULT '',
      result jsonb NOT NULL DEFAULT '{}'::jsonb,
      taken_by text,
      taken_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, rule_id) REFERENCES nba_rules (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX nba_actions_taken_contact_idx
      ON nba_actions_taken (workspace_id, contact_id, rule_id, taken_at DESC);

    CREATE TABLE email_templates (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      default_language text NOT NULL,
      content jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );

    CREATE TABLE campaigns (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      segment_id uuid,
      segment_name text NOT NULL DEFAULT '',
      kind text NOT NULL CHECK (kind IN ('survey', 'email')),
      survey_id uuid,
      template_id uuid,
      priority text NOT NULL DEFAULT 'normal',
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sending', 'sent', 'failed')),
      total integer NOT NULL DEFAULT 0,
      processed integer NOT NULL DEFAULT 0,
      error text,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz,
      PRIMARY KEY (workspace_id, id),
      CHECK ((kind = 'survey') = (survey_id IS NOT NULL)),
      CHECK ((kind = 'email') = (template_id IS NOT NULL))
    );

    CREATE TABLE template_emails (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      template_id uuid,
      contact_id uuid NOT NULL,
      source text NOT NULL,
      email text NOT NULL,
      language text NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      links jsonb NOT NULL DEFAULT '[]'::jsonb,
      click_token text NOT NULL,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
      error text,
      attempts integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      clicked_at timestamptz,
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE
    );
    CREATE UNIQUE INDEX template_emails_click_token_idx ON template_emails (click_token);
    CREATE INDEX template_emails_contact_idx ON template_emails (workspace_id, contact_id, created_at DESC);

    CREATE TABLE campaign_recipients (
      workspace_id uuid NOT NULL,
      campaign_id uuid NOT NULL,
      contact_id uuid NOT NULL,
      email text,
      language text,
      status text NOT NULL CHECK (status IN ('queued', 'skipped')),
      skip_reason text,
      detail text,
      invitation_id uuid,
      template_email_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, campaign_id, contact_id),
      FOREIGN KEY (workspace_id, campaign_id) REFERENCES campaigns (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE
    );
  `.execute(db);
}
