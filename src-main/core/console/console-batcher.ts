import type { ConsoleEntry } from '../../../src-shared/contract';

/**
 * Text per delivered batch, roughly. A window parses and files each batch in one main-thread task:
 * a flood's 16 ms of output can be megabytes, and one message of that size is a task of hundreds of
 * milliseconds in the page. Several smaller messages are several short tasks the page can draw between.
 */
export const consoleBatchChars = 32 * 1024;

/**
 * Collects console output and hands it on in batches (at most every `intervalMs`), never one message
 * per line: a function printing a million lines must not become a million messages. A batch holds at
 * most about `maxChars` of text; more makes several batches, in order, split between lines.
 */
export class ConsoleBatcher {
  private entries: ConsoleEntry[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deliver: (entries: ConsoleEntry[]) => void,
    private readonly intervalMs = 16,
    private readonly maxChars = consoleBatchChars,
  ) {}

  push(entry: Omit<ConsoleEntry, 'time'> & { time?: string }): void {
    this.entries.push({ ...entry, time: entry.time ?? new Date().toISOString() });
    if (!this.timer) this.timer = setTimeout(() => this.flush(), this.intervalMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.entries.length === 0) return;
    const entries = this.entries;
    this.entries = [];
    for (const batch of splitBatches(entries, this.maxChars)) this.deliver(batch);
  }
}

/**
 * Cuts entries into batches of about `maxChars` of text each, keeping their order. An entry longer
 * than that is cut after a line break (a line is never split: a line longer than `maxChars` travels whole).
 */
export function splitBatches(entries: ConsoleEntry[], maxChars: number): ConsoleEntry[][] {
  const batches: ConsoleEntry[][] = [];
  let batch: ConsoleEntry[] = [];
  let size = 0;
  const close = (): void => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    size = 0;
  };
  for (const entry of entries) {
    let text = entry.text;
    while (size + text.length > maxChars) {
      const room = Math.max(0, maxChars - size);
      // The last line break that fits, else (nothing fits in an empty batch) the first one there is.
      let cut = text.lastIndexOf('\n', room - 1) + 1;
      if (cut === 0 && size === 0) cut = text.indexOf('\n', room) + 1;
      if (cut === 0) {
        if (size === 0) break; // One line longer than a batch, and the entry's last: it goes whole.
        close();
        continue;
      }
      if (cut >= text.length) break;
      batch.push({ ...entry, text: text.slice(0, cut) });
      close();
      text = text.slice(cut);
    }
    batch.push(text === entry.text ? entry : { ...entry, text });
    size += text.length;
    if (size >= maxChars) close();
  }
  close();
  return batches;
}
