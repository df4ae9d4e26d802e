import { Worker } from 'node:worker_threads';

/**
 * The watchdog's program, run in a worker thread: it keeps running while the main thread is
 * stuck in user code (`while (true) {}` at top level, a handler that never yields), where a
 * 'disconnect' listener never gets called.
 */
const WATCHDOG_PROGRAM = `
const { workerData } = require('node:worker_threads');
const { parentPid, group, intervalMs } = workerData;
const gone = () => {
  try {
    process.kill(parentPid, 0);
    return false;
  } catch (error) {
    return error && error.code === 'ESRCH';
  }
};
setInterval(() => {
  if (!gone()) return;
  if (group) {
    try { process.kill(-group, 'SIGKILL'); } catch {}
  }
  process.kill(process.pid, 'SIGKILL');
}, intervalMs);
`;

export interface ParentWatchdogOptions {
  /** Also kill this process group (one this process leads, or its launcher leads) when the parent is gone. */
  group?: number;
  intervalMs?: number;
}

/**
 * Ends this process (and its group when given) once `parentPid` no longer exists, even while the
 * main thread is busy. The complement of a 'disconnect' listener: that one reacts at once, this
 * one also when user code never gives the event loop a turn. Never keeps the process alive.
 * Resolves once the thread runs (a pre-spawned child says it is ready after that).
 */
export const startParentWatchdog = (parentPid: number, options: ParentWatchdogOptions = {}): Promise<void> => {
  if (!Number.isInteger(parentPid) || parentPid <= 1) return Promise.resolve();
  try {
    const worker = new Worker(WATCHDOG_PROGRAM, {
      eval: true,
      workerData: { parentPid, group: options.group ?? 0, intervalMs: options.intervalMs ?? 1000 },
      // A few MB: it only polls.
      resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 2 },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    return new Promise((resolve) => {
      worker.once('online', () => resolve());
      worker.on('error', () => resolve());
    });
  } catch {
    // No worker threads (an unusual Node): the 'disconnect' listener still ends the process.
    return Promise.resolve();
  }
};
