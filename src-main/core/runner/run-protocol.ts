import type { ExecutionContext, OutgoingCall, RunError } from '../../../src-shared/contract/run';

/**
 * Messages between the runner (parent) and run-child over the IPC channel. JSON serialisation,
 * the default of child_process IPC, as on the server's local driver.
 */
export type ParentToChild = {
  type: 'run';
  /** Absolute path of the `.mjs` bundle to import. */
  bundlePath: string;
  payload: unknown;
  context: ExecutionContext;
  /** Set on process.env before the bundle is imported (the child starts with PATH/HOME/TMPDIR only). */
  env: Record<string, string>;
};

export type ChildToParent =
  | { type: 'ready'; nodeVersion: string }
  | { type: 'call'; call: OutgoingCall }
  /** `json` is the handler's return value already through JSON.stringify (the server's boundary). */
  | { type: 'result'; ok: true; json: string }
  | { type: 'result'; ok: false; error: RunError };

/**
 * Written synchronously to this extra pipe by a patched process.exit() just before the process
 * ends, so the parent can tell "the function called process.exit(3)" from a crash: an IPC message
 * sent at that moment would be lost with the process.
 */
export const EXIT_NOTICE_FD = 4;
export type ExitNotice = { type: 'exit'; code: number; stack: string };
