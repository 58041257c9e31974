export * from './decide';
export * from './handover-signals';
export * from './intents';
export * from './knowledge-index';
export * from './terms';
