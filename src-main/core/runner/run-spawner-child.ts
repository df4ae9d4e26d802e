/**
 * Entry of the spawner: a small long-lived process that starts run children for the studio.
 *
 * Why: starting a process forks the caller, and a fork costs in proportion to the caller's memory
 * (page tables): ~30 ms from a bare Node, 200 ms and more from a studio holding the Local
 * workspace's Postgres heap, all of it on the studio's main thread. This process stays small, so
 * its forks are cheap and the studio's thread stays free for the window.
 *
 * Protocol (JSON over the IPC channel, see run-spawner-protocol.ts): the studio asks for a spawn;
 * this answers with the pid, then hands over the child's stdout, stderr and exit-notice pipes
 * (their file descriptors travel with the messages, so output never passes through here), relays
 * the child's IPC messages both ways, and reports exit and close. Built as its own entry
 * (electron.vite.config.ts `run-spawner`); it imports nothing but node built-ins and the protocol.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import type { SpawnerReply, SpawnerRequest } from './run-spawner-protocol';

const children = new Map<number, ChildProcess>();

const reply = (message: SpawnerReply, handle?: Socket, sent?: () => void): void => {
  try {
    if (process.connected) process.send!(message, handle, {}, () => sent?.());
  } catch {
    // The studio is gone: 'disconnect' below ends this process.
  }
};

/**
 * Stops this process reading a pipe before its first turn of the event loop, so that nothing the
 * child prints is read (and lost) here before the pipe is handed to the studio. Node starts
 * reading a child's pipe as soon as it wraps it; there is no public switch for that.
 */
const holdUnread = (stream: unknown): Socket | null => {
  const socket = stream as (Socket & { _handle?: { readStop?: () => void } }) | null | undefined;
  if (!socket) return null;
  socket.pause();
  socket._handle?.readStop?.();
  return socket;
};

const startChild = (request: Extract<SpawnerRequest, { type: 'spawn' }>): void => {
  let child: ChildProcess;
  try {
    child = spawn(request.command, request.args, {
      cwd: request.cwd,
      env: request.env,
      stdio: request.channel ? ['ignore', 'pipe', 'pipe', 'ipc', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe', 'ipc', 'pipe'],
      serialization: 'json',
      detached: request.detached,
      windowsHide: true,
    });
  } catch (error) {
    reply({ type: 'error', id: request.id, message: (error as Error).message });
    return;
  }
  const pipes = [holdUnread(child.stdout), holdUnread(child.stderr), holdUnread(child.stdio[4]), ...(request.channel ? [holdUnread((child.stdio as readonly unknown[])[5])] : [])];
  child.on('error', (error) => reply({ type: 'error', id: request.id, message: error.message }));
  if (child.pid === undefined) return; // 'error' follows
  children.set(request.id, child);
  reply({ type: 'spawned', id: request.id, pid: child.pid });
  pipes.forEach((pipe, index) => {
    if (!pipe) return;
    // Once sent (a handle waits for the previous one's acknowledgement), what is left here is an
    // empty shell to let go of; destroying it earlier would send the message without its handle.
    reply({ type: 'pipe', id: request.id, fd: ([1, 2, 4, 5] as const)[index]! }, pipe, () => pipe.destroy());
  });
  child.on('message', (message) => reply({ type: 'message', id: request.id, message }));
  // Not the child's 'close': it waits for its stdio sockets here, and the ones handed over never
  // close (their handles left with the message). The channel closing comes after every message
  // the child sent has been delivered, so exit + disconnect is the end of what there is to relay.
  let exited = false;
  let disconnected = false;
  const maybeClosed = (): void => {
    if (!exited || !disconnected || !children.has(request.id)) return;
    children.delete(request.id);
    reply({ type: 'close', id: request.id });
  };
  child.on('exit', (code, signal) => {
    exited = true;
    reply({ type: 'exit', id: request.id, code, signal });
    maybeClosed();
  });
  child.on('disconnect', () => {
    disconnected = true;
    maybeClosed();
  });
};

process.on('message', (request: SpawnerRequest) => {
  if (request?.type === 'spawn') startChild(request);
  else if (request?.type === 'send') {
    const child = children.get(request.id);
    const done = (error: Error | null): void => reply({ type: 'sent', id: request.id, seq: request.seq, error: error?.message ?? null });
    try {
      if (!child?.connected) throw new Error('The run child is no longer connected');
      child.send(request.message as object, undefined, {}, (error) => done(error ?? null));
    } catch (error) {
      done(error as Error);
    }
  }
});

// The studio went away: leave. Each run child sees its own channel close and ends its run
// (run-child.ts 'disconnect'), so nothing is left behind.
process.on('disconnect', () => process.exit(0));
process.on('uncaughtException', (error) => {
  try {
    process.stderr.write(`twenty-studio run spawner: ${error.stack ?? error.message}\n`);
  } finally {
    process.exit(70);
  }
});
