export * from './auth';
export * from './common';
export * from './permissions';
export * from './workspace';
