import { type Kysely, sql } from 'kysely';

// CXM maturity self-assessments: each one a person's answers (question id → 1..5) and the result scored
// when it was given (kept as given, so a later change of the scoring rule does not rewrite history).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE maturity_assessments (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      role text NOT NULL,
      answers jsonb NOT NULL,
      result jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );
    CREATE INDEX maturity_assessments_user_idx ON maturity_assessments (workspace_id, user_id, created_at DESC);
  `.execute(db);
}
