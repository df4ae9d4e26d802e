import { StringDecoder } from 'node:string_decoder';
import type { RunOutputChunk } from '../../../src-shared/contract/run';

export type OutputStream = RunOutputChunk['stream'];

export interface RunOutputOptions {
  /** Bytes of stdout + stderr kept and forwarded; the rest is dropped behind a visible marker. */
  limitBytes: number;
  /** How long output may wait before it is delivered: one callback per stream per batch, never per line. */
  batchMs: number;
  /** A batch is delivered at once when it grows past this many characters. */
  batchMaxChars?: number;
  onOutput?: (chunk: RunOutputChunk) => void;
}

const LEVEL: Record<OutputStream, 'INFO' | 'ERROR'> = { stdout: 'INFO', stderr: 'ERROR' };

/**
 * The run child writes its stderr through the stdout pipe, switching with these marks, so the two
 * streams arrive in the order the function wrote them (two pipes would be read in any order).
 * Control bytes no function prints in this sequence; the parent removes them.
 */
export const STREAM_MARK: Record<OutputStream, string> = { stdout: '\u001e\u001fO', stderr: '\u001e\u001fE' };
/**
 * Written by the child after the function's last output, just before it reports its result: once the
 * parent has read it and has the result, the run's output is complete and the run can end without
 * waiting for the process to exit (Node's exit takes longer than a trivial run).
 */
export const END_MARK = '\u001e\u001fZ';
const MARK_LEAD = 0x1e;
const MARK_LENGTH = 3;

export const truncationMarker = (limitBytes: number): string =>
  `[twenty-studio] Output truncated: the run printed more than ${formatBytes(limitBytes)}; the rest was dropped.`;

/** Key of the notice that replaces a result over the limit: the window can tell it from real data. */
export const RESULT_TRUNCATED_KEY = '__twentyStudioTruncated';

export const resultTruncationMessage = (originalBytes: number, limitBytes: number): string =>
  `[twenty-studio] Result truncated: the handler returned ${formatBytes(originalBytes)} of JSON, more than the ${formatBytes(limitBytes)} result limit; the value was dropped. Return less, or raise the result limit in the run settings.`;

/** What a run reports as data when its result was over the limit. */
export const resultTruncationNotice = (originalBytes: number, limitBytes: number) => ({
  [RESULT_TRUNCATED_KEY]: true,
  message: resultTruncationMessage(originalBytes, limitBytes),
  originalBytes,
  limitBytes,
});

const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${bytes} bytes`;

/**
 * A run's stdout and stderr: the server's `logs` text (`<ISO> INFO <line>` for stdout,
 * `<ISO> ERROR <line>` for stderr, empty lines dropped, as the local driver does) and the live
 * stream for the console, batched.
 */
export class RunOutput {
  private readonly decoders: Record<OutputStream, StringDecoder> = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  private readonly partial: Record<OutputStream, string> = { stdout: '', stderr: '' };
  /** The server's log text, one entry per chunk of complete lines (a flood is a few thousand entries, not a million). */
  private readonly logChunks: string[] = [];
  private joinedLogs: string | null = null;
  private pending: RunOutputChunk[] = [];
  private pendingChars = 0;
  private timer: NodeJS.Timeout | null = null;
  /** Bytes of output taken in (up to the limit). */
  bytes = 0;
  private ended = false;
  truncated = false;

  constructor(private readonly options: RunOutputOptions) {}

  /** Where the stdout pipe's bytes go now: the child's marks switch it (see STREAM_MARK). */
  private piped: OutputStream = 'stdout';
  /** The start of a mark split across two reads of the pipe. */
  private markPart: Buffer | null = null;
  /** The child's END_MARK was read: everything it printed before its result is here. */
  endMarkSeen = false;
  /** Called once, when END_MARK is read. */
  onEndMark: (() => void) | null = null;

  push(stream: OutputStream, data: Buffer): void {
    if (stream === 'stdout') this.demux(data);
    else this.pushStream(stream, data);
  }

  /** Splits the stdout pipe at the child's marks into stdout and stderr, in order. */
  private demux(chunk: Buffer): void {
    const data = this.markPart ? Buffer.concat([this.markPart, chunk]) : chunk;
    this.markPart = null;
    let from = 0;
    for (let at = data.indexOf(MARK_LEAD); at !== -1; at = data.indexOf(MARK_LEAD, at + 1)) {
      if (at + MARK_LENGTH > data.length) {
        // Maybe a mark cut by the read: keep it for the next one.
        if (data[at + 1] === undefined || data[at + 1] === 0x1f) {
          if (at > from) this.pushStream(this.piped, data.subarray(from, at));
          this.markPart = Buffer.from(data.subarray(at));
          return;
        }
        continue;
      }
      const kind = data[at + 2];
      if (data[at + 1] !== 0x1f || (kind !== 0x4f && kind !== 0x45 && kind !== 0x5a)) continue;
      if (at > from) this.pushStream(this.piped, data.subarray(from, at));
      if (kind === 0x5a) this.sawEndMark();
      else this.piped = kind === 0x45 ? 'stderr' : 'stdout';
      from = at + MARK_LENGTH;
      at = from - 1;
    }
    if (from < data.length) this.pushStream(this.piped, from === 0 ? data : data.subarray(from));
  }

  private sawEndMark(): void {
    if (this.endMarkSeen) return;
    this.endMarkSeen = true;
    this.onEndMark?.();
  }

  private pushStream(stream: OutputStream, data: Buffer): void {
    if (this.truncated || this.ended) return;
    let buffer = data;
    const room = this.options.limitBytes - this.bytes;
    if (buffer.length > room) buffer = buffer.subarray(0, Math.max(0, room));
    this.bytes += buffer.length;
    this.append(stream, this.decoders[stream].write(buffer));
    if (buffer.length < data.length) this.truncate();
  }

  /** Flushes partial lines and the last batch; later output is ignored. */
  end(): void {
    if (this.ended) return;
    if (this.markPart) this.pushStream(this.piped, this.markPart);
    this.markPart = null;
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.decoders[stream].end();
      if (rest) this.append(stream, rest);
      this.completeLines(stream, `${this.partial[stream]}\n`);
    }
    this.ended = true;
    this.flush();
  }

  /** A line of the studio's own in the logs and the live stream (stderr), e.g. a truncated result. */
  note(text: string): void {
    if (this.ended) return;
    this.pushLog(`${new Date().toISOString()} ERROR ${text}\n`);
    this.queue('stderr', `${text}\n`);
  }

  get logs(): string {
    this.joinedLogs ??= this.logChunks.join('');
    return this.joinedLogs;
  }

  private pushLog(text: string): void {
    this.logChunks.push(text);
    this.joinedLogs = null;
  }

  private truncate(): void {
    this.truncated = true;
    const marker = truncationMarker(this.options.limitBytes);
    for (const stream of ['stdout', 'stderr'] as const) this.completeLines(stream, `${this.partial[stream]}\n`);
    this.pushLog(`${new Date().toISOString()} ERROR ${marker}\n`);
    this.queue('stderr', `\n${marker}\n`);
    this.flush();
  }

  private append(stream: OutputStream, text: string): void {
    if (!text) return;
    this.queue(stream, text);
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak === -1) {
      this.partial[stream] += text;
      return;
    }
    this.completeLines(stream, this.partial[stream] + text.slice(0, lastBreak + 1));
    this.partial[stream] = text.slice(lastBreak + 1);
  }

  /**
   * `text` ends with a line break. One timestamp per chunk, and the chunk is prefixed with two native
   * string replaces rather than split into a string per line: a million-line flood stays a few
   * thousand strings, cheap to keep and to join.
   */
  private completeLines(stream: OutputStream, text: string): void {
    this.partial[stream] = '';
    // Empty lines are dropped, as the server's driver does.
    let body = text.includes('\n\n') ? text.replace(/\n\n+/g, '\n') : text;
    if (body.startsWith('\n')) body = body.slice(1);
    if (!body) return;
    const prefix = `${new Date().toISOString()} ${LEVEL[stream]} `;
    this.pushLog(`${prefix}${body.slice(0, -1).replaceAll('\n', `\n${prefix}`)}\n`);
  }

  private queue(stream: OutputStream, text: string): void {
    if (!this.options.onOutput) return;
    const last = this.pending[this.pending.length - 1];
    if (last && last.stream === stream) last.text += text;
    else this.pending.push({ stream, text });
    this.pendingChars += text.length;
    if (this.pendingChars >= (this.options.batchMaxChars ?? 1 << 20)) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.options.batchMs);
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    for (const chunk of batch) this.options.onOutput?.(chunk);
  }
}
