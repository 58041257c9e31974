export * from './contact-budget';
export * from './url-pattern';
