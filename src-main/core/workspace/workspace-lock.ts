import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface WorkspaceOwner { pid: number; startedAt: string; command: string }

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One owner process per workspace database: PGlite is single-process, and two writers would corrupt
 * it. The lock is a file created exclusively; a lock whose process is gone (killed) is taken over.
 */
export async function acquireWorkspaceLock(dataDir: string, command: string): Promise<{ release(): Promise<void> } | { owner: WorkspaceOwner }> {
  const path = join(dataDir, 'owner.lock');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), command }));
      await handle.close();
      let released = false;
      const release = async () => {
        if (released) return;
        released = true;
        await rm(path, { force: true });
      };
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: WorkspaceOwner | null = null;
      try {
        owner = JSON.parse(await readFile(path, 'utf8')) as WorkspaceOwner;
      } catch {
        owner = null;
      }
      if (owner && owner.pid !== process.pid && alive(owner.pid)) return { owner };
      // The owner is gone (or the file is half-written by a crash): take it over.
      await rm(path, { force: true });
    }
  }
  throw new Error(`Could not take the workspace lock ${path}`);
}
