import { describe, expect, it } from 'vitest';
import { clockTime } from './clock-time';

describe('clockTime', () => {
  it('writes the local time as toLocaleTimeString en-GB did, with milliseconds when asked', () => {
    for (const date of [new Date(2026, 0, 2, 3, 4, 5, 6), new Date(2026, 11, 31, 23, 59, 59, 999), new Date(2026, 5, 1, 0, 0, 0, 0)]) {
      const before = date.toLocaleTimeString('en-GB', { hour12: false });
      expect(clockTime(date)).toBe(before);
      expect(clockTime(date, true)).toBe(`${before}.${String(date.getMilliseconds()).padStart(3, '0')}`);
    }
  });
});
