export * from './cron-validation';
export * from './cron-preview';
export * from './time-zone';
