import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The name of writeFileAtomic's temp files: `.<name>.<12 hex>.tmp`. */
export const ATOMIC_TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Writes through a temp file in the same folder and renames it over the target, so a crash or a full
 * disk leaves either the old file or the new one, never half of each. Keeps the target's mode.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await stat(path)).mode;
  } catch {
    mode = undefined;
  }
  // A file that holds secrets is always written with the mode asked for, whatever it had.
  if (options.mode !== undefined) mode = options.mode;
  try {
    await writeFile(temp, content, mode === undefined ? undefined : { mode });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Removes the temp files a crash between write and rename left behind (a SIGKILL mid-save), so the
 * user never sees `.<name>.<hex>.tmp` files. Takes the app's file list; returns the paths removed.
 */
export async function removeStaleTempFiles(paths: Iterable<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const path of paths) {
    if (!ATOMIC_TEMP_FILE.test(basename(path))) continue;
    await rm(path, { force: true });
    removed.push(path);
  }
  return removed;
}
