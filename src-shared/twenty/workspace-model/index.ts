export * from './model-types';
export * from './composite-types';
export * from './system-fields';
export * from './build-model';
