import { type Kysely, sql } from 'kysely';

// What segments read about a contact's answers (latest NPS and when, last answer, how many), kept per
// contact so a segment over 100 k contacts reads one small row each instead of sorting every response.
// A trigger keeps it exact on every write path that touches responses — submissions, partial responses
// finished later, imports, and merges that move responses to the surviving profile — in the same
// transaction, so a segment sees an answer as soon as it is committed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE contact_response_facts (
      workspace_id uuid NOT NULL,
      contact_id uuid NOT NULL,
      latest_nps smallint,
      latest_nps_at timestamptz,
      last_response_at timestamptz,
      response_count integer NOT NULL DEFAULT 0,
      PRIMARY KEY (workspace_id, contact_id),
      FOREIGN KEY (workspace_id, contact_id) REFERENCES contacts (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX contact_response_facts_nps_idx ON contact_response_facts (workspace_id, latest_nps);
    CREATE INDEX contact_response_facts_last_idx ON contact_response_facts (workspace_id, last_response_at);

    CREATE FUNCTION refresh_contact_response_facts(ws uuid, cid uuid) RETURNS void
    LANGUAGE sql AS $$
      INSERT INTO contact_response_facts AS f
        (workspace_id, contact_id, latest_nps, latest_nps_at, last_response_at, response_count)
      SELECT ws, cid, latest.nps_score, latest.created_at, totals.last_at, totals.n
      FROM (SELECT max(r.created_at) AS last_at, count(*)::int AS n FROM responses r
            WHERE r.workspace_id = ws AND r.contact_id = cid) totals
      LEFT JOIN LATERAL (SELECT r.nps_score, r.created_at FROM responses r
            WHERE r.workspace_id = ws AND r.contact_id = cid AND r.nps_score IS NOT NULL
            ORDER BY r.created_at DESC, r.id DESC LIMIT 1) latest ON true
      WHERE EXISTS (SELECT 1 FROM contacts c WHERE c.workspace_id = ws AND c.id = cid)
      ON CONFLICT (workspace_id, contact_id) DO UPDATE SET
        latest_nps = excluded.latest_nps,
        latest_nps_at = excluded.latest_nps_at,
        last_response_at = excluded.last_response_at,
        response_count = excluded.response_count;
    $$;

    CREATE FUNCTION responses_contact_facts() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'DELETE' AND NEW.contact_id IS NOT NULL THEN
        PERFORM refresh_contact_response_facts(NEW.workspace_id, NEW.contact_id);
      END IF;
      IF TG_OP <> 'INSERT' AND OLD.contact_id IS NOT NULL
         AND (TG_OP = 'DELETE' OR OLD.contact_id IS DISTINCT FROM NEW.contact_id) THEN
        PERFORM refresh_contact_response_facts(OLD.workspace_id, OLD.contact_id);
      END IF;
      RETURN NULL;
    END;
    $$;

    CREATE TRIGGER responses_contact_facts
      AFTER INSERT OR DELETE OR UPDATE OF contact_id, nps_score, created_at ON responses
      FOR EACH ROW EXECUTE FUNCTION responses_contact_facts();

    INSERT INTO contact_response_facts
      (workspace_id, contact_id, latest_nps, latest_nps_at, last_response_at, response_count)
    SELECT t.workspace_id, t.contact_id, l.nps_score, l.created_at, t.last_at, t.n
    FROM (SELECT workspace_id, contact_id, max(created_at) AS last_at, count(*)::int AS n
          FROM responses WHERE contact_id IS NOT NULL GROUP BY workspace_id, contact_id) t
    LEFT JOIN (SELECT DISTINCT ON (workspace_id, contact_id) workspace_id, contact_id, nps_score, created_at
               FROM responses WHERE contact_id IS NOT NULL AND nps_score IS NOT NULL
               ORDER BY workspace_id, contact_id, created_at DESC, id DESC) l
      ON l.workspace_id = t.workspace_id AND l.contact_id = t.contact_id;
  `.execute(db);
}
