export { suggestArticles } from '../knowledge/index';
export { botRoutes } from './bot.routes';
export { answerCustomerMessage, DEFAULT_GREETING, getBotSettings } from './bot.service';
