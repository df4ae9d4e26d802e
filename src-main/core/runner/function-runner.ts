import { randomUUID } from 'node:crypto';
import { availableParallelism, cpus, homedir, tmpdir } from 'node:os';
import { resolveChildScript } from '../child-script';
import type { ExecutionContext, OutgoingCall, RunOutputChunk, RunResult } from '../../../src-shared/contract/run';
import { buildFunctionEnvironment, type TwentyRunEnvironment } from './function-environment';
import { bundleRootOf, fileSystemConfinement, type FileSystemConfinement } from './fs-confinement';
import { resolveNodeBinary, type NodeBinary } from './node-binary';
import { RunChild, RunChildPool, probeNodeVersion, type RunChildSpec, type RunChildVariant } from './run-child-pool';
import { buildRunResult } from './run-outcome';
import { RunOutput, resultTruncationMessage, resultTruncationNotice } from './run-output';
import type { ChildToParent, ExitNotice, ParentToChild } from './run-protocol';

export const DEFAULT_TIMEOUT_SECONDS = 300;
export const DEFAULT_MEMORY_LIMIT_MB = 1024;
export const DEFAULT_OUTPUT_LIMIT_BYTES = 50 * 1024 * 1024;
/** Results longer than this (JSON) are replaced by a truncation notice. */
export const DEFAULT_RESULT_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * Resident memory allowed to a run's processes on top of the heap limit (Node itself, code, the
 * young generation): past memoryLimitMb + this, the run is killed as out of memory, whatever
 * allocated it (Buffers and other memory outside the V8 heap included).
 */
export const RSS_HEADROOM_MB = 256;
/** How often a run's resident memory is looked at. */
const MEMORY_POLL_MS = 100;

/** Runs executing at once by default: the cores, plus a few for runs that mostly wait. */
export const defaultMaxConcurrentRuns = (): number =>
  (typeof availableParallelism === 'function' ? availableParallelism() : cpus().length) + 2;

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
  /** Results whose JSON is longer are replaced by a visible truncation notice; default 5 MB. */
  resultLimitBytes?: number;
  /** Runs executing at once; later ones wait in a queue (default: cores + 2). */
  maxConcurrent?: number;
  /** Resident memory (MB) of a run's processes past which it is killed; default memory limit + 256 MB. */
  rssLimitMb?: number;
  /** How long output may wait before it is delivered to onOutput. */
  outputBatchMs?: number;
  /** Children kept started ahead of time (0: spawn on demand, e.g. for a one-shot CLI run). */
  prespawn?: number;
  /** Where the per-run folders go (each run's cwd and TMPDIR). */
  tempRoot?: string;
  /** HOME of the child; default the user's. */
  homeDir?: string;
  /**
   * Confine each run's file access with Node's permission model (fs-confinement.ts): read the
   * bundle folder and node_modules, write the run folder. Default on; a Node without the model
   * runs unconfined and the result says why.
   */
  confineFileSystem?: boolean;
  /** Spawn run children from this process rather than from the shared spawner (run-spawner.ts). */
  directSpawn?: boolean;
  /** The spawner's entry script; default the built one (tests compile their own). */
  spawnerScript?: string;
  /** The folder this runner's bundles are built into, so that pre-spawned children are confined for it before the first run. */
  bundleDir?: string;
  /**
   * A debug-ready child (started with the inspector on, kept by `warmInspected`) is up and idle: the
   * debugger may attach to it now, so that a Debug later only places its breakpoints.
   */
  onIdleInspector?: (inspectorUrl: string) => void;
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
  /**
   * The run's output has ended: its last batch went to onOutput just before. Called before the result
   * (and its logs text, which can be tens of MB after a flood) is assembled, so a caller that batches
   * the output further can deliver its tail first.
   */
  onOutputEnd?: () => void;
  /** Called when the run leaves the queue and its process gets the function (at once when nothing waits). */
  onStart?: () => void;
  /** Starts the run's child with the Node inspector on (a fresh child, not a pre-spawned one). */
  inspect?: RunInspectOptions;
}

/** What a debugger attached to a run may do with it. */
export interface RunDebugControl {
  /** The function's timeout stops counting (the run is paused in a debugger). */
  suspendTimeout(): void;
  /** It counts again, from where it stopped. */
  resumeTimeout(): void;
}

/** A run under the Node inspector (a debug session, or the CLI's --inspect). */
export interface RunInspectOptions {
  /** The inspector's port on 127.0.0.1; 0 (default): a free one. */
  port?: number;
  /** For an external debugger: the child waits for one to attach, then stops just before the handler. */
  breakBeforeHandler?: boolean;
  /** No timeout (an external debugger may pause the run at any time, and nobody tells us). */
  noTimeout?: boolean;
  /**
   * Called with the inspector's URL (null if it did not start) once the child is up, before it is
   * given the function: the run waits for the returned promise, so breakpoints set here are in
   * place when the bundle loads.
   */
  onInspector(inspectorUrl: string | null, control: RunDebugControl): Promise<void> | void;
  /**
   * The child reported its result (or is exiting): a debugger still attached must let go, or Node
   * waits for it to disconnect before the process ends.
   */
  onFinishing?(why: 'result' | 'exit'): void;
}

export interface RunHandle {
  runId: string;
  /** Always resolves, with status ERROR for every kind of failure. */
  result: Promise<RunResult>;
  /** Kills the run's process tree at once (or takes it out of the queue). */
  cancel(): void;
  /** 1-based place in the queue while the run waits for a free slot; null once it runs. */
  readonly queuePosition: number | null;
}

interface QueuedRun {
  runId: string;
  start: () => void;
  cancel: () => void;
}

/**
 * Node prints these on stderr when its inspector is on; they are not the function's output. (The
 * URL is known from the child itself and shown by the debugger.)
 */
const INSPECTOR_BANNER = /^(Debugger listening on ws:\/\/\S+|For help, see: https:\/\/nodejs\.org\/en\/docs\/inspector|Debugger attached\.|Waiting for the debugger to disconnect\.\.\.|Debugger ending on ws:\/\/\S+)\r?\n/gm;
/** After its result, how long an inspected child may wait for a debugger to disconnect before it is ended. */
const INSPECTED_EXIT_GRACE_MS = 1_000;

/** After the child exits, how long its pipes may stay open (held by an escaped grandchild) before we stop reading. */
const PIPE_CLOSE_GRACE_MS = 2_000;
const STDERR_TAIL_CHARS = 16_384;
/** Output past this size is worth a turn of the event loop before the run's result is assembled. */
const LARGE_OUTPUT_BYTES = 1024 * 1024;

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
  private readonly resultLimitBytes: number;
  private readonly rssLimitMb: number | undefined;
  readonly maxConcurrent: number;
  private readonly pool: RunChildPool;
  /** Children started with the inspector on, ahead of a Debug (null until `warmInspected`). */
  private inspectedPool: RunChildPool | null = null;
  private readonly onIdleInspector: ((inspectorUrl: string) => void) | undefined;
  private readonly confineFileSystem: boolean;
  private readonly specFor: (variant: RunChildVariant) => RunChildSpec;
  private readonly active = new Set<RunHandle>();
  /** Runs waiting for a slot, oldest first. */
  private readonly queue: QueuedRun[] = [];
  private running = 0;
  /** Ends of runs still sweeping their processes and removing their folders. */
  private readonly cleanups = new Set<Promise<void>>();

  constructor(options: FunctionRunnerOptions = {}) {
    this.node = resolveNodeBinary(options.nodePath);
    this.childScript = options.childScript ?? defaultChildScript();
    this.memoryLimitMb = options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
    this.outputLimitBytes = options.outputLimitBytes ?? DEFAULT_OUTPUT_LIMIT_BYTES;
    this.outputBatchMs = options.outputBatchMs ?? 50;
    this.resultLimitBytes = options.resultLimitBytes ?? DEFAULT_RESULT_LIMIT_BYTES;
    this.rssLimitMb = options.rssLimitMb;
    this.maxConcurrent = Math.max(1, Math.floor(options.maxConcurrent ?? defaultMaxConcurrentRuns()));
    const tempRoot = options.tempRoot ?? tmpdir();
    const homeDir = options.homeDir ?? homedir();
    this.confineFileSystem = options.confineFileSystem ?? true;
    this.onIdleInspector = options.onIdleInspector;
    this.specFor = (variant) => ({ node: this.node, childScript: this.childScript, tempRoot, homeDir, directSpawn: options.directSpawn, spawnerScript: options.spawnerScript, ...variant });
    this.pool = new RunChildPool(
      this.specFor,
      options.prespawn ?? 1,
      {
        memoryLimitMb: this.memoryLimitMb,
        confinement: options.bundleDir !== undefined ? this.confinementFor(options.bundleDir) : { kind: 'off' },
      },
    );
  }

  /** The confinement of runs of bundles in `bundleDir` (the Node version is probed once per binary). */
  private confinementFor(bundleDir: string): FileSystemConfinement {
    if (!this.confineFileSystem) return { kind: 'off' };
    return fileSystemConfinement({ enabled: true, nodeVersion: probeNodeVersion(this.node), node: this.node, bundleDir, childScript: this.childScript });
  }

  get nodePath(): string {
    return this.node.path;
  }

  /**
   * Uses `child`, started before this runner existed (the CLI's exec boots it while its own modules
   * load), for the next run, if it is exactly the child this runner would start for it (binary,
   * environment, memory limit, confinement): true then. False otherwise: the caller ends it.
   */
  adopt(child: RunChild): boolean {
    return this.pool.adopt(child);
  }

  /**
   * Starts the pre-spawned children; resolves when they are ready to take a run. Given the folder the
   * runs' bundles are in, for runs of those: its read grants follow its node_modules link, which the
   * first build puts in place, so a child started before then would not be the one a run takes.
   */
  warm(bundleDir?: string): Promise<void> {
    if (bundleDir !== undefined) this.pool.expect({ memoryLimitMb: this.memoryLimitMb, confinement: this.confinementFor(bundleDir) });
    return this.pool.warm();
  }

  /**
   * Keeps one child started with the inspector on (loopback, random port and path) ready for the
   * next debug run, as the pool does for plain runs: a Debug then skips Node's boot, and the
   * debugger attaches while it is idle (`onIdleInspector`). Started by the debugger once the app
   * has breakpoints or was debugged; refilled after each debug run.
   */
  warmInspected(): Promise<void> {
    this.inspectedPool ??= new RunChildPool(
      (variant) => ({ ...this.specFor(variant), inspectPort: 0 }),
      1,
      this.inspectedVariant(this.memoryLimitMb),
      (child) => {
        if (child.inspectorUrl) this.onIdleInspector?.(child.inspectorUrl);
      },
    );
    return this.inspectedPool.warm();
  }

  /** Runs executing now, and runs waiting in the queue. */
  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  /**
   * Starts a run, or queues it when `maxConcurrent` runs are executing: it starts when one ends.
   * Returns at once either way; the timeout counts from the start, not from the queue.
   */
  run(options: RunFunctionOptions): RunHandle {
    const runId = options.runId ?? randomUUID();
    const memoryLimitMb = options.memoryLimitMb ?? this.memoryLimitMb;
    const timeoutMs = Math.round((options.timeoutSeconds && options.timeoutSeconds > 0 ? options.timeoutSeconds : DEFAULT_TIMEOUT_SECONDS) * 1000);
    let cancel: () => void = () => undefined;
    let queued: QueuedRun | null = null;
    const result = new Promise<RunResult>((resolve) => {
      const start = (): void => {
        queued = null;
        this.running += 1;
        // A debug run needs the inspector from the start: its own child, spawned now.
        const child = options.inspect
          ? (this.inspectedPool && !options.inspect.port ? this.inspectedPool.take(this.inspectedVariant(memoryLimitMb)) : this.spawnInspected(memoryLimitMb, options.inspect.port ?? 0))
          : this.pool.take({ memoryLimitMb, confinement: this.confinementFor(bundleRootOf(options.bundlePath)) } satisfies RunChildVariant);
        options.onStart?.();
        cancel = this.execute(child, runId, options, memoryLimitMb, timeoutMs, (outcome) => {
          this.running -= 1;
          resolve(outcome);
          this.startNext();
          // The replacement of the child this run took starts now that the run no longer needs the CPU,
          // once the result is delivered (a direct spawn forks this process, synchronously).
          setImmediate(() => (options.inspect ? this.inspectedPool?.refill() : this.pool.refill()));
        });
      };
      if (this.running < this.maxConcurrent && this.queue.length === 0) {
        start();
        return;
      }
      queued = {
        runId,
        start,
        cancel: () => {
          const index = this.queue.indexOf(queued!);
          if (index !== -1) this.queue.splice(index, 1);
          queued = null;
          resolve(this.cancelledBeforeStart(runId, options, memoryLimitMb));
        },
      };
      this.queue.push(queued);
      cancel = () => queued?.cancel();
    });
    const queue = this.queue;
    const handle: RunHandle = {
      runId,
      result,
      cancel: () => cancel(),
      get queuePosition() {
        const index = queued ? queue.indexOf(queued) : -1;
        return index === -1 ? null : index + 1;
      },
    };
    this.active.add(handle);
    void result.finally(() => this.active.delete(handle));
    return handle;
  }

  private inspectedVariant(memoryLimitMb: number): RunChildVariant {
    // Node's permission model turns the inspector off: a debugged run is not confined, and says so.
    const confinement: FileSystemConfinement = this.confineFileSystem
      ? { kind: 'unavailable', reason: 'Run under the debugger: the Node inspector does not start under the permission model, so file access is not confined for this run.' }
      : { kind: 'off' };
    return { memoryLimitMb, confinement };
  }

  private spawnInspected(memoryLimitMb: number, port: number): RunChild {
    const child = new RunChild({ ...this.specFor(this.inspectedVariant(memoryLimitMb)), inspectPort: port });
    child.setKeepsParentAlive(true);
    return child;
  }

  private startNext(): void {
    while (this.running < this.maxConcurrent && this.queue.length > 0) this.queue.shift()!.start();
  }

  private cancelledBeforeStart(runId: string, options: RunFunctionOptions, memoryLimitMb: number): RunResult {
    return buildRunResult({
      runId, nodeVersion: probeNodeVersion(this.node), stale: options.stale ?? false, logs: '', calls: [], durationMs: 0, reported: null,
      timeoutMs: null, cancelled: true, exitCode: null, signal: null, exitNotice: null, memoryLimitMb, memoryExceeded: null, stderrTail: '', startError: null,
    });
  }

  /** Cancels live and queued runs and stops the idle children. */
  async dispose(): Promise<void> {
    this.pool.dispose();
    this.inspectedPool?.dispose();
    for (const waiting of this.queue.splice(0)) waiting.cancel();
    const live = [...this.active];
    for (const handle of live) handle.cancel();
    await Promise.all(live.map((handle) => handle.result));
    await Promise.all([...this.cleanups]);
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
    let memoryExceeded: { rssMb: number; limitMb: number } | null = null;
    const startedAt = performance.now();
    const rssLimitMb = options.memoryLimitMb === undefined && this.rssLimitMb !== undefined ? this.rssLimitMb : memoryLimitMb + RSS_HEADROOM_MB;

    const inspect = options.inspect;
    proc.stdout?.on('data', (data: Buffer) => output.push('stdout', data));
    proc.stderr?.on('data', (raw: Buffer) => {
      let data = raw;
      if (inspect) {
        const text = raw.toString('utf8');
        const kept = text.replace(INSPECTOR_BANNER, '');
        if (kept.length === 0) return;
        if (kept.length !== text.length) data = Buffer.from(kept, 'utf8');
      }
      output.push('stderr', data);
      stderrTail = (stderrTail + data.toString('utf8')).slice(-STDERR_TAIL_CHARS);
    });
    child.noticePipe?.on('data', (data: Buffer) => {
      noticeText += data.toString('utf8');
      const line = noticeText.split('\n')[0];
      if (noticeText.includes('\n') && line) {
        try {
          exitNotice = JSON.parse(line) as ExitNotice;
          finishing('exit');
          if (Array.isArray(exitNotice.children)) child.tracker.adopt(exitNotice.children);
        } catch {
          // A garbled notice: fall back on the exit code.
        }
      }
    });
    proc.on('message', (message: ChildToParent) => {
      if (message?.type === 'call') calls.push(message.call);
      else if (message?.type === 'result' && !reported) {
        if (Array.isArray(message.children)) child.tracker.adopt(message.children);
        reported = this.capResult(message, output);
        endedAt ??= performance.now();
        finishing('result');
        settleOnResult();
      }
    });
    // The result and the child's end-of-output mark are both in: the run is complete, and the
    // process (which takes longer to exit than a trivial run takes to run) is ended with its tree
    // as the run is settled. A debugged run waits for the exit: its debugger is detaching.
    output.onEndMark = () => settleOnResult();
    const settleOnResult = (): void => {
      if (inspect || reported === null || !output.endMarkSeen || settled) return;
      settle(null, null);
    };

    // Resident memory of the run's whole tree: the heap limit does not cover Buffers, native
    // memory or the processes the function starts.
    const memoryWatch = setInterval(() => {
      void child.tracker.poll().then((rssBytes) => {
        if (settled || endedAt !== null || rssBytes <= rssLimitMb * 1024 * 1024) return;
        memoryExceeded = { rssMb: Math.round(rssBytes / (1024 * 1024)), limitMb: rssLimitMb };
        endedAt = performance.now();
        void child.kill();
      });
    }, MEMORY_POLL_MS);

    const onTimeout = (): void => {
      if (endedAt !== null) return;
      timedOut = true;
      endedAt = performance.now();
      void child.kill();
    };
    // The timeout can be suspended (paused in a debugger): what is left of it is kept.
    let timer: ReturnType<typeof setTimeout> | null = null;
    let timeoutLeftMs = timeoutMs;
    let timerStartedAt = 0;
    const resumeTimeout = (): void => {
      if (timer !== null || settled || endedAt !== null) return;
      timerStartedAt = performance.now();
      timer = setTimeout(onTimeout, Math.max(0, timeoutLeftMs));
    };
    const suspendTimeout = (): void => {
      if (timer === null) return;
      clearTimeout(timer);
      timer = null;
      timeoutLeftMs -= performance.now() - timerStartedAt;
    };
    // A debug run's timeout starts once its debugger is attached and the function handed over.
    if (!inspect) resumeTimeout();
    let finishingCalled = false;
    const finishing = (why: 'result' | 'exit'): void => {
      if (!inspect || finishingCalled) return;
      finishingCalled = true;
      inspect.onFinishing?.(why);
      // An external debugger (Chrome DevTools) still attached would hold the process open.
      setTimeout(() => {
        if (!child.exited) void child.kill();
      }, INSPECTED_EXIT_GRACE_MS).unref();
    };

    const settle = (exitCode: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      if (timer !== null) clearTimeout(timer);
      clearInterval(memoryWatch);
      output.end();
      options.onOutputEnd?.();
      const finishedAt = endedAt ?? performance.now();
      const confinement = child.confinement;
      const deliver = (): void => resolve({
        ...buildRunResult({
          runId,
          nodeVersion: child.nodeVersion ?? probeNodeVersion(this.node),
          stale: options.stale ?? false,
          logs: output.logs,
          calls,
          durationMs: Math.round(finishedAt - startedAt),
          reported: timedOut || cancelled || memoryExceeded ? null : reported,
          timeoutMs: timedOut ? timeoutMs : null,
          cancelled,
          exitCode,
          signal,
          exitNotice,
          memoryLimitMb,
          memoryExceeded,
          stderrTail,
          startError,
        }),
        fileSystem: confinement.kind,
        ...(confinement.kind === 'unavailable' ? { fileSystemNote: confinement.reason } : {}),
      });
      // Joining a flood's logs (tens of MB) holds this thread: let the last output batch, just handed
      // on by onOutputEnd, leave first (two turns of the event loop: its poll phase writes and reads sockets).
      if (output.bytes > LARGE_OUTPUT_BYTES) setImmediate(() => setImmediate(deliver));
      else deliver();
      // Anything the child reported late (its children as it ended) goes too; then its folder.
      const cleanup = child.kill().finally(() => {
        child.removeTempDir();
        this.cleanups.delete(cleanup);
      });
      this.cleanups.add(cleanup);
    };

    let exitCode: number | null = null;
    let exitSignal: NodeJS.Signals | null = null;
    proc.once('exit', (code, signal) => {
      finishing('exit');
      exitCode = code;
      exitSignal = signal;
      endedAt ??= performance.now();
      // Whatever the function left behind (a `sleep 1000`, a server) goes with it.
      void child.kill();
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
      resultLimitBytes: this.resultLimitBytes,
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
      ...(inspect?.breakBeforeHandler ? { breakBeforeHandler: true } : {}),
    };
    const handOver = (): void => {
      if (settled || endedAt !== null) return;
      try {
        proc.send(message, (error) => {
          if (error && !settled) void child.kill();
        });
      } catch {
        // The child is already gone; its 'exit' or 'error' event settles the run.
      }
    };
    if (!inspect) handOver();
    else {
      // The debugger attaches (and sets its breakpoints) before the bundle is imported.
      void child.ready
        .then(async (version) => {
          if (version === null) return;
          await inspect.onInspector(child.inspectorUrl, { suspendTimeout, resumeTimeout });
        })
        .catch((error: unknown) => output.note(`The debugger could not attach: ${(error as Error)?.message ?? String(error)}`))
        .finally(() => {
          if (!inspect.noTimeout) resumeTimeout();
          handOver();
        });
    }

    return () => {
      if (settled || endedAt !== null) return;
      cancelled = true;
      endedAt = performance.now();
      void child.kill();
    };
  }

  /**
   * A result over the limit becomes the truncation notice, with a line in the logs. The child
   * does this itself before sending; this also holds when it did not (another run-child, a forged message).
   */
  private capResult(message: ChildToParent & { type: 'result' }, output: RunOutput): ChildToParent & { type: 'result' } {
    if (!message.ok) return message;
    const limit = this.resultLimitBytes;
    let originalBytes = message.truncatedFromBytes;
    let json = message.json;
    if (originalBytes === undefined && typeof json === 'string' && json.length > limit / 4) {
      const bytes = Buffer.byteLength(json);
      if (bytes > limit) {
        originalBytes = bytes;
        json = JSON.stringify(resultTruncationNotice(bytes, limit));
      }
    }
    if (originalBytes === undefined) return message;
    output.note(resultTruncationMessage(originalBytes, limit));
    return { type: 'result', ok: true, json };
  }
}
