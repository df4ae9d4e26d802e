import { realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { StudioError } from '../studio-error';

const isInside = (root: string, absolute: string): boolean => {
  const fromRoot = relative(root, absolute);
  return !(fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot) || fromRoot.split(sep).includes('..'));
};

const outside = (requested: string) => new StudioError('PATH_OUTSIDE_APP', `"${requested}" is outside the open app folder.`);

/** Resolves a path given by a client inside a root folder; anything that escapes it is refused (lexically). */
export function confinedPath(root: string, requested: string): string {
  if (requested.includes('\0')) throw new StudioError('INVALID_PATH', 'A path cannot contain a NUL byte.');
  const absolute = resolve(root, requested);
  if (!isInside(root, absolute)) throw outside(requested);
  return absolute;
}

/** The real path of a path that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
async function realPathOfMaybeMissing(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    const parent = dirname(path);
    if (parent === path) return path;
    return join(await realPathOfMaybeMissing(parent), basename(path));
  }
}

let rootCache: { root: string; real: string } | null = null;
const realRoot = (root: string): string => {
  if (rootCache?.root !== root) rootCache = { root, real: realpathSync(root) };
  return rootCache.real;
};

/**
 * Like confinedPath, then follows symlinks: the file's real path (or, for a file not yet there, its
 * folder's) must be inside the app's real folder. Returns the real path, so a write through an in-app
 * link writes the link's target and keeps the link. A link to /etc/passwd, or a folder link that
 * leads outside, is refused.
 */
export async function confinedRealPath(root: string, requested: string): Promise<string> {
  const lexical = confinedPath(root, requested);
  const real = await realPathOfMaybeMissing(lexical).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ELOOP') throw new StudioError('SYMLINK_LOOP', `"${requested}" is a symbolic link loop.`);
    throw error;
  });
  if (!isInside(realRoot(root), real)) throw outside(requested);
  return real;
}
