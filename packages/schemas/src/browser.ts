// The zod-free part of the contracts, for the browser bundle: constants, permissions and types only.

export type * from './auth';
export type * from './common';
export * from './constants';
export * from './permissions';
export type * from './workspace';
