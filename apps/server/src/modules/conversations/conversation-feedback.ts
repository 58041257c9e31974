import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';

// Conversations flow into the same feedback path as survey answers and reviews (`feedback.evaluate`: text
// analysis, alert rules, automations). An alert rule may open a case for a conversation; the conversation
// then names that case like one an agent opened by hand, so the inbox links to it and "Convert to case"
// returns it instead of opening a second one.

/** Sets `case_id` on these conversations from their case links, where none is set yet (idempotent). */
export async function linkConversationCases(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await sql`
    UPDATE conversations c SET case_id = linked.case_id, updated_at = now()
    FROM (
      SELECT DISTINCT ON (item_id) item_id, case_id FROM case_items
      WHERE workspace_id = ${workspaceId} AND item_kind = 'conversation'
        AND item_id = ANY(${sql.val([...ids])}::uuid[])
      ORDER BY item_id, case_id
    ) linked
    WHERE c.workspace_id = ${workspaceId} AND c.id = linked.item_id AND c.case_id IS NULL
  `.execute(db);
}
