export { type FeedbackFacts, loadFeedbackFacts } from './feedback-facts';
