import { type Kysely, sql } from 'kysely';

// Single sign-on with OpenID Connect, per workspace: the provider's issuer, the client registered there
// (its secret sealed by the secret box, never stored in clear), the email domains it may sign in, whether
// password sign-in is refused for members, and the role people get when they join on first sign-in
// (null: only people already added to the workspace may sign in). A person is linked to a provider
// account by issuer and subject, so a changed email at the provider keeps the same Touchpoint user.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE workspace_sso (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
      enabled boolean NOT NULL DEFAULT true,
      issuer_url text NOT NULL,
      client_id text NOT NULL,
      client_secret text NOT NULL,
      allowed_domains text[] NOT NULL DEFAULT '{}',
      require_sso boolean NOT NULL DEFAULT false,
      jit_role text,
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`
    CREATE TABLE sso_identities (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      issuer text NOT NULL,
      subject text NOT NULL,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_sign_in_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, issuer, subject)
    )
  `.execute(db);
  await sql`CREATE INDEX sso_identities_user ON sso_identities (workspace_id, user_id)`.execute(db);
  // A session opened through a workspace's provider acts in that workspace only: that provider vouches
  // for the person there, not for their other workspaces.
  await sql`
    ALTER TABLE sessions ADD COLUMN sso_workspace_id uuid REFERENCES workspaces (id) ON DELETE CASCADE
  `.execute(db);
}
