import { type Kysely, sql } from 'kysely';

// Webhooks: subscriptions per workspace, and a durable outbox of deliveries. A delivery row is written in
// the same database as the change (from the event subscriber) and sent by a job; failures are retried
// with backoff from the row's own state, so nothing depends on a process surviving between attempts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE webhooks (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      url text NOT NULL,
      events text[] NOT NULL,
      description text NOT NULL DEFAULT '',
      active boolean NOT NULL DEFAULT true,
      -- Kept as-is (not hashed): every delivery is signed with it, so it must be readable. It is a
      -- per-endpoint HMAC key that only authenticates our payloads, never a credential into Touchpoint.
      secret text NOT NULL,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );

    CREATE TABLE webhook_deliveries (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      webhook_id uuid NOT NULL,
      event_type text NOT NULL,
      -- What produced it (a domain event id, with the item id when one event fans out), so at-least-once
      -- event dispatch never produces a second delivery for the same webhook.
      source_key text NOT NULL,
      -- The payload's data and time are frozen when the event happens; the body is composed from them.
      data jsonb NOT NULL,
      occurred_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'dead')),
      attempts integer NOT NULL DEFAULT 0,
      last_status_code integer,
      last_error text,
      next_attempt_at timestamptz,
      -- Set while a worker sends it, so two workers never send the same attempt at once.
      lease_until timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      delivered_at timestamptz,
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, webhook_id) REFERENCES webhooks (workspace_id, id) ON DELETE CASCADE
    );
    CREATE UNIQUE INDEX webhook_deliveries_source_idx ON webhook_deliveries (workspace_id, webhook_id, source_key);
    CREATE INDEX webhook_deliveries_list_idx ON webhook_deliveries (workspace_id, webhook_id, id DESC);
    -- The sweep looks for deliveries that are due but whose job was lost.
    CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at)
      WHERE status IN ('pending', 'failed');
  `.execute(db);
}
