export { analyzeStoredItems, countTextSources, reanalyzeWorkspace } from './analysis.service';
export { textRoutes } from './text.routes';
export { createTopic } from './topics.service';
