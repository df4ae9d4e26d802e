import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

const MAX_ENTRIES = 50;

/** A folder looks like a Twenty app when its package.json mentions twenty-sdk or it has an application config. */
export function looksLikeTwentyApp(directory: string): boolean {
  if (existsSync(join(directory, 'src', 'application-config.ts'))) return true;
  try {
    return readFileSync(join(directory, 'package.json'), 'utf8').includes('"twenty-sdk"');
  } catch {
    return false;
  }
}

/** Folders matching what the user typed so far (`~` expanded), for the browser-mode Open field. */
export async function completePath(prefix: string): Promise<{ path: string; isTwentyApp: boolean }[]> {
  const expanded = prefix.startsWith('~') ? join(homedir(), prefix.slice(1)) : prefix;
  const absolute = resolve(expanded || '/');
  const endsWithSeparator = /[\\/]$/.test(expanded);
  const parent = endsWithSeparator ? absolute : dirname(absolute);
  const partial = endsWithSeparator ? '' : basename(absolute);
  let entries;
  try {
    entries = await readdir(parent, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(partial) && (partial.startsWith('.') || !entry.name.startsWith('.')) && entry.name !== 'node_modules')
    .map((entry) => join(parent, entry.name))
    .sort()
    .slice(0, MAX_ENTRIES)
    .map((path) => ({ path, isTwentyApp: looksLikeTwentyApp(path) }));
}
