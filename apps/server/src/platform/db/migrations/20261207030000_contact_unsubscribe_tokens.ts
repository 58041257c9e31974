import { type Kysely, sql } from 'kysely';

// Every bulk or automated email carries a one-click unsubscribe (RFC 8058). Invitations have a token per
// invitation; automation and "you said, we did" emails use one token per contact, made when first needed.
// Looked up without a workspace (the token is the proof), so unique across workspaces like invitations'.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE contacts ADD COLUMN unsubscribe_token text`.execute(db);
  await sql`
    CREATE UNIQUE INDEX contacts_unsubscribe_token_key ON contacts (unsubscribe_token)
    WHERE unsubscribe_token IS NOT NULL
  `.execute(db);
}
