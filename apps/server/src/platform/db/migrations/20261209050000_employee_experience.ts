import { type Kysely, sql } from 'kysely';

// Employee experience: coaching notes a manager records for an agent, and the staff suggestion channel
// (ideas, one vote per person, a manager's open answer and status). An anonymous suggestion stores no
// author and only the day it was posted, so the time cannot be matched against sign-ins.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE coaching_notes (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      agent_user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      text text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );
    CREATE INDEX coaching_notes_agent_idx ON coaching_notes (workspace_id, agent_user_id, created_at DESC);

    CREATE TABLE suggestions (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      title text NOT NULL,
      body text NOT NULL DEFAULT '',
      anonymous boolean NOT NULL,
      author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'planned', 'done', 'declined')),
      answer text,
      answered_by uuid REFERENCES users (id) ON DELETE SET NULL,
      answered_at timestamptz,
      lang text NOT NULL,
      sentiment_label text NOT NULL,
      sentiment_score double precision NOT NULL,
      topics jsonb NOT NULL DEFAULT '[]'::jsonb,
      vote_count integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (workspace_id, id),
      CHECK (NOT anonymous OR author_user_id IS NULL)
    );
    CREATE INDEX suggestions_status_idx ON suggestions (workspace_id, status, vote_count DESC);

    CREATE TABLE suggestion_votes (
      workspace_id uuid NOT NULL,
      suggestion_id uuid NOT NULL,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, suggestion_id, user_id),
      FOREIGN KEY (workspace_id, suggestion_id) REFERENCES suggestions (workspace_id, id) ON DELETE CASCADE
    );
  `.execute(db);
}
