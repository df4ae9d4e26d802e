import { spawn } from 'node:child_process';

/**
 * Kills a run's whole process tree at once. Children are spawned detached, so on POSIX each run
 * leads its own process group and `kill(-pgid)` reaches everything the function started (unless
 * it deliberately left the group with setsid). Windows has no groups: taskkill walks the tree.
 */
export const killProcessTree = (pid: number | undefined): void => {
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is empty, everything is gone. No fallback to kill(pid): once the leader
    // has been reaped its pid may belong to someone else, while a live group id cannot be reused.
  }
};
