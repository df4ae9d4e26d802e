export * from './project';
export * from './files';
export * from './console';
export * from './session';
export * from './operations';
export * from './run';
export * from './payloads';
export * from './packaging';
