import type { AppContext } from '../../platform/context';
import { publicConversationRoutes } from './public.routes';

export function conversationRoutes(ctx: AppContext) {
  return [...publicConversationRoutes(ctx)];
}
