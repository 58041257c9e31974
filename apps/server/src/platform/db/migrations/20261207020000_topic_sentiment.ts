import { type Kysely, sql } from 'kysely';

// Schema migration. Topic-level sentiment: each topic assignment keeps the polarity of the clauses of the
// comment that mention the topic ("giao hàng nhanh nhưng nhân viên thô lỗ": delivery positive, staff
// negative). NULL for rows written before this (read as the comment's own sentiment) until reanalysis.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE text_topic_matches
      ADD COLUMN sentiment_label text CHECK (sentiment_label IN ('negative', 'neutral', 'positive', 'mixed')),
      ADD COLUMN sentiment_score real
  `.execute(db);
}
