export { contactValues, type FeedbackFacts, flattenInto, loadFeedbackFacts } from './feedback-facts';
