export * from './saved-payload-format';
export * from './expectation-check';
export * from './export-commands';
export * from './input-validation';
export * from './staleness';
export * from './payload-template';
