import type { ConsoleEntry } from '../../../src-shared/contract';

/**
 * Collects console output and hands it on in batches (at most every `intervalMs`), never one message
 * per line: a function printing a million lines must not become a million messages.
 */
export class ConsoleBatcher {
  private entries: ConsoleEntry[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deliver: (entries: ConsoleEntry[]) => void, private readonly intervalMs = 16) {}

  push(entry: Omit<ConsoleEntry, 'time'> & { time?: string }): void {
    this.entries.push({ ...entry, time: entry.time ?? new Date().toISOString() });
    if (!this.timer) this.timer = setTimeout(() => this.flush(), this.intervalMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.entries.length === 0) return;
    const batch = this.entries;
    this.entries = [];
    this.deliver(batch);
  }
}
