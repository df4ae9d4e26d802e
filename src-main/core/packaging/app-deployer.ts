import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeployDescription, DeployResult, PackagingProgress } from '../../../src-shared/contract/packaging';
import { studioRoot } from '../install-paths';
import { StudioError } from '../studio-error';
import { packageApp } from './app-packager';
import { asCommandResult, packageError } from './sdk-command-result';
import { locateSdkCli } from './sdk-cli-location';
import { runSdkOperation } from './sdk-operation-child';
import { listRemotes, twentyConfigPath, type TwentyConfigOptions } from './twenty-remotes';

export interface DeployOptions extends TwentyConfigOptions {
  remote: string;
  /** Install after the upload (the SDK's appInstall), as `twenty app:install` does. Default true. */
  install?: boolean;
  onProgress?: (progress: PackagingProgress) => void;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** What the server answers to completeAppTarballUpload (the SDK's AppDeployResult). */
interface AppDeployData {
  id: string;
  name: string;
  universalIdentifier: string;
}

async function readPackageJson(appDir: string): Promise<{ name: string; version: string }> {
  let parsed: { name?: unknown; version?: unknown };
  try {
    parsed = JSON.parse(await readFile(join(appDir, 'package.json'), 'utf8')) as typeof parsed;
  } catch (error) {
    throw new StudioError('NO_PACKAGE_JSON', `Cannot read the app's package.json: ${(error as Error).message}`);
  }
  if (typeof parsed.name !== 'string' || typeof parsed.version !== 'string') {
    throw new StudioError('NO_PACKAGE_VERSION', 'The app\'s package.json needs a name and a version: the server installs by version.');
  }
  return { name: parsed.name, version: parsed.version };
}

/**
 * What a deploy would do, for the confirmation the UI (or the CLI) shows first: which server, which
 * package and version. Throws a StudioError when the remote is unknown.
 */
export async function describeDeployment(appDir: string, remoteName: string, options: TwentyConfigOptions = {}): Promise<DeployDescription> {
  const [{ name, version }, remotes] = await Promise.all([readPackageJson(appDir), listRemotes(appDir, options)]);
  const remote = remotes.find((candidate) => candidate.name === remoteName);
  if (!remote) {
    const known = remotes.map((candidate) => candidate.name).join(', ');
    throw new StudioError(
      'REMOTE_NOT_FOUND',
      known
        ? `No remote "${remoteName}" in ${twentyConfigPath(options.homeDir)} (known: ${known}). Add it with \`yarn twenty remote:add\`.`
        : `No remotes: ${twentyConfigPath(options.homeDir)} does not exist. Add one with \`yarn twenty remote:add\`.`,
    );
  }
  return { remote: { name: remote.name, url: remote.url }, packageName: name, version, hasCredentials: remote.hasCredentials };
}

/**
 * Packages the app (studio checks + the SDK build), uploads the tarball with the SDK's `appDeploy`
 * and installs it with `appInstall`, against a remote of `~/.twenty/config.json`. The caller
 * confirms first (describeDeployment); nothing here asks.
 */
export async function deploy(appDir: string, options: DeployOptions): Promise<DeployResult> {
  const progress = (message: string) => options.onProgress?.({ source: 'studio', message });
  let description: DeployDescription;
  try {
    description = await describeDeployment(appDir, options.remote, options);
  } catch (error) {
    const code = error instanceof StudioError ? error.code : 'DEPLOY_FAILED';
    return { success: false, stage: 'describe', error: packageError(code, (error as Error).message) };
  }
  const sdk = locateSdkCli(appDir, options.studioDir ?? studioRoot());
  if (!sdk) return { success: false, stage: 'describe', error: packageError('SDK_NOT_FOUND', 'No twenty-sdk could be loaded: install the app\'s dependencies.') };

  const packaged = await packageApp(appDir, { onProgress: options.onProgress, studioDir: options.studioDir, timeoutMs: options.timeoutMs, signal: options.signal });
  if (!packaged.success) return { success: false, stage: 'package', error: packaged.error };

  const childOptions = { cwd: appDir, homeDir: options.homeDir, onProgress: options.onProgress, timeoutMs: options.timeoutMs, signal: options.signal };
  progress(`Deploying ${description.packageName}@${description.version} to "${description.remote.name}" (${description.remote.url})...`);
  const deployed = await runSdkOperation({ operation: 'deploy', sdkCliPath: sdk.cliPath, tarballPath: packaged.tarballPath, remote: options.remote }, childOptions);
  const deployResult = deployed.kind === 'returned' ? asCommandResult<AppDeployData>(deployed.value, 'DEPLOY_FAILED') : null;
  if (!deployResult) return { success: false, stage: 'deploy', error: packageError('DEPLOY_FAILED', deployed.kind === 'failed' ? deployed.message : '') };
  if (!deployResult.success) return { success: false, stage: 'deploy', error: packageError(deployResult.error.code, deployResult.error.message) };

  const install = options.install ?? true;
  if (install) {
    progress('Installing...');
    // appInstall reads .twenty/output/manifest.json, which the build above just wrote.
    const installed = await runSdkOperation({ operation: 'install', sdkCliPath: sdk.cliPath, appPath: appDir, remote: options.remote }, childOptions);
    const installResult = installed.kind === 'returned' ? asCommandResult<unknown>(installed.value, 'INSTALL_FAILED') : null;
    if (!installResult) return { success: false, stage: 'install', error: packageError('INSTALL_FAILED', installed.kind === 'failed' ? installed.message : '') };
    if (!installResult.success) return { success: false, stage: 'install', error: packageError(installResult.error.code, installResult.error.message) };
  }
  progress(install ? 'Deployed and installed.' : 'Deployed (not installed).');
  return {
    success: true,
    remote: description.remote,
    packageName: description.packageName,
    version: description.version,
    tarballPath: packaged.tarballPath,
    application: deployResult.data,
    installed: install,
  };
}
