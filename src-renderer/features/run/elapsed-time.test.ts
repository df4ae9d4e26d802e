import { describe, expect, it } from 'vitest';
import { formatDuration, localTime } from './elapsed-time';

describe('localTime', () => {
  it('writes an instant in the local time zone, seconds included, without a locale format', () => {
    const date = new Date(2026, 0, 31, 4, 5, 9);
    expect(localTime(date.toISOString())).toBe('2026-01-31 04:05:09');
    expect(localTime('not a date')).toBe('not a date');
  });
});

describe('formatDuration', () => {
  it('says milliseconds, seconds or minutes', () => {
    expect(formatDuration(42)).toBe('42 ms');
    expect(formatDuration(1500)).toBe('1.50 s');
    expect(formatDuration(61_000)).toBe('1 min 1 s');
  });
});
