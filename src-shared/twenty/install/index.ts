export * from './install-plan';
export * from './manifest-diff';
export * from './post-install-job';
