import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { InstallProgressEvent, InstallResult, InstallStep, InstallWhatIfRequest } from '../../../src-shared/contract/install';
import { InstallSimulator } from '../../core/install/install-simulator';
import { newestKnownServerVersion } from '../../core/install/server-version';
import { parseVersionSource } from '../../core/install/version-source';
import { FunctionRunner } from '../../core/runner/function-runner';
import { UsageError, type CliIo } from '../cli-io';

export const installHelp = `Usage: twenty-studio install [appDir] --from <none|git-ref|dir|file.tgz> [--to <working-tree|git-ref|dir|file.tgz>]
                            [--server-version <v>] [--json]

Simulates what a Twenty server does when it installs the app over an installed version: the engines.twenty
and version checks, the real pre-install and post-install hooks of the new version run locally in the
sandbox, the metadata migration as a diff of the two manifests (destructive changes flagged), the retries
of a queued post-install, the rollback of a failed fresh install. Nothing is sent to a server.

  --from V              the installed version: none (fresh install), a git ref of the app's repository
                        (tag, branch, commit), another app folder, or a tarball from "twenty dev:build --tarball"
  --to V                the version being installed (default: working-tree, the app folder as it is)
  --server-version V    the Twenty server version to check engines.twenty against (default: ${newestKnownServerVersion()})
  --json                print the result as one JSON object: { outcome, errorCode?, previousVersion?, newVersion,
                        steps: [{ name, status, reason?, durationMs?, execution? }], diff: { created, updated,
                        deleted, destructive }, ... }; progress goes to stderr
  --treat-as-fresh      what if the app were not installed yet
  --pre-on-upgrade B    what if the pre-install had shouldRunOnVersionUpgrade: B (true|false)
  --post-on-upgrade B   what if the post-install had shouldRunOnVersionUpgrade: B
  --post-sync B         what if the post-install had shouldRunSynchronously: B
  --link-deps           use the working tree's node_modules for a version whose dependencies differ
  --install-deps        install the own dependencies of a version whose dependencies differ (its package
                        manager, without install scripts, in a temporary folder; output on stderr)

Exit code 0 when the app installs (INSTALLED or UPGRADED), 1 when the outcome is FAILED.`;

function flag(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UsageError(`--${name} takes true or false, not "${value}".`);
}

const STATUS_MARK: Record<InstallStep['status'], string> = { done: 'ok  ', skipped: 'skip', failed: 'FAIL', queued: 'queue' };

function describeStep(step: InstallStep): string {
  const detail = step.errorCode ? `${step.errorCode}: ${step.reason ?? ''}` : step.reason ?? '';
  const duration = step.durationMs !== undefined && step.durationMs > 0 ? ` (${step.durationMs} ms)` : '';
  return `  ${STATUS_MARK[step.status].padEnd(5)} ${step.name.padEnd(19)} ${detail}${duration}`.trimEnd();
}

function printResult(result: InstallResult, io: CliIo): void {
  const from = result.previousVersion !== undefined ? `${result.previousVersion} -> ` : 'fresh install of ';
  io.stdout(`Install ${from}${result.newVersion} on Twenty ${result.serverVersion}\n`);
  for (const step of result.steps) {
    io.stdout(`${describeStep(step)}\n`);
    for (const attempt of step.attempts ?? []) {
      io.stdout(`          attempt retryCount=${attempt.context.retryCount}: ${attempt.status}${attempt.error ? ` ${attempt.error.errorType}: ${attempt.error.errorMessage}` : ''}\n`);
    }
  }
  const { created, updated, deleted, destructive } = result.diff;
  io.stdout(`Migration: ${created.length} created, ${updated.length} updated, ${deleted.length} deleted\n`);
  for (const entry of created) io.stdout(`  + ${entry.kind} ${entry.name}\n`);
  for (const entry of updated) io.stdout(`  ~ ${entry.kind} ${entry.name} (${(entry.changes ?? []).map((change) => change.property).join(', ')})\n`);
  for (const entry of deleted) io.stdout(`  - ${entry.kind} ${entry.name}\n`);
  if (destructive.length > 0) {
    io.stdout(`Destructive (${destructive.length}):\n`);
    for (const change of destructive) io.stdout(`  ! ${change.dataLoss}\n`);
  }
  for (const warning of result.warnings) io.stdout(`warning: ${warning}\n`);
  io.stdout(`${result.outcome}${result.errorCode ? ` (${result.errorCode})` : ''}\n`);
}

function progressPrinter(io: CliIo): (event: InstallProgressEvent) => void {
  return (event) => {
    if (event.type === 'side' && event.phase !== 'ready') {
      io.stderr(`${event.phase === 'materialising' ? 'Preparing' : 'Building'} the ${event.side === 'to' ? 'new' : 'installed'} version: ${event.label}\n`);
    }
    else if (event.type === 'step' && event.status === 'running') io.stderr(`${event.name}...\n`);
    else if (event.type === 'dependencies') io.stderr(`  [dependencies of the ${event.side === 'to' ? 'new' : 'installed'} version] ${event.line}\n`);
    else if (event.type === 'output') for (const line of event.text.replace(/\n$/, '').split('\n')) io.stderr(`  [${event.name}${event.attempt > 0 ? ` retry ${event.attempt}` : ''}] ${line}\n`);
  };
}

export async function installCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'server-version': { type: 'string' },
      json: { type: 'boolean' },
      'treat-as-fresh': { type: 'boolean' },
      'pre-on-upgrade': { type: 'string' },
      'post-on-upgrade': { type: 'string' },
      'post-sync': { type: 'string' },
      'link-deps': { type: 'boolean' },
      'install-deps': { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new UsageError('install takes at most one [appDir].');
  if (values.from === undefined) throw new UsageError('install needs --from: none for a fresh install, or the installed version (git ref, folder or .tgz).');
  if (values['link-deps'] && values['install-deps']) throw new UsageError('--link-deps and --install-deps exclude each other: borrow the working tree\'s node_modules, or install the version\'s own.');
  if (values.to === 'none') throw new UsageError('--to cannot be none: it is the version being installed.');
  const cwd = process.cwd();
  const appDir = resolve(positionals[0] ?? '.');
  const whatIf: InstallWhatIfRequest = {};
  if (values['treat-as-fresh']) whatIf.treatAsFresh = true;
  const preOnUpgrade = flag('pre-on-upgrade', values['pre-on-upgrade']);
  const postOnUpgrade = flag('post-on-upgrade', values['post-on-upgrade']);
  const postSync = flag('post-sync', values['post-sync']);
  if (preOnUpgrade !== undefined || postOnUpgrade !== undefined || postSync !== undefined) {
    whatIf.overrides = {
      ...(preOnUpgrade !== undefined ? { preInstall: { shouldRunOnVersionUpgrade: preOnUpgrade } } : {}),
      ...(postOnUpgrade !== undefined || postSync !== undefined
        ? { postInstall: { ...(postOnUpgrade !== undefined ? { shouldRunOnVersionUpgrade: postOnUpgrade } : {}), ...(postSync !== undefined ? { shouldRunSynchronously: postSync } : {}) } }
        : {}),
    };
  }

  const runner = new FunctionRunner({ prespawn: 0 });
  const simulator = new InstallSimulator({ runner });
  try {
    const result = await simulator.simulate({
      appDir,
      from: parseVersionSource(values.from, cwd),
      to: parseVersionSource(values.to ?? 'working-tree', cwd),
      ...(values['server-version'] ? { serverVersion: values['server-version'] } : {}),
      ...(Object.keys(whatIf).length > 0 ? { whatIf } : {}),
      ...(values['link-deps'] ? { differentDependencies: 'link' as const } : {}),
      ...(values['install-deps'] ? { differentDependencies: 'install' as const } : {}),
    }, progressPrinter(io));
    if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else printResult(result, io);
    return result.outcome === 'FAILED' ? 1 : 0;
  } finally {
    await simulator.dispose();
    await runner.dispose();
  }
}
