export * from './route-matching';
export * from './route-payload';
export * from './route-response';
export * from './route-validation';
export * from './route-request';
export * from './server-route';
