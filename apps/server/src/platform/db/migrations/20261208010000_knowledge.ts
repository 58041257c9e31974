import { type Kysely, sql } from 'kysely';

// Converse (issue 12): the knowledge base the bot answers from and the help center shows, the workspace's
// intents (example questions and a reply), and the bot's settings. Article texts are bilingual jsonb like
// survey texts ({"en": …, "vi": …}); search runs in the application over an in-memory index per workspace
// (the same code on PostgreSQL and PGlite), so no search columns or extensions are needed here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE knowledge_articles (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      title jsonb NOT NULL,
      body jsonb NOT NULL,
      questions jsonb NOT NULL DEFAULT '[]',
      tags text[] NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'draft')),
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );
    -- Lists page by id (v7, creation order) within a status.
    CREATE INDEX knowledge_articles_status_idx ON knowledge_articles (workspace_id, status, id);

    CREATE TABLE bot_intents (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      examples jsonb NOT NULL,
      reply jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );
    CREATE UNIQUE INDEX bot_intents_name_key ON bot_intents (workspace_id, lower(name));

    CREATE TABLE bot_settings (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
      enabled boolean NOT NULL DEFAULT true,
      greeting jsonb NOT NULL DEFAULT '{}',
      handoff_rules jsonb NOT NULL DEFAULT '[]',
      threshold double precision NOT NULL CHECK (threshold >= 0 AND threshold <= 1),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}
