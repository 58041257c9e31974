import { type Kysely, sql } from 'kysely';

// Employee programmes on a schedule: each run copies the programme's survey into a new wave (a survey of
// its own, published, sent to the directory by email and closed after a while, so its anonymous results
// are final), and the waves of one schedule are linked so the confidentiality guard can compare a group
// across waves.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE employee_programme_schedules (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      survey_id uuid NOT NULL,
      cadence text NOT NULL CHECK (cadence IN ('weekly', 'monthly', 'quarterly')),
      scope text NOT NULL DEFAULT 'everyone' CHECK (scope IN ('everyone', 'per_department')),
      departments text[] NOT NULL DEFAULT '{}',
      remind_after_days integer CHECK (remind_after_days BETWEEN 1 AND 30),
      close_after_days integer NOT NULL DEFAULT 14 CHECK (close_after_days BETWEEN 1 AND 90),
      next_run_at timestamptz NOT NULL,
      last_run_at timestamptz,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE
    );
    CREATE UNIQUE INDEX employee_programme_schedules_survey_idx
      ON employee_programme_schedules (workspace_id, survey_id);
    CREATE INDEX employee_programme_schedules_due_idx ON employee_programme_schedules (next_run_at);

    CREATE TABLE employee_programme_waves (
      workspace_id uuid NOT NULL,
      survey_id uuid NOT NULL,
      schedule_id uuid NOT NULL,
      -- The series a wave continues: '' for everyone, else the department (per-department schedules).
      series text NOT NULL DEFAULT '',
      wave integer NOT NULL,
      close_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, survey_id),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, schedule_id)
        REFERENCES employee_programme_schedules (workspace_id, id) ON DELETE CASCADE
    );
    CREATE UNIQUE INDEX employee_programme_waves_series_idx
      ON employee_programme_waves (workspace_id, schedule_id, series, wave);
    CREATE INDEX employee_programme_waves_close_idx ON employee_programme_waves (close_at);
  `.execute(db);
}
