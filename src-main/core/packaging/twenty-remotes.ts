import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TwentyRemote } from '../../../src-shared/contract/packaging';
import { studioRoot } from '../install-paths';
import { StudioError } from '../studio-error';
import { locateSdkCli } from './sdk-cli-location';
import { runSdkOperation } from './sdk-operation-child';

export interface TwentyConfigOptions {
  /** The home folder holding `.twenty/config.json` (default: the user's). Tests use a temp folder. */
  homeDir?: string;
  /** Where the studio's own twenty-sdk is found when the app has none (default: the studio's install folder). */
  studioDir?: string;
}

/** The `twenty` CLI's config file (`remote:add`, `remote:use` write it). */
export const twentyConfigPath = (homeDir: string = homedir()): string => join(homeDir, '.twenty', 'config.json');

/**
 * The remotes the `twenty` CLI knows, read by the SDK's own ConfigService (in a child process,
 * like every SDK call), so the URL the confirmation names is the one appDeploy will use. It reads a
 * temporary copy: ConfigService rewrites an older-format file when it reads it, and showing a
 * confirmation must not touch the user's config (the deploy itself, through the SDK, may).
 * Always includes the SDK's implicit `local` (http://localhost:2020). No config file: no remotes.
 */
export async function listRemotes(appDir: string, options: TwentyConfigOptions = {}): Promise<TwentyRemote[]> {
  const configPath = twentyConfigPath(options.homeDir);
  if (!existsSync(configPath)) return [];
  const sdk = locateSdkCli(appDir, options.studioDir ?? studioRoot());
  if (!sdk) throw new StudioError('SDK_NOT_FOUND', 'No twenty-sdk could be loaded to read the remotes: install the app\'s dependencies.');
  const scratch = await mkdtemp(join(tmpdir(), 'twenty-studio-remotes-'));
  let outcome: Awaited<ReturnType<typeof runSdkOperation>>;
  try {
    const copy = join(scratch, 'config.json');
    await copyFile(configPath, copy);
    outcome = await runSdkOperation({ operation: 'remotes', sdkCliPath: sdk.cliPath, configPath: copy }, { cwd: appDir, homeDir: options.homeDir, timeoutMs: 30_000 });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (outcome.kind === 'failed') throw new StudioError('REMOTES_UNREADABLE', `Could not read ${configPath}: ${outcome.message}`);
  const { remotes, defaultRemote } = outcome.value as { remotes: { name: string; url: string; hasCredentials: boolean }[]; defaultRemote: string };
  return remotes.map((remote) => ({ ...remote, isDefault: remote.name === defaultRemote }));
}
