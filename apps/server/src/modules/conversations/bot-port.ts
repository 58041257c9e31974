import type { AppContext } from '../../platform/context';

// The conversation's side of the bot (modules/bot, built alongside): the contract's decision function.
// Until the bot module is committed, no bot answers: every customer message is handed to a person, with
// the reason 'bot_disabled' — never a made-up answer.

export type TBotReason =
  | 'low_confidence'
  | 'out_of_scope'
  | 'asked_for_person'
  | 'negative_sentiment'
  | 'urgent'
  | 'repeated_failure'
  | 'vip'
  | 'at_risk'
  | 'workspace_rule'
  | 'bot_disabled';

export interface TBotInput {
  text: string;
  language?: 'en' | 'vi';
  history: { author: 'customer' | 'bot' | 'agent' | 'system'; text: string }[];
  contact?: { id: string; attributes: Record<string, unknown> } | null;
}

export interface TBotDecision {
  answer: string | null;
  articleId?: string;
  intent?: string;
  confidence: number;
  handoff: boolean;
  reason: TBotReason | null;
  language: 'en' | 'vi';
}

export async function decide(
  _ctx: AppContext,
  _workspaceId: string,
  input: TBotInput,
): Promise<TBotDecision> {
  return {
    answer: null,
    confidence: 0,
    handoff: true,
    reason: 'bot_disabled',
    language: input.language ?? 'en',
  };
}

/** The bot's greeting for a new conversation, when the workspace enabled one. */
export async function greetingOf(
  _ctx: AppContext,
  _workspaceId: string,
  _language: 'en' | 'vi',
): Promise<string | null> {
  return null;
}

export interface ArticleSuggestion {
  articleId: string;
  title: string;
  excerpt: string;
  score: number;
}

export async function suggest(
  _ctx: AppContext,
  _workspaceId: string,
  _text: string,
  _language: 'en' | 'vi',
  _limit: number,
): Promise<ArticleSuggestion[]> {
  return [];
}
