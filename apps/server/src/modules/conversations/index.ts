export { fillCannedReply, listAgents, setPresence } from './agents.service';
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
