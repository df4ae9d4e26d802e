export * from './event-name-validation';
export * from './event-matching';
export * from './event-payload';
