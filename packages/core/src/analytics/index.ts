export * from './drivers';
export * from './loyalty';
