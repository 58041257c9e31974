export { conversationRoutes } from './conversations.routes';
export {
  assignWaitingConversations,
  authorizeCustomer,
  handOverIn,
  lockConversation,
} from './conversations.service';
export { deliverToChannel } from './channel-inbound.service';
export { conversationExtraRoutes, registerChannelInbound } from './conversations-extra.routes';
export { askCsatAfterResolution, csatStateOf as csatAskStateOf } from './csat.service';
