import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { PassThrough, type Readable } from 'node:stream';
import { resolveChildScript } from '../child-script';
import { readMessages, RUN_CHANNEL_FD, writeMessage } from './run-channel';
import type { SpawnerReply, SpawnerRequest } from './run-spawner-protocol';

/**
 * What the runner needs of a run child's process: Node's ChildProcess has it all, and so does a
 * child started by the spawner (SpawnedRunChild), whose events and pipes arrive through it.
 */
export interface RunChildProcess extends EventEmitter {
  readonly pid?: number | undefined;
  readonly stdout: Readable | null;
  readonly stderr: Readable | null;
  /** Index 4: the exit-notice pipe. */
  readonly stdio: ReadonlyArray<unknown>;
  send(message: unknown, callback?: (error: Error | null) => void): boolean;
}

export interface SpawnOptions {
  cwd: string;
  env: Record<string, string>;
  detached: boolean;
  /** Give the child a run channel (run-channel.ts): its messages then skip the spawner's relay. */
  channel?: boolean;
}

type Listener = (error: Error | null) => void;

/** A run child started by the spawner: a ChildProcess look-alike fed by the spawner's replies. */
export class SpawnedRunChild extends EventEmitter implements RunChildProcess {
  pid: number | undefined;
  readonly stdout = new PassThrough();
  readonly stderr = new PassThrough();
  private readonly notice = new PassThrough();
  private readonly sockets: Socket[] = [];
  /** The run channel, once handed over: messages go straight to and from the child. */
  private channelSocket: Socket | null = null;
  private channelEnded = false;
  private exitArgs: [number | null, NodeJS.Signals | null] | null = null;
  private channelClosed = false;
  private closeEmitted = false;
  private referenced = true;

  constructor(private readonly owner: RunSpawner, readonly id: number) {
    super();
    for (const pass of this.pipes()) pass.once('end', () => this.maybeClose());
  }

  get stdio(): ReadonlyArray<unknown> {
    return [null, this.stdout, this.stderr, null, this.notice];
  }

  get connected(): boolean {
    return this.pid !== undefined && !this.channelClosed;
  }

  send(message: unknown, callback?: Listener): boolean {
    if (this.channelSocket && !this.channelEnded) return writeMessage(this.channelSocket, message, callback);
    return this.owner.send(this.id, message, callback);
  }

  ref(): void {
    if (this.referenced) return;
    this.referenced = true;
    this.sockets.forEach((socket) => socket.ref());
    this.owner.adjustRefs(1);
  }

  unref(): void {
    if (!this.referenced) return;
    this.referenced = false;
    this.sockets.forEach((socket) => socket.unref());
    this.owner.adjustRefs(-1);
  }

  /** Called by RunSpawner for each reply about this child. */
  receive(reply: SpawnerReply, handle: unknown): void {
    switch (reply.type) {
      case 'spawned':
        this.pid = reply.pid;
        this.emit('spawn');
        break;
      case 'pipe': {
        if (reply.fd === RUN_CHANNEL_FD) {
          this.adoptChannel(handle as Socket | undefined);
          break;
        }
        const pass = reply.fd === 1 ? this.stdout : reply.fd === 2 ? this.stderr : this.notice;
        const socket = handle as Socket | undefined;
        if (!socket) {
          pass.end();
          break;
        }
        this.sockets.push(socket);
        if (!this.referenced) socket.unref();
        socket.on('error', () => pass.end());
        // Destroyed by the runner (a grandchild holds the pipe open): stop reading the real pipe.
        pass.once('close', () => socket.destroy());
        socket.pipe(pass);
        break;
      }
      case 'message':
        this.emit('message', reply.message);
        break;
      case 'exit':
        this.exitArgs = [reply.code, reply.signal];
        this.emit('exit', reply.code, reply.signal);
        break;
      case 'close':
        this.channelClosed = true;
        this.maybeClose();
        break;
      case 'error':
        this.fail(new Error(reply.message));
        break;
      default:
        break;
    }
  }

  private adoptChannel(socket: Socket | undefined): void {
    if (!socket) return;
    this.channelSocket = socket;
    this.sockets.push(socket);
    if (!this.referenced) socket.unref();
    const ended = (): void => {
      if (this.channelEnded) return;
      this.channelEnded = true;
      this.maybeClose();
    };
    socket.on('error', () => socket.destroy());
    socket.once('end', () => socket.end());
    socket.once('close', ended);
    readMessages(socket, (message) => this.emit('message', message));
  }

  /** The spawner failed to start it, or died: end as a ChildProcess would. */
  fail(error: Error): void {
    if (this.pid === undefined) {
      this.channelClosed = true;
      for (const pass of this.pipes()) pass.end();
      // Never started: nothing will close it, so it lets go of the spawner here.
      this.closeEmitted = true;
      this.unref();
      this.owner.forget(this.id);
      this.emit('error', error);
      return;
    }
    if (!this.exitArgs) {
      this.exitArgs = [null, 'SIGKILL'];
      this.emit('exit', null, 'SIGKILL');
    }
    this.channelClosed = true;
    for (const pass of this.pipes()) if (!pass.writableEnded) pass.end();
    this.channelSocket?.destroy();
    this.maybeClose();
  }

  private pipes(): PassThrough[] {
    return [this.stdout, this.stderr, this.notice];
  }

  private maybeClose(): void {
    if (this.closeEmitted || !this.channelClosed || !this.pipes().every((pass) => pass.readableEnded || pass.destroyed)) return;
    // Every message the child wrote to its run channel has been read (the handle, if any, came before 'close').
    if (this.channelSocket && !this.channelEnded) return;
    this.closeEmitted = true;
    this.unref();
    this.owner.forget(this.id);
    this.emit('close', ...(this.exitArgs ?? [null, null]));
  }
}

/**
 * The studio's side of the spawner (run-spawner-child.ts): one small process started once, asked
 * to start every run child so that the fork happens there and not in the studio. Restarted on the
 * next spawn if it dies; the children it had end as killed.
 */
export class RunSpawner {
  private process: ChildProcess | null = null;
  private nextId = 1;
  private nextSeq = 1;
  private readonly children = new Map<number, SpawnedRunChild>();
  private readonly callbacks = new Map<number, { id: number; done: Listener }>();
  private refs = 0;

  constructor(private readonly script: string) {}

  spawn(command: string, args: string[], options: SpawnOptions): SpawnedRunChild {
    const id = this.nextId++;
    const child = new SpawnedRunChild(this, id);
    this.children.set(id, child);
    this.adjustRefs(1);
    const request: SpawnerRequest = { type: 'spawn', id, command, args, ...options };
    if (!this.post(request)) queueMicrotask(() => child.fail(new Error('The run spawner is not running')));
    return child;
  }

  send(id: number, message: unknown, callback?: Listener): boolean {
    const seq = this.nextSeq++;
    if (callback) this.callbacks.set(seq, { id, done: callback });
    if (this.post({ type: 'send', id, seq, message })) return true;
    this.callbacks.delete(seq);
    callback?.(new Error('The run spawner is not running'));
    return false;
  }

  /** A child that runs keeps the studio (or a CLI run) alive; an idle spawner does not. */
  adjustRefs(delta: number): void {
    this.refs = Math.max(0, this.refs + delta);
    const channel = (this.process as { channel?: { ref?: () => void; unref?: () => void } } | null)?.channel;
    if (this.refs > 0) {
      this.process?.ref();
      channel?.ref?.();
    } else {
      this.process?.unref();
      channel?.unref?.();
    }
  }

  forget(id: number): void {
    this.children.delete(id);
  }

  /** Starts the spawner ahead of the first run. */
  warm(): void {
    this.ensureStarted();
  }

  dispose(): void {
    const spawner = this.process;
    this.process = null;
    spawner?.kill();
  }

  private post(request: SpawnerRequest): boolean {
    const spawner = this.ensureStarted();
    if (!spawner?.connected) return false;
    try {
      return spawner.send(request);
    } catch {
      return false;
    }
  }

  private ensureStarted(): ChildProcess | null {
    if (this.process?.connected) return this.process;
    const electron = Boolean(process.versions.electron);
    let spawner: ChildProcess;
    try {
      spawner = fork(this.script, [], {
        execPath: process.execPath,
        execArgv: [],
        // It holds no secret and passes none on: each run child gets its environment per request.
        env: { PATH: process.env.PATH ?? '', ...(electron ? { ELECTRON_RUN_AS_NODE: '1' } : {}) },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        serialization: 'json',
      });
    } catch {
      return null;
    }
    this.process = spawner;
    spawner.on('message', (reply: SpawnerReply, handle: unknown) => this.dispatch(reply, handle));
    spawner.on('error', () => this.lost(spawner));
    spawner.on('exit', () => this.lost(spawner));
    this.adjustRefs(0);
    return spawner;
  }

  private dispatch(reply: SpawnerReply, handle: unknown): void {
    if (reply?.type === 'sent') {
      const callback = this.callbacks.get(reply.seq);
      this.callbacks.delete(reply.seq);
      callback?.done(reply.error ? new Error(reply.error) : null);
      return;
    }
    const child = this.children.get(reply?.id);
    if (child) child.receive(reply, handle);
    else (handle as Socket | undefined)?.destroy?.();
  }

  /** The spawner ended: its children lost their channel (they end themselves), their runs end here. */
  private lost(spawner: ChildProcess): void {
    if (this.process === spawner) this.process = null;
    const error = new Error('The run spawner exited');
    for (const [seq, callback] of [...this.callbacks]) {
      this.callbacks.delete(seq);
      callback.done(error);
    }
    for (const child of [...this.children.values()]) child.fail(error);
  }
}

const shared = new Map<string, RunSpawner>();

/**
 * The studio's spawner (one per script; POSIX); null where run children are spawned directly:
 * Windows, TWENTY_STUDIO_DIRECT_SPAWN=1, or a core bundled without the spawner's entry.
 */
export const sharedRunSpawner = (script?: string): RunSpawner | null => {
  if (process.platform === 'win32' || process.env.TWENTY_STUDIO_DIRECT_SPAWN === '1') return null;
  let path = script;
  if (!path) {
    try {
      path = resolveChildScript('run-spawner');
    } catch {
      return null;
    }
  }
  let spawner = shared.get(path);
  if (!spawner) shared.set(path, (spawner = new RunSpawner(path)));
  return spawner;
};
