import { randomUUID } from 'node:crypto';
import { homedir, tmpdir } from 'node:os';
import { resolveChildScript } from '../child-script';
import type { ExecutionContext, OutgoingCall, RunOutputChunk, RunResult } from '../../../src-shared/contract/run';
import { buildFunctionEnvironment, type TwentyRunEnvironment } from './function-environment';
import { resolveNodeBinary, type NodeBinary } from './node-binary';
import { RunChildPool, probeNodeVersion, type RunChild } from './run-child-pool';
import { buildRunResult } from './run-outcome';
import { RunOutput } from './run-output';
import type { ChildToParent, ExitNotice, ParentToChild } from './run-protocol';

export const DEFAULT_TIMEOUT_SECONDS = 300;
export const DEFAULT_MEMORY_LIMIT_MB = 1024;
export const DEFAULT_OUTPUT_LIMIT_BYTES = 50 * 1024 * 1024;

/** The workspace id a local run reports when the caller gives none. */
export const LOCAL_WORKSPACE_ID = '00000000-0000-4000-8000-000000000000';

export interface FunctionRunnerOptions {
  /**
   * The compiled run-child entry. Default: `run-child.js` next to this module once built
   * (electron.vite.config.ts builds it as its own entry into out/main).
   */
  childScript?: string;
  /** A Node binary to use; default `node` on the studio's PATH, else the studio's own binary. */
  nodePath?: string | null;
  memoryLimitMb?: number;
  outputLimitBytes?: number;
  /** How long output may wait before it is delivered to onOutput. */
  outputBatchMs?: number;
  /** Children kept started ahead of time (0: spawn on demand, e.g. for a one-shot CLI run). */
  prespawn?: number;
  /** Where the per-run folders go (each run's cwd and TMPDIR). */
  tempRoot?: string;
  /** HOME of the child; default the user's. */
  homeDir?: string;
}

export interface RunFunctionOptions {
  /** Absolute path of the `.mjs` built by FunctionBundler. */
  bundlePath: string;
  payload?: unknown;
  context?: Partial<ExecutionContext>;
  environment: TwentyRunEnvironment;
  /** The function's timeoutSeconds; default 300 as on the server. */
  timeoutSeconds?: number;
  /** Overrides the runner's memory limit for this run (a child with that limit is spawned). */
  memoryLimitMb?: number;
  runId?: string;
  /** The bundle is the last good one of a failed build: reported back as is. */
  stale?: boolean;
  /** Live output, batched (one call per stream per batch), while the run goes on. */
  onOutput?: (chunk: RunOutputChunk) => void;
}

export interface RunHandle {
  runId: string;
  /** Always resolves, with status ERROR for every kind of failure. */
  result: Promise<RunResult>;
  /** Kills the run's process tree at once. */
  cancel(): void;
}

/** After the child exits, how long its pipes may stay open (held by an escaped grandchild) before we stop reading. */
const PIPE_CLOSE_GRACE_MS = 2_000;
const STDERR_TAIL_CHARS = 16_384;

const defaultChildScript = (): string => resolveChildScript('run-child');

/**
 * Runs logic functions as the Twenty server does: one fresh Node process per execution (here
 * started ahead of time), the documented environment only, the function's timeout, and the
 * server's result shape. See ../../../../shared/docs/twenty-platform.md §3.
 */
export class FunctionRunner {
  private readonly node: NodeBinary;
  private readonly childScript: string;
  private readonly memoryLimitMb: number;
  private readonly outputLimitBytes: number;
  private readonly outputBatchMs: number;
  private readonly pool: RunChildPool;
  private readonly active = new Set<RunHandle>();

  constructor(options: FunctionRunnerOptions = {}) {
    this.node = resolveNodeBinary(options.nodePath);
    this.childScript = options.childScript ?? defaultChildScript();
    this.memoryLimitMb = options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
    this.outputLimitBytes = options.outputLimitBytes ?? DEFAULT_OUTPUT_LIMIT_BYTES;
    this.outputBatchMs = options.outputBatchMs ?? 50;
    const tempRoot = options.tempRoot ?? tmpdir();
    const homeDir = options.homeDir ?? homedir();
    this.pool = new RunChildPool(
      (memoryLimitMb) => ({ node: this.node, childScript: this.childScript, memoryLimitMb, tempRoot, homeDir }),
      options.prespawn ?? 1,
      this.memoryLimitMb,
    );
  }

  get nodePath(): string {
    return this.node.path;
  }

  /** Starts the pre-spawned children; resolves when they are ready to take a run. */
  warm(): Promise<void> {
    return this.pool.warm();
  }

  run(options: RunFunctionOptions): RunHandle {
    const runId = options.runId ?? randomUUID();
    const memoryLimitMb = options.memoryLimitMb ?? this.memoryLimitMb;
    const timeoutMs = Math.round((options.timeoutSeconds && options.timeoutSeconds > 0 ? options.timeoutSeconds : DEFAULT_TIMEOUT_SECONDS) * 1000);
    const child = this.pool.take(memoryLimitMb);
    let cancel: () => void = () => undefined;
    const result = new Promise<RunResult>((resolve) => {
      cancel = this.execute(child, runId, options, memoryLimitMb, timeoutMs, resolve);
    });
    const handle: RunHandle = { runId, result, cancel: () => cancel() };
    this.active.add(handle);
    void result.finally(() => this.active.delete(handle));
    return handle;
  }

  /** Cancels live runs and stops the idle children. */
  async dispose(): Promise<void> {
    this.pool.dispose();
    const live = [...this.active];
    for (const handle of live) handle.cancel();
    await Promise.all(live.map((handle) => handle.result));
  }

  private execute(
    child: RunChild,
    runId: string,
    options: RunFunctionOptions,
    memoryLimitMb: number,
    timeoutMs: number,
    resolve: (result: RunResult) => void,
  ): () => void {
    const output = new RunOutput({ limitBytes: this.outputLimitBytes, batchMs: this.outputBatchMs, onOutput: options.onOutput });
    const calls: OutgoingCall[] = [];
    const proc = child.process;
    let reported: (ChildToParent & { type: 'result' }) | null = null;
    let exitNotice: ExitNotice | null = null;
    let noticeText = '';
    let stderrTail = '';
    let timedOut = false;
    let cancelled = false;
    let endedAt: number | null = null;
    let settled = false;
    let startError: string | null = null;
    const startedAt = performance.now();

    proc.stdout?.on('data', (data: Buffer) => output.push('stdout', data));
    proc.stderr?.on('data', (data: Buffer) => {
      output.push('stderr', data);
      stderrTail = (stderrTail + data.toString('utf8')).slice(-STDERR_TAIL_CHARS);
    });
    child.noticePipe?.on('data', (data: Buffer) => {
      noticeText += data.toString('utf8');
      const line = noticeText.split('\n')[0];
      if (noticeText.includes('\n') && line) {
        try {
          exitNotice = JSON.parse(line) as ExitNotice;
        } catch {
          // A garbled notice: fall back on the exit code.
        }
      }
    });
    proc.on('message', (message: ChildToParent) => {
      if (message?.type === 'call') calls.push(message.call);
      else if (message?.type === 'result' && !reported) {
        reported = message;
        endedAt ??= performance.now();
      }
    });

    const timer = setTimeout(() => {
      if (endedAt !== null) return;
      timedOut = true;
      endedAt = performance.now();
      child.kill();
    }, timeoutMs);

    const settle = (exitCode: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      output.end();
      const finishedAt = endedAt ?? performance.now();
      resolve(
        buildRunResult({
          runId,
          nodeVersion: child.nodeVersion ?? probeNodeVersion(this.node),
          stale: options.stale ?? false,
          logs: output.logs,
          calls,
          durationMs: Math.round(finishedAt - startedAt),
          reported: timedOut || cancelled ? null : reported,
          timeoutMs: timedOut ? timeoutMs : null,
          cancelled,
          exitCode,
          signal,
          exitNotice,
          memoryLimitMb,
          stderrTail,
          startError,
        }),
      );
      child.removeTempDir();
    };

    let exitCode: number | null = null;
    let exitSignal: NodeJS.Signals | null = null;
    proc.once('exit', (code, signal) => {
      exitCode = code;
      exitSignal = signal;
      endedAt ??= performance.now();
      // Whatever the function left behind (a `sleep 1000`, a server) goes with it.
      child.kill();
      const grace = setTimeout(() => {
        for (const stream of [proc.stdout, proc.stderr, child.noticePipe]) stream?.destroy();
        settle(exitCode, exitSignal);
      }, PIPE_CLOSE_GRACE_MS);
      grace.unref();
    });
    // 'close' comes after 'exit' once every pipe reached its end: all output has been read.
    proc.once('close', () => settle(exitCode, exitSignal));
    proc.once('error', (error) => {
      startError = `Could not start Node (${this.node.path}): ${error.message}. Check the Node path in the settings.`;
      settle(null, null);
    });

    const givenContext = Object.fromEntries(Object.entries(options.context ?? {}).filter(([, value]) => value !== undefined));
    const message: ParentToChild = {
      type: 'run',
      bundlePath: options.bundlePath,
      // Left undefined when undefined: the JSON channel drops it and the handler gets undefined, as on the server.
      payload: options.payload,
      context: {
        retryCount: 0,
        maxRetries: 0,
        workspaceId: LOCAL_WORKSPACE_ID,
        userWorkspaceId: null,
        workspaceMemberId: null,
        ...givenContext,
      },
      env: buildFunctionEnvironment(options.environment),
    };
    try {
      proc.send(message, (error) => {
        if (error && !settled) child.kill();
      });
    } catch {
      // The child is already gone; its 'exit' or 'error' event settles the run.
    }

    return () => {
      if (settled || endedAt !== null) return;
      cancelled = true;
      endedAt = performance.now();
      child.kill();
    };
  }
}
