import { type Kysely, sql } from 'kysely';

// Sign-in security: TOTP two-factor with one-time recovery codes, sessions a person can see and revoke,
// password reset by a single-use expiring link, a workspace switch that requires two-factor, and the
// origins allowed to frame the workspace's public pages (Content-Security-Policy frame-ancestors).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users
      ADD COLUMN totp_secret text,
      ADD COLUMN totp_pending_secret text,
      ADD COLUMN totp_enabled_at timestamptz,
      ADD COLUMN totp_last_step bigint
  `.execute(db);
  await sql`
    CREATE TABLE user_recovery_codes (
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      code_hash text NOT NULL,
      used_at timestamptz,
      PRIMARY KEY (user_id, code_hash)
    )
  `.execute(db);
  // A public id per session, so a list can name one to revoke without showing its token's hash.
  await sql`
    ALTER TABLE sessions
      ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
      ADD COLUMN user_agent text,
      ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now()
  `.execute(db);
  await sql`CREATE UNIQUE INDEX sessions_id_key ON sessions (id)`.execute(db);
  await sql`
    CREATE TABLE password_reset_tokens (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )
  `.execute(db);
  await sql`ALTER TABLE workspaces ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false`.execute(db);
  // The workspace's own sites that may frame its public pages (hosted surveys, help center).
  await sql`ALTER TABLE workspaces ADD COLUMN embed_origins text[] NOT NULL DEFAULT '{}'`.execute(db);
}
