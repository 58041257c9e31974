export * from './evidence';
export * from './questionnaire';
export * from './scoring';
