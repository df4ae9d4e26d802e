import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { buildBaseProcessEnvironment } from './function-environment';
import { PROC_GRANT_EXEC, runFolderFlags, type FileSystemConfinement } from './fs-confinement';
import type { NodeBinary } from './node-binary';
import { killProcessTree, RunProcessTracker } from './process-tree';
import { RUN_CHANNEL_ARG } from './run-channel';
import type { ChildToParent } from './run-protocol';
import { sharedRunSpawner, type RunChildProcess } from './run-spawner';

/**
 * The launcher's whole program (POSIX sh): run the command, wait, and end as it ended (same exit
 * code, or the same signal). The studio spawns it with the clean environment, so the run child's
 * parent (`/proc/<ppid>/environ`) holds nothing of the studio's own environment. The IPC channel
 * (fd 3, NODE_CHANNEL_FD) and the exit-notice pipe (fd 4) pass through it to the run child.
 */
const LAUNCHER_SCRIPT = 'unset PWD OLDPWD; "$@"; s=$?; if [ "$s" -gt 128 ]; then kill -"$((s - 128))" $$; fi; exit "$s"';
const LAUNCHER_SHELL = '/bin/sh';
let launcherAvailable: boolean | null = null;
/** Windows has no /proc to read a parent's environment from: the child is spawned directly there. */
const useLauncher = (): boolean => (launcherAvailable ??= process.platform !== 'win32' && existsSync(LAUNCHER_SHELL));

/** A Node path that cannot be executed is spawned directly, so that the spawn error says so (SpawnError). */
const canExecute = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** What makes children interchangeable: a pre-spawned child serves a run only if these match. */
export interface RunChildVariant {
  memoryLimitMb: number;
  /** File-system confinement (fs-confinement.ts); its flags are fixed when the child starts. */
  confinement: FileSystemConfinement;
}

export const variantKey = (variant: RunChildVariant): string =>
  `${variant.memoryLimitMb}\0${variant.confinement.kind === 'confined' ? variant.confinement.flags.join('\0') : variant.confinement.kind}`;

/**
 * Whether a child started from `started` is the child `wanted` would start: the same binary, its
 * environment, script, folders and way of spawning, and the same variant. A child started before
 * its runner existed (the CLI's exec, `PrestartedRunChild`) is adopted only then.
 */
export const sameRunChildSpec = (started: RunChildSpec, wanted: RunChildSpec): boolean =>
  started.node.path === wanted.node.path &&
  JSON.stringify(started.node.env) === JSON.stringify(wanted.node.env) &&
  started.childScript === wanted.childScript &&
  started.tempRoot === wanted.tempRoot &&
  started.homeDir === wanted.homeDir &&
  Boolean(started.directSpawn) === Boolean(wanted.directSpawn) &&
  (started.directSpawn || started.spawnerScript === wanted.spawnerScript) &&
  started.inspectPort === wanted.inspectPort &&
  variantKey(started) === variantKey(wanted);

export interface RunChildSpec extends RunChildVariant {
  node: NodeBinary;
  /** Fork from this process instead of the shared spawner (run-spawner.ts). */
  directSpawn?: boolean;
  /** The spawner's entry; default the built `run-spawner.js` (child-script.ts). */
  spawnerScript?: string;
  childScript: string;
  tempRoot: string;
  homeDir: string;
  /** A debug run: the Node inspector on 127.0.0.1 at this port (0: a free one). */
  inspectPort?: number;
}

/**
 * One child process started for exactly one run. Its stdout/stderr stay paused (buffered by the
 * pipes) until the run takes it, so nothing printed early is lost.
 */
export class RunChild {
  /** What it was started from (sameRunChildSpec compares it when a pool adopts it). */
  readonly spec: RunChildSpec;
  readonly process: RunChildProcess;
  /** Resolves once the process has a pid (started), or failed to start. */
  readonly started: Promise<void>;
  readonly tempDir: string;
  readonly memoryLimitMb: number;
  readonly variantKey: string;
  readonly confinement: FileSystemConfinement;
  readonly ready: Promise<string | null>;
  /** Every process of the run (the launcher, the run child, what the function starts). */
  readonly tracker: RunProcessTracker;
  nodeVersion: string | null = null;
  /** The inspector's WebSocket URL, for a child started with `inspectPort`. */
  inspectorUrl: string | null = null;
  exited = false;

  constructor(spec: RunChildSpec) {
    this.spec = spec;
    this.memoryLimitMb = spec.memoryLimitMb;
    this.confinement = spec.confinement;
    this.variantKey = variantKey(spec);
    // A fresh folder per execution, as the server does; it is the child's cwd and TMPDIR.
    this.tempDir = mkdtempSync(join(spec.tempRoot, 'twenty-run-'));
    const confined = spec.confinement.kind === 'confined';
    const inspectArgs = spec.inspectPort !== undefined ? [`--inspect=127.0.0.1:${spec.inspectPort}`] : [];
    // Started by the spawner (a small process whose forks are cheap) where there is one.
    const spawner = spec.directSpawn ? null : sharedRunSpawner(spec.spawnerScript);
    const nodeArgs = [
      ...(spec.confinement.kind === 'confined' ? [...spec.confinement.flags, ...runFolderFlags(this.tempDir)] : []),
      '--enable-source-maps', `--max-old-space-size=${spec.memoryLimitMb}`, ...inspectArgs, spec.childScript, this.tempDir, String(process.pid),
      // Through the spawner, messages take the run channel rather than two IPC hops (run-channel.ts).
      ...(spawner ? [RUN_CHANNEL_ARG] : []),
    ];
    const launched = useLauncher() && canExecute(spec.node.path);
    // Confined, Node is exec'd by one more shell so that it can be granted its own /proc files by pid.
    const command = confined && launched ? [LAUNCHER_SHELL, '-c', PROC_GRANT_EXEC, spec.node.path] : [spec.node.path];
    const file = launched ? LAUNCHER_SHELL : spec.node.path;
    const args = launched ? ['-c', LAUNCHER_SCRIPT, 'twenty-run-launcher', ...command, ...nodeArgs] : nodeArgs;
    const env = { ...buildBaseProcessEnvironment(spec.node.path, this.tempDir, spec.homeDir), ...spec.node.env };
    const detached = process.platform !== 'win32';
    this.process = spawner
      ? spawner.spawn(file, args, { cwd: this.tempDir, env, detached, channel: true })
      : spawn(file, args, {
          cwd: this.tempDir,
          env,
          // fd 3: IPC (JSON, as the server's runner); fd 4: the synchronous process.exit notice.
          stdio: ['ignore', 'pipe', 'pipe', 'ipc', 'pipe'],
          serialization: 'json',
          detached,
          windowsHide: true,
        });
    this.tracker = new RunProcessTracker(this.process.pid, this.tempDir);
    this.started = new Promise((resolve) => {
      if (this.process.pid !== undefined) return resolve();
      this.process.once('spawn', () => {
        this.tracker.attach(this.process.pid!);
        resolve();
      });
      this.process.once('error', () => resolve());
    });
    this.ready = new Promise((resolve) => {
      const onMessage = (message: ChildToParent): void => {
        if (message?.type !== 'ready') return;
        this.nodeVersion = message.nodeVersion;
        this.inspectorUrl = message.inspectorUrl ?? null;
        this.process.off('message', onMessage);
        resolve(message.nodeVersion);
      };
      this.process.on('message', onMessage);
      this.process.once('exit', () => resolve(null));
      this.process.once('error', () => resolve(null));
    });
    this.process.once('exit', () => {
      this.exited = true;
    });
    this.process.on('error', () => {
      this.exited = true;
    });
  }

  get noticePipe(): Readable | null {
    return (this.process.stdio[4] as Readable | null | undefined) ?? null;
  }

  /** An idle child must not keep the studio (or a CLI run) alive; a running one must. */
  setKeepsParentAlive(keep: boolean): void {
    const handles = [this.process, this.process.stdout, this.process.stderr, this.noticePipe, (this.process as { channel?: unknown }).channel];
    for (const handle of handles as Array<{ ref?: () => void; unref?: () => void } | null | undefined>) {
      if (keep) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  /** Kills the run's processes, wherever they went (process group, setsid, detached). */
  kill(): Promise<void> {
    return this.started.then(() => this.tracker.killAll());
  }

  /** Ends a child that never ran user code: its process group is all there is. */
  stopIdle(): void {
    this.discardOutput();
    void this.started.then(() => killProcessTree(this.process.pid));
  }

  /**
   * Reads what an idle child printed (a debug-ready child prints the inspector's banner) and drops it:
   * unread, its pipes never end, and a child whose pipes never end holds the studio open.
   */
  discardOutput(): void {
    for (const stream of [this.process.stdout, this.process.stderr, this.noticePipe]) stream?.resume();
  }

  removeTempDir(): void {
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}

/** How long after a child is taken the pool starts its replacement, if the run has not ended by then. */
const REFILL_DELAY_MS = 100;

/**
 * Keeps `size` children started ahead of time so a run does not wait for Node to boot. A child
 * is handed out once and never comes back: every execution gets a fresh process, as on the server.
 */
export class RunChildPool {
  private readonly idle: RunChild[] = [];
  private disposed = false;
  private refillTimer: ReturnType<typeof setTimeout> | null = null;

  /** What the next run most likely needs: the variant of the last one taken (the same app, the same limits). */
  private nextVariant: RunChildVariant;

  constructor(
    private readonly specFor: (variant: RunChildVariant) => RunChildSpec,
    private readonly size: number,
    defaultVariant: RunChildVariant,
    /** A pre-spawned child is up and idle (the inspected pool lets the debugger attach then). */
    private readonly onIdleReady?: (child: RunChild) => void,
  ) {
    this.nextVariant = defaultVariant;
  }

  /** A ready (or booting) child of the wanted variant, or a freshly spawned one. */
  take(variant: RunChildVariant): RunChild {
    const key = variantKey(variant);
    const index = this.idle.findIndex((child) => !child.exited && child.variantKey === key);
    const child = index === -1 ? new RunChild(this.specFor(variant)) : this.idle.splice(index, 1)[0]!;
    this.expect(variant);
    child.setKeepsParentAlive(true);
    // The next child is started when this run ends (the runner calls refill), or after a short while
    // for a long run: starting it at once would have its fork (in the spawner) and its boot (a
    // core's worth of Node start-up) compete with the run it was taken for, on a 2-core machine
    // doubling a short run's latency.
    this.refillTimer ??= setTimeout(() => this.refill(), REFILL_DELAY_MS);
    this.refillTimer.unref?.();
    return child;
  }

  /** The next runs will need this variant: children started for another one would never be taken, so they are replaced. */
  expect(variant: RunChildVariant): void {
    if (variantKey(variant) === variantKey(this.nextVariant)) return;
    this.nextVariant = variant;
    for (const stale of this.idle.splice(0)) this.stop(stale);
  }

  /** Starts the missing children; resolves once they have all booted. */
  async warm(): Promise<void> {
    this.refill();
    await Promise.all(this.idle.map((child) => child.ready));
  }

  refill(): void {
    if (this.refillTimer) clearTimeout(this.refillTimer);
    this.refillTimer = null;
    for (const child of this.idle.filter((candidate) => candidate.exited)) this.drop(child);
    while (!this.disposed && this.idle.length < this.size) this.keepIdle(new RunChild(this.specFor(this.nextVariant)));
  }

  /**
   * Takes in a child started elsewhere (the CLI's exec starts one while its modules load), as if
   * this pool had pre-spawned it: only when it is exactly the child the pool would start for the
   * next run (sameRunChildSpec); otherwise false, and the caller keeps (and ends) it.
   */
  adopt(child: RunChild): boolean {
    if (this.disposed || child.exited || !sameRunChildSpec(child.spec, this.specFor(this.nextVariant))) return false;
    this.keepIdle(child);
    return true;
  }

  private keepIdle(child: RunChild): void {
    // Referenced while it boots, so that awaiting warm() keeps a CLI process alive; once ready
    // and idle it no longer holds the parent open.
    void child.ready.then((version) => {
      if (!this.idle.includes(child)) return;
      child.setKeepsParentAlive(false);
      if (version !== null) this.onIdleReady?.(child);
    });
    child.process.once('exit', () => this.drop(child));
    this.idle.push(child);
  }

  dispose(): void {
    this.disposed = true;
    if (this.refillTimer) clearTimeout(this.refillTimer);
    this.refillTimer = null;
    for (const child of this.idle.splice(0)) this.stop(child);
  }

  private stop(child: RunChild): void {
    child.stopIdle();
    void child.started.then(() => child.removeTempDir());
  }

  private drop(child: RunChild): void {
    const index = this.idle.indexOf(child);
    if (index === -1) return; // taken by a run, which cleans up after itself
    this.idle.splice(index, 1);
    child.discardOutput();
    child.removeTempDir();
  }
}

const probedVersions = new Map<string, string>();

/** `node --version` of a binary, for runs whose child died before saying hello. */
export const probeNodeVersion = (node: NodeBinary): string => {
  const known = probedVersions.get(node.path);
  if (known) return known;
  // The binary running the studio: its version is known without starting it (a one-shot exec saves a process).
  if (node.path === process.execPath) return process.version;
  const probe = spawnSync(node.path, ['--version'], { encoding: 'utf8', env: { ...node.env, PATH: '' }, timeout: 10_000 });
  const version = probe.stdout?.trim() || 'unknown';
  probedVersions.set(node.path, version);
  return version;
};
