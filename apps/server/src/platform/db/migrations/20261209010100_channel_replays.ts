import { type Kysely, sql } from 'kysely';

// The inbound channel API refuses a replayed signed request: a body without its own messageId is
// remembered by its signature for as long as the signature's timestamp is accepted (five minutes either
// way), so the same signed bytes sent again within that window are a 409, and after it the old timestamp
// fails the signature check. Rows older than the window are pruned as new ones arrive.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE conversation_channel_replays (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      channel_id uuid NOT NULL,
      -- sha256 of the v1 signature (an HMAC of "<t>.<body>"): the same request signs the same way.
      signature_hash text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, channel_id, signature_hash)
    );
    CREATE INDEX conversation_channel_replays_received_idx
      ON conversation_channel_replays (workspace_id, received_at);
  `.execute(db);
}
