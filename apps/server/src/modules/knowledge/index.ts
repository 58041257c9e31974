export { registerHelpCenterPage } from './help-center.page';
export { knowledgeRoutes } from './knowledge.routes';
export { suggestArticles, workspaceKnowledge } from './knowledge.service';
