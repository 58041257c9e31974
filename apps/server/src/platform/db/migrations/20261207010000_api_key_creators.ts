import { type Kysely, sql } from 'kysely';

// Data migration. An API key now works only while the member who created it is active in the workspace.
// A key made with another key was stored without a creator; give it the creator of the key that made it
// (followed through the audit log's `api_key.created` events, for chains of keys), so such keys keep
// working for as long as the person behind the chain does. Keys whose chain ends nowhere stay without a
// creator and stop working, as the release notes say.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    WITH RECURSIVE made_by_key AS (
      SELECT k.workspace_id, k.id, substring(e.actor FROM 9)::uuid AS parent_id
      FROM api_keys k
      JOIN domain_events e
        ON e.workspace_id = k.workspace_id
       AND e.type = 'api_key.created'
       AND e.subject_id = k.id::text
       AND e.actor ~ '^api_key:[0-9a-fA-F-]{36}$'
      WHERE k.created_by IS NULL
    ),
    resolved AS (
      SELECT m.workspace_id, m.id, p.created_by, p.id AS via_id, 1 AS depth
      FROM made_by_key m
      JOIN api_keys p ON p.workspace_id = m.workspace_id AND p.id = m.parent_id
      UNION ALL
      SELECT r.workspace_id, r.id, p.created_by, p.id, r.depth + 1
      FROM resolved r
      JOIN made_by_key m ON m.workspace_id = r.workspace_id AND m.id = r.via_id
      JOIN api_keys p ON p.workspace_id = m.workspace_id AND p.id = m.parent_id
      WHERE r.created_by IS NULL AND r.depth < 32
    )
    UPDATE api_keys k
    SET created_by = r.created_by
    FROM resolved r
    WHERE k.workspace_id = r.workspace_id AND k.id = r.id
      AND k.created_by IS NULL AND r.created_by IS NOT NULL
  `.execute(db);
}
