import { type Kysely, sql } from 'kysely';

// Identity, tenancy and access. Tenant tables put workspace_id first in every key, so the schema can be
// sharded by workspace later. Users and sessions are global: one person may belong to many workspaces.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY,
      email text NOT NULL,
      name text NOT NULL,
      password_hash text NOT NULL,
      locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'vi')),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_email_key ON users (lower(email));

    CREATE TABLE workspaces (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE memberships (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('admin', 'cx_manager', 'analyst', 'team_member', 'agent', 'viewer')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, user_id)
    );
    CREATE INDEX memberships_user_idx ON memberships (user_id);

    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      workspace_id uuid REFERENCES workspaces (id) ON DELETE SET NULL,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_user_idx ON sessions (user_id);
    CREATE INDEX sessions_expires_idx ON sessions (expires_at);

    CREATE TABLE teams (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );
    CREATE UNIQUE INDEX teams_name_key ON teams (workspace_id, lower(name));

    CREATE TABLE team_members (
      workspace_id uuid NOT NULL,
      team_id uuid NOT NULL,
      user_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, team_id, user_id),
      FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, user_id) REFERENCES memberships (workspace_id, user_id) ON DELETE CASCADE
    );

    CREATE TABLE api_keys (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin', 'cx_manager', 'analyst', 'team_member', 'agent', 'viewer')),
      prefix text NOT NULL,
      key_hash text NOT NULL UNIQUE,
      created_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      PRIMARY KEY (workspace_id, id)
    );

    CREATE TABLE invitations (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      email text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin', 'cx_manager', 'analyst', 'team_member', 'agent', 'viewer')),
      token_hash text NOT NULL UNIQUE,
      invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      revoked_at timestamptz,
      PRIMARY KEY (workspace_id, id)
    );

    -- The outbox: every change records its events in the same transaction; a job dispatches them after
    -- commit. It doubles as the workspace's audit log.
    CREATE TABLE domain_events (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id bigint GENERATED ALWAYS AS IDENTITY,
      type text NOT NULL,
      actor text,
      subject_id text,
      payload jsonb NOT NULL DEFAULT '{}',
      occurred_at timestamptz NOT NULL DEFAULT now(),
      dispatched_at timestamptz,
      PRIMARY KEY (workspace_id, id)
    );
    CREATE INDEX domain_events_undispatched_idx ON domain_events (id) WHERE dispatched_at IS NULL;
  `.execute(db);
}
