export { readReviewFile } from './review-file';
export { reviewRoutes } from './reviews.routes';
export { importReviews } from './reviews.service';
