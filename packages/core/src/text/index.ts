export * from './language';
export * from './normalize';
export * from './pii';
export * from './sentiment';
export * from './signals';
export * from './types';
