import { cp, mkdtemp, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURE_APPS_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'apps');

export interface TempApp {
  /** Real path of the copy (symlinks resolved, so it compares equal to paths a tool reports). */
  dir: string;
  cleanup(): Promise<void>;
}

// Build outputs and installed packages never belong to a fixture; skip them if someone built
// a fixture in place.
const SKIPPED_NAMES = new Set(['node_modules', '.twenty']);

/**
 * Copies test/fixtures/apps/<name> into a fresh temporary folder and links the repo's
 * node_modules into it, so that `twenty-sdk` resolves from the copy (and
 * `node_modules/.bin/tsc`, which the SDK's typecheck runs, exists) without installing anything.
 */
export async function copyFixtureApp(name: string): Promise<TempApp> {
  const source = path.join(FIXTURE_APPS_DIR, name);
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), `twenty-studio-${name}-`)));
  try {
    await cp(source, dir, {
      recursive: true,
      filter: (from) => !SKIPPED_NAMES.has(path.basename(from)),
    });
    await symlink(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
