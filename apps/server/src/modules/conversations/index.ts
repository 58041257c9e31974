export { conversationRoutes } from './conversations.routes';
export {
  assignWaitingConversations,
  authorizeCustomer,
  handOverIn,
  lockConversation,
} from './conversations.service';
export { BOT_IDLE_SWEEP_CRON, sweepIdleBotConversations } from './bot-resolution.service';
export { deliverAgentReply, deliverToChannel } from './channel-inbound.service';
export { conversationExtraRoutes, registerChannelInbound } from './conversations-extra.routes';
export { askCsatAfterResolution, csatStateOf as csatAskStateOf } from './csat.service';
export { conversationChannel } from './effects';
