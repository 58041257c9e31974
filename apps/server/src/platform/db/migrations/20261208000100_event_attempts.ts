import { type Kysely, sql } from 'kysely';

// A domain event whose subscriber keeps failing must neither come back forever nor hold its batch-mates:
// count the failed deliveries, and park the event (dead letter) after too many, so an operator can see it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE domain_events ADD COLUMN attempts integer NOT NULL DEFAULT 0`.execute(db);
  await sql`ALTER TABLE domain_events ADD COLUMN dead_lettered_at timestamptz`.execute(db);
}
