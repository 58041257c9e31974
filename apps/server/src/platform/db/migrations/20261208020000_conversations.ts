import { type Kysely, sql } from 'kysely';

// Converse: conversations between a customer and the workspace (the bot first, then people), their
// messages, the bot's decision behind each bot message, agents' presence and capacity for routing, canned
// replies and the routing rules. The customer's token is stored only as a hash, like API keys.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE conversations (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      status text NOT NULL DEFAULT 'bot' CHECK (status IN ('bot', 'open', 'pending', 'resolved')),
      contact_id uuid,
      -- What an unauthenticated chat page claimed about the visitor ({"externalId","email","name"}), kept
      -- unverified: it matched an existing contact, so the conversation is not linked to that contact.
      claimed_identity jsonb,
      language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'vi')),
      -- sha256 of the customer's bearer token; looked up by id, compared in constant time.
      token_hash text NOT NULL,
      -- 'widget' | 'help_center' | 'email' | 'api:<channel id>'
      channel text NOT NULL DEFAULT 'widget',
      touchpoint_id uuid,
      assignee_user_id uuid,
      team_id uuid,
      handoff_reason text,
      handed_over_at timestamptz,
      first_response_at timestamptz,
      first_response_due_at timestamptz,
      resolved_at timestamptz,
      resolved_by_user_id uuid,
      resolved_by_team_id uuid,
      resolution text CHECK (resolution IN ('bot_confirmed', 'bot_assumed', 'agent')),
      snoozed_until timestamptz,
      -- The case opened from this conversation (kept so either side links to the other).
      case_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      last_message_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );
    -- Public routes find a conversation by id alone (the token is the proof).
    CREATE UNIQUE INDEX conversations_id_key ON conversations (id);
    CREATE INDEX conversations_inbox_idx ON conversations (workspace_id, status, last_message_at DESC);
    CREATE INDEX conversations_assignee_idx ON conversations (workspace_id, assignee_user_id, status);
    -- The waiting queue: handed over, nobody assigned yet, oldest first.
    CREATE INDEX conversations_waiting_idx ON conversations (workspace_id, handed_over_at)
      WHERE status = 'open' AND assignee_user_id IS NULL;
    CREATE INDEX conversations_contact_idx ON conversations (workspace_id, contact_id);

    CREATE TABLE conversation_messages (
      workspace_id uuid NOT NULL,
      id uuid NOT NULL,
      conversation_id uuid NOT NULL,
      author text NOT NULL CHECK (author IN ('customer', 'bot', 'agent', 'system')),
      author_user_id uuid,
      text text NOT NULL,
      -- An internal note: never shown to the customer.
      private boolean NOT NULL DEFAULT false,
      -- The customer's (or agent client's) own id for the message: a retried send finds it instead of
      -- writing it twice.
      client_message_id text,
      -- The customer message a bot or system reply answers (a retried send returns the same replies).
      in_reply_to uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id),
      FOREIGN KEY (workspace_id, conversation_id) REFERENCES conversations (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX conversation_messages_conversation_idx
      ON conversation_messages (workspace_id, conversation_id, created_at, id);
    CREATE UNIQUE INDEX conversation_messages_client_id_key
      ON conversation_messages (workspace_id, conversation_id, client_message_id)
      WHERE client_message_id IS NOT NULL;

    -- Why the bot said what it said (or handed over), one row per bot decision.
    CREATE TABLE conversation_bot_decisions (
      workspace_id uuid NOT NULL,
      message_id uuid NOT NULL,
      conversation_id uuid NOT NULL,
      confidence double precision NOT NULL,
      handoff boolean NOT NULL DEFAULT false,
      reason text,
      article_id uuid,
      intent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, message_id),
      FOREIGN KEY (workspace_id, conversation_id) REFERENCES conversations (workspace_id, id) ON DELETE CASCADE
    );
    CREATE INDEX conversation_bot_decisions_conversation_idx
      ON conversation_bot_decisions (workspace_id, conversation_id);

    -- Agents' availability for routing; a member without a row is offline with the default capacity.
    CREATE TABLE agent_presence (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      user_id uuid NOT NULL,
      presence text NOT NULL DEFAULT 'offline' CHECK (presence IN ('online', 'away', 'offline')),
      -- The most conversations open with this agent at once.
      capacity integer NOT NULL DEFAULT 5 CHECK (capacity BETWEEN 0 AND 100),
      last_seen_at timestamptz,
      -- Round-robin: the least recently assigned available agent gets the next conversation.
      last_assigned_at timestamptz,
      PRIMARY KEY (workspace_id, user_id)
    );

    CREATE TABLE canned_replies (
      workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
      id uuid NOT NULL,
      shortcut text NOT NULL,
      title text NOT NULL,
      -- {"en": "...", "vi": "..."}; may use {{contact.name}} and {{agent.name}}.
      text jsonb NOT NULL,
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, id)
    );
    CREATE UNIQUE INDEX canned_replies_shortcut_key ON canned_replies (workspace_id, lower(shortcut));

    -- Routing rules in order: [{"teamId": …, "language"?: "en"|"vi", "channel"?: "widget"|…}]; the first
    -- match wins, else the workspace's first team.
    CREATE TABLE conversation_settings (
      workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
      routing jsonb NOT NULL DEFAULT '[]',
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}
