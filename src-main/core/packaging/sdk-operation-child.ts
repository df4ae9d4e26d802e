import { spawn } from 'node:child_process';
import type { PackagingProgress } from '../../../src-shared/contract/packaging';
import { killProcessTree } from '../runner/process-tree';
import { resolveNodeBinary } from '../runner/node-binary';

/** One call into `twenty-sdk/cli`, made in a child process. */
export type SdkOperationRequest =
  /** `tarball: false`: the manifest and bundles only (the drift check); a tarball by default. */
  | { operation: 'build'; sdkCliPath: string; appPath: string; tarball?: boolean }
  | { operation: 'deploy'; sdkCliPath: string; tarballPath: string; remote: string }
  | { operation: 'install'; sdkCliPath: string; appPath: string; remote: string }
  | { operation: 'remotes'; sdkCliPath: string; configPath: string };

export type SdkOperationOutcome =
  /** The operation returned: its value as the SDK gave it (a `CommandResult` for build/deploy/install). */
  | { kind: 'returned'; value: unknown }
  /** The operation threw, the SDK could not load, the process died or timed out. */
  | { kind: 'failed'; message: string };

export interface SdkOperationOptions {
  cwd: string;
  onProgress?: (progress: PackagingProgress) => void;
  /** HOME for the child: the SDK reads `~/.twenty/config.json` from `os.homedir()`. Tests point it at a temp folder. */
  homeDir?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * The child's whole program, plain CommonJS passed with `node -e`: no build entry or file to ship
 * (a packaged studio spawns it exactly as the tests do). It loads the given `twenty-sdk/cli`,
 * runs one operation, reports `onProgress` messages and the outcome over IPC, then exits, even if
 * the SDK left sockets or watchers open.
 */
const CHILD_PROGRAM = String.raw`
'use strict';
const reply = (message) => new Promise((resolve) => process.send(message, () => resolve()));
// The studio went away (exited, crashed, SIGKILLed): end this process and the tsc/npm it started
// (it leads its own process group on POSIX).
process.on('disconnect', () => {
  if (process.platform !== 'win32') {
    try { process.kill(-process.pid, 'SIGKILL'); } catch {}
  }
  process.exit(1);
});
process.once('message', async (request) => {
  let outcome;
  try {
    const sdk = require(request.sdkCliPath);
    const onProgress = (message) => process.send({ type: 'progress', message: String(message) });
    let value;
    if (request.operation === 'build') {
      value = await sdk.appBuild({ appPath: request.appPath, tarball: request.tarball !== false, onProgress });
    } else if (request.operation === 'deploy') {
      value = await sdk.appDeploy({ tarballPath: request.tarballPath, remote: request.remote, onProgress });
    } else if (request.operation === 'install') {
      value = await sdk.appInstall({ appPath: request.appPath, remote: request.remote });
    } else if (request.operation === 'remotes') {
      const config = new sdk.ConfigService({ configPath: request.configPath });
      const names = await config.getRemotes();
      const remotes = [];
      for (const name of names) {
        const remote = await config.getConfigForRemote(name);
        remotes.push({ name, url: remote.apiUrl, hasCredentials: Boolean(remote.apiKey || remote.twentyCLIAccessToken) });
      }
      value = { remotes, defaultRemote: await config.getDefaultRemote() };
    } else {
      throw new Error('Unknown operation ' + request.operation);
    }
    outcome = { type: 'returned', value };
  } catch (error) {
    outcome = { type: 'failed', message: (error && error.stack) || String(error) };
  }
  await reply(outcome);
  process.exit(0);
});
`;

const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const KEPT_OUTPUT_LINES = 40;

/**
 * The child's environment: the studio's own (the build runs `tsc` and `npm pack`, which need PATH
 * and npm's settings), without NODE_ENV (the SDK reads `config.test.json` instead of `config.json`
 * when it is "test", as it is under vitest), with HOME moved when asked.
 */
function childEnvironment(homeDir: string | undefined, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_ENV;
  if (homeDir) {
    env.HOME = homeDir;
    env.USERPROFILE = homeDir;
  }
  return env;
}

/**
 * Runs one SDK operation in a child process: the build runs the app's own code and tools and can
 * take seconds, so the studio stays responsive and a hung build can be killed with its whole tree.
 */
export function runSdkOperation(request: SdkOperationRequest, options: SdkOperationOptions): Promise<SdkOperationOutcome> {
  const node = resolveNodeBinary();
  const child = spawn(node.path, ['-e', CHILD_PROGRAM], {
    cwd: options.cwd,
    env: childEnvironment(options.homeDir, node.env),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    // Its own process group on POSIX, so a timeout also ends the tsc and npm it started.
    detached: process.platform !== 'win32',
    windowsHide: true,
  });
  const recentOutput: string[] = [];
  const forwardLines = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (pending + chunk).split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) emitOutput(line);
    });
    stream.on('end', () => {
      if (pending) emitOutput(pending);
      pending = '';
    });
  };
  const emitOutput = (line: string) => {
    if (!line.trim()) return;
    recentOutput.push(line);
    if (recentOutput.length > KEPT_OUTPUT_LINES) recentOutput.shift();
    options.onProgress?.({ source: 'output', message: line });
  };
  if (child.stdout) forwardLines(child.stdout);
  if (child.stderr) forwardLines(child.stderr);

  return new Promise<SdkOperationOutcome>((resolve) => {
    let outcome: SdkOperationOutcome | null = null;
    let settled = false;
    const finish = (final: SdkOperationOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(final);
    };
    const stop = (message: string) => {
      killProcessTree(child.pid);
      finish({ kind: 'failed', message });
    };
    const onAbort = () => stop('Cancelled.');
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timer = setTimeout(() => stop(`The ${request.operation} did not finish within ${timeoutMs < 10_000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`} and was stopped.`), timeoutMs);
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    child.on('message', (message: { type?: string; message?: string; value?: unknown }) => {
      if (message.type === 'progress') options.onProgress?.({ source: 'sdk', message: String(message.message) });
      else if (message.type === 'returned') outcome = { kind: 'returned', value: message.value };
      else if (message.type === 'failed') outcome = { kind: 'failed', message: String(message.message) };
    });
    child.on('error', (error) => finish({ kind: 'failed', message: `Could not start ${node.path}: ${error.message}` }));
    child.on('close', (code, signal) => {
      if (outcome) return finish(outcome);
      const tail = recentOutput.slice(-10).join('\n');
      finish({ kind: 'failed', message: `The ${request.operation} process exited (${signal ?? `code ${code}`}) without a result.${tail ? `\n${tail}` : ''}` });
    });
    child.send(request);
  });
}
