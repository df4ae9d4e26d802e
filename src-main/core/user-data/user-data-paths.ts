import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';

// Apart from user-data-store.ts (which loads zod and the contract) so that the CLI's exec can find
// an app's run settings before it loads the studio.

/** `~/.config/twenty-studio` for the CLI and browser mode; Electron passes its userData folder. */
export function defaultUserDataDir(): string {
  const base = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'twenty-studio');
}

/** `~/.cache/twenty-studio`: what can be made again (PGlite's template, compiled code), apart from the user's data. */
export function userCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'twenty-studio');
}

/** Per-app files are keyed by a hash of the app folder, so two apps never share a session. */
export function appKey(appDir: string): string {
  return `${basename(appDir).replace(/[^\w.-]/g, '_')}-${createHash('sha1').update(appDir).digest('hex').slice(0, 10)}`;
}

/** An app's folder in the user data folder (history, run settings, target, last payloads). */
export const appDataDirOf = (userDataDir: string, appDir: string): string => join(userDataDir, 'apps', appKey(appDir));
