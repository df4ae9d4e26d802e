import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('computes once per key and lets the least recently used key go when full', () => {
    const cache = new BoundedCache<string, string>(2);
    const computed: string[] = [];
    const upper = (key: string) => {
      computed.push(key);
      return key.toUpperCase();
    };
    expect(cache.get('a', upper)).toBe('A');
    expect(cache.get('b', upper)).toBe('B');
    expect(cache.get('a', upper)).toBe('A');
    // 'b' is now the least recently used: 'c' takes its place.
    expect(cache.get('c', upper)).toBe('C');
    expect(cache.size).toBe(2);
    expect(cache.get('a', upper)).toBe('A');
    expect(cache.get('b', upper)).toBe('B');
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps an answer that is undefined', () => {
    const cache = new BoundedCache<string, undefined>(4);
    let calls = 0;
    cache.get('x', () => { calls += 1; return undefined; });
    cache.get('x', () => { calls += 1; return undefined; });
    expect(calls).toBe(1);
  });
});
