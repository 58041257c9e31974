import { z } from 'zod';
import { ZId } from './common';

// Text analytics: analysed comments, topics (rules + examples + a trained model) and insights.

export const TEXT_LANGUAGES = ['en', 'vi', 'other'] as const;
export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive', 'mixed'] as const;
export const TEXT_ITEM_KINDS = ['response', 'review', 'conversation'] as const;

const ZSpan = z.object({ start: z.number().int(), end: z.number().int() });

export const ZSentiment = z.object({
  label: z.enum(SENTIMENT_LABELS),
  score: z.number().min(-1).max(1),
  drivers: z.array(
    z.object({ phrase: z.string(), start: z.number().int(), end: z.number().int(), weight: z.number() }),
  ),
});

export const ZTopicRef = z.object({
  id: z.string(),
  name: z.string(),
  confidence: z.number().min(0).max(1),
  source: z.enum(['rule', 'classifier']),
  /** The topic's own polarity in this text: that of the clauses that mention it. */
  sentiment: z.object({ label: z.enum(SENTIMENT_LABELS), score: z.number() }).optional(),
});

export const ZTextSignals = z.object({
  effort: z.object({ detected: z.boolean(), phrases: z.array(z.string()) }),
  actionability: z.enum(['needs_reply', 'suggestion', 'praise', 'not_meaningful', 'informational']),
  urgency: z.object({
    level: z.enum(['none', 'high']),
    reasons: z.array(z.enum(['churn_threat', 'safety', 'legal'])),
    phrases: z.array(z.string()),
  }),
});
export type TTextSignals = z.infer<typeof ZTextSignals>;

const ZPiiFinding = z.object({
  type: z.enum(['email', 'phone', 'card', 'national_id', 'address']),
  start: z.number().int(),
  end: z.number().int(),
});

export const ZAnalyzeTextBody = z.strictObject({
  texts: z
    .array(
      z.strictObject({
        id: z.string().max(200).optional(),
        text: z.string().max(10_000),
        lang: z.enum(['en', 'vi']).optional(),
      }),
    )
    .min(1)
    .max(100),
});

export const ZAnalyzeTextResult = z.object({
  analyzer: z.object({ name: z.string(), version: z.number().int() }),
  results: z.array(
    z.object({
      id: z.string().optional(),
      lang: z.enum(TEXT_LANGUAGES),
      sentiment: ZSentiment,
      topics: z.array(ZTopicRef),
      signals: ZTextSignals,
      /** The text with personal data replaced by placeholders such as `[email]`. */
      redacted: z.string(),
      /** Offsets into the NFC-normalised input. */
      pii: z.array(ZPiiFinding),
    }),
  ),
});

/** One analysed open-text answer or review, as analytics show it: always PII-redacted. */
export const ZComment = z.object({
  itemKind: z.enum(TEXT_ITEM_KINDS),
  itemId: ZId,
  /** The question id of a response's open-text answer, or `text` for a review. */
  field: z.string(),
  text: z.string(),
  lang: z.enum(TEXT_LANGUAGES),
  sentiment: ZSentiment,
  topics: z.array(ZTopicRef),
  signals: ZTextSignals,
  surveyId: ZId.nullable(),
  touchpointId: ZId.nullable(),
  npsScore: z.number().int().nullable(),
  rating: z.number().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  /** Only in rule previews: where the rule matched. */
  spans: z.array(ZSpan).optional(),
});
export type TComment = z.infer<typeof ZComment>;

const ZTopicName = z.string().trim().min(1).max(80);
const ZTopicQueryText = z.string().trim().min(1).max(2000);

export const ZTopic = z.object({
  id: ZId,
  name: z.string(),
  description: z.string(),
  /** The rule, e.g. `refund* OR "money back"`; null for a topic learned only from examples. */
  query: z.string().nullable(),
  ownerTeamId: ZId.nullable(),
  examples: z.object({ positive: z.number().int(), negative: z.number().int() }),
  /** Comments currently assigned to the topic (by its rule or the trained model). */
  mentions: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type TTopic = z.infer<typeof ZTopic>;

export const ZCreateTopicBody = z.strictObject({
  name: ZTopicName,
  description: z.string().trim().max(500).default(''),
  query: ZTopicQueryText.nullable().optional(),
  ownerTeamId: ZId.nullable().optional(),
});

export const ZUpdateTopicBody = z.strictObject({
  name: ZTopicName.optional(),
  description: z.string().trim().max(500).optional(),
  query: ZTopicQueryText.nullable().optional(),
  ownerTeamId: ZId.nullable().optional(),
});

export const ZTopicPreviewBody = z.strictObject({
  query: ZTopicQueryText,
  limit: z.number().int().min(1).max(50).default(10),
});

export const ZTopicPreviewResult = z.object({
  matched: z.number().int(),
  total: z.number().int(),
  examples: z.array(ZComment),
});

export const ZTopicExampleBody = z.strictObject({
  itemKind: z.enum(TEXT_ITEM_KINDS),
  itemId: ZId,
  field: z.string().min(1).max(64),
  /** true: the comment belongs to the topic; false: it does not (a counter-example). */
  positive: z.boolean(),
});

export const ZTopicExample = z.object({
  id: ZId,
  itemKind: z.enum(TEXT_ITEM_KINDS),
  itemId: ZId,
  field: z.string(),
  text: z.string(),
  positive: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});

export const ZTopicExampleParams = z.strictObject({ id: ZId, exampleId: ZId });

const ZTopicModelInfo = z.object({
  version: z.number().int(),
  trainedAt: z.iso.datetime({ offset: true }),
  examples: z.number().int(),
  topics: z.number().int(),
});

export const ZTopicModelResult = z.object({ model: ZTopicModelInfo.nullable() });

export const ZTrainTopicModelResult = z.object({
  model: ZTopicModelInfo,
  changes: z.array(
    z.object({ topicId: ZId, name: z.string(), before: z.number().int(), after: z.number().int() }),
  ),
});

const ZInsightsFilter = {
  /** Inclusive start day (UTC). */
  from: z.iso.date().optional(),
  /** Exclusive end day (UTC). */
  to: z.iso.date().optional(),
  surveyId: ZId.optional(),
  touchpointId: ZId.optional(),
  lang: z.enum(TEXT_LANGUAGES).optional(),
};

export const ZTopicInsightsQuery = z.strictObject({
  ...ZInsightsFilter,
  interval: z.enum(['day', 'week', 'month']).default('week'),
});

export const ZTopicInsights = z.object({
  total: z.number().int(),
  items: z.array(
    z.object({
      topicId: ZId,
      name: z.string(),
      source: z.enum(['rule', 'classifier', 'both']),
      n: z.number().int(),
      share: z.number(),
      sentiment: z.object({
        negative: z.number().int(),
        neutral: z.number().int(),
        positive: z.number().int(),
        mixed: z.number().int(),
        averageScore: z.number().nullable(),
      }),
      trend: z.array(
        z.object({ period: z.iso.date(), n: z.number().int(), averageScore: z.number().nullable() }),
      ),
    }),
  ),
});

export const ZPainPointQuery = z.strictObject({
  ...ZInsightsFilter,
  metric: z.enum(['nps', 'csat']).default('nps'),
});

export const ZPainPoints = z.object({
  metric: z.enum(['nps', 'csat']),
  overall: z.object({ value: z.number().nullable(), n: z.number().int() }),
  items: z.array(
    z.object({
      topicId: ZId,
      name: z.string(),
      n: z.number().int(),
      valueWith: z.number().nullable(),
      valueWithout: z.number().nullable(),
      /** Points the overall metric would gain if this topic's responses scored like the rest. */
      impact: z.number(),
      trend: z.array(z.object({ period: z.iso.date(), n: z.number().int() })),
      examples: z.array(ZComment),
    }),
  ),
});

export const ZThemesQuery = z.strictObject({
  ...ZInsightsFilter,
  baselineFrom: z.iso.date().optional(),
  baselineTo: z.iso.date().optional(),
});

const ZPeriod = z.object({ from: z.iso.date(), to: z.iso.date(), total: z.number().int() });

export const ZThemes = z.object({
  current: ZPeriod,
  baseline: ZPeriod,
  items: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      phrases: z.array(z.string()),
      n: z.number().int(),
      share: z.number(),
      baselineShare: z.number(),
      lift: z.number().nullable(),
      pValue: z.number().nullable(),
      emerging: z.boolean(),
      examples: z.array(ZComment),
    }),
  ),
});

export const ZCommentsQuery = z.strictObject({
  ...ZInsightsFilter,
  topicId: ZId.optional(),
  sentiment: z.enum(SENTIMENT_LABELS).optional(),
  /** Words to find, diacritic- and case-insensitive. */
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
