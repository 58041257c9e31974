export { fillCannedReply, listAgents, setPresence } from './agents.service';
export { BOT_IDLE_SWEEP_CRON, sweepIdleBotConversations } from './bot-resolution.service';
export { deliverAgentReply, deliverToChannel } from './channel-inbound.service';
export { linkConversationCases } from './conversation-feedback';
export { conversationRoutes } from './conversations.routes';
export {
  assignWaitingConversations,
  authorizeCustomer,
  handOverIn,
  lockConversation,
  provideCsatState,
  type SendResult,
  sendCustomerMessage,
} from './conversations.service';
export { conversationExtraRoutes, registerChannelInbound } from './conversations-extra.routes';
export { askCsatAfterResolution, csatStateOf as csatAskStateOf, seedCsatHistory } from './csat.service';
export { conversationChannel, Effects, workspaceChannel } from './effects';
export {
  createCaseFromConversation,
  getConversationDetail,
  resolveConversation,
  sendAgentMessage,
  updateConversation,
  wakeSnoozedConversations,
} from './inbox.service';
export { queueOf } from './routing.service';
