import type { InstallResult, VersionSource } from '../../../src-shared/contract';
import type { ReleaseError } from './release-error';

/** One pair of the matrix: a From side against the shared To, and how its simulation went. */
export interface MatrixRow {
  key: string;
  from: VersionSource;
  state: 'pending' | 'running' | 'done' | 'error';
  result?: InstallResult;
  /** The simulation could not run at all (a side that does not build, missing dependencies...). */
  error?: ReleaseError;
}

/** A stable key per From candidate, for the checkboxes and the rows. */
export function sourceKey(source: VersionSource): string {
  switch (source.kind) {
    case 'none':
    case 'working-tree':
      return source.kind;
    case 'git':
      return `git:${source.ref}`;
    case 'folder':
    case 'tarball':
      return `${source.kind}:${source.path}`;
  }
}

/** A hook step's status for a matrix cell: the queued post-install says how its job ended. */
export function hookCell(result: InstallResult | undefined, name: 'PRE_INSTALL_HOOK' | 'POST_INSTALL_HOOK'): string {
  const step = result?.steps.find((candidate) => candidate.name === name);
  if (!step) return '—';
  if (step.status === 'queued' && step.job) return `queued → ${step.job}${step.attempts && step.attempts.length > 1 ? ` ×${step.attempts.length}` : ''}`;
  return step.status;
}
