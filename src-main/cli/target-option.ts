import type { Studio } from '../core/studio';
import { UsageError } from './cli-io';

export const TARGET_HELP = `  --target T         where TWENTY_API_URL points: local (the Local workspace, default), offline,
                     or the name of a remote of ~/.twenty/config.json`;

/** Applies `--target local|offline|<remote>` to this invocation only (the saved target is untouched). */
export async function applyTargetOption(studio: Studio, value: string | undefined): Promise<void> {
  if (value === undefined) return;
  if (value === 'local' || value === 'offline') {
    studio.runs.overrideTarget({ kind: value });
    return;
  }
  const remote = (await studio.runs.remotes()).find((candidate) => candidate.name === value);
  if (!remote) throw new UsageError(`--target "${value}" is neither local, offline nor a remote of ~/.twenty/config.json.`);
  studio.runs.overrideTarget({ kind: 'remote', url: remote.apiUrl, remoteName: remote.name });
}
