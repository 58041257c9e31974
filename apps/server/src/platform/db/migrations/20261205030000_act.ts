import { type Kysely, sql } from 'kysely';

// Act: the inner loop (alert rules → alerts → cases with SLA clocks, notes, follow-ups with the customer),
// the outer loop (action plans that link many cases and a topic, and "you said, we did" notices), the
// automation engine (rules, runs, coupon pools) and in-app notifications. Teams gain what routing and SLAs
// need (business hours, SLA targets, round-robin cursor); memberships can be deactivated so that routing
// never assigns work to someone who left.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE memberships ADD COLUMN deactivated_at timestamptz;
    -- 'daily' sends one digest email of unread notifications a day; 'off' sends none.
    ALTER TABLE memberships ADD COLUMN notification_digest text NOT NULL DEFAULT 'daily'
      CHECK (notification_digest IN ('off', 'daily'));

    -- Business hours: {"timeZone": "Asia/Ho_Chi_Minh", "days": {"1": [["08:00", "17:00"]], …}, "holidays": ["2026-12-25"]}
    -- (days keyed 0 = Sunday … 6 = Saturday). NULL means the clock runs around the clock.
    ALTER TABLE teams ADD COLUMN business_hours jsonb;
    -- SLA targets in business minutes per priority: {"firstAction": {"urgent": 60, …}, "resolve": {…}}.
    -- NULL means the workspace defaults.
    ALTER TABLE teams ADD COLUMN sla_policy jsonb;
    ALTER TABLE teams ADD COLUMN assignment text NOT NULL DEFAULT 'round_robin'
      CHECK (assignment IN ('round_robin', 'manual'));
    -- Round-robin cursor: the member who got the team's last case.
    ALTER TABLE teams ADD COLUMN last_assigned_user_id uuid;

    CREATE TABLE alert_rules (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      -- 'feedback': a condition on each new response or review; 'anomaly': a significant drop of a metric
      -- against its recent baseline, checked on a schedule.
      kind text NOT NULL DEFAULT 'feedback' CHECK (kind IN ('feedback', 'anomaly')),
      survey_id uuid,
      condition jsonb,
      -- For anomalies: {"metric": "nps", "touchpointId"?: …, "windowDays": 7, "baselineDays": 28}
      anomaly jsonb,
      -- {"priority": "high", "teamId"?: …} or NULL (alert only, no case)
      create_case jsonb,
      -- Who hears of it besides the owning team: {"teamIds": [], "userIds": []}
      notify jsonb NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );

    CREATE TABLE cases (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      -- A short number people can say aloud ("case 42"), unique per workspace.
      number integer NOT NULL,
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      status text NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'in_progress', 'waiting_on_customer', 'resolved', 'closed')),
      priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
      source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'alert', 'automation', 'api')),
      alert_rule_id uuid,
      contact_id uuid,
      touchpoint_id uuid,
      topic_id uuid,
      team_id uuid,
      assignee_id uuid,
      action_plan_id uuid,
      first_action_due_at timestamptz,
      resolve_due_at timestamptz,
      first_action_at timestamptz,
      resolved_at timestamptz,
      closed_at timestamptz,
      -- 0 none, 1 warned (an SLA is about to breach), 2 breached; set by the SLA sweep, once per level.
      escalation_level integer NOT NULL DEFAULT 0,
      first_action_breached boolean NOT NULL DEFAULT false,
      resolve_breached boolean NOT NULL DEFAULT false,
      -- What came of it with the customer: 'resolved' (felt heard), 'not_resolved', 'no_reply', 'not_contactable'.
      outcome text CHECK (outcome IN ('resolved', 'not_resolved', 'no_reply', 'not_contactable')),
      outcome_note text,
      created_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      UNIQUE (workspace_id, number)
    );
    CREATE INDEX cases_list_idx ON cases (workspace_id, created_at DESC, id DESC);
    CREATE INDEX cases_team_idx ON cases (workspace_id, team_id, status);
    CREATE INDEX cases_assignee_idx ON cases (workspace_id, assignee_id, status);
    CREATE INDEX cases_plan_idx ON cases (workspace_id, action_plan_id) WHERE action_plan_id IS NOT NULL;
    -- The SLA sweep reads open cases with a clock still running.
    CREATE INDEX cases_open_idx ON cases (workspace_id, status) WHERE status NOT IN ('resolved', 'closed');

    -- The feedback behind a case (responses, reviews, later conversations).
    CREATE TABLE case_items (
      workspace_id uuid NOT NULL,
      case_id uuid NOT NULL,
      item_kind text NOT NULL CHECK (item_kind IN ('response', 'review', 'conversation')),
      item_id uuid NOT NULL,
      PRIMARY KEY (workspace_id, case_id, item_kind, item_id),
      FOREIGN KEY (workspace_id, case_id) REFERENCES cases (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX case_items_item_idx ON case_items (workspace_id, item_kind, item_id);

    -- The activity log: every change, note, follow-up and escalation, in order. Notes are internal.
    CREATE TABLE case_activities (
      workspace_id uuid NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      case_id uuid NOT NULL,
      kind text NOT NULL,
      actor text,
      body text NOT NULL DEFAULT '',
      data jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, case_id) REFERENCES cases (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX case_activities_case_idx ON case_activities (workspace_id, case_id, id);

    -- A fired alert: one per rule and item (or per rule and period for anomalies), whatever the retries.
    CREATE TABLE alerts (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      rule_id uuid NOT NULL,
      subject_kind text NOT NULL CHECK (subject_kind IN ('response', 'review', 'metric')),
      subject_key text NOT NULL,
      case_id uuid,
      facts jsonb NOT NULL DEFAULT '{}',
      fired_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      UNIQUE (workspace_id, rule_id, subject_kind, subject_key),
      FOREIGN KEY (workspace_id, rule_id) REFERENCES alert_rules (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX alerts_recent_idx ON alerts (workspace_id, fired_at DESC);

    -- A message to the customer from a case. The token (hashed) is the reply link that records whether
    -- the customer felt heard.
    CREATE TABLE case_follow_ups (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      case_id uuid NOT NULL,
      channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email')),
      to_address text NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
      error text,
      token_hash text NOT NULL UNIQUE,
      felt_heard boolean,
      customer_comment text,
      answered_at timestamptz,
      created_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, case_id) REFERENCES cases (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX case_follow_ups_case_idx ON case_follow_ups (workspace_id, case_id, created_at);

    CREATE TABLE action_plans (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      title text NOT NULL,
      description text NOT NULL DEFAULT '',
      topic_id uuid,
      touchpoint_id uuid,
      owner_team_id uuid,
      due_date date,
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
      -- The metric it should move and by how much (points of NPS, percentage points of CSAT).
      metric text NOT NULL DEFAULT 'nps' CHECK (metric IN ('nps', 'csat', 'ces')),
      expected_effect double precision,
      -- "You said, we did": the message to the customers whose feedback the plan addressed.
      announcement_subject text,
      announcement_body text,
      completed_at timestamptz,
      announced_at timestamptz,
      created_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );

    -- One "you said, we did" notice per plan and contact, sent or skipped with the reason.
    CREATE TABLE action_plan_notices (
      workspace_id uuid NOT NULL,
      plan_id uuid NOT NULL,
      contact_id uuid NOT NULL,
      status text NOT NULL CHECK (status IN ('sent', 'skipped_unsubscribed', 'skipped_budget', 'skipped_no_email', 'failed')),
      error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, plan_id, contact_id),
      FOREIGN KEY (workspace_id, plan_id) REFERENCES action_plans (workspace_id, id) ON DELETE CASCADE
    );

    CREATE TABLE automation_rules (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      -- {"type": "response.received" | "score.band" | "topic.detected" | "event.tracked" | "case.status_changed" | "time.elapsed", …}
      trigger jsonb NOT NULL,
      condition jsonb,
      -- Ordered: [{"type": "send_email", …}, …]
      actions jsonb NOT NULL,
      active boolean NOT NULL DEFAULT false,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );

    -- Every run, with what each action did. The trigger key makes a rule fire once per subject and
    -- trigger occurrence, however often the event is delivered.
    CREATE TABLE automation_runs (
      workspace_id uuid NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      rule_id uuid NOT NULL,
      trigger_key text NOT NULL,
      subject_kind text NOT NULL,
      subject_id text NOT NULL,
      status text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'skipped')),
      -- How many automation hops led here; runs deeper than the limit are refused (no loops).
      depth integer NOT NULL DEFAULT 0,
      results jsonb NOT NULL DEFAULT '[]',
      error text,
      started_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      PRIMARY KEY (workspace_id, id),
      UNIQUE (workspace_id, rule_id, trigger_key),
      FOREIGN KEY (workspace_id, rule_id) REFERENCES automation_rules (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX automation_runs_rule_idx ON automation_runs (workspace_id, rule_id, id DESC);

    CREATE TABLE coupon_pools (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );
    CREATE TABLE coupon_codes (
      workspace_id uuid NOT NULL,
      pool_id uuid NOT NULL,
      code text NOT NULL,
      contact_id uuid,
      run_id bigint,
      assigned_at timestamptz,
      PRIMARY KEY (workspace_id, pool_id, code),
      FOREIGN KEY (workspace_id, pool_id) REFERENCES coupon_pools (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX coupon_codes_free_idx ON coupon_codes (workspace_id, pool_id) WHERE assigned_at IS NULL;

    -- Tags put on feedback and contacts by people or automations.
    CREATE TABLE item_tags (
      workspace_id uuid NOT NULL,
      item_kind text NOT NULL CHECK (item_kind IN ('response', 'review', 'contact', 'case')),
      item_id uuid NOT NULL,
      tag text NOT NULL,
      created_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, item_kind, item_id, tag)
    );
    CREATE INDEX item_tags_tag_idx ON item_tags (workspace_id, tag);

    CREATE TABLE notifications (
      workspace_id uuid NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      user_id uuid NOT NULL,
      kind text NOT NULL,
      title text NOT NULL,
      body text NOT NULL DEFAULT '',
      link text,
      -- Makes a notification idempotent per user and source (e.g. "case:<id>:assigned").
      source_key text NOT NULL,
      read_at timestamptz,
      digested_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      UNIQUE (workspace_id, user_id, source_key),
      FOREIGN KEY (workspace_id, user_id) REFERENCES memberships (workspace_id, user_id) ON DELETE CASCADE
    );
    CREATE INDEX notifications_user_idx ON notifications (workspace_id, user_id, id DESC);
    CREATE INDEX notifications_digest_idx ON notifications (created_at) WHERE read_at IS NULL AND digested_at IS NULL;
  `.execute(db);
}
