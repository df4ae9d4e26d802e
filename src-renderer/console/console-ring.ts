import type { ConsoleEntry } from '../../src-shared/contract';

/** One line of console output, with the tag of the entry it came from. */
export interface ConsoleLine {
  source: string;
  label: string;
  level: ConsoleEntry['level'];
  text: string;
}

/**
 * The last `capacity` lines of output, oldest dropped first. A fixed array used circularly, so a
 * chatty function costs constant memory and no array copying.
 */
export class ConsoleRing {
  private readonly lines: (ConsoleLine | undefined)[];
  private head = 0;
  private count = 0;
  /** Lines pushed out of the ring since it was last cleared. */
  forgotten = 0;

  constructor(readonly capacity: number) {
    this.lines = new Array<ConsoleLine | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  push(line: ConsoleLine): void {
    if (this.count < this.capacity) {
      this.lines[(this.head + this.count) % this.capacity] = line;
      this.count += 1;
    } else {
      this.lines[this.head] = line;
      this.head = (this.head + 1) % this.capacity;
      this.forgotten += 1;
    }
  }

  /** The kept lines, oldest first. */
  *[Symbol.iterator](): IterableIterator<ConsoleLine> {
    for (let i = 0; i < this.count; i++) yield this.lines[(this.head + i) % this.capacity]!;
  }

  clear(): void {
    this.lines.fill(undefined);
    this.head = 0;
    this.count = 0;
    this.forgotten = 0;
  }
}

/** Splits an entry into lines; the entry's final line break does not make an empty line. */
export function entryLines(entry: ConsoleEntry): ConsoleLine[] {
  const parts = entry.text.split(/\r?\n/);
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((text) => ({ source: entry.source, label: entry.label, level: entry.level, text }));
}
