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
  /** A result whose JSON is longer is replaced by a truncation notice (see resultTruncationNotice). */
  resultLimitBytes?: number;
  /**
   * Under an external debugger (CLI --inspect-brk): wait for one to attach before importing the
   * bundle, then stop on a `debugger` statement just before the handler is called.
   */
  breakBeforeHandler?: boolean;
};

export type ChildToParent =
  /** `inspectorUrl`: set when the child was started with the inspector on (a debug run). */
  | { type: 'ready'; nodeVersion: string; inspectorUrl?: string }
  | { type: 'call'; call: OutgoingCall }
  /**
   * `json` is the handler's return value already through JSON.stringify (the server's boundary).
   * `children`: the run child's live child processes as it ends, so the runner kills them even
   * when they left the process group. `truncatedFromBytes`: the result was over the limit.
   */
  | { type: 'result'; ok: true; json: string; children?: number[]; truncatedFromBytes?: number }
  | { type: 'result'; ok: false; error: RunError; children?: number[] };

/**
 * Written synchronously to this extra pipe by a patched process.exit() just before the process
 * ends, so the parent can tell "the function called process.exit(3)" from a crash: an IPC message
 * sent at that moment would be lost with the process.
 */
export const EXIT_NOTICE_FD = 4;
export type ExitNotice = { type: 'exit'; code: number; stack: string; children?: number[] };
