import { existsSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { functionBuildCacheDir } from '../../core/build/bundle-cache-folder';
import { resolveChildScript } from '../../core/child-script';
import { DEFAULT_MEMORY_LIMIT_MB } from '../../core/runner/function-runner';
import { fileSystemConfinement, type FileSystemConfinement } from '../../core/runner/fs-confinement';
import { resolveNodeBinary } from '../../core/runner/node-binary';
import { PrestartedRunChild } from '../../core/runner/prestarted-run-child';
import { probeNodeVersion } from '../../core/runner/run-child-pool';
import { appDataDirOf } from '../../core/user-data/user-data-paths';

/** The run settings that decide which child a run gets, read without zod (it is not loaded yet). */
const runSettingsGuess = (appDataDir: string): { nodePath: string | null; memoryLimitMb: number; confineFileSystem: boolean } => {
  let saved: Record<string, unknown> = {};
  try {
    saved = JSON.parse(readFileSync(join(appDataDir, 'run-settings.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    // No settings (the defaults), or unreadable ones: the studio's own reading decides, and a wrong guess only costs the child.
  }
  return {
    nodePath: typeof saved.nodePath === 'string' && saved.nodePath ? saved.nodePath : null,
    memoryLimitMb: typeof saved.memoryLimitMb === 'number' ? saved.memoryLimitMb : DEFAULT_MEMORY_LIMIT_MB,
    confineFileSystem: saved.confineFileSystem !== false,
  };
};

/**
 * Starts the child an exec's run will most likely take, before the studio's modules are loaded (about
 * half a second of CPU): Node boots it on the other core meanwhile. It is the child FunctionRunner
 * would start (RunService with prespawn 0: spawned directly, the app's memory limit and its bundle
 * folder's confinement); the runner adopts it only if it is exactly that (sameRunChildSpec), else it
 * is ended. Null when the app was never built here: the bundle folder's confinement is not known yet.
 */
export const prestartExecRunChild = (userDataDir: string, appDir: string): PrestartedRunChild | null => {
  const bundleDir = functionBuildCacheDir(userDataDir, appDir);
  if (!existsSync(join(bundleDir, 'package.json'))) return null;
  const settings = runSettingsGuess(appDataDirOf(userDataDir, appDir));
  const node = resolveNodeBinary(settings.nodePath);
  const childScript = resolveChildScript('run-child');
  const confinement: FileSystemConfinement = settings.confineFileSystem
    ? fileSystemConfinement({ enabled: true, nodeVersion: probeNodeVersion(node), node, bundleDir, childScript })
    : { kind: 'off' };
  return new PrestartedRunChild({ node, childScript, tempRoot: tmpdir(), homeDir: homedir(), directSpawn: true, spawnerScript: undefined, memoryLimitMb: settings.memoryLimitMb, confinement });
};
