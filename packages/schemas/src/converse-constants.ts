// Zod-free constants of the knowledge base and the bot (the browser bundle imports these without zod).

/** Why the bot handed a conversation over to a person (the same list as `@touchpoint/core` BOT_REASONS). */
export const BOT_REASONS = [
  'low_confidence',
  'out_of_scope',
  'asked_for_person',
  'negative_sentiment',
  'urgent',
  'repeated_failure',
  'vip',
  'at_risk',
  'workspace_rule',
  'bot_disabled',
] as const;
export const ARTICLE_STATUSES = ['published', 'draft'] as const;
export const BOT_LANGUAGES = ['en', 'vi'] as const;
