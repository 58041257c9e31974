export * from './features';
export * from './logistic';
export * from './metrics';
export * from './model';
export * from './random';
export * from './synthetic';
