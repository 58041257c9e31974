import { type Kysely, sql } from 'kysely';

// Pre-aggregated metrics per workspace, day (UTC), survey, question, touchpoint, channel and language:
// what dashboards read instead of scanning responses. Kept current by recomputing each (survey, day)
// slice that a new or changed response touched.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE metric_rollups (
      workspace_id uuid NOT NULL,
      day date NOT NULL,
      survey_id uuid NOT NULL,
      question_id text NOT NULL,
      -- The nil uuid stands for "no touchpoint", so the key can be a primary key.
      touchpoint_id uuid NOT NULL,
      channel text NOT NULL,
      language text NOT NULL,
      question_type text NOT NULL,
      n integer NOT NULL,
      sum bigint NOT NULL,
      sum_squares bigint NOT NULL,
      promoters integer NOT NULL,
      passives integer NOT NULL,
      detractors integer NOT NULL,
      satisfied integer NOT NULL,
      agree integer NOT NULL,
      PRIMARY KEY (workspace_id, survey_id, day, question_id, touchpoint_id, channel, language)
    );
    CREATE INDEX metric_rollups_day_idx ON metric_rollups (workspace_id, question_type, day);

    CREATE TABLE metric_rollup_dirty (
      workspace_id uuid NOT NULL,
      survey_id uuid NOT NULL,
      day date NOT NULL,
      marked_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, survey_id, day)
    );
  `.execute(db);
}
