import { isAbsolute, relative, resolve, sep } from 'node:path';
import { StudioError } from '../studio-error';

/** Resolves a path given by a client inside a root folder; anything that escapes it is refused. */
export function confinedPath(root: string, requested: string): string {
  const absolute = resolve(root, requested);
  const fromRoot = relative(root, absolute);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot) || fromRoot.split(sep).includes('..')) {
    throw new StudioError('PATH_OUTSIDE_APP', `"${requested}" is outside the open app folder.`);
  }
  return absolute;
}
