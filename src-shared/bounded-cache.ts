/**
 * A map of computed answers kept for the keys used most recently, at most `limit` of them.
 *
 * The project model is rebuilt on every edit from every file's text and config; the checks it runs per
 * function (a TypeScript parse, cron-parser, path-to-regexp) give the same answer for the same input,
 * so they are kept by input here instead of recomputed for the 199 functions an edit did not touch.
 * A bound, because a long session types through many intermediate texts.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The kept answer for this key, else `compute(key)`, kept (the least recently used one leaves when full). */
  get(key: K, compute: (key: K) => V): V {
    if (this.entries.has(key)) {
      const value = this.entries.get(key) as V;
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = compute(key);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
