/**
 * Entry of the child process that runs one logic function, once, then exits: the studio's twin of
 * the bootstrap runner the Twenty server writes for each execution (local driver,
 * `__runner.cjs`). It is started ahead of time by the runner (pre-spawned), waits for one `run`
 * message over IPC, imports the bundle, calls `default.config.handler(payload, context)` and sends
 * the result back. Started with `--enable-source-maps`, so stacks point at the TypeScript sources.
 *
 * Built as its own entry point (electron.vite.config.ts `run-child`); it must import nothing but
 * node built-ins and the small modules next to it.
 */
import { rmSync, writeFileSync, writeSync } from 'node:fs';
import inspector from 'node:inspector';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import type { RunError } from '../../../src-shared/contract/run';
import { installHttpCallRecorder } from './http-call-recorder';
import { startParentWatchdog } from './parent-watchdog';
import { openChildRunChannel, readMessages, writeMessage } from './run-channel';
import { ownChildPids, ownProcessGroup } from './process-tree';
import { END_MARK, resultTruncationNotice, STREAM_MARK } from './run-output';
import { EXIT_NOTICE_FD, type ChildToParent, type ExitNotice, type ParentToChild } from './run-protocol';

type WriteCallback = (error?: Error | null) => void;

/** Text is written in pieces of about this many characters while a function prints without pause. */
const CHUNK_CHARS = 64 * 1024;
/** Text older than this goes out with the next write, however little there is. */
const FLUSH_AFTER_MS = 10;
/** Writes that go out one by one in each FLUSH_AFTER_MS: only a flood is gathered. */
const DIRECT_WRITES = 32;

/**
 * stderr is written through the stdout pipe behind a mark (STREAM_MARK) each time the stream
 * switches, so the parent reads stdout and stderr lines in the order the function wrote them. What
 * reaches fd 2 by other ways (a grandchild, a fatal V8 error) still arrives on the stderr pipe.
 *
 * The pipe is a Unix socket pair, where every write is charged a whole buffer: one-line writes fill
 * it after a few hundred lines. Node then queues every later write until the function yields, so a
 * function printing in a loop sent nothing while the loop ran and a million lines after it (measured:
 * 1.45 s of loop, then 0.9 s of transfer), and a loop that never yielded sent nothing at all. Here
 * the socket is put in blocking mode, so a write goes out while the function runs on (the studio
 * reads it meanwhile; a function that prints faster than the studio reads waits, as with any pipe),
 * and writes go out one by one, except in a flood (more than DIRECT_WRITES in FLUSH_AFTER_MS): then
 * the text is gathered and written in pieces of CHUNK_CHARS, or when FLUSH_AFTER_MS have passed, or
 * at the end of the current turn of the event loop, whichever comes first. What a flood gathered in
 * its last FLUSH_AFTER_MS is lost only if the function then never yields (an endless loop ended by
 * the timeout) or the process crashes hard (out of memory); an exception or process.exit loses nothing.
 */
const sequenceStderr = (): ((chunk: string) => void) => {
  const stdout = process.stdout;
  const writeOut = stdout.write.bind(stdout) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const handle = (stdout as unknown as { _handle?: { setBlocking?: (blocking: boolean) => number } })._handle;
  // Without blocking mode (not a pipe or socket), each write goes straight to Node as it comes.
  const gather = typeof handle?.setBlocking === 'function' && handle.setBlocking(true) === 0;
  let current: 'stdout' | 'stderr' = 'stdout';
  let texts: string[] = [];
  let chars = 0;
  let callbacks: WriteCallback[] = [];
  let scheduled = false;
  let lastFlush = performance.now();
  let windowStart = lastFlush;
  let windowWrites = 0;

  const flush = (): void => {
    scheduled = false;
    if (texts.length === 0 && callbacks.length === 0) return;
    const text = texts.length === 1 ? texts[0] : texts.join('');
    const done = callbacks;
    texts = [];
    chars = 0;
    callbacks = [];
    lastFlush = performance.now();
    if (done.length === 0) writeOut(text);
    else writeOut(text, (error?: Error | null) => {
      for (const callback of done) callback(error);
    });
  };
  const emit = (chunk: unknown, encoding: unknown, callback: WriteCallback | undefined): boolean => {
    const text = typeof chunk === 'string' && (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') ? chunk : null;
    if (text === null) {
      // Bytes (or another encoding): what is gathered goes first, then this, in order.
      flush();
      return encoding === undefined ? writeOut(chunk, callback) : writeOut(chunk, encoding, callback);
    }
    texts.push(text);
    chars += text.length;
    if (callback) callbacks.push(callback);
    const now = performance.now();
    if (now - windowStart >= FLUSH_AFTER_MS) {
      windowStart = now;
      windowWrites = 0;
    }
    windowWrites += 1;
    if (!gather || windowWrites <= DIRECT_WRITES || chars >= CHUNK_CHARS || now - lastFlush >= FLUSH_AFTER_MS) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
    return true;
  };
  const through =
    (stream: 'stdout' | 'stderr') =>
    (chunk: unknown, encodingOrCallback?: unknown, maybeCallback?: unknown): boolean => {
      const callback = (typeof encodingOrCallback === 'function' ? encodingOrCallback : maybeCallback) as WriteCallback | undefined;
      const encoding = typeof encodingOrCallback === 'function' ? undefined : encodingOrCallback;
      const empty = chunk === '' || (chunk instanceof Uint8Array && chunk.length === 0);
      if (!empty && current !== stream) {
        current = stream;
        emit(STREAM_MARK[stream], undefined, undefined);
      }
      return emit(chunk, encoding, typeof callback === 'function' ? callback : undefined);
    };
  process.stdout.write = through('stdout') as typeof process.stdout.write;
  process.stderr.write = through('stderr') as typeof process.stderr.write;
  // Whatever exits the process (process.exit included) writes what is gathered first.
  process.on('exit', flush);
  return (chunk) => {
    emit(chunk, undefined, undefined);
    flush();
  };
};
/** Writes to the stdout pipe past the stream switching (for the end mark). */
const writeMark = sequenceStderr();

const realExit = process.exit.bind(process);
// Frames of this script, compiled (.js/.mjs) or mapped back to its .ts by the source map.
const ownScriptStem = basename(process.argv[1] ?? 'run-child').replace(/\.[cm]?[jt]s$/, '');
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ownFrame = new RegExp(`[\\\\/]${escapeRegExp(ownScriptStem)}\\.[cm]?[jt]s:\\d`);
/** With source maps on, the child's own frames (fetch recorder, handler call) map back to the runner's sources. */
const runnerSourceFrame = /[\\/]src-main[\\/]core[\\/]runner[\\/][\w-]+\.ts:\d/;
let runStartedAt = performance.now();
let started = false;
let finished = false;

/** Straight to the studio when started by the spawner with a run channel (run-channel.ts); else IPC. */
const channel = openChildRunChannel(process.argv);
// The IPC channel holds this process open while it waits for a run; this socket must not hold it after.
channel?.unref();
// The studio went away: its end is closed; 'disconnect' (IPC) ends this process.
channel?.on('error', () => undefined);

const send = (message: ChildToParent, done?: () => void): void => {
  if (channel) {
    writeMessage(channel, message, () => done?.());
    return;
  }
  try {
    if (!process.send || !process.connected) throw new Error('IPC channel closed');
    process.send(message, undefined, {}, () => done?.());
  } catch {
    done?.();
  }
};

/**
 * Waits until what the function printed has been handed to the pipes: on Linux pipe writes are
 * synchronous, elsewhere they are not, and exiting first would lose the tail of the output.
 */
const flushStdio = (done: () => void): void => {
  let pending = 2;
  const one = (): void => {
    pending -= 1;
    if (pending === 0) done();
  };
  process.stdout.write('', one);
  process.stderr.write('', one);
};

const finish = (message: ChildToParent & { type: 'result' }, exitCode: number): void => {
  if (finished) return;
  finished = true;
  // Everything the function printed is in the pipe before this mark; with the result, the parent
  // has the whole run and need not wait for this process to exit.
  writeMark(END_MARK);
  // As the server does: wait for the IPC flush before exiting, or a large result is dropped.
  send({ ...message, children: ownChildPids() }, () => flushStdio(() => realExit(exitCode)));
};

/** Drops the frames of this runner itself: they say nothing about the function. */
const cleanStack = (stack: string): string =>
  stack
    .split('\n')
    .filter((line) => !(line.trimStart().startsWith('at ') && (ownFrame.test(line) || runnerSourceFrame.test(line))))
    .join('\n');

const toRunError = (thrown: unknown, prefix = ''): RunError => {
  if (thrown instanceof Error || (typeof thrown === 'object' && thrown !== null && 'message' in thrown && 'stack' in thrown)) {
    const error = thrown as Error;
    return {
      errorType: error.name || error.constructor?.name || 'Error',
      errorMessage: `${prefix}${String(error.message)}`,
      stackTrace: cleanStack(String(error.stack ?? '')),
    };
  }
  // The server reports String(value) with type 'Error'; an object is more useful inspected.
  const text = typeof thrown === 'string' ? thrown : inspect(thrown, { depth: 4, breakLength: Infinity });
  return {
    errorType: 'Error',
    errorMessage: `${prefix}${text}`,
    stackTrace: `A ${thrown === null ? 'null' : typeof thrown} was thrown instead of an Error, so there is no stack trace. Throw new Error(...) to get one.`,
  };
};

process.exit = ((code?: number | string | null) => {
  if (!finished) {
    const stack = cleanStack((new Error().stack ?? '').split('\n').slice(2).join('\n'));
    const notice: ExitNotice = { type: 'exit', code: Number(code ?? process.exitCode ?? 0), stack, children: ownChildPids() };
    try {
      writeSync(EXIT_NOTICE_FD, `${JSON.stringify(notice)}\n`);
    } catch {
      // Started without the notice pipe: the parent still sees the exit code.
    }
  }
  return realExit(code);
}) as typeof process.exit;

// The server's child would crash on these (Node's default) and report "Exited with code 1";
// we end the run the same way but say what happened.
process.on('uncaughtException', (error) => {
  finish({ type: 'result', ok: false, error: toRunError(error, 'Uncaught exception: ') }, 1);
});
process.on('unhandledRejection', (reason) => {
  finish({ type: 'result', ok: false, error: toRunError(reason, 'Unhandled promise rejection: ') }, 1);
});

// The studio went away (it exited, or was killed): nobody will read a result or remove the run
// folder (passed as the first argument), and no timeout will end this run. Remove the folder and
// end the whole run: this process group holds the launcher, this child and what the function started.
const ownRunFolder = process.argv[2];
process.on('disconnect', () => {
  if (finished) return;
  if (ownRunFolder) {
    try {
      process.chdir(tmpdir());
      rmSync(ownRunFolder, { recursive: true, force: true });
    } catch {
      // Best effort.
    }
  }
  // Only when this child leads its own group (spawned detached) or its launcher does.
  const group = ownProcessGroup();
  if (group !== null && (group === process.pid || group === process.ppid)) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // Fall through to a plain exit.
    }
  }
  realExit(0);
});

// A function stuck in synchronous code never lets 'disconnect' run: a watchdog thread ends the
// run's processes when the studio (its pid is the second argument) no longer exists.
const ownGroup = ownProcessGroup();
const watchdogStarted = startParentWatchdog(Number(process.argv[3]) || process.ppid, {
  group: ownGroup !== null && (ownGroup === process.pid || ownGroup === process.ppid) ? ownGroup : undefined,
});

installHttpCallRecorder(
  (call) => send({ type: 'call', call }),
  () => runStartedAt,
);

const run = async (message: ParentToChild): Promise<void> => {
  // The Lambda executor sets the function's variables the same way, on process.env before the
  // import; grandchildren inherit them since child_process defaults to process.env.
  for (const [name, value] of Object.entries(message.env)) process.env[name] = value;
  if (message.breakBeforeHandler) waitForDebugger();
  runStartedAt = performance.now();
  try {
    const module = (await import(pathToFileURL(message.bundlePath).href)) as { default?: { config?: { handler?: unknown } } };
    const handler = module.default?.config?.handler;
    if (typeof handler !== 'function') {
      throw new Error('Export "default.config.handler" not found in function bundle: the file must `export default defineLogicFunction({ ..., handler })`');
    }
    if (message.breakBeforeHandler) {
      // Paused here by --inspect-brk: the bundle is loaded (its sources are listed); step into the handler.
      // eslint-disable-next-line no-debugger
      debugger;
    }
    const output: unknown = await handler(message.payload, message.context);
    // The server's result crosses a JSON IPC channel: undefined -> null (top level) or dropped
    // (object keys), Dates -> ISO strings, a Response -> its plain fields. A BigInt or a cycle
    // makes JSON.stringify throw, which ends the run in error there as here.
    const json = JSON.stringify(output) ?? 'null';
    // A result over the limit is not sent: 200 MB over IPC stalls the studio and its history.
    const limit = message.resultLimitBytes;
    const bytes = limit !== undefined && json.length > limit / 4 ? Buffer.byteLength(json) : 0;
    if (limit !== undefined && bytes > limit) {
      finish({ type: 'result', ok: true, json: JSON.stringify(resultTruncationNotice(bytes, limit)), truncatedFromBytes: bytes }, 0);
    } else {
      finish({ type: 'result', ok: true, json }, 0);
    }
  } catch (error) {
    finish({ type: 'result', ok: false, error: toRunError(error) }, 1);
  }
};

const onRunMessage = (message: ParentToChild): void => {
  if (started || message?.type !== 'run') return;
  started = true;
  void run(message);
};
// The studio sends the run over the channel once it has it; until then (a child spawned for this
// very run) it may come relayed over IPC.
process.on('message', onRunMessage);
if (channel) readMessages(channel, (message) => onRunMessage(message as ParentToChild));

/** Blocks until a debugger attached (a debug run whose inspector is on); a no-op otherwise. */
function waitForDebugger(): void {
  try {
    if (inspector.url()) inspector.waitForDebugger();
  } catch {
    // The inspector is off: nothing to wait for.
  }
}

/**
 * Node sets up its ES module loader on the first `import()` of a file, which doubles the time of that
 * first import: pay it here, while the child waits for a run, by importing an empty module written to
 * the run folder (readable and writable under confinement), then removed.
 */
const warmModuleLoader = async (): Promise<void> => {
  if (!ownRunFolder) return;
  const file = join(ownRunFolder, '.twenty-studio-warm-up.mjs');
  try {
    writeFileSync(file, 'export {};\n');
    await import(pathToFileURL(file).href);
  } catch {
    // Only a head start: the run imports its bundle either way.
  } finally {
    rmSync(file, { force: true });
  }
};

// Ready once the watchdog runs and the module loader is warm: their start-up cost stays in the
// pre-spawn, not in a run. A debug run's child (started with --inspect) says where its inspector listens.
void Promise.all([watchdogStarted, warmModuleLoader()]).then(() => {
  const inspectorUrl = inspector.url();
  send({ type: 'ready', nodeVersion: process.version, ...(inspectorUrl ? { inspectorUrl } : {}) });
});
