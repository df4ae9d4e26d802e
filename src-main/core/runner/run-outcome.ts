import type { OutgoingCall, RunError, RunResult } from '../../../src-shared/contract/run';
import type { ChildToParent, ExitNotice } from './run-protocol';

/** Everything the runner observed about one execution. */
export interface RunFacts {
  runId: string;
  nodeVersion: string;
  stale: boolean;
  logs: string;
  calls: OutgoingCall[];
  durationMs: number;
  /** The child's own report, when it got to send one. */
  reported: (ChildToParent & { type: 'result' }) | null;
  /** Set when the runner killed the run at its timeout. */
  timeoutMs: number | null;
  cancelled: boolean;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  exitNotice: ExitNotice | null;
  memoryLimitMb: number;
  /** Set when the runner killed the run because its processes' resident memory passed the cap. */
  memoryExceeded: { rssMb: number; limitMb: number } | null;
  /** The end of stderr, where V8 explains a fatal error. */
  stderrTail: string;
  /** Set when the Node binary could not be started at all. */
  startError: string | null;
}

const OUT_OF_MEMORY = /JavaScript heap out of memory|Reached heap limit|Allocation failed - process out of memory/;

const failure = (facts: RunFacts, error: RunError): RunResult => ({
  runId: facts.runId,
  data: null,
  logs: facts.logs,
  duration: facts.durationMs,
  status: 'ERROR',
  error,
  calls: facts.calls,
  nodeVersion: facts.nodeVersion,
  stale: facts.stale,
});

const success = (facts: RunFacts, data: unknown): RunResult => ({
  runId: facts.runId,
  data,
  logs: facts.logs,
  duration: facts.durationMs,
  status: 'SUCCESS',
  calls: facts.calls,
  nodeVersion: facts.nodeVersion,
  stale: facts.stale,
});

/**
 * The server's result for what happened. The runner's own decisions (timeout, cancel) win over
 * whatever the child managed to say; then the child's report; then how the process ended.
 */
export const buildRunResult = (facts: RunFacts): RunResult => {
  if (facts.startError !== null) {
    return failure(facts, { errorType: 'SpawnError', errorMessage: facts.startError, stackTrace: '' });
  }
  if (facts.timeoutMs !== null) {
    // The server's wording (local driver); the type is the Lambda driver's.
    return failure(facts, { errorType: 'TimeoutError', errorMessage: `Timed out after ${facts.timeoutMs}ms`, stackTrace: '' });
  }
  if (facts.memoryExceeded) {
    const { rssMb, limitMb } = facts.memoryExceeded;
    return failure(facts, {
      errorType: 'OutOfMemoryError',
      errorMessage: `Out of memory: the run's processes used ${rssMb} MB of resident memory, more than the ${limitMb} MB allowed (the ${facts.memoryLimitMb} MB memory limit plus room for Node itself; Buffers and native memory count). Use less memory or raise the run memory limit.`,
      stackTrace: '',
    });
  }
  if (facts.cancelled) {
    return failure(facts, { errorType: 'CancelledError', errorMessage: `Cancelled after ${Math.round(facts.durationMs)}ms`, stackTrace: '' });
  }
  if (facts.reported) {
    return facts.reported.ok ? success(facts, JSON.parse(facts.reported.json)) : failure(facts, facts.reported.error);
  }
  if (OUT_OF_MEMORY.test(facts.stderrTail)) {
    return failure(facts, {
      errorType: 'OutOfMemoryError',
      errorMessage: `Out of memory: the function needed more than its ${facts.memoryLimitMb} MB heap (--max-old-space-size=${facts.memoryLimitMb}). Use less memory or raise the run memory limit.`,
      stackTrace: '',
    });
  }
  if (facts.exitNotice) {
    const { code, stack } = facts.exitNotice;
    // Exit code 0 without a result is a success with no data on the server (local driver).
    if (code === 0) return success(facts, null);
    return failure(facts, {
      errorType: 'ProcessExitError',
      errorMessage: `Exited with code ${code}: the function called process.exit(${code}) before its handler returned`,
      stackTrace: `process.exit(${code}) called\n${stack}`,
    });
  }
  if (facts.signal) {
    return failure(facts, {
      errorType: 'ProcessKilledError',
      errorMessage: `Killed by ${facts.signal} before the handler returned`,
      stackTrace: '',
    });
  }
  if (facts.exitCode === 0) return success(facts, null);
  return failure(facts, {
    errorType: 'ProcessExitError',
    errorMessage: `Exited with code ${facts.exitCode} before the handler returned`,
    stackTrace: '',
  });
};
