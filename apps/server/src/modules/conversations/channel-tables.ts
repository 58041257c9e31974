import type { ColumnType } from 'kysely';
import type { Db, Tx } from '../../platform/db/database';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/**
 * The tables of migrations 20261208030000_conversation_channels (channels, CSAT) and
 * 20261209010100_channel_replays, as Kysely sees them.
 */
export type ChannelTables = {
  conversationChannels: {
    workspaceId: string;
    id: string;
    name: string;
    kind: 'api' | 'email';
    secret: string;
    replyWebhookId: string | null;
    createdBy: string | null;
    createdAt: Timestamp;
  };
  conversationChannelThreads: {
    workspaceId: string;
    channelId: string;
    threadKey: string;
    conversationId: string;
    replyTo: string | null;
    subject: string | null;
    customerToken: string;
    createdAt: Timestamp;
  };
  conversationCsatSurveys: { workspaceId: string; surveyId: string; createdAt: Timestamp };
  /** Signatures of inbound bodies without a messageId, kept while their timestamp is accepted (replays). */
  conversationChannelReplays: {
    workspaceId: string;
    channelId: string;
    signatureHash: string;
    receivedAt: Timestamp;
  };
  conversationCsat: {
    workspaceId: string;
    conversationId: string;
    resolvedAt: Date;
    surveyId: string;
    agentUserId: string | null;
    teamId: string | null;
    asked: boolean;
    skipReason: string | null;
    responseId: string | null;
    createdAt: Timestamp;
    answeredAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  };
};

/** The database handle with these tables typed (they live beside the shared schema, not in it). */
export function withChannelTables(db: Db | Tx) {
  return db.withTables<ChannelTables>();
}
