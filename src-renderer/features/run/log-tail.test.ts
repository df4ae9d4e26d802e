import { describe, expect, it } from 'vitest';
import { logTail } from './run-panel';

describe('logTail', () => {
  it('counts the lines and keeps the last ones without splitting the whole log', () => {
    expect(logTail('', 2)).toEqual({ lines: 0, tail: '' });
    expect(logTail('a\n', 2)).toEqual({ lines: 1, tail: 'a' });
    expect(logTail('a\nb\nc\n', 2)).toEqual({ lines: 3, tail: 'b\nc' });
    expect(logTail('a\nb\nc', 5)).toEqual({ lines: 3, tail: 'a\nb\nc' });
    const big = Array.from({ length: 100_000 }, (_, index) => `2026-01-01T00:00:00.000Z INFO line ${index}\n`).join('');
    const { lines, tail } = logTail(big, 2000);
    expect(lines).toBe(100_000);
    expect(tail.split('\n')).toHaveLength(2000);
    expect(tail.startsWith('2026-01-01T00:00:00.000Z INFO line 98000')).toBe(true);
    expect(tail.endsWith('line 99999')).toBe(true);
  });
});
