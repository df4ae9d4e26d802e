import { createInterface } from 'node:readline/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DeployDescription } from '../../../src-shared/contract/packaging';
import { deploy, describeDeployment } from '../../core/packaging/app-deployer';
import { StudioError } from '../../core/studio-error';
import { UsageError, type CliIo } from '../cli-io';
import { formatProgress } from './package';

export const deployHelp = `Usage: twenty-studio deploy [appDir] --remote <name> [--yes] [--skip-install] [--json]

Packages the app (studio checks + the SDK build), uploads the tarball to a Twenty server and installs
it, with twenty-sdk's own appDeploy and appInstall. Remotes are the twenty CLI's, in
~/.twenty/config.json (add one with "yarn twenty remote:add"). A real server is needed.
appDir defaults to the current folder. Progress goes to stderr.

  --remote <name>   the remote to deploy to (required)
  --yes             do not ask for confirmation; without it the command names the server and the
                    version and asks on the terminal, and refuses when stdin is not a terminal
  --skip-install    upload and register only (no appInstall)
  --json            print the result as one JSON object on stdout

Exit code 0 when deployed, 1 on failure or when not confirmed.`;

/** Asks a yes/no question; null when nobody can answer (stdin is not a terminal). */
export type Confirm = (question: string) => Promise<boolean | null>;

const terminalConfirm: Confirm = async (question) => {
  if (!process.stdin.isTTY) return null;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
};

const describe = (description: Pick<DeployDescription, 'packageName' | 'version' | 'remote'>) =>
  `${description.packageName}@${description.version} to remote "${description.remote.name}" (${description.remote.url})`;

export async function deployCommand(argv: string[], io: CliIo, confirm: Confirm = terminalConfirm): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { remote: { type: 'string' }, yes: { type: 'boolean' }, 'skip-install': { type: 'boolean' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new UsageError('deploy takes at most one [appDir].');
  if (!values.remote) throw new UsageError('deploy needs --remote <name> (the remotes of ~/.twenty/config.json).');
  const appDir = resolve(positionals[0] ?? '.');
  const fail = (code: string, message: string) => {
    if (values.json) io.stdout(`${JSON.stringify({ success: false, stage: 'describe', error: { code, message, locations: [] } }, null, 2)}\n`);
    else io.stderr(`${message}\n`);
    return 1;
  };

  if (!values.yes) {
    let description: DeployDescription;
    try {
      description = await describeDeployment(appDir, values.remote);
    } catch (error) {
      if (error instanceof StudioError) return fail(error.code, error.message);
      throw error;
    }
    const credentials = description.hasCredentials ? '' : ' (no API key or login for this remote: the server will refuse)';
    const answer = await confirm(`Deploy ${describe(description)}${credentials}${values['skip-install'] ? '' : ' and install it'}? [y/N] `);
    if (answer === null) return fail('NOT_CONFIRMED', `Would deploy ${describe(description)}. Not confirmed: stdin is not a terminal, pass --yes to deploy without asking.`);
    if (!answer) return fail('NOT_CONFIRMED', 'Not deployed.');
  }

  const result = await deploy(appDir, { remote: values.remote, install: !values['skip-install'], onProgress: (event) => io.stderr(formatProgress(event)) });
  if (values.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else if (result.success) {
    io.stdout(`Deployed ${describe(result)}${result.installed ? ' and installed it' : ''}: application ${result.application.name} (${result.application.universalIdentifier}).\n`);
  } else {
    io.stdout(`Deploy failed at ${result.stage}: ${result.error.code}\n${result.error.message}\n`);
  }
  return result.success ? 0 : 1;
}
