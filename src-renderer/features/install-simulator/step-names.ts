import type { StepName } from './live-timeline';

/** The server's step names stay visible (they are what its logs say); these read better as titles. */
const titles: Record<StepName, string> = {
  RESOLVE_PACKAGE: 'Resolve the package',
  CHECK_COMPATIBILITY: 'Check server compatibility',
  CREATE_APPLICATION: 'Create the application',
  CHECK_VERSION: 'Check the version',
  WRITE_FILES: 'Write the files',
  PRE_INSTALL_HOOK: 'Pre-install hook',
  APPLY_MANIFEST: 'Apply the manifest',
  POST_INSTALL_HOOK: 'Post-install hook',
  FINALIZE: 'Finalize',
  ROLLBACK: 'Roll back',
  UNINSTALL_HOOK: 'Uninstall hook',
  REMOVE_APPLICATION: 'Remove the application',
};

export function stepTitle(name: StepName): string {
  return titles[name];
}

export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
