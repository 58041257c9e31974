export { knowledgeRoutes } from './knowledge.routes';
export { suggestArticles, workspaceKnowledge } from './knowledge.service';
