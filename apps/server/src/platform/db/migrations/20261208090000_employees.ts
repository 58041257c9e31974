import { type Kysely, sql } from 'kysely';

// Employees: a directory separate from customers (contacts), the programme fields of a survey (audience,
// anonymous mode and the reporting attributes an anonymous response may keep), who has completed an
// employee survey (kept apart from the responses so reminders work without linking a person to answers),
// and the workspace's minimum group sizes for anonymous results.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE employees (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      email text NOT NULL,
      name text NOT NULL DEFAULT '',
      department text,
      location text,
      team_id uuid,
      manager_email text,
      start_date date,
      attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
      left_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, team_id) REFERENCES teams (workspace_id, id) ON DELETE SET NULL (team_id)
    );
    CREATE UNIQUE INDEX employees_email_idx ON employees (workspace_id, lower(email));
    CREATE INDEX employees_department_idx ON employees (workspace_id, department, lower(email));
    CREATE INDEX employees_manager_idx ON employees (workspace_id, lower(manager_email));

    CREATE TABLE employee_survey_completions (
      workspace_id uuid NOT NULL,
      survey_id uuid NOT NULL,
      employee_id uuid NOT NULL,
      completed_on date NOT NULL,
      PRIMARY KEY (workspace_id, survey_id, employee_id),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, employee_id) REFERENCES employees (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX employee_survey_completions_employee_idx
      ON employee_survey_completions (workspace_id, employee_id);

    ALTER TABLE surveys ADD COLUMN audience text NOT NULL DEFAULT 'customers'
      CHECK (audience IN ('customers', 'employees'));
    ALTER TABLE surveys ADD COLUMN anonymous boolean NOT NULL DEFAULT false;
    ALTER TABLE surveys ADD COLUMN reporting_attributes text[] NOT NULL DEFAULT '{}';

    ALTER TABLE workspace_settings ADD COLUMN min_group_size integer CHECK (min_group_size >= 3);
    ALTER TABLE workspace_settings ADD COLUMN min_comment_group_size integer CHECK (min_comment_group_size >= 3);
  `.execute(db);
}
