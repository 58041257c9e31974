import { type Kysely, sql } from 'kysely';

// Churn prediction: versioned per-workspace models (trained by a job that reports its progress on the row)
// and each contact's latest score with the reasons behind it. Scores are replaced, not kept as history: the
// model versions keep what is needed to compare runs.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE churn_models (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      version integer NOT NULL,
      label jsonb NOT NULL,
      status text NOT NULL DEFAULT 'training' CHECK (status IN ('training', 'ready', 'failed')),
      progress real NOT NULL DEFAULT 0,
      stage text NOT NULL DEFAULT 'queued',
      metrics jsonb,
      model jsonb,
      error text,
      contacts_scored integer NOT NULL DEFAULT 0,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      trained_at timestamptz,
      PRIMARY KEY (workspace_id, version)
    );
    CREATE INDEX churn_models_ready_idx ON churn_models (workspace_id, version DESC) WHERE status = 'ready';

    CREATE TABLE contact_churn_scores (
      workspace_id uuid NOT NULL,
      contact_id uuid NOT NULL,
      score real NOT NULL CHECK (score >= 0 AND score <= 1),
      band text NOT NULL CHECK (band IN ('low', 'medium', 'high')),
      reasons jsonb NOT NULL DEFAULT '[]',
      model_version integer NOT NULL,
      scored_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, contact_id),
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, model_version) REFERENCES churn_models (workspace_id, version) ON DELETE CASCADE
    );
    CREATE INDEX contact_churn_scores_rank_idx ON contact_churn_scores (workspace_id, score DESC, contact_id);
    CREATE INDEX contact_churn_scores_band_idx ON contact_churn_scores (workspace_id, band);
  `.execute(db);
}
