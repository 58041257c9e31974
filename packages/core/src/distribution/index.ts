export * from './contact-budget';
