import { type Kysely, sql } from 'kysely';

// Text analytics. Results are kept per (item, analyzer, version): a new analyzer version writes new rows
// beside the old ones, so history is never silently rewritten, and dashboards read the current version.
// Topics are the workspace's own: a rule, tagged examples, and a classifier trained from those examples.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE text_analyses (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      item_kind text NOT NULL CHECK (item_kind IN ('response', 'review')),
      item_id uuid NOT NULL,
      -- The open-text question id of a response, or 'text' for a review.
      field text NOT NULL,
      analyzer text NOT NULL,
      version integer NOT NULL,
      lang text NOT NULL,
      sentiment_label text NOT NULL,
      sentiment_score real NOT NULL,
      -- PII-redacted text: what analytics show and what topic rules and the classifier read.
      text_redacted text NOT NULL,
      -- The same, lower-cased without diacritics: what comment search matches ("giao hang" finds "giao hàng").
      text_folded text NOT NULL,
      -- Sentiment drivers, signals and the kinds of PII found (never the PII itself).
      result jsonb NOT NULL,
      survey_id uuid,
      touchpoint_id uuid,
      -- The item's scores when analysed (kept current: an edited response is re-analysed).
      nps_score smallint,
      rating real,
      satisfied boolean,
      occurred_at timestamptz NOT NULL,
      analyzed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, item_kind, item_id, field, analyzer, version)
    );
    CREATE INDEX text_analyses_time_idx ON text_analyses (workspace_id, analyzer, version, occurred_at DESC);

    CREATE TABLE topics (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      query text,
      owner_team_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, owner_team_id) REFERENCES teams (workspace_id, id) ON DELETE SET NULL (owner_team_id)
    );
    CREATE UNIQUE INDEX topics_name_idx ON topics (workspace_id, lower(name));

    CREATE TABLE topic_examples (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      topic_id uuid NOT NULL,
      item_kind text NOT NULL,
      item_id uuid NOT NULL,
      field text NOT NULL,
      -- A redacted snapshot, so training never depends on the item still existing.
      text text NOT NULL,
      positive boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      UNIQUE (workspace_id, topic_id, item_kind, item_id, field),
      FOREIGN KEY (workspace_id, topic_id) REFERENCES topics (workspace_id, id) ON DELETE CASCADE
    );

    CREATE TABLE topic_models (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      version integer NOT NULL,
      model jsonb NOT NULL,
      examples integer NOT NULL,
      topics integer NOT NULL,
      trained_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, version)
    );

    -- Current topic assignments; recomputed for an item when it is analysed, for a topic when its rule
    -- changes, and for the classifier's topics when a new model version is trained (the version is kept).
    CREATE TABLE text_topic_matches (
      workspace_id uuid NOT NULL,
      item_kind text NOT NULL,
      item_id uuid NOT NULL,
      field text NOT NULL,
      topic_id uuid NOT NULL,
      source text NOT NULL CHECK (source IN ('rule', 'classifier')),
      confidence real NOT NULL,
      model_version integer,
      PRIMARY KEY (workspace_id, topic_id, item_kind, item_id, field, source),
      FOREIGN KEY (workspace_id, topic_id) REFERENCES topics (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX text_topic_matches_item_idx ON text_topic_matches (workspace_id, item_kind, item_id, field);
  `.execute(db);
}
