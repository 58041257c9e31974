// The zod-free part of the contracts, for the browser bundle: constants, permissions and types only.

export type * from './act';
export * from './act-constants';
export type * from './auth';
export * from './automation-constants';
export type * from './automations';
export * from './case-constants';
export type * from './cases';
export type * from './common';
export type * from './condition';
export * from './constants';
export type * from './contacts';
export * from './converse-constants';
export type * from './converse';
export * from './conversation-constants';
export type * from './conversations';
export type * from './distribution';
export type * from './journeys';
export type * from './metrics';
export * from './permissions';
export type * from './responses';
export type * from './reviews';
export type * from './segments';
export type * from './surveys';
export type * from './text';
export type * from './webhooks';
export type * from './widget';
export type * from './workspace';
