import { type Kysely, sql } from 'kysely';

// B2B accounts (companies) and the people in them with a role. How much each role counts in an account's
// health is a workspace setting (`workspace_settings.account_role_weights`, null = the defaults).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE accounts (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      domain text,
      external_id text,
      owner_team_id uuid,
      attributes jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, owner_team_id) REFERENCES teams (workspace_id, id) ON DELETE SET NULL (owner_team_id)
    );
    CREATE UNIQUE INDEX accounts_external_id_key ON accounts (workspace_id, external_id)
      WHERE external_id IS NOT NULL;
    CREATE INDEX accounts_name_idx ON accounts (workspace_id, lower(name));

    CREATE TABLE account_contacts (
      workspace_id uuid NOT NULL,
      account_id uuid NOT NULL,
      contact_id uuid NOT NULL,
      role text NOT NULL DEFAULT 'user',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, account_id, contact_id),
      FOREIGN KEY (workspace_id, account_id) REFERENCES accounts (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX account_contacts_contact_idx ON account_contacts (workspace_id, contact_id);

    ALTER TABLE workspace_settings ADD COLUMN account_role_weights jsonb;
  `.execute(db);
}
