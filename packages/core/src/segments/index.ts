export * from './segment-fields';
