import { z } from 'zod';
import { ZId, ZPageQuery } from './common';
import {
  AGENT_PRESENCES,
  CONVERSATION_LANGUAGES,
  CONVERSATION_STATUSES,
  MESSAGE_AUTHORS,
} from './conversation-constants';
import { ZUserHash } from './workspace-settings';

export * from './conversation-constants';

// Converse: conversations between a customer and the workspace. The bot answers first; a person takes over
// on a hand-over; agents reply, write private notes, transfer, snooze, resolve. Public routes serve the
// widget and the help center (the bearer token is the proof); the rest serve agents.

export const ZConversationStatus = z.enum(CONVERSATION_STATUSES);
export type TConversationStatus = z.infer<typeof ZConversationStatus>;
export const ZMessageAuthor = z.enum(MESSAGE_AUTHORS);
export type TMessageAuthor = z.infer<typeof ZMessageAuthor>;
export const ZAgentPresence = z.enum(AGENT_PRESENCES);
export type TAgentPresence = z.infer<typeof ZAgentPresence>;
export const ZConversationLanguage = z.enum(CONVERSATION_LANGUAGES);
export type TConversationLanguage = z.infer<typeof ZConversationLanguage>;

/** 'widget' | 'help_center' | 'email' | 'api:<channel id>' */
export const ZConversationChannel = z
  .string()
  .regex(
    /^(widget|help_center|email|api:[A-Za-z0-9_-]{1,64})$/,
    "'widget', 'help_center', 'email' or 'api:<id>'",
  );

const ZDateTime = z.iso.datetime({ offset: true });

export const ZConversationMessage = z.object({
  id: ZId,
  conversationId: ZId,
  author: ZMessageAuthor,
  authorName: z.string().nullable().optional(),
  text: z.string(),
  private: z.boolean(),
  createdAt: ZDateTime,
  clientMessageId: z.string().nullable().optional(),
});
export type TConversationMessage = z.infer<typeof ZConversationMessage>;

export const ZConversationQueue = z.object({
  /** 1 = next to be taken. */
  position: z.number().int().min(1),
  /** Null when there is no honest estimate (nobody online, or too little history). */
  estimatedWaitMinutes: z.number().int().nullable(),
  message: z.string(),
});
export type TConversationQueue = z.infer<typeof ZConversationQueue>;

// ---- Public (widget, help center) ----

const ZMessageText = z.string().trim().min(1).max(4000);
const ZClientMessageId = z.string().trim().min(1).max(100);

export const ZCreatePublicConversationBody = z.strictObject({
  workspaceId: ZId,
  contact: z
    .strictObject({
      externalId: z.string().trim().min(1).max(200).optional(),
      email: z.string().trim().max(254).pipe(z.email()).optional(),
      name: z.string().trim().min(1).max(200).optional(),
    })
    .optional(),
  /** Proves `contact` (see ZUserHash): only then does the chat join the known contact. */
  userHash: ZUserHash.optional(),
  language: ZConversationLanguage.optional(),
  channel: z.enum(['widget', 'help_center']).optional(),
  touchpointId: ZId.optional(),
});
export type TCreatePublicConversationBody = z.infer<typeof ZCreatePublicConversationBody>;

export const ZPublicConversationCreated = z.object({
  id: ZId,
  /** Keep it: every later call sends it as `Authorization: Bearer <token>`. Shown once. */
  token: z.string(),
  status: ZConversationStatus,
  messages: z.array(ZConversationMessage),
});

export const ZSendPublicMessageBody = z.strictObject({
  text: ZMessageText,
  clientMessageId: ZClientMessageId.optional(),
});
export type TSendPublicMessageBody = z.infer<typeof ZSendPublicMessageBody>;

export const ZPublicSendResult = z.object({
  message: ZConversationMessage,
  replies: z.array(ZConversationMessage),
  status: ZConversationStatus,
  queue: ZConversationQueue.nullable(),
});

export const ZPublicMessages = z.object({
  items: z.array(ZConversationMessage),
  status: ZConversationStatus,
  queue: ZConversationQueue.nullable(),
  csat: z.object({ asked: z.boolean(), answered: z.boolean() }),
});

export const ZPublicHandoffResult = z.object({
  status: ZConversationStatus,
  replies: z.array(ZConversationMessage),
  queue: ZConversationQueue.nullable(),
});

export const ZPublicStreamQuery = z.strictObject({ token: z.string().min(1).max(200).optional() });

// ---- Agents ----

export const ZConversationListQuery = ZPageQuery.extend({
  status: ZConversationStatus.optional(),
  teamId: ZId.optional(),
  /** A user id, 'me', or 'none' for the unassigned queue. */
  assigneeId: z.union([ZId, z.literal('me'), z.literal('none')]).optional(),
  q: z.string().trim().max(200).optional(),
});
export type TConversationListQuery = z.infer<typeof ZConversationListQuery>;

const ZRef = z.object({ id: ZId, name: z.string() });

export const ZConversationSummary = z.object({
  id: ZId,
  status: ZConversationStatus,
  channel: z.string(),
  contact: z.object({ id: ZId, name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  assignee: ZRef.nullable(),
  team: ZRef.nullable(),
  language: ZConversationLanguage,
  lastMessage: z
    .object({ text: z.string(), author: ZMessageAuthor, createdAt: ZDateTime, private: z.boolean() })
    .nullable(),
  handoffReason: z.string().nullable(),
  /** Since when the customer waits for a person (hand-over time) while open and not yet answered. */
  waitingSince: ZDateTime.nullable(),
  firstResponseDueAt: ZDateTime.nullable(),
  snoozedUntil: ZDateTime.nullable(),
  caseId: ZId.nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export type TConversationSummary = z.infer<typeof ZConversationSummary>;

export const ZBotDecisionRecord = z.object({
  messageId: ZId,
  confidence: z.number(),
  handoff: z.boolean(),
  reason: z.string().nullable(),
  articleId: ZId.nullable(),
  intent: z.string().nullable(),
});

export const ZConversationDetail = z.object({
  conversation: ZConversationSummary.extend({
    handedOverAt: ZDateTime.nullable(),
    firstResponseAt: ZDateTime.nullable(),
    resolvedAt: ZDateTime.nullable(),
    resolution: z.enum(['bot_confirmed', 'bot_assumed', 'agent']).nullable(),
    queue: ZConversationQueue.nullable(),
    /**
     * What the chat page claimed about the visitor, unverified: it matched an existing contact, so the
     * conversation is not linked to that contact (show it as "unverified").
     */
    unverifiedIdentity: z
      .object({
        externalId: z.string().nullable(),
        email: z.string().nullable(),
        name: z.string().nullable(),
      })
      .nullable(),
  }),
  messages: z.array(ZConversationMessage),
  decisions: z.array(ZBotDecisionRecord),
  customer: z
    .object({
      contact: z.object({
        id: ZId,
        externalId: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
        name: z.string().nullable(),
      }),
      attributes: z.record(z.string(), z.unknown()),
      recentResponses: z.array(
        z.object({ id: ZId, surveyId: ZId, score: z.number().nullable(), createdAt: ZDateTime }),
      ),
      openCases: z.array(
        z.object({ id: ZId, number: z.number().int(), title: z.string(), status: z.string() }),
      ),
    })
    .nullable(),
});
export type TConversationDetail = z.infer<typeof ZConversationDetail>;

export const ZAgentMessageBody = z.strictObject({
  text: ZMessageText,
  private: z.boolean().default(false),
  clientMessageId: ZClientMessageId.optional(),
});

export const ZUpdateConversationBody = z
  .strictObject({
    status: ZConversationStatus.optional(),
    teamId: ZId.nullable().optional(),
    assigneeId: ZId.nullable().optional(),
    snoozedUntil: ZDateTime.nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'send at least one field to change');
export type TUpdateConversationBody = z.infer<typeof ZUpdateConversationBody>;

export const ZConversationCaseResult = z.object({ caseId: ZId, created: z.boolean() });

export const ZArticleSuggestions = z.object({
  items: z.array(z.object({ articleId: ZId, title: z.string(), excerpt: z.string(), score: z.number() })),
});

export const ZPresenceBody = z.strictObject({ status: ZAgentPresence });
export const ZPresence = z.object({ userId: ZId, presence: ZAgentPresence, capacity: z.number().int() });

export const ZAgent = z.object({
  userId: ZId,
  name: z.string(),
  presence: ZAgentPresence,
  capacity: z.number().int(),
  openCount: z.number().int(),
  lastSeenAt: ZDateTime.nullable(),
});
export const ZAgentParams = z.strictObject({ userId: ZId });
export const ZUpdateAgentBody = z.strictObject({ capacity: z.number().int().min(0).max(100) });

// ---- Canned replies ----

export const ZCannedReplyText = z.strictObject({
  en: z.string().trim().min(1).max(4000),
  vi: z.string().trim().min(1).max(4000).optional(),
});
export const ZCannedReply = z.object({
  id: ZId,
  shortcut: z.string(),
  title: z.string(),
  text: z.object({ en: z.string(), vi: z.string().optional() }),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export type TCannedReply = z.infer<typeof ZCannedReply>;
export const ZCreateCannedReplyBody = z.strictObject({
  shortcut: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^[\p{L}\p{N}_-]+$/u, 'letters, digits, - and _ only'),
  title: z.string().trim().min(1).max(200),
  text: ZCannedReplyText,
});
export const ZUpdateCannedReplyBody = ZCreateCannedReplyBody.partial().refine(
  (body) => Object.keys(body).length > 0,
  'send at least one field to change',
);
export const ZCannedRepliesQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  /** Fill {{contact.name}} and {{agent.name}} for this conversation (and pick its language). */
  conversationId: ZId.optional(),
});
export const ZCannedReplyList = z.object({
  items: z.array(ZCannedReply.extend({ filled: z.string().optional() })),
});

// ---- Routing settings ----

export const ZRoutingRule = z.strictObject({
  teamId: ZId,
  language: ZConversationLanguage.optional(),
  channel: ZConversationChannel.optional(),
  touchpointId: ZId.optional(),
});
export const ZConversationSettings = z.strictObject({ routing: z.array(ZRoutingRule).max(100) });
export type TConversationSettings = z.infer<typeof ZConversationSettings>;
