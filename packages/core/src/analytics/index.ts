export * from './driver-inputs';
export * from './drivers';
export * from './loyalty';
