/**
 * Lines waiting for the terminal, oldest first. Taking from the front and dropping the oldest move
 * an index, not the array: in a flood the queue holds tens of thousands of lines, and copying them
 * for every batch received and every frame written was a task of its own.
 */
export class LineQueue<T> {
  private items: T[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** Removes and returns up to `count` items from the front. */
  take(count: number): T[] {
    const taken = this.items.slice(this.head, this.head + count);
    this.head += taken.length;
    this.compact();
    return taken;
  }

  /** Drops the oldest items until at most `max` are left. */
  keepLast(max: number): void {
    if (this.size > max) this.head += this.size - max;
    this.compact();
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }

  /** The dead front goes once it is most of the array: each item is copied at most about once. */
  private compact(): void {
    if (this.head === this.items.length) this.clear();
    else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}
