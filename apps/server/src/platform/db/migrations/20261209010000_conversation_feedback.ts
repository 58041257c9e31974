import { type Kysely, sql } from 'kysely';

// Conversations are feedback too: the customer's side of a conversation is analysed like an open-text
// answer (`text_analyses`, item kind 'conversation', one field per customer message), fires alert rules
// (`alerts.subject_kind = 'conversation'`) and may be tagged by automations. Only the kind lists widen.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE text_analyses DROP CONSTRAINT IF EXISTS text_analyses_item_kind_check;
    ALTER TABLE text_analyses ADD CONSTRAINT text_analyses_item_kind_check
      CHECK (item_kind IN ('response', 'review', 'conversation'));
    ALTER TABLE alerts DROP CONSTRAINT IF EXISTS alerts_subject_kind_check;
    ALTER TABLE alerts ADD CONSTRAINT alerts_subject_kind_check
      CHECK (subject_kind IN ('response', 'review', 'metric', 'conversation'));
    ALTER TABLE item_tags DROP CONSTRAINT IF EXISTS item_tags_item_kind_check;
    ALTER TABLE item_tags ADD CONSTRAINT item_tags_item_kind_check
      CHECK (item_kind IN ('response', 'review', 'contact', 'case', 'conversation'));
  `.execute(db);
}
