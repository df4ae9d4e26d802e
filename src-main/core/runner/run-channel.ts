import { Socket } from 'node:net';

/**
 * The run channel: newline-delimited JSON between the studio and a run child over one extra
 * socket pair (fd RUN_CHANNEL_FD in the child), carrying the same messages as the IPC channel
 * (run-protocol.ts).
 *
 * Why: a run child started by the spawner (run-spawner.ts) has its IPC channel to the spawner, so
 * every IPC message crosses two processes each way. The spawner hands this socket to the studio
 * (as it does stdout and stderr), so the run message and the result go straight between the studio
 * and the child; a warm run's latency is a handful of milliseconds, and each relay was one of them.
 * The IPC channel stays for the lifecycle (a child whose spawner is gone sees it disconnect).
 *
 * The child uses the channel only when told its fd (an argument), never by probing: in a child
 * started without it, fd 5 may be one of Node's own descriptors.
 */
export const RUN_CHANNEL_FD = 5;
/** The child's argument that says the channel is at RUN_CHANNEL_FD. */
export const RUN_CHANNEL_ARG = '--twenty-run-channel';

/** Splits a socket's bytes into JSON messages, one per line; a line that is not JSON is dropped. */
export const readMessages = (socket: Socket, onMessage: (message: unknown) => void): void => {
  socket.setEncoding('utf8');
  let pending = '';
  socket.on('data', (text: string) => {
    pending += text;
    let newline = pending.indexOf('\n');
    if (newline === -1) return;
    let from = 0;
    while (newline !== -1) {
      const line = pending.slice(from, newline);
      from = newline + 1;
      newline = pending.indexOf('\n', from);
      if (!line) continue;
      let message: unknown;
      try {
        message = JSON.parse(line);
      } catch {
        continue;
      }
      onMessage(message);
    }
    pending = pending.slice(from);
  });
};

/** Writes one message; `done` once it is handed to the kernel (or the socket failed). */
export const writeMessage = (socket: Socket, message: unknown, done?: (error: Error | null) => void): boolean => {
  if (socket.destroyed || !socket.writable) {
    done?.(new Error('The run channel is closed'));
    return false;
  }
  // JSON.stringify escapes line breaks inside strings: one message is one line.
  return socket.write(`${JSON.stringify(message)}\n`, (error) => done?.(error ?? null));
};

/** In the run child: the channel, when it was started with one. */
export const openChildRunChannel = (argv: readonly string[]): Socket | null => {
  if (!argv.includes(RUN_CHANNEL_ARG)) return null;
  try {
    return new Socket({ fd: RUN_CHANNEL_FD, readable: true, writable: true });
  } catch {
    return null;
  }
};
