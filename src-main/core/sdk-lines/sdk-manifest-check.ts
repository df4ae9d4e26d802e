import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describeDrift, manifestDrift, type DriftEntry, type StudioManifest } from '../../../src-shared/twenty/sdk-lines/manifest-drift';
import { asCommandResult } from '../packaging/sdk-command-result';
import { locateSdkCli } from '../packaging/sdk-cli-location';
import { runSdkOperation } from '../packaging/sdk-operation-child';

export type SdkManifestCheck =
  /** The app's own twenty-sdk built the app; `drift` lists what differs from the studio's manifest (empty: none). */
  | { status: 'checked'; sdkVersion: string | null; drift: DriftEntry[]; messages: string[] }
  /** The check could not run (no SDK or node_modules in the app, the build failed); `reason` says why. */
  | { status: 'skipped'; sdkVersion: string | null; reason: string };

export interface SdkManifestCheckOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

// Build outputs and installed packages are not copied: the copy links the app's node_modules.
const NOT_COPIED = new Set(['node_modules', '.twenty', '.git']);

/**
 * Asks the app's installed twenty-sdk for the manifest (its real `appBuild`, without a tarball, in a
 * child process, on a temporary copy so the app's own .twenty/output is left alone) and compares it
 * with the manifest the studio assembled. Meant to run in the background, off the edit path: the
 * build bundles every entity and runs tsc, seconds on a small app.
 */
export async function checkSdkManifest(appDir: string, studio: StudioManifest, options: SdkManifestCheckOptions = {}): Promise<SdkManifestCheck> {
  const sdk = locateSdkCli(appDir, appDir);
  if (!sdk || sdk.source !== 'app') return { status: 'skipped', sdkVersion: null, reason: "The app's own twenty-sdk is not installed: there is no build to compare with." };
  const nodeModules = join(appDir, 'node_modules');
  if (!existsSync(nodeModules)) return { status: 'skipped', sdkVersion: sdk.version, reason: 'The app has no node_modules of its own (a workspace install): the check builds a copy of the app and needs one to link.' };

  const copy = await realpath(await mkdtemp(join(tmpdir(), 'twenty-studio-sdk-manifest-')));
  try {
    await cp(appDir, copy, { recursive: true, filter: (from) => from === appDir || !NOT_COPIED.has(basename(from)) });
    await symlink(await realpath(nodeModules), join(copy, 'node_modules'), 'dir');
    const outcome = await runSdkOperation({ operation: 'build', sdkCliPath: sdk.cliPath, appPath: copy, tarball: false }, { cwd: copy, timeoutMs: options.timeoutMs, signal: options.signal });
    if (outcome.kind === 'failed') return { status: 'skipped', sdkVersion: sdk.version, reason: `The SDK's build did not run: ${outcome.message.split('\n')[0]}` };
    const built = asCommandResult<{ outputDir: string }>(outcome.value, 'BUILD_FAILED');
    if (!built.success) return { status: 'skipped', sdkVersion: sdk.version, reason: `The SDK's build failed (${built.error.code}): ${built.error.message.split('\n')[0]}` };
    const manifest = JSON.parse(await readFile(join(built.data.outputDir, 'manifest.json'), 'utf8')) as StudioManifest;
    const drift = manifestDrift(studio, manifest);
    return { status: 'checked', sdkVersion: sdk.version, drift, messages: drift.map((entry) => describeDrift(entry, sdk.version)) };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}
