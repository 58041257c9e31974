import { type Kysely, sql } from 'kysely';

// Employee invitations go through the same invitation and personal-link tables as customers', addressed
// to a person of the employee directory instead of a contact (exactly one of the two is set), so an
// employee is never turned into a customer contact. The workspace's per-employee survey budget lives
// beside the contact budget.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE survey_invitations ALTER COLUMN contact_id DROP NOT NULL;
    ALTER TABLE survey_invitations ADD COLUMN employee_id uuid;
    ALTER TABLE survey_invitations ADD CONSTRAINT survey_invitations_employee_fk
      FOREIGN KEY (workspace_id, employee_id) REFERENCES employees (workspace_id, id) ON DELETE CASCADE;
    ALTER TABLE survey_invitations ADD CONSTRAINT survey_invitations_one_recipient
      CHECK ((contact_id IS NULL) <> (employee_id IS NULL));
    CREATE INDEX survey_invitations_employee_idx
      ON survey_invitations (workspace_id, employee_id, created_at DESC) WHERE employee_id IS NOT NULL;

    ALTER TABLE survey_links ADD COLUMN employee_id uuid;
    ALTER TABLE survey_links ADD CONSTRAINT survey_links_employee_fk
      FOREIGN KEY (workspace_id, employee_id) REFERENCES employees (workspace_id, id) ON DELETE CASCADE;

    ALTER TABLE workspace_settings ADD COLUMN employee_survey_budget jsonb;
  `.execute(db);
}
