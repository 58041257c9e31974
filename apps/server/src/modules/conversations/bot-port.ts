import type { TArticleSuggestion, TBotDecision, TBotInput } from '@touchpoint/schemas';
import type { AppContext } from '../../platform/context';
import { answerCustomerMessage, botGreeting, suggestArticles } from '../bot/index';

// The conversation's side of the bot module: one place where conversations call it (the decision for a
// customer message, the greeting, suggested articles for agents).

export type { TBotDecision, TBotInput };

export function decide(ctx: AppContext, workspaceId: string, input: TBotInput): Promise<TBotDecision> {
  return answerCustomerMessage(ctx, workspaceId, input);
}

/** The bot's greeting for a new conversation; null when the workspace turned the bot off. */
export function greetingOf(
  ctx: AppContext,
  workspaceId: string,
  language: 'en' | 'vi',
): Promise<string | null> {
  return botGreeting(ctx, workspaceId, language);
}

export function suggest(
  ctx: AppContext,
  workspaceId: string,
  text: string,
  language: 'en' | 'vi',
  limit: number,
): Promise<TArticleSuggestion[]> {
  return suggestArticles(ctx, workspaceId, text, language, limit);
}
