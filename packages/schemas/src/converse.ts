import { z } from 'zod';
import { ZId, ZPageQuery } from './common';
import { ZCondition } from './condition';
import { ARTICLE_STATUSES, BOT_LANGUAGES, BOT_REASONS } from './converse-constants';

export * from './converse-constants';

// Knowledge base (articles, bilingual like survey texts) and the bot (intents, settings, the decision).

const ZDateTime = z.iso.datetime({ offset: true });

export const ZBotLanguage = z.enum(BOT_LANGUAGES);
export type TBotLanguage = z.infer<typeof ZBotLanguage>;
export const ZBotReason = z.enum(BOT_REASONS);
export type TBotReason = z.infer<typeof ZBotReason>;
export const ZArticleStatus = z.enum(ARTICLE_STATUSES);
export type TArticleStatus = z.infer<typeof ZArticleStatus>;

const ZShortText = z.string().trim().max(300);
const ZLongText = z.string().max(20_000);

/** A title in English and/or Vietnamese; at least one. */
export const ZArticleTitle = z
  .strictObject({ en: ZShortText.min(1).optional(), vi: ZShortText.min(1).optional() })
  .refine((value) => Boolean(value.en || value.vi), { message: 'give a title in en or vi' });
export const ZArticleBody = z.strictObject({ en: ZLongText.optional(), vi: ZLongText.optional() });
const ZQuestions = z.array(z.string().trim().min(1).max(300)).max(50);
const ZTags = z.array(z.string().trim().min(1).max(50)).max(20);

export const ZCreateArticleBody = z.strictObject({
  title: ZArticleTitle,
  body: ZArticleBody,
  questions: ZQuestions.default([]),
  tags: ZTags.default([]),
  status: ZArticleStatus.default('published'),
});
export type TCreateArticleBody = z.infer<typeof ZCreateArticleBody>;

export const ZUpdateArticleBody = z
  .strictObject({
    title: ZArticleTitle.optional(),
    body: ZArticleBody.optional(),
    questions: ZQuestions.optional(),
    tags: ZTags.optional(),
    status: ZArticleStatus.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'change at least one field' });
export type TUpdateArticleBody = z.infer<typeof ZUpdateArticleBody>;

export const ZArticle = z.object({
  id: ZId,
  title: z.object({ en: z.string().optional(), vi: z.string().optional() }),
  body: z.object({ en: z.string().optional(), vi: z.string().optional() }),
  questions: z.array(z.string()),
  tags: z.array(z.string()),
  status: ZArticleStatus,
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  /** Search relevance, on searches only. */
  score: z.number().optional(),
});
export type TArticle = z.infer<typeof ZArticle>;

export const ZArticleListQuery = ZPageQuery.extend({
  q: z.string().trim().max(500).optional(),
  status: ZArticleStatus.optional(),
  tag: z.string().trim().min(1).max(50).optional(),
});
export type TArticleListQuery = z.infer<typeof ZArticleListQuery>;

export const ZPublicArticleParams = z.strictObject({ workspaceId: ZId });
export const ZPublicArticleItemParams = z.strictObject({ workspaceId: ZId, id: ZId });
export const ZPublicArticleQuery = z.strictObject({
  q: z.string().trim().max(500).optional(),
  language: ZBotLanguage.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** What the public help center shows: one language's text, published articles only. */
export const ZPublicArticle = z.object({
  id: ZId,
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  language: ZBotLanguage,
  updatedAt: ZDateTime,
});
export type TPublicArticle = z.infer<typeof ZPublicArticle>;

export const ZArticleSuggestion = z.object({
  articleId: ZId,
  title: z.string(),
  excerpt: z.string(),
  score: z.number(),
});
export type TArticleSuggestion = z.infer<typeof ZArticleSuggestion>;

// ---------------------------------------------------------------------------------------------------------
// Bot
// ---------------------------------------------------------------------------------------------------------

export const ZIntentReply = z.strictObject({
  en: z.string().trim().min(1).max(2000),
  vi: z.string().trim().min(1).max(2000).optional(),
});

export const ZCreateIntentBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  examples: z.array(z.string().trim().min(1).max(300)).min(1).max(200),
  reply: ZIntentReply,
});
export type TCreateIntentBody = z.infer<typeof ZCreateIntentBody>;

export const ZUpdateIntentBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100).optional(),
    examples: z.array(z.string().trim().min(1).max(300)).min(1).max(200).optional(),
    reply: ZIntentReply.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'change at least one field' });

export const ZIntent = z.object({
  id: ZId,
  name: z.string(),
  examples: z.array(z.string()),
  reply: z.object({ en: z.string(), vi: z.string().optional() }),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});
export type TIntent = z.infer<typeof ZIntent>;

export const ZHandoffRule = z.strictObject({
  condition: ZCondition,
  /** A note for agents: why this rule hands over. */
  reason: z.string().trim().min(1).max(200),
});
export type THandoffRule = z.infer<typeof ZHandoffRule>;

export const ZBotSettings = z.object({
  enabled: z.boolean(),
  greeting: z.object({ en: z.string(), vi: z.string() }),
  handoffRules: z.array(ZHandoffRule),
  /** Answers below this confidence hand over, 0..1. */
  threshold: z.number().min(0).max(1),
});
export type TBotSettings = z.infer<typeof ZBotSettings>;

export const ZUpdateBotSettingsBody = z.strictObject({
  enabled: z.boolean().optional(),
  greeting: z.strictObject({ en: z.string().trim().max(1000), vi: z.string().trim().max(1000) }).optional(),
  handoffRules: z.array(ZHandoffRule).max(50).optional(),
  threshold: z.number().min(0).max(1).optional(),
});
export type TUpdateBotSettingsBody = z.infer<typeof ZUpdateBotSettingsBody>;

export const ZBotTurn = z.object({
  author: z.enum(['customer', 'bot', 'agent', 'system']),
  text: z.string().max(10_000),
});

export const ZBotInput = z.object({
  text: z.string().max(10_000),
  language: ZBotLanguage.optional(),
  history: z.array(ZBotTurn).max(200),
  contact: z
    .object({ id: z.string(), attributes: z.record(z.string(), z.unknown()) })
    .nullable()
    .optional(),
});
export type TBotInput = z.infer<typeof ZBotInput>;

/** `POST /api/v1/bot/answer`: a message to test (nothing is written). */
export const ZBotAnswerBody = z.strictObject({
  text: z.string().trim().min(1).max(10_000),
  language: ZBotLanguage.optional(),
  history: z.array(ZBotTurn).max(50).optional(),
  /** A stored contact whose attributes the bot reads (VIP, churn risk, workspace rules)… */
  contactId: ZId.optional(),
  /** …or attributes to try out without a contact. */
  contactAttributes: z.record(z.string().max(100), z.unknown()).optional(),
});

export const ZBotDecision = z.object({
  answer: z.string().nullable(),
  articleId: z.string().optional(),
  intent: z.string().optional(),
  confidence: z.number(),
  handoff: z.boolean(),
  reason: ZBotReason.nullable(),
  language: ZBotLanguage,
  /** The matching workspace rule's note, for `workspace_rule`. */
  detail: z.string().optional(),
});
export type TBotDecision = z.infer<typeof ZBotDecision>;
