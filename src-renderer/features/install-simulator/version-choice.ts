import type { VersionSource } from '../../../src-shared/contract';

/**
 * One side of a simulation as the picker edits it: the kind plus whatever text goes with it. Kept
 * apart from `VersionSource` so a half-typed path survives switching kinds back and forth.
 */
export interface VersionChoice {
  kind: VersionSource['kind'];
  /** The git ref (tag, commit, branch). */
  ref: string;
  /** The folder or tarball path. */
  path: string;
}

export const freshInstall: VersionChoice = { kind: 'none', ref: '', path: '' };
export const workingTree: VersionChoice = { kind: 'working-tree', ref: '', path: '' };

/** The contract's source for a choice, or why it cannot be one yet (an empty path, no ref picked). */
export function toVersionSource(choice: VersionChoice): { source: VersionSource } | { problem: string } {
  switch (choice.kind) {
    case 'none':
      return { source: { kind: 'none' } };
    case 'working-tree':
      return { source: { kind: 'working-tree' } };
    case 'git':
      return choice.ref.trim() ? { source: { kind: 'git', ref: choice.ref.trim() } } : { problem: 'Pick a tag or a commit.' };
    case 'folder':
      return choice.path.trim() ? { source: { kind: 'folder', path: choice.path.trim() } } : { problem: 'Type the path of an app folder.' };
    case 'tarball':
      return choice.path.trim() ? { source: { kind: 'tarball', path: choice.path.trim() } } : { problem: 'Type the path of a .tgz built by twenty dev:build --tarball.' };
  }
}

/** A short name for a source, as the timeline header and the matrix rows show it. */
export function sourceLabel(source: VersionSource): string {
  switch (source.kind) {
    case 'none':
      return 'nothing (fresh install)';
    case 'working-tree':
      return 'working tree';
    case 'git':
      return source.ref;
    case 'folder':
    case 'tarball':
      return source.path.split(/[\\/]/).filter(Boolean).at(-1) ?? source.path;
  }
}
