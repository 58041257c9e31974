export { suggestArticles } from '../knowledge/index';
export { botRoutes } from './bot.routes';
export { answerCustomerMessage, botGreeting, DEFAULT_GREETING, getBotSettings } from './bot.service';
