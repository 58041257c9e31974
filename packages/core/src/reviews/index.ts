export * from './review-record';
