export { analyzeStoredItems, countTextSources, reanalyzeWorkspace } from './analysis.service';
export { sentimentCalibrationRoutes } from './sentiment-calibration.routes';
export {
  reanalyzeForCalibrationJob,
  runSentimentCalibration,
  trainSentimentCalibrationJob,
} from './sentiment-calibration.service';
export { textRoutes } from './text.routes';
export { createTopic } from './topics.service';
