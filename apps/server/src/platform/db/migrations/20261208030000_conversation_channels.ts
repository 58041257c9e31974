import { type Kysely, sql } from 'kysely';

// Channels bring conversations from outside the widget: a generic signed API (bridges for Zalo, Messenger,
// WhatsApp…) and email. A channel's secret signs both directions (inbound bodies and the replies sent to
// it), so it is kept readable like a webhook's. Threads map the channel's own conversation keys (an
// external conversation id, or an email Message-ID) to the conversation they belong to.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE conversation_channels (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('api', 'email')),
      secret text NOT NULL,
      -- The webhook subscription that carries agent replies to an api channel's bridge (none for email).
      reply_webhook_id uuid,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, reply_webhook_id) REFERENCES webhooks (workspace_id, id) ON DELETE SET NULL (reply_webhook_id)
    );
    -- The inbound endpoint knows only the channel id; this finds its workspace.
    CREATE UNIQUE INDEX conversation_channels_id_key ON conversation_channels (id);

    CREATE TABLE conversation_channel_threads (
      workspace_id uuid NOT NULL,
      channel_id uuid NOT NULL,
      -- 'conversation:<external id>' for the api kind, 'message:<Message-ID>' for email.
      thread_key text NOT NULL,
      conversation_id uuid NOT NULL,
      -- Where replies go: the customer's address for email; the external conversation id for the api kind.
      reply_to text,
      -- Email: the thread's subject, for the replies' "Re:".
      subject text,
      -- The customer's bearer token of the conversation: the channel writes as its customer through the
      -- same path as the widget. It opens only this conversation's customer side.
      customer_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, channel_id, thread_key),
      FOREIGN KEY (workspace_id, channel_id) REFERENCES conversation_channels (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX conversation_channel_threads_conversation_idx
      ON conversation_channel_threads (workspace_id, conversation_id, created_at DESC);

    -- The workspace's system CSAT survey ("Conversation satisfaction"), made on first use.
    CREATE TABLE conversation_csat_surveys (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
      survey_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE
    );

    -- One CSAT question per resolution: asked when the contact budget allowed it, answered at most once.
    CREATE TABLE conversation_csat (
      workspace_id uuid NOT NULL,
      conversation_id uuid NOT NULL,
      -- The resolution it is about; a reopened and resolved again conversation is asked again.
      resolved_at timestamptz NOT NULL,
      survey_id uuid NOT NULL,
      agent_user_id uuid,
      team_id uuid,
      asked boolean NOT NULL,
      skip_reason text,
      response_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      answered_at timestamptz,
      PRIMARY KEY (workspace_id, conversation_id, resolved_at),
      FOREIGN KEY (workspace_id, conversation_id) REFERENCES conversations (workspace_id, id) ON DELETE CASCADE,
      FOREIGN KEY (workspace_id, survey_id) REFERENCES surveys (workspace_id, id) ON DELETE CASCADE
    );
  `.execute(db);
}
