import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { JsonObject } from '../../../src-shared/contract/project';
import type { PackageFile, PackageProblem, PackageResult, PackagingProgress } from '../../../src-shared/contract/packaging';
import { studioRoot } from '../install-paths';
import { inspectApp } from '../project/inspect';
import { parseBuildErrorLocations } from './build-error-locations';
import { asCommandResult, packageError } from './sdk-command-result';
import { locateSdkCli } from './sdk-cli-location';
import { runSdkOperation } from './sdk-operation-child';
import { readTarball } from './tarball-reader';

export interface PackageAppOptions {
  onProgress?: (progress: PackagingProgress) => void;
  /** Where the studio's own twenty-sdk is found when the app has none (default: the studio's install folder). */
  studioDir?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** What the SDK's appBuild returns on success. */
interface AppBuildData {
  outputDir: string;
  fileCount: number;
  tarballPath?: string;
}

const formatProblem = (problem: PackageProblem) => `${problem.file || '(app)'}:${problem.line}:${problem.column}  ${problem.message}`;

/**
 * Turns the app into what Twenty installs: the studio's own checks first (a located message
 * beats the SDK's first thrown error), then the real `appBuild({ tarball: true })` of the app's
 * twenty-sdk in a child process, then a description of the tarball it wrote.
 */
export async function packageApp(appDir: string, options: PackageAppOptions = {}): Promise<PackageResult> {
  const startedAt = Date.now();
  const progress = (message: string) => options.onProgress?.({ source: 'studio', message });

  progress('Running the studio checks...');
  const inspection = await inspectApp(appDir, { missingSdkIsError: false });
  const warnings = inspection.warnings;
  if (inspection.errors.length > 0) {
    const count = inspection.errors.length;
    return {
      success: false,
      warnings,
      error: packageError(
        'STUDIO_CHECKS_FAILED',
        `The studio found ${count} problem${count === 1 ? '' : 's'} to fix before building:\n${inspection.errors.map(formatProblem).join('\n')}`,
        inspection.errors,
      ),
    };
  }

  const sdk = locateSdkCli(appDir, options.studioDir ?? studioRoot());
  if (!sdk) {
    return { success: false, warnings, error: packageError('SDK_NOT_FOUND', 'No twenty-sdk could be loaded, neither from the app nor from the studio: install the app\'s dependencies.') };
  }
  progress(`Building with twenty-sdk ${sdk.version ?? '(unknown version)'} (${sdk.source === 'app' ? "the app's own" : "the studio's, the app has none installed"})...`);

  const outcome = await runSdkOperation(
    { operation: 'build', sdkCliPath: sdk.cliPath, appPath: appDir },
    { cwd: appDir, onProgress: options.onProgress, timeoutMs: options.timeoutMs, signal: options.signal },
  );
  if (outcome.kind === 'failed') {
    return { success: false, warnings, error: packageError('BUILD_PROCESS_FAILED', outcome.message) };
  }
  const built = asCommandResult<AppBuildData>(outcome.value, 'BUILD_FAILED');
  if (!built.success) {
    return { success: false, warnings, error: packageError(built.error.code, built.error.message, parseBuildErrorLocations(built.error.message, appDir)) };
  }
  const { outputDir, tarballPath } = built.data;
  if (!tarballPath) {
    return { success: false, warnings, error: packageError('BUILD_FAILED', `The build wrote ${outputDir} but no tarball.`) };
  }

  progress('Reading the package...');
  const [tarballStat, entries, manifestText] = await Promise.all([
    stat(tarballPath),
    readTarball(tarballPath),
    readFile(join(outputDir, 'manifest.json'), 'utf8'),
  ]);
  const files: PackageFile[] = entries.map(({ path, sizeBytes }) => ({ path, sizeBytes })).sort((a, b) => a.path.localeCompare(b.path));
  progress(`Packaged ${tarballPath} (${files.length} files, ${tarballStat.size} bytes).`);
  return {
    success: true,
    tarballPath,
    sizeBytes: tarballStat.size,
    files,
    manifest: JSON.parse(manifestText) as JsonObject,
    warnings,
    sdk: { version: sdk.version, source: sdk.source },
    durationMs: Date.now() - startedAt,
  };
}
