import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Folders the studio never lists nor watches: dependencies, VCS data and `twenty dev:build` output. */
export const IGNORED_FOLDERS = new Set(['node_modules', '.git', '.twenty']);

export function toAppPath(appDir: string, absolutePath: string): string {
  return relative(appDir, absolutePath).split(sep).join('/');
}

export function isIgnoredAppPath(relativePath: string): boolean {
  return relativePath.split('/').some((segment) => IGNORED_FOLDERS.has(segment));
}

/** Every file of the app, relative and sorted, without the ignored folders. */
export async function listAppFiles(appDir: string): Promise<string[]> {
  const files: string[] = [];
  async function walk(directory: string): Promise<void> {
    const entries = await readdir(directory, { withFileTypes: true });
    const folders: Promise<void>[] = [];
    for (const entry of entries) {
      if (IGNORED_FOLDERS.has(entry.name)) continue;
      const path = join(directory, entry.name);
      // Symlinked folders are listed as files would be, never followed: a link can point anywhere.
      if (entry.isDirectory()) folders.push(walk(path));
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(toAppPath(appDir, path));
    }
    // Sibling folders are read at once (the list is sorted at the end).
    await Promise.all(folders);
  }
  await walk(appDir);
  return files.sort();
}

export function contentVersion(content: string | Buffer): string {
  return createHash('sha1').update(content).digest('hex');
}

export function md5(content: string | Buffer): string {
  return createHash('md5').update(content).digest('hex');
}

/** uuid v5 (RFC 4122 §4.3), as the `uuid` package computes it; used for identifiers the SDK derives. */
export function uuidV5(name: string, namespace: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(Buffer.concat([namespaceBytes, Buffer.from(name, 'utf8')])).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
